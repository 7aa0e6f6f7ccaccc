import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { diffConfigs, type ConfigDiff } from '../../src/report/breakdown-diff.js';
import type { CommentInput } from '../../src/report/markdown-comment.js';
import type { Report } from '../../src/model/index.js';
import { writeFiles } from './action-run.js';

/**
 * Pull requests as the engine sees them: the base and head trees linted for real (real
 * derivations, findings, fixes), paired as the action pairs them.
 */

export const LINKS = {
  serverUrl: 'https://github.com',
  repository: 'acme/flink-jobs',
  ref: '9f2c4e1d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
};
export const RUN_URL = 'https://github.com/acme/flink-jobs/actions/runs/1234567890';

export interface Scenario {
  base: Record<string, string>;
  head: Record<string, string>;
}

async function lintTree(files: Record<string, string>): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fml-scenario-'));
  try {
    writeFiles(dir, files);
    return await lint({ cwd: dir, paths: ['.'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The comment input for a pull request from `base` to `head` (every file touched). */
export async function commentInput(scenario: Scenario): Promise<CommentInput & { diffs: ConfigDiff[] }> {
  const [base, head] = await Promise.all([lintTree(scenario.base), lintTree(scenario.head)]);
  const touched = Object.keys(scenario.head).filter((f) => scenario.base[f] !== scenario.head[f]);
  return {
    report: head,
    diffs: diffConfigs(base.configs, head.configs),
    touchedFiles: touched,
    failed: head.summary.errors > 0,
    links: LINKS,
    runUrl: RUN_URL,
  };
}

const conf = (lines: string[]) => lines.join('\n') + '\n';

/** Twelve jobs whose TaskManagers all grow from 4 to 6 GiB with the heap-based state backend. */
export function twelveIdentical(): Scenario {
  const base: Record<string, string> = {};
  const head: Record<string, string> = {};
  const names = [
    'orders',
    'payments',
    'clicks',
    'fraud',
    'sessions',
    'inventory',
    'alerts',
    'billing',
    'search',
    'ads',
    'audit',
    'geo',
  ];
  for (const name of names) {
    const file = `deploy/jobs/${name}-enrichment/flink-conf.yaml`;
    const common = [
      'jobmanager.memory.process.size: 1600m',
      'taskmanager.numberOfTaskSlots: 4',
      'state.backend.type: hashmap',
    ];
    base[file] = conf([...common, 'taskmanager.memory.process.size: 4096m']);
    head[file] = conf([...common, 'taskmanager.memory.process.size: 6144m']);
  }
  return { base, head };
}

/** A head Flink refuses: the task heap asked for is larger than the process. */
export function refusedHead(): Scenario {
  const file = 'deploy/orders/flink-conf.yaml';
  return {
    base: {
      [file]: conf(['jobmanager.memory.process.size: 1600m', 'taskmanager.memory.process.size: 4096m']),
    },
    head: {
      [file]: conf([
        'jobmanager.memory.process.size: 1600m',
        'taskmanager.memory.process.size: 2048m',
        'taskmanager.memory.task.heap.size: 3072m',
      ]),
    },
  };
}

/** Managed memory set to zero under RocksDB: the component the finding is about drops to 0. */
export function managedToZero(): Scenario {
  const file = 'deploy/clicks/config.yaml';
  const yaml = (managed: string[]) =>
    conf([
      'jobmanager:',
      '  memory:',
      '    process.size: 1600m',
      'taskmanager:',
      '  numberOfTaskSlots: 2',
      '  memory:',
      '    process.size: 4096m',
      ...managed,
      'state:',
      '  backend:',
      '    type: rocksdb',
    ]);
  return { base: { [file]: yaml([]) }, head: { [file]: yaml(['    managed.size: 0']) } };
}
