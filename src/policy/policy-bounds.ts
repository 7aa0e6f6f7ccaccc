import { RE2JS } from 're2js';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import type { Policy } from '../model/index.js';

/**
 * A policy from the repository is data written by whoever opened the pull request: before it is
 * compiled, it must be shown to run in bounded time over any Facts document. Built-in policies
 * are the tool's own and skip these checks.
 */
export const POLICY_LIMITS = {
  /** Bytes of one policy file (the built-in ones are under 6 KB). */
  maxBytes: 256 * 1024,
  /** Characters of a message, `locate` target, `forEach` path or fix template. */
  maxTemplate: 4096,
  /** `{placeholders}` in one template. */
  maxPlaceholders: 64,
  /** Dotted segments of one facts path. */
  maxSegments: 32,
  /** Characters of one regular expression. */
  maxPattern: 1000,
  /**
   * Schema applications one data path may cost: the schema's subschemas counted with every `$ref`
   * followed, each level of the data on its own. Built-in policies cost under 200.
   */
  maxApplications: 10_000,
  /** Levels of the Facts document a schema can descend (it is at most 6 deep). */
  maxDataDepth: 12,
  /** Nesting of the schema, each `$ref` followed counting as a level. */
  maxSchemaDepth: 256,
};

/**
 * ajv's engine for `pattern` and `patternProperties` of user policies: RE2, which matches in time
 * linear in the input and refuses what it cannot (backreferences, lookaround) at compile time.
 */
export const LINEAR_REGEXP: RegExpEngine = Object.assign(
  (pattern: string) => {
    if (pattern.length > POLICY_LIMITS.maxPattern)
      throw new Error(`a pattern of ${pattern.length} characters, above ${POLICY_LIMITS.maxPattern}`);
    // ajv asks for the `u` flag: RE2 reads UTF-16 strings by code point as it is.
    return RE2JS.compile(pattern);
  },
  { code: 'RE2JS.compile' },
);

const PLACEHOLDER = /\{([^{}|]+)(?:\|[a-z]+)?\}/g;

/** Why a user policy is refused as unbounded; undefined when it is fine. */
export function unboundedReason(policy: Policy): string | undefined {
  const templates = [
    ['message', policy.message],
    ['fix.description', policy.fix?.description],
    ...(policy.locate ?? []).map((t, i) => [`locate[${i}]`, t] as const),
    ...Object.entries(policy.fix?.set ?? {}).flatMap(([k, v]) => [
      ['fix.set key', k] as const,
      ['fix.set value', v ?? undefined] as const,
    ]),
  ] as const;
  for (const [what, text] of templates) {
    if (text === undefined) continue;
    const why = templateReason(text);
    if (why) return `${what}: ${why}`;
  }
  if (policy.forEach !== undefined) {
    const why = pathReason(policy.forEach);
    if (why) return `forEach: ${why}`;
  }
  for (const part of ['when', 'require'] as const) {
    const schema = policy[part];
    if (schema === undefined) continue;
    const why = schemaReason(schema);
    if (why) return `${part}: ${why}`;
  }
  return undefined;
}

function templateReason(text: string): string | undefined {
  if (text.length > POLICY_LIMITS.maxTemplate)
    return `${text.length} characters, above ${POLICY_LIMITS.maxTemplate}`;
  let count = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (++count > POLICY_LIMITS.maxPlaceholders)
      return `more than ${POLICY_LIMITS.maxPlaceholders} placeholders`;
    const why = pathReason(match[1]);
    if (why) return why;
  }
  return undefined;
}

function pathReason(path: string): string | undefined {
  let segments = 1;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 46) segments++;
  if (segments > POLICY_LIMITS.maxSegments)
    return `a facts path of ${segments} segments, above ${POLICY_LIMITS.maxSegments}`;
  return undefined;
}

