// Entry of a worker thread (see threads.ts): compiles the policies while discovery lists the
// files, claims and loads chunks of them with the other threads until none is left, then derives
// and judges the chunks it loaded once the main thread has linked the whole run, and those of
// other threads none has started on (judgeClaimed).
import { parentPort, workerData } from 'node:worker_threads';
import { builtinPolicyDir, compilePolicies } from '../policy/index.js';
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
// Compiled while the files are listed and loaded; awaited before the first chunk is judged.
const compiling = context.judge
  ? compilePolicies(policyDirs, { trusted: [builtinPolicyDir()] })
  : Promise.resolve({ pack: { policies: [] } });
const loaded = new Map<number, LoadedChunk>();
const lists: Chunks[] = [];
// Each message as soon as it is ready: the main thread reads them while it still works.
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', (message: MainMessage) => {
  if (message.kind === 'chunks') {
    lists.push(message.chunks);
    void loadChunks(message.chunks, context, loaded, (index, facts) =>
      post({ kind: 'facts', index, facts }),
    ).then(() => post({ kind: 'loaded' }));
    return;
  }
  void compiling.then(async ({ pack }) => {
    await judgeClaimed(loaded, message.judging, lists, context, (index, chunk) =>
      post({ kind: 'linted', index, linted: judgeChunk(chunk, message.links, context, () => pack) }),
    );
    post({ kind: 'done' });
    parentPort?.close();
  });
});
