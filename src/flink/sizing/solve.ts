import { DEPLOYMENTS, FLINK_VERSIONS, type ConfigMap, type ConfigValue } from '../../model/index.js';
import { formatSize } from '../human-size.js';
import { effectiveOption, rawText } from '../options.js';
import { JUDGED_VERSIONS, traitsOf } from '../versions.js';
import { Edits } from '../config-edits.js';
import { planSizing, type SizingPlan } from './plan.js';
import { largestGood, MIB, Prober, smallestGood, type Probe } from './search.js';
import type {
  Blocker,
  FeasibleAnswer,
  InfeasibleAnswer,
  SizingAnswer,
  SizingQuestion,
  SizingRequest,
} from './types.js';

/** One search: the plan, the sizes tried and the probe that decides. */
interface Attempt {
  request: SizingRequest;
  question: SizingQuestion;
  plan: SizingPlan;
  prober: Prober;
  probe: Probe;
}

function attempt(request: SizingRequest, config: ConfigMap): Attempt {
  const plan = planSizing(request, config);
  const prober = new Prober(plan);
  if (request.container === undefined) {
    return { request, question: 'minimum', plan, prober, probe: smallestGood(prober) };
  }
  return { request, question: 'fit', plan, prober, probe: largestGood(prober, request.container / MIB) };
}

/** How a refused or short size reads in a sentence. */
function problemAt(probe: Probe): string {
  const size = `${probe.mib}m`;
  const problem = (probe.problem ?? '').replace(/\.$/, '');
  return probe.result.ok ? `at ${size} ${problem}` : `at ${size} Flink refuses it: ${problem}`;
}

/** The edits of an attempt with its process size, which is left out where the value is already that size. */
function finalEdits(a: Attempt, why: string): Edits {
  const { plan, probe } = a;
  const edits = plan.edits.copy();
  const current = effectiveOption(plan.base, plan.version, plan.processKey);
  if (current?.error || current?.value !== probe.mib * MIB) edits.put(plan.processKey, `${probe.mib}m`, why);
  return edits;
}

function hasTargets(request: SizingRequest): boolean {
  return Object.values(request.targets ?? {}).some((t) => t !== undefined);
}

function processWhy(a: Attempt): string {
  const { probe, prober, plan } = a;
  if (a.question === 'minimum') {
    return probe.mib === 1n
      ? 'The smallest process size there is in whole MiB.'
      : `The smallest ${plan.label} process size ${hasTargets(a.request) ? 'that meets the targets' : 'Flink accepts with these settings'}: ${problemAt(prober.at(probe.mib - 1n))}.`;
  }
  const container = a.request.container as bigint;
  if (probe.mib === container / MIB)
    return `The ${formatSize(container)} container in whole MiB: Flink sizes the ${plan.label} by its total process memory.`;
  return `The largest size within the ${formatSize(container)} container that Flink accepts with these settings: ${problemAt(prober.at(probe.mib + 1n))}.`;
}

function answerParts(edits: Edits, config: ConfigMap) {
  return {
    set: Object.fromEntries(edits.set),
    remove: [...edits.remove],
    why: Object.fromEntries(edits.why),
    config,
  };
}

function feasible(a: Attempt): FeasibleAnswer {
  const edits = finalEdits(a, processWhy(a));
  return {
    question: a.question,
    process: a.plan.process,
    feasible: true,
    ...answerParts(edits, edits.apply(a.plan.base)),
    result: a.probe.result,
    processSize: a.probe.mib * MIB,
  };
}

/** Why an attempt found nothing, in one sentence. */
function reasonOf(a: Attempt, minimum?: FeasibleAnswer): string {
  const { probe, prober, plan } = a;
  if (probe.state === 'fixed')
    return `Flink refuses the ${plan.label} configuration at every process size: ${probe.problem}`;
  const [low, high] =
    probe.state === 'above' ? [prober.at(probe.mib - 1n), probe] : [probe, prober.at(probe.mib + 1n)];
  if (low.state === 'below' && high.state === 'above')
    return `No process size is both accepted by Flink and large enough: ${problemAt(low)}, and ${problemAt(high)}.`;
  if (a.question === 'minimum') {
    return probe.result.ok
      ? `No process size Flink can represent meets the targets: ${problemAt(probe)}.`
      : `Flink refuses the ${plan.label} configuration at every process size: ${problemAt(probe)}.`;
  }
  const container = formatSize(a.request.container as bigint);
  const smallest = minimum ? ` The smallest container that works is ${formatSize(minimum.processSize)}.` : '';
  return `The ${container} container is too small: ${problemAt(probe)}.${smallest}`;
}

function without(config: ConfigMap, keys: Iterable<string>): ConfigMap {
  const out = new Map<string, ConfigValue>(config);
  for (const key of keys) out.delete(key);
  return out;
}

function isFeasible(request: SizingRequest, config: ConfigMap): boolean {
  return attempt(request, config).probe.state === 'good';
}

/**
 * The kept keys the request fails on: each key whose removal alone makes it possible; where no
 * single key does, the smallest set found by removing keys one by one and putting back those not
 * needed.
 */
