// Writes the built-in pack's validators as one CommonJS module (ajv's standalone code), which the
// build bundles beside the others as dist/policy-validators.js (src/policy/policy-validators.ts
// reads it). Run by scripts/build.mjs, bundled: `node generate.mjs POLICY_DIR OUT_FILE`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import standalone from 'ajv/dist/standalone/index.js';
import type { Policy } from '../src/model/index.js';
import { SCHEMA_PARTS, validatorKey } from '../src/policy/policy-validators.js';
import { createAjv } from '../src/policy/schema-compiler.js';

/**
 * The module source of the built-in pack's validators (ajv's standalone code, CommonJS), for the
 * build: the same ajv options as a run's (`createAjv`), every schema once, in folder order.
 */
function validatorsSource(policyDir: string): string {
  const ajv = createAjv({ messages: false, source: true });
  const refs: Record<string, string> = {};
  const schemas: Record<string, string> = {};
  for (const id of readdirSync(policyDir).sort()) {
    const file = path.join(policyDir, id, 'policy.json');
    if (!existsSync(file)) continue;
    const policy = JSON.parse(readFileSync(file, 'utf8')) as Policy;
    for (const part of SCHEMA_PARTS) {
      if (policy[part] === undefined) continue;
      const key = validatorKey(policy.id, part);
      ajv.addSchema(policy[part], key);
      refs[`v${Object.keys(refs).length}`] = key;
      schemas[key] = JSON.stringify(policy[part]);
    }
  }
  const names = Object.fromEntries(Object.entries(refs).map(([name, key]) => [key, name]));
  return [
    standalone.default(ajv, refs),
    `exports.schemas = ${JSON.stringify(schemas)};`,
    `exports.validators = {${Object.entries(names)
      .map(([key, name]) => `${JSON.stringify(key)}: exports.${name}`)
      .join(', ')}};`,
    '',
  ].join('\n');
}

const [policyDir, out] = process.argv.slice(2);
writeFileSync(out, validatorsSource(policyDir));
