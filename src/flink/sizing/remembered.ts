import { solveSizing } from './solve.js';
import type { SizingAnswer, SizingRequest } from './types.js';

/**
 * `solveSizing` for callers that ask the same question many times, as a lint run does for every
 * config of a tree that repeats its settings: the answer is a pure function of the request, and
 * answers are never changed by their callers.
 */
export function rememberedSolve(request: SizingRequest, options: { blockers?: boolean } = {}): SizingAnswer {
  const key = JSON.stringify([request, options.blockers !== false], (_, value: unknown) =>
    typeof value === 'bigint'
      ? { bigint: String(value) }
      : value instanceof Map
        ? [...(value as Map<string, unknown>)].map(([k, v]): string[] => [k, typeof v, String(v)])
        : value,
  );
  const known = ANSWERS.get(key);
  if (known) return known;
  if (ANSWERS.size >= MAX_REMEMBERED) ANSWERS.clear();
  const answer = solveSizing(request, options);
  ANSWERS.set(key, answer);
  return answer;
}

const ANSWERS = new Map<string, SizingAnswer>();
const MAX_REMEMBERED = 2_000;
