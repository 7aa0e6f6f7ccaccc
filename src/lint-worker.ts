// Entry of a worker thread (see lint-threads.ts): compiles the policies while discovery runs,
// then lints the share of the files it is sent, if any.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFiles } from './lint-files.js';
import type { WorkerSetup, WorkerShare } from './lint-threads.js';
import { builtinPolicyDir, loadPolicies } from './policy/load-policies.js';

const { context, policyDirs } = workerData as WorkerSetup;
const { pack } = loadPolicies(policyDirs, { trusted: [builtinPolicyDir()] });
parentPort?.once('message', (share: WorkerShare) => {
  if (share) parentPort?.postMessage(lintFiles(share, context, () => pack));
  parentPort?.close();
});