function blockingKeys(a: Attempt, config: ConfigMap): string[][] {
  const single = a.plan.kept.filter((key) => isFeasible(a.request, without(config, [key])));
  if (single.length > 0) return single.map((key) => [key]);
  const removed: string[] = [];
  for (const key of a.plan.kept) {
    removed.push(key);
    if (isFeasible(a.request, without(config, removed))) {
      const needed = removed.filter(
        (k) =>
          !isFeasible(
            a.request,
            without(
              config,
              removed.filter((r) => r !== k),
            ),
          ),
      );
      return needed.length > 0 ? [needed] : [];
    }
  }
  return [];
}

function blockerWhy(a: Attempt, key: string, together: string[], reason: string): string {
  const { plan, request } = a;
  const value = rawText(plan.base.get(key) as ConfigValue);
  const own = effectiveOption(plan.base, plan.version, key);
  if (
    request.container !== undefined &&
    own?.option.type === 'memory' &&
    own.suppliedBy === key &&
    !own.error &&
    (own.value as bigint) >= request.container
  ) {
    return `${key}: ${value} alone exceeds the ${formatSize(request.container)} container.`;
  }
  const others = together.filter((k) => k !== key);
  const partners = others.length > 0 ? ` together with ${others.join(', ')}` : '';
  return `With ${key}: ${value}${partners} the request cannot be met; without it, it can. ${reason}`;
}

function infeasible(a: Attempt, config: ConfigMap, withBlockers: boolean): InfeasibleAnswer {
  const minimum =
    a.question === 'fit' && a.probe.state === 'below' && a.prober.at(a.probe.mib + 1n).state !== 'above'
      ? solveQuietly({ ...a.request, container: undefined }, config)
      : undefined;
  const reason = reasonOf(a, minimum);
  const edits = a.plan.edits.copy();
  edits.put(a.plan.processKey, `${a.probe.mib}m`, `The size that shows the problem: ${problemAt(a.probe)}.`);
  const blockers: Blocker[] = [];
  let withoutBlockers: FeasibleAnswer | undefined;
  if (withBlockers) {
    const groups = blockingKeys(a, config);
    for (const group of groups)
      for (const key of group)
        blockers.push({
          key,
          value: rawText(config.get(key) as ConfigValue),
          why: blockerWhy(a, key, group, reason),
        });
    if (blockers.length > 0) {
      const relieved = attempt(a.request, without(config, groups[0]));
      if (relieved.probe.state === 'good') withoutBlockers = feasible(relieved);
    }
  }
  return {
    question: a.question,
    process: a.plan.process,
    feasible: false,
    reason,
    ...answerParts(edits, a.probe.config),
    result: a.probe.result,
    blockers,
    ...(minimum && { minimumContainer: minimum.processSize }),
    ...(withoutBlockers && { withoutBlockers }),
  };
}

function solveQuietly(request: SizingRequest, config: ConfigMap): FeasibleAnswer | undefined {
  const a = attempt(request, config);
  return a.probe.state === 'good' ? feasible(a) : undefined;
}

/** Why a request cannot even be asked, or undefined. */
function malformed(request: SizingRequest): string | undefined {
  // Patch releases judged with their own defaults (1.10.0) are versions of their own.
  if (!(JUDGED_VERSIONS as readonly string[]).includes(request.version))
    return `Flink ${String(request.version)} is not a supported version (${FLINK_VERSIONS[0]} to ${FLINK_VERSIONS[FLINK_VERSIONS.length - 1]}).`;
  if (request.deployment !== undefined && !DEPLOYMENTS.includes(request.deployment))
    return `Unknown deployment ${String(request.deployment)}.`;
  if (request.process !== 'taskmanager' && request.process !== 'jobmanager')
    return `Unknown process ${String((request as { process: unknown }).process)}.`;
  if (request.process === 'jobmanager' && !traitsOf(request.version).jobManagerModel)
    return `Flink ${request.version} has no JobManager memory model: its scripts only set the JVM heap from jobmanager.heap.size.`;
  if (request.container !== undefined && request.container < MIB)
    return `A container of ${request.container} bytes is smaller than 1 MiB.`;
  if (request.process === 'taskmanager' && request.slots !== undefined) {
    if (!Number.isInteger(request.slots) || request.slots < 1 || request.slots > 2147483647)
      return `Slots must be a positive int, not ${request.slots}.`;
  }
  for (const [name, bytes] of Object.entries(request.targets ?? {}) as [string, bigint | undefined][]) {
    if (bytes !== undefined && bytes < 0n) return `The ${name} target is negative.`;
  }
  return undefined;
}

/**
 * The inverse of Flink's memory derivation: the configuration edits that make a TaskManager or
 * JobManager fit a container as well as it can ("fit"), or the smallest process that meets the
 * targets ("minimum"), verified with the same derivation `derive` uses. Never throws.
 */
export function solveSizing(request: SizingRequest, options: { blockers?: boolean } = {}): SizingAnswer {
  const config = request.config ?? new Map<string, ConfigValue>();
  const problem = malformed(request);
  if (problem !== undefined) {
    return {
      question: request.container === undefined ? 'minimum' : 'fit',
      process: request.process,
      feasible: false,
      reason: problem,
      ...answerParts(new Edits(), config),
      blockers: [],
    };
  }
  const a = attempt(request, config);
  // Finding the blocking keys derives the request once per kept key: callers that only want an answer skip it.
  return a.probe.state === 'good' ? feasible(a) : infeasible(a, config, options.blockers !== false);
}
