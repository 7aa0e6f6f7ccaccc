import { statSync } from 'node:fs';
import path from 'node:path';
import { isMap, LineCounter } from 'yaml';
import type { Document } from 'yaml';
import type { PolicyProblem, RuleOverride, RuleSetting, Settings } from '../model/index.js';
import { defaultSettingsFile, EMPTY_SETTINGS, settingsFile } from './settings-scope.js';

export { EMPTY_SETTINGS, SETTINGS_FILE, settingsFile, settingsForFile } from './settings-scope.js';
export type { ResolvedRule, ScopedSettings } from './settings-scope.js';
import { createAjv, describeErrors } from './schema-compiler.js';
import {
  confinedPath,
  lexicallyInside,
  parseDocumentsWithinDepth,
  readConfined,
  realRoot,
  tooDeepMessage,
  unreadableReason,
} from '../sources/index.js';

type Scalar = string | number | boolean;

const ruleOverride = {
  anyOf: [
    { enum: ['off', 'error', 'warning', 'info'] },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: { enum: ['off', 'error', 'warning', 'info'] },
        parameters: { $ref: '#/$defs/parameters' },
      },
    },
  ],
};

const SETTINGS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    flinkVersion: { type: ['string', 'number'] },
    policies: { type: 'array', items: { type: 'string' } },
    baseline: { type: 'string' },
    parameters: { $ref: '#/$defs/parameters' },
    rules: { type: 'object', additionalProperties: ruleOverride },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: {
          files: { type: 'array', minItems: 1, items: { type: 'string' } },
          rules: { type: 'object', additionalProperties: ruleOverride },
          parameters: { $ref: '#/$defs/parameters' },
        },
      },
    },
  },
  $defs: {
    parameters: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          { type: ['string', 'number', 'boolean'] },
          { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        ],
      },
    },
  },
};

/**
 * Reads `.flink-memory-lint.yaml` (at `cwd`, or the file given with `--config`). Folders and the
 * baseline are resolved against the settings file's folder and must stay in the workspace. A
 * broken file is a problem, and the run goes on with defaults; a missing explicit file is a
 * problem too.
 */
export function loadSettings(
  cwd: string,
  configFile?: string,
  workspace = cwd,
): { settings: Settings; problems: PolicyProblem[] } {
  const file = settingsFile(cwd, configFile) ?? defaultSettingsFile(cwd);
  const shown = path.relative(cwd, file).split(path.sep).join('/');
  // A settings file the caller names outside the workspace is theirs; one inside is the repository's.
  const home = lexicallyInside(workspace, file) ? workspace : path.dirname(file);
  const root = realRoot(home) ?? path.resolve(home);
  const read = readConfined(file, [root]);
  if (!read.ok) {
    if (read.code !== 'not-found')
      return { settings: EMPTY_SETTINGS, problems: [{ file: shown, message: read.message }] };
    const problems = configFile ? [{ file: configFile, message: 'settings file not found' }] : [];
    return { settings: EMPTY_SETTINGS, problems };
  }
  const parsed = parseSettings(read.bytes.toString('utf8'), shown, path.dirname(file), home);
  const settings = { ...parsed.settings, root };
  const problems = [...parsed.problems];
  const refused = (what: string, target: string): string | undefined => {
    const where = confinedPath(target, [root]);
    if (!where.ok) {
      if (where.code === 'not-found') return undefined;
      problems.push({ file: shown, message: `${what} ${path.relative(home, target)}: ${where.message}` });
      return target;
    }
    // The baseline is read whole by the run: a FIFO or a device there would block it.
    const reason = what === 'baseline' ? unreadableReason(statSync(where.real)) : undefined;
    if (reason) problems.push({ file: shown, message: `${what} ${path.relative(cwd, target)}: ${reason}` });
    return reason && target;
  };
  settings.policyDirs = settings.policyDirs.filter((dir) => refused('policies', dir) === undefined);
  if (settings.baseline !== undefined && refused('baseline', settings.baseline) !== undefined)
    settings.baseline = undefined;
  return { settings, problems };
}

