import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../helpers/action-run.js';

// Every way git can be made to run a program from a repository's attributes or a git config:
// each is set up to touch a marker file, and no git call of the tool may create it.

export interface ProgramMechanism {
  what: string;
  /** `.gitattributes` line, committed. */
  attributes?: string;
  /** `git config` key and value; `{marker}` is the marker's path, `{hook}` a script touching it. */
  config: [string, string][];
}

export const PROGRAM_MECHANISMS: ProgramMechanism[] = [
  {
    what: 'a clean filter',
    attributes: '*.yaml filter=evil',
    config: [['filter.evil.clean', 'touch {marker}; cat']],
  },
  {
    what: 'a smudge filter',
    attributes: '*.yaml filter=evil',
    config: [['filter.evil.smudge', 'touch {marker}; cat']],
  },
  {
    what: 'a long-running filter process',
    attributes: '*.yaml filter=evil',
    config: [['filter.evil.process', '{hook}']],
  },
  {
    what: 'a textconv driver',
    attributes: '*.yaml diff=evil',
    config: [['diff.evil.textconv', 'touch {marker}; cat']],
  },
  {
    what: 'an external diff driver',
    attributes: '*.yaml diff=evil',
    config: [['diff.evil.command', '{hook}']],
  },
  { what: 'diff.external', config: [['diff.external', '{hook}']] },
  { what: 'hooks (core.hooksPath)', config: [['core.hooksPath', '{hooks}']] },
  { what: 'an fsmonitor program', config: [['core.fsmonitor', '{hook}']] },
  {
    what: 'a pager',
    config: [
      ['core.pager', 'touch {marker}; cat'],
      ['pager.diff', 'touch {marker}; cat'],
    ],
  },
];

const HOOK_NAMES = [
  'reference-transaction',
  'post-checkout',
  'post-merge',
  'post-index-change',
  'pre-auto-gc',
  'post-rewrite',
];

/** Writes the marker script and hooks folder and sets the mechanism up in `repo`'s git config. */
export function armMechanism(repo: string, mechanism: ProgramMechanism, marker: string): void {
  const hook = path.join(path.dirname(marker), `${path.basename(marker)}.sh`);
  writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\ncat\n`);
  chmodSync(hook, 0o755);
  const hooks = `${hook}.hooks`;
  mkdirSync(hooks, { recursive: true });
  for (const name of HOOK_NAMES) {
    writeFileSync(path.join(hooks, name), `#!/bin/sh\ntouch '${marker}'\n`);
    chmodSync(path.join(hooks, name), 0o755);
  }
  for (const [key, value] of mechanism.config)
    git(
      repo,
      'config',
      key,
      value.replace('{marker}', `'${marker}'`).replace('{hook}', hook).replace('{hooks}', hooks),
    );
}
