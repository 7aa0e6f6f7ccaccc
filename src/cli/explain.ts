import { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TOOL, type Policy } from '../model/index.js';
import { markdownToTerminal, nearNames, visible } from '../report/index.js';
import { builtinPolicyDir, compilePolicies } from '../policy/index.js';
import { CliError, EXIT } from './exit.js';
import { colorOnStdout } from './color.js';
import { writeStdout } from './standard-streams.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** A rule's page: its docs page where the pack ships one, else what the policy file says. */
function page(policy: Policy, dir: string): string {
  const docs = path.join(dir, '..', 'docs', 'rules', `${policy.id}.md`);
  if (dir === builtinPolicyDir() && existsSync(docs)) return readFileSync(docs, 'utf8');
  const lines = [
    `# ${policy.id}: ${policy.title}`,
    '',
    `Severity: ${policy.severity}`,
    '',
    policy.description,
  ];
  if (policy.fix?.description || policy.fix?.set) {
    const set = Object.entries(policy.fix.set ?? {}).map(([k, v]) =>
      v === null ? `remove ${k}` : `${k}: ${v}`,
    );
    lines.push('', `Fix: ${[policy.fix.description, set.join(', ')].filter(Boolean).join(' ')}`);
  }
  for (const [name, p] of Object.entries(policy.parameters ?? {}))
    lines.push('', `Parameter ${name} (${p.type}, default ${String(p.default)}): ${p.description}`);
  if (policy.docs) lines.push('', policy.docs);
  return `${lines.join('\n')}\n`;
}

export function explainCommand(): Command {
  return new Command('explain')
    .exitOverride()
    .description('List the rules, or explain one: what it checks, why, how to fix it, with examples.')
    .argument('[rule]', 'a rule id, e.g. hashmap-managed-memory')
    .option('--policies <dir>', 'a folder of extra policies (repeatable)', collect, [])
    .action(async (rule: string | undefined, flags: { policies: string[] }) => {
      const dirs = [builtinPolicyDir(), ...flags.policies.map((dir) => path.resolve(dir))];
      // The built-in pack is trusted as a run trusts it: compiled, not checked against the policy schema.
      const { pack, problems } = await compilePolicies(dirs, { trusted: [builtinPolicyDir()] });
      for (const problem of problems) process.stderr.write(`warning: ${problem.file}: ${problem.message}\n`);
      const policies = pack.policies.sort((a, b) => a.policy.id.localeCompare(b.policy.id));
      if (rule === undefined) {
        const width = Math.max(...policies.map((p) => p.policy.id.length));
        await writeStdout(
          policies
            .map(
              ({ policy }) => `${policy.id.padEnd(width)}  ${policy.severity.padEnd(7)}  ${policy.title}\n`,
            )
            .join(''),
        );
        return;
      }
      const found = policies.find((p) => p.policy.id === rule);
      if (!found) {
        const near = nearNames(
          rule,
          policies.map((p) => p.policy.id),
        );
        const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : '';
        throw new CliError(
          `no rule '${visible(rule)}'.${hint} Run 'flink-memory-lint explain' for the list.`,
          EXIT.usage,
        );
      }
      const text = page(found.policy, found.dir);
      // A built-in rule's page is Markdown: shown as text, its links absolute (the repository's docs).
      await writeStdout(
        found.dir === builtinPolicyDir()
          ? markdownToTerminal(text, {
              pageUrl: `${TOOL.homepage}/blob/main/docs/rules/${found.policy.id}.md`,
              color: colorOnStdout(),
            })
          : text,
      );
    });
}
