import type { Finding, Severity } from '../model/index.js';
import type { Notice } from '../model/index.js';
import type { Policy } from '../model/index.js';
import { fingerprint } from '../policy/index.js';

export interface SarifOptions {
  tool: { name: string; version: string; homepage?: string };
  /** Every policy that ran, for `tool.driver.rules` (a finding's rule is added if missing). */
  policies: readonly Policy[];
  /** Listed with `suppressions`, so code scanning shows them as dismissed. */
  suppressed?: readonly Finding[];
  /** `automationDetails.id`: one stable category per analysis. */
  category?: string;
  /** What the run noticed outside the policies (unreadable files, limits): tool notifications. */
  notices?: readonly Notice[];
  /** What each config was judged with (version, containers, and where they come from), by config id. */
  contexts?: ReadonlyMap<string, string>;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, rule metadata, repo-relative URIs. */
export function toSarif(findings: readonly Finding[], options: SarifOptions): object {
  const rules = new Map<string, object>();
  const ruleIndex = new Map<string, number>();
  const addRule = (id: string, rule: object) => {
    if (ruleIndex.has(id)) return;
    ruleIndex.set(id, rules.size);
    rules.set(id, rule);
  };
  for (const p of [...options.policies].sort((a, b) => a.id.localeCompare(b.id))) addRule(p.id, ruleOf(p));
  const all = [...findings, ...(options.suppressed ?? [])];
  for (const f of all) addRule(f.ruleId, { id: f.ruleId, ...(f.docs ? { helpUri: f.docs } : {}) });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version: options.tool.version,
            semanticVersion: options.tool.version,
            ...(options.tool.homepage ? { informationUri: options.tool.homepage } : {}),
            rules: [...rules.values()],
          },
        },
        automationDetails: { id: `${options.category ?? options.tool.name}/` },
        columnKind: 'unicodeCodePoints',
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: (options.notices ?? []).map(notificationOf),
          },
        ],
        results: all.map((f) => resultOf(f, ruleIndex.get(f.ruleId) ?? 0, options.contexts)),
      },
    ],
  };
}

function ruleOf(p: Policy): object {
  const fix = p.fix?.description ? `\n\nHow to fix: ${p.fix.description}` : '';
  const docs = p.docs;
  return {
    id: p.id,
    name: p.id
      .split('-')
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: p.title },
    fullDescription: { text: p.description },
    help: {
      text: `${p.description}${fix}${docs ? `\n\n${docs}` : ''}`,
      markdown: `${p.description}${fix}${docs ? `\n\n[Rule documentation](${docs})` : ''}`,
    },
    ...(docs ? { helpUri: docs } : {}),
    defaultConfiguration: { level: LEVEL[p.severity] },
    properties: {
      tags: ['flink', 'memory'],
      precision: 'very-high',
      'problem.severity': p.severity === 'info' ? 'recommendation' : p.severity,
    },
  };
}

function resultOf(f: Finding, ruleIndex: number, contexts?: ReadonlyMap<string, string>): object {
  const region: Record<string, number> = { startLine: f.line, startColumn: f.column };
  if (f.endLine !== undefined) region.endLine = f.endLine;
  if (f.endColumn !== undefined) region.endColumn = f.endColumn;
  const fix = f.fix
    ? ' Fix: ' +
      [
        f.fix.description,
        ...Object.entries(f.fix.set).map(([k, v]) => (v === null ? `remove ${k}` : `${k}: ${v}`)),
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message + fix },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactOf(f.file),
          region,
        },
      },
    ],
    partialFingerprints: { 'flinkMemoryLint/v1': fingerprint(f) },
  };
  const judgedWith = f.configId !== undefined ? contexts?.get(f.configId) : undefined;
  if (judgedWith) result.properties = { judgedWith };
  if (f.suppressed) {
    result.suppressions = [
      {
        kind: f.suppressed.kind === 'comment' ? 'inSource' : 'external',
        justification: f.suppressed.reason ?? `suppressed by ${f.suppressed.kind}`,
      },
    ];
  }
  return result;
}

/** A repository-relative path as a URI reference: each segment escaped, so `#` and `?` stay in the name. */
function artifactOf(file: string): object {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function notificationOf(notice: Notice): object {
  const where = notice.location;
  return {
    level: 'warning',
    message: { text: notice.message },
    descriptor: { id: notice.code },
    ...(where
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactOf(where.file),
                region: { startLine: where.line, startColumn: where.column },
              },
            },
          ],
        }
      : {}),
  };
}
