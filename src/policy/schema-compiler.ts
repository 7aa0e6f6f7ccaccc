import {
  Ajv2020,
  type ErrorObject,
  type FuncKeywordDefinition,
  type ValidateFunction,
} from 'ajv/dist/2020.js';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { memoryBytes } from './memory.js';

/**
 * One ajv instance per run: draft 2020-12, `$data` for comparisons between facts, and the
 * `memoryAtMost` / `memoryAtLeast` keywords so rules can say `{"memoryAtMost": "2g"}` in Flink's
 * own size syntax. Every schema is compiled once, by the policy that owns it.
 */
export function createAjv(
  options: { messages?: boolean; regExp?: RegExpEngine; source?: boolean } = {},
): Ajv2020 {
  const ajv = new Ajv2020({
    $data: true,
    // ajv's optimiser only tidies the generated code; skipping it cuts the pack's compile by a third.
    // `source` keeps each validator's code, for the build's precompiled pack (policy-validators.ts).
    code: {
      optimize: false,
      source: options.source ?? false,
      ...(options.regExp ? { regExp: options.regExp } : {}),
    },
    allErrors: false,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateFormats: false,
    // A policy's `when` fails for most configs, and each failure builds an error: without its
    // message when nobody reads it (the instance that checks policy files keeps them).
    messages: options.messages ?? true,
    // Policies from users are checked against the meta-schema explicitly (load-policies.ts);
    // the built-in pack is checked by its tests, not on every run.
    validateSchema: false,
  });
  ajv.addKeyword(memoryKeyword('memoryAtMost', (value, bound) => value <= bound));
  ajv.addKeyword(memoryKeyword('memoryAtLeast', (value, bound) => value >= bound));
  return ajv;
}

function memoryKeyword(
  keyword: string,
  holds: (value: number, bound: number) => boolean,
): FuncKeywordDefinition {
  return {
    keyword,
    $data: true,
    schemaType: ['string', 'number'],
    errors: false,
    validate(schema: unknown, data: unknown): boolean {
      const bound = memoryBytes(schema);
      const value = memoryBytes(data);
      // Values that are not sizes are someone else's concern (memory-size-unparseable).
      if (bound === undefined || value === undefined) return true;
      return holds(value, bound);
    },
  };
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'invalid';
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`.trim()).join('; ');
}

export type Validator = ValidateFunction;
