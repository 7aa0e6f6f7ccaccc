import { formatSize } from '../flink/index.js';
import { memorySizeToString } from '../flink/index.js';

/**
 * `{path|filter}` placeholders in policy messages, fix values and `locate`. A path walks the Facts
 * document by dots; keys that contain dots themselves (`entries.taskmanager.memory.process.size`)
 * are matched longest-first, so users write keys as they appear in Flink.
 */

const PLACEHOLDER = /\{([^{}|]+)(?:\|([a-z]+))?\}/g;

const SPLIT = new Map<string, string[]>();

/** Segments of the longest dotted key a path step matches (Flink's keys have at most 8). */
const MAX_KEY_PARTS = 12;

/** Resolves a dotted path; a key may itself contain dots (`entries.state.backend.type.value`). */
export function resolvePath(root: unknown, path: string): unknown {
  let parts = SPLIT.get(path);
  if (!parts) SPLIT.set(path, (parts = path.trim().split('.')));
  return walk(root, parts, 0);
}

function walk(node: unknown, parts: readonly string[], from: number): unknown {
  if (from === parts.length) return node;
  if (node === null || typeof node !== 'object') return undefined;
  const obj = node as Record<string, unknown>;
  let key = '';
  // Shortest key first, backing off to longer ones when the rest of the path does not resolve;
  // a key is never longer than MAX_KEY_PARTS segments, so a path costs linear time.
  const last = Math.min(parts.length, from + MAX_KEY_PARTS);
  for (let j = from; j < last; j++) {
    key = j === from ? parts[j] : `${key}.${parts[j]}`;
    if (!Object.hasOwn(obj, key)) continue;
    const found = walk(obj[key], parts, j + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const FILTERS: Record<string, (value: unknown) => string> = {
  size: (v) => (typeof v === 'number' && Number.isFinite(v) ? formatSize(BigInt(Math.trunc(v))) : show(v)),
  // Flink's own spelling, to paste into a config: `4 gb`, `1728 mb`.
  flink: (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? memorySizeToString(BigInt(v)) : show(v),
  percent: (v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : show(v)),
  json: (v) => JSON.stringify(v) ?? 'undefined',
  list: (v) => (Array.isArray(v) ? v.map(show).join(', ') : show(v)),
  // A count of slots with its noun: `1 slot`, `4 slots`.
  slots: (v) => (typeof v === 'number' ? `${v} slot${v === 1 ? '' : 's'}` : show(v)),
};

function show(value: unknown): string {
  if (value === undefined || value === null) return '(unset)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}

/** How `|flink` writes a size where a config's own units are known (`src/flink/size-style.ts`). */
export type SizeSpelling = (bytes: bigint) => string;

/**
 * Fills `{path|filter}` placeholders from `data`; unknown paths print `(unset)`. `spell`, where
 * given, writes the sizes of `|flink` (else Flink's own spelling).
 */
export function render(template: string, data: unknown, spell?: SizeSpelling): string {
  return template.replace(PLACEHOLDER, (_all, path: string, filter?: string) => {
    const value = resolvePath(data, path);
    if (filter === 'flink' && spell && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
      return spell(BigInt(value));
    const format = filter ? FILTERS[filter] : undefined;
    return format ? format(value) : show(value);
  });
}

/** Like `render`, but undefined when a placeholder names a fact this config does not have. */
export function renderDefined(template: string, data: unknown, spell?: SizeSpelling): string | undefined {
  for (const match of template.matchAll(PLACEHOLDER))
    if (resolvePath(data, match[1]) === undefined) return undefined;
  return render(template, data, spell);
}

/** The filters a template uses that do not exist (checked when a policy is loaded). */
export function unknownFilters(template: string): string[] {
  const unknown: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match[2] && !FILTERS[match[2]]) unknown.push(match[2]);
  }
  return unknown;
}
