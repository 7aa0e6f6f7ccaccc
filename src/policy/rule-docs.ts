import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Policy, PolicyExample } from '../model/policy.js';

/**
 * The parts of `docs/rules/` that come from the rule folders: each page's Examples section and the
 * index table. `npm run docs:rules` writes them; a test fails when a page drifts from its policy.
 */

/** A rule of the built-in pack: its folder `policies/<id>/` and the `policy.json` in it. */
export interface RuleFolder {
  id: string;
  dir: string;
  policy: Policy;
}

/** Every rule folder under `policiesDir`, by id. */
export function ruleFolders(policiesDir: string): RuleFolder[] {
  return readdirSync(policiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const dir = path.join(policiesDir, id);
      return { id, dir, policy: JSON.parse(readFileSync(path.join(dir, 'policy.json'), 'utf8')) as Policy };
    });
}

const EXAMPLES_HEADING = '## Examples';

/** `## Examples` to the end of the page, from `examples.invalid` (reported) and `examples.valid`. */
export function examplesSection(policy: Policy): string {
  const out = [EXAMPLES_HEADING, ''];
  for (const [title, list] of [
    ['Reported', policy.examples?.invalid ?? []],
    ['Not reported', policy.examples?.valid ?? []],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`### ${title}`, '');
    for (const example of list) out.push(...exampleBlock(example));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function exampleBlock(example: PolicyExample): string[] {
  const out: string[] = [];
  if (example.description) out.push(`_${example.description}_`, '');
  const context = contextLine(example);
  if (context) out.push(`Context: ${context}.`, '');
  if (example.file) {
    const lang = /\.ya?ml$/.test(example.file.name) ? 'yaml' : 'text';
    out.push(`\`${example.file.name}\`:`, '', `\`\`\`${lang}`, example.file.text.trimEnd(), '```', '');
  }
  if (example.config) {
    const lines = Object.entries(example.config).map(([k, v]) => `${k}: ${v}`);
    out.push('```yaml', ...lines, '```', '');
  }
  return out;
}

/** What an example assumes beside its keys: version, kind, deployment, containers, environment... */
function contextLine(example: PolicyExample): string {
  const parts: string[] = [];
  if (example.flinkVersion) parts.push(`flinkVersion \`${example.flinkVersion}\``);
  if (example.kind) parts.push(`kind \`${example.kind}\``);
  if (example.deployment) parts.push(`deployment \`${example.deployment}\``);
  if (example.processes) parts.push(`processes ${example.processes.map((p) => `\`${p}\``).join(', ')}`);
  if (example.container)
    parts.push(
      `container limits ${Object.entries(example.container)
        .map(([p, q]) => `${p} \`${q}\``)
        .join(', ')}`,
    );
  if (example.env)
    parts.push(
      `environment ${Object.entries(example.env)
        .map(([k, v]) => `\`${k}=${v}\``)
        .join(', ')}`,
    );
  if (example.annotations)
    parts.push(
      `annotations ${Object.entries(example.annotations)
        .map(([k, v]) => `\`${k}: ${v}\``)
        .join(', ')}`,
    );
  if (example.params)
    parts.push(
      `parameters ${Object.entries(example.params)
        .map(([k, v]) => `\`${k}: ${String(v)}\``)
        .join(', ')}`,
    );
  return parts.join('; ');
}

/** A page with its Examples section replaced by the policy's (appended when it has none). */
export function withExamples(page: string, policy: Policy): string {
  const at = page.indexOf(`\n${EXAMPLES_HEADING}\n`);
  const head = at >= 0 ? page.slice(0, at + 1) : `${page.trimEnd()}\n\n`;
  return head + examplesSection(policy);
}

const INDEX_START = '<!-- rules:start (npm run docs:rules) -->';
const INDEX_END = '<!-- rules:end -->';

/** The index table of the pack, one row per policy by id. */
export function indexTable(policies: readonly Policy[]): string {
  const rows = [...policies]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => [`[\`${p.id}\`](${p.id}.md)`, p.severity, p.title.replace(/\|/g, '\\|')]);
  const head = ['rule', 'severity', 'what'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The index page with the table between its markers replaced. */
export function withIndex(page: string, policies: readonly Policy[]): string {
  const start = page.indexOf(INDEX_START);
  const end = page.indexOf(INDEX_END);
  if (start < 0 || end < start) throw new Error(`docs/rules/README.md lacks the ${INDEX_START} marker`);
  return `${page.slice(0, start + INDEX_START.length)}\n\n${indexTable(policies)}\n\n${page.slice(end)}`;
}
