import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Validator } from './schema-compiler.js';

/** The file the build writes beside the bundles: the built-in pack's validators, compiled. */
export const VALIDATORS_FILE = 'policy-validators.js';

/** What that file exports: each schema as it was compiled, and its validator, by `<id>:<part>`. */
export interface PrecompiledValidators {
  schemas: Record<string, string>;
  validators: Record<string, Validator>;
}

/** The parts of a policy that are JSON Schemas, compiled to validators. */
export const SCHEMA_PARTS = ['when', 'require'] as const;

export const validatorKey = (id: string, part: (typeof SCHEMA_PARTS)[number]) => `${id}:${part}`;

/**
 * The built-in pack's validators as the build compiled them, where the running bundle has them
 * beside it (the sources have none: their runs compile). Compiling the pack is most of a small
 * lint's time; these are ajv's own validators for the same schemas and options, written out once.
 */
export function precompiledValidators(): PrecompiledValidators | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), VALIDATORS_FILE);
  try {
    return createRequire(import.meta.url)(file) as PrecompiledValidators;
  } catch {
    return undefined;
  }
}

/**
 * The validator the build compiled for this schema of a built-in policy: only where the schema is
 * the one it was compiled from, so an edited policy is compiled afresh.
 */
export function precompiled(
  validators: PrecompiledValidators | undefined,
  id: string,
  part: (typeof SCHEMA_PARTS)[number],
  schema: unknown,
): Validator | undefined {
  const key = validatorKey(id, part);
  return validators?.schemas[key] === JSON.stringify(schema) ? validators.validators[key] : undefined;
}
