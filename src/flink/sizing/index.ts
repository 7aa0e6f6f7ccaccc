export { rememberedSolve } from './remembered.js';
export { solveSizing } from './solve.js';
export type {
  Blocker,
  FeasibleAnswer,
  InfeasibleAnswer,
  JobManagerSizingRequest,
  JobManagerTargets,
  SizingAnswer,
  SizingQuestion,
  SizingRequest,
  StateBackendName,
  TaskManagerSizingRequest,
  TaskManagerTargets,
} from './types.js';
