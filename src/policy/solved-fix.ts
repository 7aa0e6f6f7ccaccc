import { flinkView } from '../derive/index.js';
import {
  deriveJobManager,
  deriveTaskManager,
  formatSize,
  sizeInUnitsOf,
  rememberedSolve,
  type FeasibleAnswer,
  type SizingRequest,
} from '../flink/index.js';
import type {
  ConfigResult,
  Facts,
  Finding,
  FindingFix,
  FixSolve,
  Policy,
  ProcessName,
} from '../model/index.js';
import { smallestRoundingTo } from './facts/memory-values.js';
import { renderDefined } from './placeholders.js';

const MIB = 1n << 20n;
const LABEL: Record<ProcessName, string> = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };

function target(
  template: string | undefined,
  facts: Facts,
  solve: Pick<FixSolve, 'rounded'>,
): bigint | undefined {
  if (template === undefined) return undefined;
  const text = renderDefined(template, facts);
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return solve.rounded ? smallestRoundingTo(BigInt(text)) : BigInt(text);
}

function requestOf(
  solve: FixSolve,
  process: ProcessName,
  facts: Facts,
  result: ConfigResult,
): SizingRequest | undefined {
  const { config } = result;
  const base = {
    version: config.flinkVersion,
    deployment: config.deployment,
    config: flinkView(config),
  };
  let container: bigint | undefined;
  if (solve.question === 'fit') {
    container = solve.bound !== undefined ? target(solve.bound, facts, {}) : config.container[process]?.bytes;
    if (container === undefined) return undefined;
  }
  const bound = container !== undefined ? { container } : {};
  const metaspace = target(solve.targets?.metaspace, facts, solve);
  const common = metaspace !== undefined ? { metaspace } : {};
  if (process === 'jobmanager') {
    const heap = target(solve.targets?.heap, facts, solve);
    return { ...base, ...bound, process, targets: { ...common, ...(heap !== undefined && { heap }) } };
  }
  const taskHeap = target(solve.targets?.taskHeap, facts, solve);
  const managedPerSlot = target(solve.targets?.managedPerSlot, facts, solve);
  return {
    ...base,
    ...bound,
    process,
    targets: {
      ...common,
      ...(taskHeap !== undefined && { taskHeap }),
      ...(managedPerSlot !== undefined && { managedPerSlot }),
    },
  };
}

/**
 * A "minimum" answer below the process's current size would shrink a process that only needed one
 * component raised: where the answer's other edits hold at the current size (derived again), the
 * process keeps its size.
 */
function keepCurrentSize(
  answer: FeasibleAnswer,
  request: SizingRequest,
  result: ConfigResult,
): FeasibleAnswer {
  const current = result.breakdown[request.process];
  if (answer.question !== 'minimum' || !current.ok) return answer;
  const size = current.memory.totalProcess;
  if (size <= answer.processSize || size % MIB !== 0n) return answer;
  const key = `${request.process}.memory.process.size`;
  const config = new Map(answer.config);
  config.set(key, `${size / MIB}m`);
  const options = { flinkVersion: request.version, deployment: request.deployment ?? 'standalone' };
  const derived =
    request.process === 'taskmanager'
      ? deriveTaskManager(config, options)
      : deriveJobManager(config, options);
  if (!derived.ok || !meets(derived.memory as unknown as Record<string, bigint>, derived.numSlots, request))
    return answer;
  const set = { ...answer.set };
  const why = { ...answer.why };
  const written = request.config?.get(key);
  if (written !== undefined && String(written) !== '' && !answer.remove.length) {
    delete set[key];
    delete why[key];
  } else {
    set[key] = `${size / MIB}m`;
    why[key] = `The ${LABEL[request.process]} keeps its ${formatSize(size)}.`;
  }
  return { ...answer, set, why, config, result: derived, processSize: size };
}

function meets(m: Record<string, bigint>, numSlots: number | undefined, request: SizingRequest): boolean {
  const metaspace = request.targets?.metaspace;
  if (metaspace !== undefined && m.jvmMetaspace < metaspace) return false;
  if (request.process !== 'taskmanager') {
    const heap = request.targets?.heap;
    return heap === undefined || m.jvmHeap >= heap;
  }
  const t = request.targets ?? {};
  const slots = BigInt(Math.max(1, numSlots ?? 1));
  return (
    (t.taskHeap === undefined || m.taskHeap >= t.taskHeap) &&
    (t.managedPerSlot === undefined || m.managed / slots >= t.managedPerSlot)
  );
}

/**
 * The fix of a policy whose `fix.solve` asks the sizing solver: the edits of its answer (keys set,
 * keys removed), and the arithmetic that makes that size the one. Undefined where the solver finds
 * no answer: the policy's own fix stands.
 */
export function solvedFix(
  policy: Policy,
  finding: Finding,
  facts: Facts,
  result: ConfigResult,
): FindingFix | undefined {
  const solve = policy.fix?.solve;
  const process = finding.process;
  if (!solve || !process) return undefined;
  // Placeholders name the finding's process, as in its message.
  const previous = facts.process;
  facts.process = facts[process];
  const request = requestOf(solve, process, facts, result);
  facts.process = previous;
  if (!request) return undefined;
  const solved = rememberedSolve(request, { blockers: false });
  if (!solved.feasible) {
    // No size in the container works with these settings: the limit is what has to change.
    if (request.container === undefined || solved.minimumContainer === undefined) return undefined;
    return {
      set: {},
      description: `No ${LABEL[process]} fits the ${formatSize(request.container)} container with these settings: Flink accepts ${formatSize(solved.minimumContainer)} at the least. Raise the container limit to ${formatSize(solved.minimumContainer)} or more.`,
    };
  }
  const kept = keepCurrentSize(solved, request, result);
  const written = request.config ?? new Map();
  const answer = {
    ...kept,
    set: Object.fromEntries(
      Object.entries(kept.set).map(([k, v]) => [k, sizeInUnitsOf(k, v, request.version, written)]),
    ),
  };
  const key = `${process}.memory.process.size`;
  // The operator writes resource.memory over the configuration's process size: that field is the one to change.
  const operator = result.config.entries.some(
    (e) => e.key === key && e.origin === 'operator' && !e.overriddenBy,
  );
  // Where the operator owns the process size, the other keys alone would not fit: the fix is described, not set.
  const set: Record<string, string | null> = {};
  if (!(operator && key in answer.set)) {
    for (const removed of answer.remove) set[removed] = null;
    for (const [k, v] of Object.entries(answer.set)) set[k] = v;
  }
  const sentences = Object.entries(answer.set).map(([k, v]) =>
    operator && k === key
      ? `Set spec.${process === 'taskmanager' ? 'taskManager' : 'jobManager'}.resource.memory to ${v}: ${answer.why[k]}`
      : `Set ${k} to ${v}: ${answer.why[k]}`,
  );
  for (const removed of answer.remove) sentences.push(`Remove ${removed}: ${answer.why[removed]}`);
  if (sentences.length === 0) return undefined;
  return { set, description: sentences.join(' ') };
}
