import type { Finding, FindingFix, Severity } from '../model/index.js';
import type { Assumption, Facts, ProcessFacts } from '../model/index.js';
import type { Policy, Settings } from '../model/index.js';
import type { ConfigResult } from '../model/index.js';
import type { ConfigMap, FlinkConfig, FlinkVersion, LoadProblem } from '../model/index.js';
import { flinkView } from '../derive/index.js';
import { memorySizeToString, sizeInSentence, sizeInUnitsOf } from '../flink/index.js';
import { NEWEST_FLINK_VERSION } from '../model/index.js';
import { baselineMatcher, type Baseline } from './baseline.js';
import { buildFacts } from './facts/index.js';
import type { CompiledPolicy, PolicyPack } from './load-policies.js';
import { memoryBytes } from './memory.js';
import { render, renderDefined, resolvePath, type SizeSpelling } from './placeholders.js';
import { settingsForFile, type ResolvedRule, type ScopedSettings } from './settings-scope.js';
import { solvedFix } from './solved-fix.js';
import { annotationFor, scanSuppressions, suppressionFor, type FileSuppressions } from './suppressions.js';

export interface EvaluateOptions {
  /** File text by path (as in `FlinkConfig.file`), for suppression comments. */
  sources?: ReadonlyMap<string, string>;
  baseline?: Baseline;
  /** Problems of files that gave no config (they do not parse): seen by policies over `problems`. */
  fileProblems?: readonly LoadProblem[];
}

export interface Evaluation {
  findings: Finding[];
  /** Findings a comment, annotation, settings file or baseline suppressed, with why. */
  suppressed: Finding[];
}

type Scalar = string | number | boolean;

/**
 * Runs every policy of the pack over every config: facts are built once per config, schemas were
 * compiled once when the pack was loaded.
 */
export function evaluate(
  results: readonly ConfigResult[],
  pack: PolicyPack,
  settings: Settings,
  options: EvaluateOptions = {},
): Evaluation {
  const forFile = settingsForFile(settings);
  const fileSettings = new Map<string, ReturnType<typeof forFile>>();
  const fileSuppressions = new Map<string, FileSuppressions>();
  // Severity and parameters per policy, resolved once per scope (files matching the same overrides).
  type RuleSettings = Map<CompiledPolicy, { rule: ResolvedRule; params: Record<string, unknown> }>;
  const scopeRules = new Map<ScopedSettings, RuleSettings>();
  const inBaseline = options.baseline ? baselineMatcher(options.baseline) : () => false;
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const fileResults = fileProblemResults(options.fileProblems ?? []);
  const problemPolicies: PolicyPack = {
    policies: pack.policies.filter((p) => p.policy.forEach === 'problems'),
  };
  const found: Finding[] = [];
  for (const [result, policies] of [
    ...results.map((r) => [r, pack] as const),
    ...fileResults.map((r) => [r, problemPolicies] as const),
  ]) {
    const file = result.config.file;
    let scoped = fileSettings.get(file);
    if (!scoped) fileSettings.set(file, (scoped = forFile(file)));
    let comments = fileSuppressions.get(file);
    if (!comments)
      fileSuppressions.set(file, (comments = scanSuppressions(options.sources?.get(file) ?? '')));
    const facts = buildFacts(result, { parameters: scoped.parameters });
    let written: ConfigMap | undefined;
    const units: ConfigUnits = {
      version: result.config.flinkVersion,
      written: () => (written ??= flinkView(result.config)),
    };
    let rules = scopeRules.get(scoped);
    if (!rules) scopeRules.set(scoped, (rules = new Map() as RuleSettings));
    for (let p = 0; p < policies.policies.length; p++) {
      const compiled = policies.policies[p];
      let cached = rules.get(compiled);
      if (!cached) {
        const resolved = scoped.rule(compiled.policy.id, compiled.policy.severity);
        cached = { rule: resolved, params: policyParameters(compiled.policy, resolved.parameters) };
        rules.set(compiled, cached);
      }
      const { rule } = cached;
      facts.params = cached.params;
      found.length = 0;
      check(compiled, facts, found, units);
      for (let f = 0; f < found.length; f++) {
        const finding = found[f];
        if (compiled.policy.fix?.solve) {
          const solved = solvedFix(compiled.policy, finding, facts, result);
          if (solved) finding.fix = solved;
        }
        finding.severity = rule.severity === 'off' ? compiled.policy.severity : rule.severity;
        // A finding on an assumed default is a hint, unless the settings graded the rule themselves.
        if (finding.assumed && !rule.regraded) finding.severity = 'info';
        const why =
          rule.severity === 'off'
            ? { kind: 'settings' as const, reason: `turned off in ${settings.file ?? 'the settings'}` }
            : suppression(finding, comments, result.config.annotations);
        if (why) suppressed.push({ ...finding, suppressed: why });
        else if (inBaseline(finding))
          suppressed.push({ ...finding, suppressed: { kind: 'baseline', reason: 'in the baseline' } });
        else findings.push(finding);
      }
    }
    facts.params = undefined;
  }
  return { findings: sortFindings(findings), suppressed: sortFindings(suppressed) };
}

