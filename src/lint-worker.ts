// Entry of a worker thread (see lint-threads.ts): compiles the policies while discovery lists
// the files, then claims chunks of them with the other threads until none is left.
import { parentPort, workerData } from 'node:worker_threads';
import { lintChunks, type Chunks, type WorkerSetup } from './lint-threads.js';
import { builtinPolicyDir, loadPolicies } from './policy/load-policies.js';

const { context, policyDirs } = workerData as WorkerSetup;
const { pack } = loadPolicies(policyDirs, { trusted: [builtinPolicyDir()] });
parentPort?.once('message', (chunks: Chunks) => {
  parentPort?.postMessage(lintChunks(chunks, context, () => pack));
  parentPort?.close();
});
