// `npm run bench` section: the whole default pack over 1,000 configs, in-process.
import type { ConfigResult } from '../src/model/report.js';
import { runExample } from './lib/policy-examples.js';
import { evaluate } from '../src/policy/evaluate.js';
import { buildFacts } from '../src/policy/facts/index.js';
import { builtinPolicyDir, loadPolicies } from '../src/policy/load-policies.js';
import { EMPTY_SETTINGS } from '../src/policy/settings.js';

/** Milliseconds per call of `fn`, the median of repeated runs for about a second. */
function medianMs(fn: () => void): number {
  const times: number[] = [];
  const until = performance.now() + 1000;
  while (performance.now() < until || times.length < 5) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const policySection = {
  name: 'policies',
  run() {
    const t0 = performance.now();
    const { pack } = loadPolicies([builtinPolicyDir()]);
    const loadMs = performance.now() - t0;
    // Every example config of every policy, repeated up to 1,000 configs.
    const examples = pack.policies.flatMap((p) => [
      ...(p.policy.examples?.invalid ?? []),
      ...(p.policy.examples?.valid ?? []),
    ]);
    const results: ConfigResult[] = [];
    for (let i = 0; results.length < 1000; i++)
      results.push(...runExample(examples[i % examples.length]).results);
    results.length = 1000;
    evaluate(results, pack, EMPTY_SETTINGS); // warm up
    const facts = medianMs(() => results.forEach((r) => buildFacts(r)));
    const all = medianMs(() => evaluate(results, pack, EMPTY_SETTINGS));
    return [
      { measure: `load and compile ${pack.policies.length} policies`, value: `${loadMs.toFixed(0)} ms` },
      { measure: 'build facts for 1,000 configs (median)', value: `${facts.toFixed(1)} ms` },
      { measure: 'evaluate the pack over 1,000 configs (median)', value: `${all.toFixed(1)} ms` },
    ];
  },
};
