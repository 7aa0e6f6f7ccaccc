// Entry of a worker thread (see threads.ts): compiles the policies while discovery lists
// the files, then claims chunks of them with the other threads until none is left.
import { parentPort, workerData } from 'node:worker_threads';
import { lintChunks, type ChunkMessage, type Chunks, type WorkerSetup } from './threads.js';
import { builtinPolicyDir, loadPolicies } from '../policy/load-policies.js';

const { context, policyDirs } = workerData as WorkerSetup;
const { pack } = loadPolicies(policyDirs, { trusted: [builtinPolicyDir()] });
parentPort?.once('message', (chunks: Chunks) => {
  // Each chunk as soon as it is done: the main thread reads them while it still works.
  const post = (message: ChunkMessage) => parentPort?.postMessage(message);
  void lintChunks(
    chunks,
    context,
    () => pack,
    (index, linted) => post({ index, linted }),
  ).then(() => {
    post(null);
    parentPort?.close();
  });
});
