// Entry of a worker thread (see threads.ts): claims and loads chunks of the listed files with the
// other threads until none is left, compiles the policies while the main thread links, then
// derives and judges the chunks it loaded once the main thread has linked the whole run, and those
// of other threads none has started on (judgeClaimed).
import { parentPort, workerData } from 'node:worker_threads';
import { builtinPolicyDir, compilePolicies, type PolicyPack } from '../policy/index.js';
import { judgeChunk, type LoadedChunk } from './files.js';
import {
  judgeClaimed,
  loadChunks,
  type Chunks,
  type MainMessage,
  type WorkerMessage,
  type WorkerSetup,
} from './threads.js';

const { context, policyDirs } = workerData as WorkerSetup;
// Compiled once this thread has loaded its chunks, while the main thread links them: compiled at the
// start, it held the thread back from the files for as long (a tenth of a small tree's loading).
let compiling: Promise<{ pack: PolicyPack }> | undefined;
const compiled = () =>
  (compiling ??= context.judge
    ? compilePolicies(policyDirs, { trusted: [builtinPolicyDir()] })
    : Promise.resolve({ pack: { policies: [] } }));
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
      void compiled();
    });
    return;
  }
  void compiled().then(async ({ pack }) => {
    await judgeClaimed(loaded, message.judging, lists, context, (index, chunk) =>
      post({ kind: 'linted', index, linted: judgeChunk(chunk, message.links, context, () => pack) }),
    );
    post({ kind: 'done' });
    parentPort?.close();
  });
});
