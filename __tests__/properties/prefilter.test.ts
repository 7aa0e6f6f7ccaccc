// The prefilter never rules out a file a loader would read a config from: over generated files of
// every format (nested and flat keys, quoted and escaped keys, flow mappings, anchors and merge keys,
// comments, explicit keys, several documents), over random texts, and over the real corpus and the
// repository's fixtures under their own names and under others.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readLinkSources } from '../../src/link/index.js';
import { loadFile } from '../../src/sources/index.js';
import { makePrefilter, prefilter } from '../../src/sources/prefilter.js';
import { configText, FILE_NAMES } from './arbitraries.js';

/** Whether the prefilter keeps every file `loadFile` reads a config from; gives whether it gave one. */
function expectKeptIfRead(name: string, text: string): boolean {
  const configs = loadFile(name, text).configs.length;
  if (configs > 0 && prefilter(name, Buffer.from(text, 'utf8')) === undefined)
    throw new Error(`ruled out ${name}, which gives ${configs} configs:\n${text}`);
  return configs > 0;
}

/**
 * Whether the prefilter keeps every file that places other files' configs (a workload mounting a
 * ConfigMap, a compose service or Dockerfile naming a Flink image, a chart, a kustomization).
 */
function expectKeptIfPlacing(name: string, text: string): boolean {
  const loaded = loadFile(name, text);
  const places =
    (loaded.containers?.length ?? 0) > 0 ||
    loaded.chart !== undefined ||
    loaded.kustomization !== undefined ||
    readLinkSources(name, text) !== undefined;
  if (places && prefilter(name, Buffer.from(text, 'utf8')) === undefined)
    throw new Error(`ruled out ${name}, which places other files' configs:\n${text}`);
  return places;
}

// ---- Generated YAML: a value tree, written with a random style at every node -------------------

type Value = string | { map: [string, Value][] } | { seq: Value[] } | { block: string };

/** Mulberry32: the style choices of one file, from one seed fast-check shrinks and reports. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Writer {
  private anchors = 0;
  readonly hidden: string[] = [];
  constructor(private readonly next: () => number) {}

  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** A scalar as a key or a value: plain, single-quoted, double-quoted, or double-quoted with escapes. */
  scalar(text: string, key: boolean): string {
    const style = this.next();
    const plainOk =
      /^[A-Za-z0-9_./-][\w./-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text);
    if (style < 0.5 && plainOk) return text;
    if (style < 0.65) return `'${text.replace(/'/g, "''")}'`;
    if (style < 0.8) return JSON.stringify(text);
    // Double-quoted with some characters written as escapes YAML decodes back.
    let out = '';
    for (const c of text) {
      const code = c.charCodeAt(0);
      const r = this.next();
      if (c === '"' || c === '\\') out += `\\${c}`;
      else if (code < 0x20 && c !== '\n') out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (c === '\n') out += '\\n';
      else if (r < 0.15) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (r < 0.25) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else if (r < 0.3) out += `\\U${code.toString(16).padStart(8, '0')}`;
      else if (c === '/' && r < 0.4) out += '\\/';
      else if (!key && r < 0.35 && out.length > 0) out += `\\\n${' '.repeat(4)}${c}`;
      else out += c;
    }
    return `"${out}"`;
  }

  comment(): string {
    return this.chance(0.15) ? ` # ${this.pick(['note', 'taskmanager', 'x: y', '"quoted"'])}` : '';
  }

  /** A value written at `indent` after a key (`key:` then this), or as a sequence item. */
  value(v: Value, indent: number): string {
    const pad = ' '.repeat(indent);
    if (typeof v === 'string') return ` ${this.scalar(v, false)}${this.comment()}`;
    if ('block' in v) {
      const lines = v.block.split('\n');
      return ` ${this.pick(['|', '|-', '|+'])}${this.comment()}\n${lines.map((l) => (l ? `${pad}  ${l}` : '')).join('\n')}`;
    }
    const anchor = this.chance(0.1) ? ` &a${this.anchors++}` : '';
    if (this.chance(0.2)) return `${anchor} ${this.flow(v)}`;
    if ('seq' in v) {
      if (v.seq.length === 0) return `${anchor} []`;
      return `${anchor}\n${v.seq.map((item) => `${pad}-${this.value(item, indent + 2).replace(/^\n\s*/, ' ')}`).join('\n')}`;
    }
    if (v.map.length === 0) return `${anchor} {}`;
    // Sometimes the mapping lives under a hidden key and is merged here (`<<: *name`).
    if (this.chance(0.1) && indent > 0) {
      const name = `m${this.anchors++}`;
      this.hidden.push(`x-${name}: &${name}\n${this.mapLines(v.map, 2)}`);
      return `\n${pad}<<: *${name}`;
    }
    return `${anchor}\n${this.mapLines(v.map, indent)}`;
  }

  mapLines(items: [string, Value][], indent: number): string {
    const pad = ' '.repeat(indent);
    return items
      .map(([k, v]) => {
        const lead = this.chance(0.05) ? `${pad}# ${k}\n` : '';
        // An explicit key (`? key` then `: value`).
        if (this.chance(0.05) && typeof v === 'string')
          return `${lead}${pad}? ${this.scalar(k, true)}\n${pad}:${this.value(v, indent + 2)}`;
        return `${lead}${pad}${this.scalar(k, true)}:${this.value(v, indent + 2)}`;
      })
      .join('\n');
  }

  flow(v: Value): string {
    if (typeof v === 'string') return this.scalar(v, false);
    if ('block' in v) return JSON.stringify(v.block);
    if ('seq' in v) return `[${v.seq.map((x) => this.flow(x)).join(', ')}]`;
    return `{${v.map.map(([k, x]) => `${this.scalar(k, true)}: ${this.flow(x)}`).join(', ')}}`;
  }

  document(root: [string, Value][]): string {
    const body = this.mapLines(root, 0);
    return [...this.hidden.splice(0), body].join('\n');
  }
}