/** The id a file that gave no config is judged under (its findings' `configId`). */
export const fileProblemsId = (file: string): string => `${file}#file`;

/** A file that gave no config, as a config with nothing but its problems. */
function fileProblemResults(problems: readonly LoadProblem[]): ConfigResult[] {
  const byFile = new Map<string, LoadProblem[]>();
  for (const p of problems) byFile.set(p.location.file, [...(byFile.get(p.location.file) ?? []), p]);
  return [...byFile].map(([file, list]) => {
    const config: FlinkConfig = {
      id: fileProblemsId(file),
      file,
      line: 1,
      column: 1,
      kind: 'config-yaml',
      flinkVersion: NEWEST_FLINK_VERSION,
      flinkVersionSource: 'file',
      deployment: 'standalone',
      entries: [],
      container: {},
      processes: [],
      problems: list,
    };
    const failed = { ok: false as const, error: '', errorType: 'none' };
    return {
      config,
      breakdown: { flinkVersion: NEWEST_FLINK_VERSION, taskmanager: failed, jobmanager: failed },
    };
  });
}

function suppression(
  finding: Finding,
  comments: FileSuppressions,
  annotations: Record<string, string> | undefined,
): Finding['suppressed'] {
  const directive = suppressionFor(comments, finding.ruleId, finding.line);
  if (directive) return { kind: 'comment', reason: directive.reason };
  const annotation = annotationFor(annotations, finding.ruleId);
  if (annotation !== undefined) return { kind: 'annotation', reason: annotation || undefined };
  return undefined;
}

/** Declared parameters with their defaults, overridden by the settings; memory sizes in bytes. */
function policyParameters(policy: Policy, given: Record<string, Scalar>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(policy.parameters ?? {})) {
    const value = given[name] ?? spec.default;
    params[name] = spec.type === 'memory' ? (memoryBytes(value) ?? memoryBytes(spec.default)) : value;
  }
  return params;
}

/** The findings of one policy on one config (severity as the policy says), added to `out`. */
export function check(
  compiled: CompiledPolicy,
  facts: Facts,
  out: Finding[] = [],
  units?: ConfigUnits,
): Finding[] {
  const { appliesTo } = compiled.policy;
  // Called for every policy and config: no arrays of targets, one pass per target.
  if (appliesTo.includes('config')) checkTarget(compiled, facts, undefined, out, units);
  if (appliesTo.includes('taskmanager') && facts.taskmanager.present)
    checkTarget(compiled, facts, facts.taskmanager, out, units);
  if (appliesTo.includes('jobmanager') && facts.jobmanager.present)
    checkTarget(compiled, facts, facts.jobmanager, out, units);
  facts.process = undefined;
  facts.item = undefined;
  return out;
}

// Indexed loops here and in evaluate(): these run for every policy of every config, mostly
// before V8 optimises them, and a for-of loop there allocates an iterator and a result a step.
function checkTarget(
  compiled: CompiledPolicy,
  facts: Facts,
  process: ProcessFacts | undefined,
  out: Finding[],
  units: ConfigUnits | undefined,
): void {
  const { policy } = compiled;
  facts.process = process;
  if (!policy.forEach) {
    checkItem(compiled, facts, undefined, out, units);
    return;
  }
  const list = items(facts, policy.forEach);
  for (let i = 0; i < list.length; i++) checkItem(compiled, facts, list[i], out, units);
}

function checkItem(
  compiled: CompiledPolicy,
  facts: Facts,
  item: unknown,
  out: Finding[],
  units: ConfigUnits | undefined,
): void {
  facts.item = item;
  if (compiled.when && !compiled.when(facts)) return;
  if (compiled.require && compiled.require(facts)) return;
  out.push(finding(compiled.policy, facts, units));
}

