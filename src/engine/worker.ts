// Entry of a worker thread (see threads.ts): claims and loads chunks of the listed files with the
// other threads until none is left, compiles the policies while the main thread links, then
// derives and judges the chunks it loaded once the main thread has linked the whole run, and those
// of other threads none has started on (judgeClaimed).
import { parentPort, workerData } from 'node:worker_threads';
import { KEEP_CODE_EVENT } from '../code-cache.js';
import { builtinPolicyDir, compilePolicies, type PolicyPack } from '../policy/index.js';
import { judgeChunk, type LoadedChunk } from './files.js';
import {
  judgeClaimed,
  loadChunks,
  needsPack,
  type Chunks,
  type MainMessage,
  type WorkerMessage,
  type WorkerSetup,
} from './threads.js';

const { context, policyDirs } = workerData as WorkerSetup;
// Compiled once this thread has loaded its chunks, while the main thread links them, where they
// hold something to judge (else when it first judges such a chunk of another thread's): compiled at
// the start, it held the thread back from the files for as long (a tenth of a small tree's loading).
let compiling: Promise<PolicyPack> | undefined;
const compiled = () =>
  (compiling ??= compilePolicies(policyDirs, { trusted: [builtinPolicyDir()] }).then(({ pack }) => pack));
const NO_POLICIES: PolicyPack = { policies: [] };
const loaded = new Map<number, LoadedChunk>();
const lists: Chunks[] = [];
// Each message as soon as it is ready: the main thread reads them while it still works.
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', (message: MainMessage) => {
  if (message.kind === 'chunks') {
    lists.push(message.chunks);
    void loadChunks(message.chunks, context, loaded, (index, facts) =>
      post({ kind: 'facts', index, facts }),
    ).then(() => {
      post({ kind: 'loaded' });
      if ([...loaded.values()].some((chunk) => needsPack(chunk, context))) void compiled();
    });
    return;
  }
  void judgeClaimed(loaded, message.judging, lists, context, async (index, chunk) => {
    const pack = needsPack(chunk, context) ? await compiled() : NO_POLICIES;
    post({ kind: 'linted', index, linted: judgeChunk(chunk, message.links, context, () => pack) });
  }).then(() => {
    // Its compiled code is kept before the main thread hears it is done, which may end the process.
    (process as NodeJS.EventEmitter).emit(KEEP_CODE_EVENT);
    post({ kind: 'done' });
    parentPort?.close();
  });
});