const FLINK_KEYS = [
  'taskmanager.memory.process.size',
  'taskmanager.memory.flink.size',
  'taskmanager.memory.managed.fraction',
  'taskmanager.numberOfTaskSlots',
  'taskmanager.heap.size',
  'taskmanager.network.memory.fraction',
  'jobmanager.memory.process.size',
  'jobmanager.memory.heap.size',
  'jobmanager.heap.mb',
  'containerized.heap-cutoff-ratio',
  'state.backend.type',
  'parallelism.default',
];
const SIZES = ['1g', '1728m', '2048m', '4 gb', '512mb', '0.4', '2'];

/** Flink keys as a mapping: flat, nested at random dots, or a mix. */
function flinkMap(w: Writer): [string, Value][] {
  const count = 1 + w.int(5);
  const root: [string, Value][] = [];
  for (let i = 0; i < count; i++) {
    const parts = w.pick(FLINK_KEYS).split('.');
    // Nested at a random dot (1: `taskmanager:` then the rest), or flat.
    const cut = w.chance(0.4) ? 1 + w.int(parts.length - 1) : parts.length;
    insert(
      root,
      [parts.slice(0, cut).join('.'), ...(cut < parts.length ? [parts.slice(cut).join('.')] : [])],
      w.pick(SIZES),
    );
  }
  return root;
}

function insert(map: [string, Value][], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    if (!map.some(([k]) => k === head)) map.push([head, value]);
    return;
  }
  let child = map.find(([k]) => k === head)?.[1];
  if (child === undefined) map.push([head, (child = { map: [] })]);
  if (typeof child === 'object' && 'map' in child) insert(child.map, rest, value);
}

/** `flink-conf.yaml` lines, the text of FLINK_PROPERTIES and embedded files. */
function flinkLines(w: Writer): string {
  return Array.from(
    { length: 1 + Math.floor(w.chance(0.5) ? 0 : 3) },
    () => `${w.pick(FLINK_KEYS)}: ${w.pick(SIZES)}`,
  ).join('\n');
}

interface Generated {
  name: string;
  text: string;
}

