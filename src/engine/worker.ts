// Entry of a worker thread (see threads.ts): compiles the policies while discovery lists the
// files, claims and loads chunks of them with the other threads until none is left, then derives
// and judges the chunks it loaded once the main thread has linked the whole run.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinPolicyDir, compilePolicies } from '../policy/index.js';
import { judgeChunk, type LoadedChunk } from './files.js';
import { loadChunks, type MainMessage, type WorkerMessage, type WorkerSetup } from './threads.js';

const { context, policyDirs } = workerData as WorkerSetup;
// Compiled while the files are listed and loaded; awaited before the first chunk is judged.
const compiling = context.judge
  ? compilePolicies(policyDirs, { trusted: [builtinPolicyDir()] })
  : Promise.resolve({ pack: { policies: [] } });
const loaded = new Map<number, LoadedChunk>();
// Each message as soon as it is ready: the main thread reads them while it still works.
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', (message: MainMessage) => {
  if (message.kind === 'chunks') {
    void loadChunks(message.chunks, context, loaded, (index, facts) =>
      post({ kind: 'facts', index, facts }),
    ).then(() => post({ kind: 'loaded' }));
    return;
  }
  void compiling.then(({ pack }) => {
    for (const [index, chunk] of loaded)
      post({ kind: 'linted', index, linted: judgeChunk(chunk, message.links, context, () => pack) });
    post({ kind: 'done' });
    parentPort?.close();
  });
});
