import {
  CONSUMER_DEFAULT_WEIGHT,
  CONSUMER_WEIGHTS_KEY,
  defaultConsumerWeights,
  readsDataprocWeight,
} from '../../flink/index.js';
import type { ConfigMap, Facts, FlinkVersion } from '../../model/index.js';

/**
 * How managed memory is shared out among consumers (spec §10.3), and which of those this job has
 * that allocate it (`allocating`) an explicit list leaves without a weight.
 */
export function weightFacts(
  view: ConfigMap,
  version: FlinkVersion,
  allocating: readonly string[],
): Facts['managedWeights'] {
  const raw = new Map<string, number>();
  let text: string | undefined;
  const explicit = view.get(CONSUMER_WEIGHTS_KEY);
  if (explicit !== undefined) {
    text = String(explicit);
    for (const part of text.replace(/^[{[]|[}\]]$/g, '').split(/[,;]/)) {
      const [k, v] = part.split(':').map((s) => s.trim());
      if (k) raw.set(k.toUpperCase(), Number(v));
    }
  }
  for (const [key, value] of view) {
    if (key.startsWith(`${CONSUMER_WEIGHTS_KEY}.`)) {
      raw.set(key.slice(CONSUMER_WEIGHTS_KEY.length + 1).toUpperCase(), Number(value));
      text ??= '(map)';
    }
  }
  const isExplicit = text !== undefined;
  if (!isExplicit) {
    const defaults = defaultConsumerWeights(version);
    if (!defaults) return { explicit: false, weights: {}, missing: [] };
    for (const part of defaults.split(',')) {
      const [k, v] = part.split(':');
      raw.set(k, Number(v));
    }
  }
  const dataproc = readsDataprocWeight(version) ? raw.get('DATAPROC') : undefined;
  const weights: Record<string, number> = {
    OPERATOR: raw.get('OPERATOR') ?? dataproc ?? 0,
    STATE_BACKEND: raw.get('STATE_BACKEND') ?? dataproc ?? 0,
    PYTHON: raw.get('PYTHON') ?? 0,
  };
  const missing = isExplicit ? allocating.filter((c) => weights[c] === 0) : [];
  const facts: Facts['managedWeights'] = { explicit: isExplicit, value: text, weights, missing };
  if (missing.length > 0) {
    const kept = Object.entries(weights).filter(([, w]) => w > 0);
    const added = missing.map((c) => [c, CONSUMER_DEFAULT_WEIGHT[c]] as const);
    facts.suggested = [...kept, ...added].map(([c, w]) => `${c}:${w}`).join(',');
  }
  return facts;
}

/**
 * The managed memory per slot the state backend gets: its weight's share among the consumers the
 * job has (spec §10.3: only the use cases present count); the whole slot's before weights existed
 * (1.10–1.11), nothing where the explicit weights leave it out.
 */
export function backendShare(
  weights: Facts['managedWeights'],
  consumers: readonly string[],
  perSlot: number,
): number {
  if (Object.keys(weights.weights).length === 0) return perSlot;
  const total = consumers.reduce((sum, c) => sum + (weights.weights[c] ?? 0), 0);
  const own = weights.weights.STATE_BACKEND ?? 0;
  return total > 0 ? Math.floor((perSlot * own) / total) : 0;
}