const GENERATORS: Record<string, (w: Writer) => Generated> = {
  'config-yaml': (w) => ({
    name: w.pick(['conf/config.yaml', 'flink/config.yml', 'settings.yaml', 'a/b.yaml']),
    text: w.document(flinkMap(w)),
  }),
  flinkdeployment: (w) => ({
    name: w.pick(['deploy/job.yaml', 'k8s/flinkdeployment.yml', 'x.yaml']),
    text: w.document([
      ['apiVersion', w.pick(['flink.apache.org/v1beta1', 'flink.apache.org/v1alpha1'])],
      ['kind', w.pick(['FlinkDeployment', 'FlinkSessionJob'])],
      ['metadata', { map: [['name', 'job']] }],
      [
        'spec',
        {
          map: [
            ['image', 'flink:1.18'],
            ['flinkVersion', 'v1_18'],
            ...(w.chance(0.7) ? [['flinkConfiguration', { map: flinkMap(w) }] as [string, Value]] : []),
            ['jobManager', { map: [['resource', { map: [['memory', '2048m']] }]] }],
            ['taskManager', { map: [['resource', { map: [['memory', '4Gi']] }]] }],
          ],
        },
      ],
    ]),
  }),
  configmap: (w) => ({
    name: w.pick(['k8s/configmap.yaml', 'cm.yml']),
    text: w.document([
      ['apiVersion', 'v1'],
      ['kind', 'ConfigMap'],
      ['metadata', { map: [['name', 'flink-config']] }],
      [
        'data',
        {
          map: [
            [w.pick(['flink-conf.yaml', 'config.yaml', 'FLINK_PROPERTIES']), { block: flinkLines(w) }],
            ['log4j.properties', { block: 'rootLogger.level = INFO' }],
          ],
        },
      ],
    ]),
  }),
  workload: (w) => {
    const container: Value = {
      map: [
        ['name', w.pick(['taskmanager', 'jobmanager', 'main'])],
        ['image', 'flink:1.17'],
        ['args', { seq: [w.pick(['taskmanager', 'jobmanager'])] }],
        [
          'env',
          {
            seq: [
              {
                map: [
                  ['name', 'FLINK_PROPERTIES'],
                  ['value', { block: flinkLines(w) }],
                ],
              },
            ],
          },
        ],
        ['resources', { map: [['limits', { map: [['memory', '4Gi']] }]] }],
      ],
    };
    const pod: Value = { map: [['containers', { seq: [container] }]] };
    const kind = w.pick(['Deployment', 'StatefulSet', 'Pod', 'Job']);
    return {
      name: w.pick(['k8s/tm.yaml', 'deploy.yml']),
      text: w.document([
        ['apiVersion', kind === 'Pod' ? 'v1' : 'apps/v1'],
        ['kind', kind],
        ['metadata', { map: [['name', 'flink']] }],
        ['spec', kind === 'Pod' ? pod : { map: [['template', { map: [['spec', pod]] }]] }],
      ]),
    };
  },
  compose: (w) => {
    const lines = flinkLines(w);
    const environment: Value = w.chance(0.5)
      ? { map: [['FLINK_PROPERTIES', { block: lines }]] }
      : { seq: [`FLINK_PROPERTIES=${lines.split('\n')[0]}`] };
    return {
      name: w.pick(['docker-compose.yml', 'compose.yaml', 'stack/local.yaml']),
      text: w.document([
        [
          'services',
          {
            map: [
              [
                w.pick(['taskmanager', 'jobmanager', 'worker']),
                {
                  map: [
                    ['image', 'flink:1.18'],
                    ['command', w.pick(['taskmanager', 'jobmanager'])],
                    ['environment', environment],
                  ],
                },
              ],
            ],
          },
        ],
      ]),
    };
  },
  'helm-values': (w) => ({
    name: w.pick(['charts/flink/values.yaml', 'values-prod.yml', 'prod-values.yaml']),
    text: w.document([
      [
        'image',
        {
          map: [
            ['repository', 'flink'],
            ['tag', '1.18'],
          ],
        },
      ],
      ...(w.chance(0.5)
        ? [['flinkConfiguration', { map: flinkMap(w) }] as [string, Value]]
        : [
            [
              'flink',
              {
                map: [
                  ['state.backend.type', 'rocksdb'],
                  ['parallelism.default', '2'],
                ],
              },
            ] as [string, Value],
          ]),
    ]),
  }),
};

const generated = fc
  .tuple(fc.constantFrom(...Object.keys(GENERATORS)), fc.integer(), fc.integer({ min: 1, max: 3 }))
  .map(([format, seed, documents]) => {
    const w = new Writer(random(seed));
    const files = Array.from({ length: documents }, () =>
      GENERATORS[w.pick([format, ...Object.keys(GENERATORS)])](w),
    );
    // Several documents in one file; the first one's name.
    const text = files.map((f) => f.text).join(w.pick(['\n---\n', '\n---\n# next\n', '\n...\n---\n']));
    return { format, name: files[0].name, text };
  });

