import type { DerivationFailure } from '../../src/model/index.js';
import type { Comparison } from '../../src/report/breakdown-diff.js';

export const COMMIT = '0123456789abcdef0123456789abcdef01234567';

/** A comparison with a ref at `COMMIT`. */
export function comparison(diffs: Comparison['diffs'], ref = 'main'): Comparison {
  return { ref, commit: COMMIT, diffs };
}

/** A TaskManager Flink refuses, with Flink's exception type and message. */
export const refused: DerivationFailure = {
  ok: false,
  errorType: 'IllegalConfigurationException',
  error: 'Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)) exceeds it.',
};