/**
 * How the config writes sizes, for the `|flink` sizes of its findings (the one place they are
 * written so): each edit like the file writes that key, each size in a sentence as the edit of
 * the same size writes it (so sentence and edit agree), else in the file's units
 * (`src/flink/size-style.ts`, as for the solver's fixes). `written` is asked for only when a
 * finding is made.
 */
export interface ConfigUnits {
  version: FlinkVersion;
  written: () => ConfigMap;
}

/** `|flink` in a sentence about a finding whose fix makes `edits`. */
function sentenceSpelling(
  units: ConfigUnits | undefined,
  edits: Record<string, string | null>,
): SizeSpelling | undefined {
  return units && ((bytes) => sizeInSentence(bytes, edits, units.version, units.written()));
}

function items(facts: Facts, path: string): readonly unknown[] {
  const value = resolvePath(facts, path);
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return [];
}

function finding(policy: Policy, facts: Facts, units: ConfigUnits | undefined): Finding {
  const at = locate(policy, facts);
  const fix = policy.fix && renderFix(policy.fix, facts, units);
  const result: Finding = {
    ruleId: policy.id,
    severity: policy.severity,
    message: render(policy.message, facts, sentenceSpelling(units, fix?.set ?? {})),
    file: at.file ?? facts.config.file,
    line: at.line,
    column: at.column,
    configId: facts.config.id,
  };
  if (policy.docs) result.docs = policy.docs;
  const assumed = policy.restsOn?.filter((path) => Object.hasOwn(facts.assumed, path)) ?? [];
  if (assumed.length > 0) {
    result.assumed = assumed;
    result.message += ` ${assumptionText(assumed.map((path) => facts.assumed[path]))}`;
  }
  if (at.key) result.key = at.key;
  if (facts.process) result.process = facts.process.name;
  if (fix) result.fix = fix;
  return result;
}

/** What a finding assumed and how to make it certain, as sentences after its message. */
function assumptionText(assumptions: readonly Assumption[]): string {
  const what = assumptions.map((a) => a.what).join('; and that ');
  const certain = [...new Set(assumptions.map((a) => a.certain))].join(' and ');
  return `This assumes ${what}. To make it certain, ${certain}; or suppress the finding.`;
}

/**
 * The fix for this config: a key or value naming a fact the config lacks is left out (a legacy key
 * with no successor is only removed), and an empty value removes its key.
 */
function renderFix(
  fix: NonNullable<Policy['fix']>,
  facts: Facts,
  units: ConfigUnits | undefined,
): FindingFix {
  const set: Record<string, string | null> = {};
  for (const [template, value] of Object.entries(fix.set ?? {})) {
    const key = renderDefined(template, facts);
    if (key === undefined) continue;
    // A `|flink` size as the file would write this key (a value copied from the file stays as is).
    const spell: SizeSpelling | undefined =
      units && ((bytes) => sizeInUnitsOf(key, memorySizeToString(bytes), units.version, units.written()));
    const text = value === null ? null : renderDefined(value, facts, spell);
    // A value that renders empty (the flag was all the option held) removes the key.
    if (text !== undefined) set[key] = text === '' ? null : text;
  }
  const out: FindingFix = { set };
  if (fix.description) out.description = render(fix.description, facts, sentenceSpelling(units, set));
  return out;
}

interface Position {
  /** Where it is not the config's own file (an entry a Helm values file or a Kustomize patch sets). */
  file?: string;
  line: number;
  column: number;
  key?: string;
}

/** The first `locate` target present in this config; else the config itself. */
function locate(policy: Policy, facts: Facts): Position {
  for (const target of policy.locate ?? []) {
    const name = render(target, facts);
    if (name === 'config') break;
    if (name === 'container' || name === 'podTemplateLimit') {
      const line = facts.process?.[name]?.line;
      if (line !== undefined) return { line, column: 1 };
      continue;
    }
    if (name === 'item') {
      const item = facts.item as { file?: string; line?: number; column?: number; key?: string } | undefined;
      if (item?.line !== undefined)
        return {
          ...(item.file ? { file: item.file } : {}),
          line: item.line,
          column: item.column ?? 1,
          key: item.key,
        };
      continue;
    }
    // Own keys only: `constructor` or `__proto__` is not a config key.
    const entry = Object.hasOwn(facts.entries, name) ? facts.entries[name] : undefined;
    if (entry)
      return {
        ...(entry.file ? { file: entry.file } : {}),
        line: entry.line,
        column: entry.column,
        key: name,
      };
  }
  return { line: facts.config.line, column: facts.config.column };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