describe('the prefilter never rules out a file a loader reads', () => {
  it('generated files of every format, in every style YAML allows', () => {
    const read = new Map<string, number>();
    fc.assert(
      fc.property(generated, ({ format, name, text }) => {
        if (expectKeptIfRead(name, text)) read.set(format, (read.get(format) ?? 0) + 1);
      }),
      { numRuns: 3000 },
    );
    // The generator reaches every loader: a property that never meets a config would prove nothing.
    for (const format of Object.keys(GENERATORS)) expect(read.get(format) ?? 0).toBeGreaterThan(30);
  });

  it('random texts made of Flink and YAML pieces, under every loader name', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.constantFrom(...FILE_NAMES, 'a.yaml', 'k8s/x.yml'), configText, (name, text) => {
        if (expectKeptIfRead(name, text)) read++;
      }),
      // A merge key that reaches its own mapping: found by this property once (a stack overflow).
      { numRuns: 1500, examples: [['charts/flink/values.yaml', '&a \r<<: *a\n']] },
    );
    expect(read).toBeGreaterThan(100);
  });

  const corpus = '/work/shared/corpus/files';
  const fixtures = path.resolve('__tests__/fixtures');
  const files = [
    ...(existsSync(corpus) ? readdirSync(corpus).map((f) => path.join(corpus, f)) : []),
    ...walk(fixtures),
  ].filter((f) => /\.(?:ya?ml|tpl|template|j2)$/i.test(f) || /flink-conf|Dockerfile/.test(f));

  it('the corpus and the fixtures, under their own names and under others', () => {
    expect(files.length).toBeGreaterThan(20);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const own = path.basename(file).split('__').pop() ?? 'a.yaml';
      for (const name of [own, 'config.yaml', 'values.yaml', 'other/neutral.yaml', 'docker-compose.yml'])
        if (expectKeptIfRead(name, text)) read++;
    }
    expect(read).toBeGreaterThan(files.length);
  });

  it("the fixtures that place other files' configs (the link stage reads them), under their own names", () => {
    const placing = files.filter((file) =>
      expectKeptIfPlacing(
        path.relative(fixtures, file).replace(/^.*?trees\/[^/]+\//, ''),
        readFileSync(file, 'utf8'),
      ),
    );
    // Compose files, Dockerfiles, workloads, charts and kustomizations of the link fixtures.
    expect(placing.length).toBeGreaterThan(10);
  });
});

describe('the prefilter rules out what cannot be Flink', () => {
  const ruledOut = (name: string, text: string) => prefilter(name, Buffer.from(text)) === undefined;

  it('rules out YAML of other tools, and keeps files by name where other files need their facts', () => {
    expect(
      ruledOut('.github/workflows/ci.yml', 'on: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n'),
    ).toBe(true);
    expect(ruledOut('k8s/svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n')).toBe(true);
    expect(ruledOut('app/application.yml', 'server:\n  port: 8080\n')).toBe(true);
    for (const name of [
      'Dockerfile',
      'docker/Dockerfile.flink',
      'flink.Dockerfile',
      'kustomization.yaml',
      'chart/Chart.yaml',
      'values-prod.yaml',
      'flink-conf.yaml',
    ])
      expect(prefilter(name, Buffer.from('x: 1\n'))).toBe('name');
  });

  it('keeps a text whose keys may be spelled in escapes, and says why it kept a file', () => {
    expect(prefilter('a.yaml', Buffer.from('"task\\x6danager.memory.process.size": 1g\n'))).toBe('text');
    expect(prefilter('a.yaml', Buffer.from('"a\\\n  b": 1\n'))).toBe('text');
    expect(ruledOut('a.yaml', 'msg: "line\\nnext \\"quoted\\" \\\\ tab\\t"\n')).toBe(true);
    expect(
      prefilter('values.yaml', Buffer.from('flinkConfiguration:\n  taskmanager.numberOfTaskSlots: 2\n')),
    ).toBe('text');
  });

  it("takes each format's markers from its registration", () => {
    const only = makePrefilter([{ text: ['FROM flink'] }, { name: (p) => p.endsWith('.special') }]);
    expect(only('x/a.txt', Buffer.from('# base\nFROM flink:1.18\n'))).toBe('text');
    expect(only('x/a.special', Buffer.from('anything'))).toBe('name');
    expect(only('x/a.yaml', Buffer.from('taskmanager.memory.process.size: 1g'))).toBeUndefined();
    expect(() => makePrefilter([{ text: ['é'] }])).toThrow(/ASCII/);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