export function parseSettings(
  text: string,
  file: string,
  baseDir: string,
  home = baseDir,
): { settings: Settings; problems: PolicyProblem[] } {
  const lineCounter = new LineCounter();
  // The sources' YAML parse: nesting bounded, duplicate keys found in linear time.
  const [first, second] = parseDocumentsWithinDepth(text, {}, lineCounter, true);
  const invalid = (offset: number, why: (line: number, column: number) => string) => {
    const { line, col } = lineCounter.linePos(offset);
    return {
      settings: EMPTY_SETTINGS,
      problems: [{ file, line, message: `not valid YAML: ${why(line, col)}` }],
    };
  };
  if (!('doc' in first)) return invalid(first.tooDeepAt, tooDeepMessage);
  if (second)
    return invalid(
      'doc' in second ? second.doc.range[0] : second.tooDeepAt,
      () => 'more than one YAML document',
    );
  const { doc } = first;
  if (doc.errors.length) {
    const e = doc.errors[0];
    return {
      settings: EMPTY_SETTINGS,
      problems: [{ file, line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message}` }],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    return {
      settings: EMPTY_SETTINGS,
      problems: [{ file, message: `not valid YAML: ${(err as Error).message}` }],
    };
  }
  const validate = createAjv().compile(SETTINGS_SCHEMA);
  if (!validate(data)) {
    const error = validate.errors?.[0];
    const line = error ? lineOfPath(doc, lineCounter, error.instancePath) : undefined;
    return {
      settings: EMPTY_SETTINGS,
      problems: [{ file, line, message: `invalid settings: ${describeErrors(validate.errors)}` }],
    };
  }
  const raw = data as {
    flinkVersion?: string | number;
    policies?: string[];
    baseline?: string;
    parameters?: Record<string, Scalar | Record<string, Scalar>>;
    rules?: Record<string, RuleSetting | RuleOverride>;
    overrides?: Array<{
      files: string[];
      rules?: Record<string, RuleSetting | RuleOverride>;
      parameters?: Record<string, Scalar | Record<string, Scalar>>;
    }>;
  };
  // Paths in the settings file are the repository's: relative, and inside it.
  const problems: PolicyProblem[] = [];
  const inside = (what: string, given: string): string | undefined => {
    const resolved = path.resolve(baseDir, given);
    if (!path.isAbsolute(given) && lexicallyInside(home, resolved)) return resolved;
    problems.push({
      file,
      line: lineOfPath(doc, lineCounter, what === 'baseline' ? '/baseline' : '/policies'),
      message: `${what} ${JSON.stringify(given)} ${path.isAbsolute(given) ? 'is an absolute path' : 'leads out of the workspace'}: settings name files inside the repository; not read`,
    });
    return undefined;
  };
  return {
    problems,
    settings: {
      file,
      // A YAML 1.20 is the number 1.2: keep the text as written.
      flinkVersion: raw.flinkVersion === undefined ? undefined : versionText(doc, raw.flinkVersion),
      policyDirs: (raw.policies ?? []).flatMap((p) => inside('policies', p) ?? []),
      baseline: raw.baseline === undefined ? undefined : inside('baseline', raw.baseline),
      parameters: flattenParameters(raw.parameters),
      rules: normaliseRules(raw.rules),
      overrides: (raw.overrides ?? []).map((o) => ({
        files: o.files,
        rules: normaliseRules(o.rules),
        parameters: flattenParameters(o.parameters),
      })),
    },
  };
}

function versionText(doc: Document.Parsed, value: string | number): string {
  const node = doc.get('flinkVersion', true) as { source?: string } | undefined;
  return node?.source ?? String(value);
}

function lineOfPath(doc: Document.Parsed, lc: LineCounter, pointer: string): number | undefined {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const node = doc.getIn(parts, true) as { range?: [number, number, number] } | undefined;
  const range = node?.range ?? (isMap(doc.contents) ? doc.contents.range : undefined);
  return range ? lc.linePos(range[0]).line : undefined;
}

/** `{containerMemory: {taskmanager: 4Gi}}` → `containerMemory.taskmanager`. */
function flattenParameters(
  params: Record<string, Scalar | Record<string, Scalar>> | undefined,
): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'object') for (const [sub, v] of Object.entries(value)) out[`${name}.${sub}`] = v;
    else out[name] = value;
  }
  return out;
}

function normaliseRules(
  rules: Record<string, RuleSetting | RuleOverride> | undefined,
): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    out[id] = typeof value === 'string' ? { severity: value } : value;
  }
  return out;
}
