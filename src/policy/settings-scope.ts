import { existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Settings, Severity } from '../model/index.js';

type Scalar = string | number | boolean;

// What a run needs of settings without reading a settings file: the defaults, where the file is,
// and the settings that apply to each file. Reading and checking a file (settings.ts) needs ajv,
// loaded only where there is a file to read.

export const SETTINGS_FILE = '.flink-memory-lint.yaml';

export const EMPTY_SETTINGS: Settings = { policyDirs: [], parameters: {}, rules: {}, overrides: [] };

/**
 * The settings file a run in `cwd` reads: the one given (relative to `cwd`), else
 * `.flink-memory-lint.yaml` in `cwd` where there is one; as an absolute path.
 */
export function settingsFile(cwd: string, given?: string): string | undefined {
  if (given !== undefined) return path.resolve(cwd, given);
  const file = defaultSettingsFile(cwd);
  return existsSync(file) ? file : undefined;
}

/**
 * `.flink-memory-lint.yaml` in `cwd`. Written with `path.format`: the bundler rewrites a
 * `path.resolve(dir, 'name')` it can match against files present at build time into a path inside
 * the bundle, which would make every run read a file shipped with the tool instead.
 */
export function defaultSettingsFile(cwd: string): string {
  return path.format({ dir: path.resolve(cwd), base: SETTINGS_FILE });
}

export interface ResolvedRule {
  severity: Severity | 'off';
  /** Set when the settings changed the severity. */
  regraded: boolean;
  parameters: Record<string, Scalar>;
}

/**
 * The settings that apply to one file: global parameters and rules, then every override whose
 * globs match the file, in order. Compiled once per settings object.
 */
export function settingsForFile(settings: Settings): (file: string) => ScopedSettings {
  const matchers = settings.overrides.map((o) => picomatch(o.files, { dot: true }));
  // Files that match the same overrides share one object, so callers can cache per scope.
  const byMatch = new Map<string, ScopedSettings>();
  return (file) => {
    const matched = settings.overrides.filter((_, i) => matchers[i](file));
    const key = matched.map((o) => settings.overrides.indexOf(o)).join(',');
    let scoped = byMatch.get(key);
    if (!scoped)
      byMatch.set(
        key,
        (scoped = scope([{ rules: settings.rules, parameters: settings.parameters }, ...matched])),
      );
    return scoped;
  };
}

export interface ScopedSettings {
  parameters: Record<string, Scalar>;
  rule: (id: string, severity: Severity) => ResolvedRule;
}

function scope(layers: ReadonlyArray<Pick<Settings, 'rules' | 'parameters'>>): ScopedSettings {
  const parameters = Object.assign({}, ...layers.map((l) => l.parameters)) as Record<string, Scalar>;
  const ruled = layers.some((l) => Object.keys(l.rules).length > 0);
  return {
    parameters,
    rule(id, severity) {
      if (!ruled) return { severity, regraded: false, parameters };
      let resolved: Severity | 'off' = severity;
      let regraded = false;
      const ruleParameters = { ...parameters };
      for (const layer of layers) {
        const override = layer.rules[id];
        if (!override) continue;
        if (override.severity) {
          resolved = override.severity;
          regraded = true;
        }
        Object.assign(ruleParameters, override.parameters);
      }
      return { severity: resolved, regraded, parameters: ruleParameters };
    },
  };
}
