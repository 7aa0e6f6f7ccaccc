import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { writeFiles } from '../helpers/action-run.js';

/** A valid policy that reports nothing in particular; `message` tells copies of one id apart. */
function policy(id: string, message = 'too much'): string {
  return JSON.stringify({
    id,
    severity: 'info',
    title: 'A team rule',
    description: 'Our nodes are small.',
    appliesTo: ['taskmanager'],
    message,
  });
}

describe('policy folders', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'fml-policy-folders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const builtinMetaspace = readFileSync(
    path.join(builtinPolicyDir(), 'metaspace-low', 'policy.json'),
    'utf8',
  );
  writeFiles(root, {
    'team/plain.json': policy('team-plain'),
    'team/folder-rule/policy.json': policy('team-folder'),
    'team/folder-rule/README.md': '# not a policy',
    'team/folder-rule/cases.json': '{"cases": []}',
    'team/notes/readme.md': 'a folder without policy.json is not a rule',
    'team/notes.txt': 'neither is a file that is not JSON',
    'team/broken/policy.json': '{\n  "id": oops\n}',
    // Within a folder by name: `same-b.json` comes after `same-a/` and replaces it.
    'team/same-a/policy.json': policy('team-same', 'from the folder'),
    'team/same-b.json': policy('team-same', 'from the file'),
    // A later folder replaces a built-in rule, folder for folder.
    'override/metaspace-low/policy.json': builtinMetaspace.replace(
      /"severity": "\w+"/,
      '"severity": "error"',
    ),
  });
  const team = path.join(root, 'team');
  const override = path.join(root, 'override');
  const { pack, problems } = loadPolicies([builtinPolicyDir(), team, override], {
    trusted: [builtinPolicyDir()],
  });
  const byId = new Map(pack.policies.map((p) => [p.policy.id, p]));

  it('reads plain policy files and rule folders side by side', () => {
    expect(byId.get('team-plain')).toMatchObject({ file: path.join(team, 'plain.json'), dir: team });
    expect(byId.get('team-folder')).toMatchObject({
      file: path.join(team, 'folder-rule', 'policy.json'),
      dir: team,
    });
    expect(pack.policies.map((p) => p.policy.id).filter((id) => id.startsWith('team-'))).toEqual([
      'team-folder',
      'team-plain',
      'team-same',
    ]);
  });

  it("reports a rule folder's broken policy.json with its path and goes on", () => {
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: path.join(team, 'broken', 'policy.json'),
      message: expect.stringMatching(/^not valid JSON/),
    });
  });

  it('lets a later entry of a folder, and a later folder, replace a policy of the same id', () => {
    expect(byId.get('team-same')?.policy.message).toBe('from the file');
    expect(byId.get('metaspace-low')).toMatchObject({ dir: override, policy: { severity: 'error' } });
    expect(pack.policies.filter((p) => p.policy.id === 'metaspace-low')).toHaveLength(1);
  });

  it('reads the built-in pack from its rule folders', () => {
    const builtin = pack.policies.filter((p) => p.dir === builtinPolicyDir());
    expect(builtin.length).toBeGreaterThanOrEqual(30);
    for (const p of builtin) expect(p.file).toBe(path.join(builtinPolicyDir(), p.policy.id, 'policy.json'));
  });
});