/** Keywords whose subschemas apply to the same value. */
const SAME_VALUE_ONE = ['not', 'if', 'then', 'else'];
const SAME_VALUE_LIST = ['allOf', 'anyOf', 'oneOf'];
const SAME_VALUE_MAP = ['dependentSchemas'];
/** Keywords whose subschemas apply to the values inside it (one level down). */
const CHILD_ONE = [
  'additionalProperties',
  'items',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const CHILD_LIST = ['prefixItems'];
const CHILD_MAP = ['properties', 'patternProperties'];
/** Identifiers that would make `$ref` mean something else than a place in this schema. */
const REFUSED = ['$id', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$anchor'];

type Schema = Record<string, unknown> | boolean;

/**
 * Why a `when`/`require` schema is unbounded: a `$ref` that leaves the schema, a loop of `$ref`s
 * that never descends into the data (it would recurse until the stack overflows), or more
 * schema applications than `maxApplications` for one path through the data (a `$ref` fan-out).
 */
function schemaReason(root: unknown): string | undefined {
  if (typeof root !== 'object' && typeof root !== 'boolean') return 'not a schema';
  const memo = new Map<string, number>();
  const active = new Set<string>();
  const cap = POLICY_LIMITS.maxApplications + 1;
  let problem: string | undefined;

  /** Applications of the schema at `pointer` to a value `depth` levels down, capped at `cap`. */
  const cost = (schema: unknown, pointer: string, depth: number, nesting: number): number => {
    if (problem) return cap;
    if (typeof schema === 'boolean') return 1;
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return 1;
    if (nesting > POLICY_LIMITS.maxSchemaDepth) {
      problem = `nested deeper than ${POLICY_LIMITS.maxSchemaDepth} levels`;
      return cap;
    }
    const key = `${depth}\0${pointer}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (active.has(key)) {
      problem = `$ref ${JSON.stringify(pointer || '#')} refers back to itself without descending into the data`;
      return cap;
    }
    active.add(key);
    const node = schema as Record<string, unknown>;
    let total = 1;
    const add = (n: number) => (total = Math.min(cap, total + n));
    const same = (sub: unknown, at: string) => add(cost(sub, at, depth, nesting + 1));
    const child = (sub: unknown, at: string) => {
      if (depth < POLICY_LIMITS.maxDataDepth) add(cost(sub, at, depth + 1, nesting + 1));
    };
    for (const word of REFUSED) if (word in node) problem ??= `${word} is not supported in policies`;
    for (const [word, apply] of [
      [SAME_VALUE_ONE, same],
      [CHILD_ONE, child],
    ] as const)
      for (const k of word) if (Object.hasOwn(node, k)) apply(node[k], `${pointer}/${k}`);
    for (const [word, apply] of [
      [SAME_VALUE_LIST, same],
      [CHILD_LIST, child],
    ] as const)
      for (const k of word)
        if (Array.isArray(node[k]))
          (node[k] as unknown[]).forEach((s, i) => apply(s, `${pointer}/${k}/${i}`));
    for (const [word, apply] of [
      [SAME_VALUE_MAP, same],
      [CHILD_MAP, child],
    ] as const)
      for (const k of word) {
        const map = node[k];
        if (map && typeof map === 'object' && !Array.isArray(map))
          for (const [name, s] of Object.entries(map)) apply(s, `${pointer}/${k}/${escapePointer(name)}`);
      }
    if (Object.hasOwn(node, '$ref')) {
      const ref = node.$ref;
      const target = typeof ref === 'string' ? resolveLocal(root as Schema, ref) : undefined;
      if (!target) problem ??= `$ref ${JSON.stringify(ref)} is not a place in this schema (#/...)`;
      else same(target.schema, target.pointer);
    }
    // Subschemas only reachable through `$ref` are counted where they are referred to.
    active.delete(key);
    if (!problem && total >= cap)
      problem = `more than ${POLICY_LIMITS.maxApplications} schema applications for one value`;
    memo.set(key, total);
    return total;
  };
  cost(root, '', 0, 0);
  return problem;
}

const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** A `#` or `#/a/b` reference inside `root`, own properties only. */
function resolveLocal(root: Schema, ref: string): { schema: unknown; pointer: string } | undefined {
  if (ref === '#') return { schema: root, pointer: '' };
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    let part: string;
    try {
      part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return { schema: node, pointer: ref.slice(1) };
}
