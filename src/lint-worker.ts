// Entry of a worker thread: lints the share of a run's files it is given (see lint-threads.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { lintFiles } from './lint-files.js';
import { builtinPolicyDir, loadPolicies } from './policy/load-policies.js';
import type { WorkerJob } from './lint-threads.js';

const job = workerData as WorkerJob;
parentPort?.postMessage(
  lintFiles(
    job.candidates,
    job.context,
    () => loadPolicies(job.policyDirs, { trusted: [builtinPolicyDir()] }).pack,
  ),
);
