import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Policy, PolicyProblem } from '../model/index.js';
import POLICY_SCHEMA from '../../docs/policy.schema.json' with { type: 'json' };
import { unknownFilters } from './placeholders.js';
import { parseJsonText } from './json-text.js';
import { LINEAR_REGEXP, POLICY_LIMITS, unboundedReason } from './policy-bounds.js';
import { builtinPolicyDir } from './builtin-dir.js';
import { createAjv, describeErrors, type Validator } from './schema-compiler.js';
import {
  precompiled,
  precompiledValidators,
  SCHEMA_PARTS,
  type PrecompiledValidators,
} from './policy-validators.js';
import { readConfined, realRoot } from '../sources/index.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';

export interface CompiledPolicy {
  policy: Policy;
  /** Where it was read from. */
  file: string;
  /** The policy folder it was found in (one of the folders given to `loadPolicies`). */
  dir: string;
  when?: Validator;
  require?: Validator;
}

export interface PolicyPack {
  policies: CompiledPolicy[];
}

export { builtinPolicyDir };

/**
 * Reads and compiles every policy in `dirs`: a `*.json` policy file, or a rule folder `<id>/` with
 * its `policy.json` (as the built-in pack is laid out), taken by name within a folder; later ones,
 * and later folders, replace a policy of the same id. A file that is not valid JSON, breaks the
 * policy schema or holds an invalid JSON Schema is reported with its file and left out; the others
 * still run. Policies in `trusted` folders (the built-in pack, whose tests check it against both
 * schemas) skip those checks: they cost a run more than compiling the pack itself.
 */
export function loadPolicies(
  dirs: readonly string[],
  options: { trusted?: readonly string[] } = {},
): { pack: PolicyPack; problems: PolicyProblem[] } {
  // Created on first use: the built-in pack the build compiled needs no compiler.
  let ajv: Ajv2020 | undefined;
  const trustedAjv = () => (ajv ??= createAjv({ messages: false }));
  // User policies match patterns in linear time: one compiler for them, the built-in pack keeps V8's.
  let userAjv: Ajv2020 | undefined;
  let checker: Checker | undefined;
  const byId = new Map<string, CompiledPolicy>();
  const problems: PolicyProblem[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      problems.push({ file: dir, message: `cannot read the policy folder: ${(err as Error).message}` });
      continue;
    }
    const trusted = options.trusted?.includes(dir) ?? false;
    const check = trusted ? undefined : (checker ??= createChecker());
    // The build compiled the built-in pack's schemas already: a run compiles only what it changed.
    const built = trusted && dir === builtinPolicyDir() ? precompiledValidators() : undefined;
    const compiler = trusted
      ? trustedAjv
      : () => (userAjv ??= createAjv({ messages: false, regExp: LINEAR_REGEXP }));
    // A user policy is read only inside its own folder, links resolved, and only up to a size.
    const root = realRoot(dir) ?? dir;
    for (const name of names) {
      const file = policyFileOf(path.join(dir, name));
      if (file === undefined) continue;
      let text: string;
      if (trusted) text = readFileSync(file, 'utf8');
      else {
        const read = readConfined(file, [root], POLICY_LIMITS.maxBytes);
        if (!read.ok) {
          problems.push({ file, message: read.message });
          continue;
        }
        text = read.bytes.toString('utf8');
      }
      const result = compilePolicyFile(compiler, check, file, text, built);
      if ('problem' in result) problems.push(result.problem);
      else byId.set(result.compiled.policy.id, { ...result.compiled, dir });
    }
  }
  return { pack: { policies: [...byId.values()] }, problems };
}

/**
 * The policy an entry of a policy folder holds: `policy.json` in a rule folder, else the entry
 * itself where it is named `*.json` (its reader says what is wrong with a broken link or a loop).
 */
function policyFileOf(entry: string): string | undefined {
  let folder = false;
  try {
    folder = statSync(entry).isDirectory();
  } catch {
    // A dangling link or a loop: not a folder; read below as what its name says.
  }
  if (!folder) return entry.endsWith('.json') ? entry : undefined;
  const file = path.join(entry, 'policy.json');
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/**
 * The built-in pack from its policies as data, compiled as `loadPolicies` compiles the trusted
 * folder: what a reader without files (the browser playground) runs.
 */
export function compileTrustedPack(policies: readonly Policy[]): PolicyPack {
  const ajv = createAjv({ messages: false });
  const compiled: CompiledPolicy[] = [];
  for (const policy of policies) {
    const file = `policies/${policy.id}/policy.json`;
    const result = compilePolicy(() => ajv, undefined, file, policy);
    if ('compiled' in result) compiled.push({ ...result.compiled, dir: 'policies' });
  }
  return { policies: compiled };
}

/** Checks policy files against the policy schema, and their schemas against the meta-schema. */
interface Checker {
  ajv: Ajv2020;
  policy: Validator;
}

function createChecker(): Checker {
  const ajv = createAjv();
  return { ajv, policy: ajv.compile(POLICY_SCHEMA) };
}

/** Compiles one policy file; without a checker it is trusted to be a valid policy. */
function compilePolicyFile(
  ajv: () => Ajv2020,
  checker: Checker | undefined,
  file: string,
  text: string,
  built?: PrecompiledValidators,
): { compiled: Omit<CompiledPolicy, 'dir'> } | { problem: PolicyProblem } {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { problem: { file, line: parsed.line, message: parsed.message } };
  return compilePolicy(ajv, checker, file, parsed.value, built);
}

/** Compiles one policy as data; without a checker it is trusted to be a valid policy. */
function compilePolicy(
  ajv: () => Ajv2020,
  checker: Checker | undefined,
  file: string,
  data: unknown,
  built?: PrecompiledValidators,
): { compiled: Omit<CompiledPolicy, 'dir'> } | { problem: PolicyProblem } {
  if (checker && !checker.policy(data)) {
    return { problem: { file, message: `not a valid policy: ${describeErrors(checker.policy.errors)}` } };
  }
  const policy = data as Policy;
  const unbounded = checker ? unboundedReason(policy) : undefined;
  if (unbounded) return { problem: { file, message: `policy ${policy.id}: refused, ${unbounded}` } };
  const filters = [policy.message, ...(policy.locate ?? []), ...Object.values(policy.fix?.set ?? {})].flatMap(
    (t) => (typeof t === 'string' ? unknownFilters(t) : []),
  );
  if (filters.length) {
    return { problem: { file, message: `policy ${policy.id}: unknown placeholder filter '${filters[0]}'` } };
  }
  try {
    const compiled: Omit<CompiledPolicy, 'dir'> = { policy, file };
    for (const part of SCHEMA_PARTS) {
      const schema = policy[part];
      if (schema === undefined) continue;
      if (checker && !checker.ajv.validateSchema(schema)) throw new Error(describeErrors(checker.ajv.errors));
      compiled[part] = precompiled(built, policy.id, part, schema) ?? ajv().compile(schema);
    }
    return { compiled };
  } catch (err) {
    return {
      problem: { file, message: `policy ${policy.id}: invalid JSON Schema: ${(err as Error).message}` },
    };
  }
}
