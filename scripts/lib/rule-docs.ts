import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TOOL, type Policy, type PolicyExample } from '../../src/model/index.js';

/**
 * `docs/rules/` from the rule folders `policies/<id>/`: each rule's page (its title line from the
 * policy, its hand-written `README.md`, its examples) and the index table. `npm run docs:rules`
 * writes them; a test fails when a page drifts from its folder. The pages stay in `docs/rules/` so
 * that their links (the policies' `docs`) stay stable.
 */

/** A rule of the built-in pack: its folder `policies/<id>/`, the `policy.json` and `README.md` in it. */
export interface RuleFolder {
  id: string;
  dir: string;
  policy: Policy;
  /** What it checks, why, how to fix: the page between the title line and the examples. */
  readme: string;
}

/** Every rule folder under `policiesDir`, by id. */
export function ruleFolders(policiesDir: string): RuleFolder[] {
  return readdirSync(policiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const dir = path.join(policiesDir, id);
      const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
      return { id, dir, policy: JSON.parse(read('policy.json')) as Policy, readme: read('README.md') };
    });
}

/** The page `docs/rules/<id>.md` of a rule. */
export function rulePage(rule: RuleFolder): string {
  const { id, policy } = rule;
  const file = `policies/${id}/policy.json`;
  const summary = `Severity: **${policy.severity}** · Applies to: ${policy.appliesTo.join(', ')}`;
  return [
    `# \`${id}\` — ${policy.title}`,
    '',
    `${summary} · Policy: [\`${file}\`](../../${file})`,
    '',
    rule.readme.trim(),
    '',
    examplesSection(policy),
  ].join('\n');
}

/** `## Examples` to the end of the page, from `examples.invalid` (reported) and `examples.valid`. */
function examplesSection(policy: Policy): string {
  const out = ['## Examples', ''];
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
  const playground = playgroundLink(example);
  if (playground) out.push(`[Open in the playground](${playground})`, '');
  return out;
}

/** The playground, published by `.github/workflows/pages.yml` on the repository's GitHub Pages. */
const PLAYGROUND = (() => {
  const [, owner, repo] = /github\.com\/([^/]+)\/([^/]+)/.exec(TOOL.homepage) ?? [];
  return `https://${owner}.github.io/${repo}/`;
})();

/** Whole files the playground reads by name; other names are detected from the text. */
const PLAYGROUND_NAMES = new Set(['flink-conf.yaml', 'config.yaml', 'values.yaml']);

/**
 * A link that opens the example in the playground (`#j=`, the view's JSON in base64url, so the page
 * does not depend on a compressor's version), where the page can show all of it: an example that
 * needs a container, an environment, annotations or parameters gets none.
 */
function playgroundLink(example: PolicyExample): string | undefined {
  if (example.container || example.env || example.annotations || example.params) return undefined;
  if (example.kind || example.processes) return undefined;
  const text =
    example.file?.text ??
    Object.entries(example.config ?? {})
      .map(([k, v]) => `${k}: ${v}\n`)
      .join('');
  const name = example.file?.name.split('/').pop();
  const view = {
    text,
    ...(name && PLAYGROUND_NAMES.has(name) ? { readAs: name } : {}),
    ...(example.flinkVersion ? { version: example.flinkVersion } : {}),
    ...(example.deployment ? { deployment: example.deployment } : {}),
  };
  return `${PLAYGROUND}#j=${Buffer.from(JSON.stringify(view)).toString('base64url')}`;
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
