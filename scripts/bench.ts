// Benchmarks (`npm run bench`): named sections, each printing rows of a shared table.
// `npm run bench -- monorepo|pull-request|startup|derivation|policy` runs those only; `--quick` runs
// small sizes once each (a smoke run). Run from the repository root; sections that need `dist/`
// say so when it is missing.
import './bench-env.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { derive } from '../src/flink/index.js';
import type { ConfigMap, FlinkVersion } from '../src/model/index.js';
import type { BenchOptions, Row } from './bench-measure.js';
import {
  BASELINE_FLAG,
  baseline,
  coldStartSection,
  FLOOR_FLAG,
  listAndRead,
  monorepoSection,
} from './bench-monorepo.js';
import { policySection } from './bench-policy.js';
import { pullRequestSection } from './bench-pull-request.js';
import { generateMonorepo } from './generate-monorepo.js';

interface Section {
  name: string;
  run(options: BenchOptions): Row[] | Promise<Row[]>;
}

const VECTORS = '__tests__/fixtures/vectors/random-standalone.jsonl';

function loadVectors(): { config: ConfigMap; flinkVersion: FlinkVersion }[] {
  return readFileSync(VECTORS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const v = JSON.parse(l) as { flinkVersion: FlinkVersion; config: Record<string, string> };
      return { flinkVersion: v.flinkVersion, config: new Map(Object.entries(v.config)) };
    });
}

const derivation: Section = {
  name: 'derivation',
  run({ quick }) {
    const vectors = loadVectors();
    for (const v of vectors) derive(v.config, { flinkVersion: v.flinkVersion }); // warm up
    let count = 0;
    const cpu0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < (quick ? 0.3 : 2)) {
      for (const v of vectors) derive(v.config, { flinkVersion: v.flinkVersion });
      count += vectors.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rows: Row[] = [
      // On a shared machine the wall-clock rate understates the code; the CPU-time rate does not.
      {
        measure: 'in-process derivations per CPU second',
        value: Math.round(count / cpuSeconds).toLocaleString('en-US'),
      },
      {
        measure: 'in-process derivations per second',
        value: Math.round(count / elapsed).toLocaleString('en-US'),
      },
    ];
    if (!existsSync('dist/cli.js')) {
      rows.push({ measure: 'derive --jsonl wall time', value: 'skipped: run npm run build first' });
      return rows;
    }
    const input = readFileSync(VECTORS);
    const t0 = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['dist/cli.js', 'derive', '--jsonl'], {
      input,
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const lines = child.stdout.toString().split('\n').filter(Boolean).length;
    rows.push({
      measure: `derive --jsonl wall time (${lines} lines, exit ${child.status})`,
      value: `${ms.toFixed(0)} ms`,
    });
    return rows;
  },
};

/** Add sections here. */
const SECTIONS: Section[] = [
  derivation,
  policySection,
  monorepoSection,
  pullRequestSection,
  coldStartSection,
];

/** `npm run bench [-- SECTION...] [--quick]` runs the named sections only. */
async function main(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}: ${SECTIONS.map((s) => s.name).join(', ')}`);
  const chosen = names.length > 0 ? SECTIONS.filter((s) => names.includes(s.name)) : SECTIONS;
  console.log(
    `${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}${quick ? ', --quick' : ''}`,
  );
  const table: [string, string, string][] = [['section', 'measure', 'value']];
  for (const section of chosen)
    for (const row of await section.run({ quick })) table.push([section.name, row.measure, row.value]);
  printTable(table);
}

function printTable(table: [string, string, string][]): void {
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((r) => r[i].length)));
  for (const [i, row] of table.entries()) {
    console.log(
      row.map((cell, c) => (c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

// The bundle runs itself as the monorepo baseline's (and its floor's) child process; `--generate
// DIR N` writes a monorepo to profile by hand (`node --cpu-prof dist/cli.js lint DIR`),
// `--generate DIR N 0.1` one with a tenth of the Flink configs.
if (process.argv[2] === BASELINE_FLAG) baseline(process.argv[3]);
else if (process.argv[2] === FLOOR_FLAG) listAndRead(process.argv[3]);
else if (process.argv[2] === '--generate')
  generateMonorepo(process.argv[3], Number(process.argv[4] ?? 1000), 42, Number(process.argv[5] ?? 1));
else
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
