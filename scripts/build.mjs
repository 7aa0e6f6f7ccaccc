// Bundles the action (dist/index.js), the CLI (dist/cli.js) and their worker with ncc. ncc writes one
// `index.js` per output folder, so each entry is built into a scratch folder and moved. A dynamic
// `import()` becomes a chunk ncc names `<id>.index.js`: each is renamed `<entry>.<id>.js`, and the
// entry's chunk loader with it, so the chunks of two entries never share a name.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const entries = [
  { src: 'src/index.ts', out: 'index' },
  { src: 'src/cli.ts', out: 'cli' },
  // Worker threads of large runs (src/engine/threads.ts): found beside the bundle that starts them.
  { src: 'src/engine/worker.ts', out: 'lint-worker' },
];
const ncc = 'node_modules/.bin/ncc';
// The digits of source maps' base-64 VLQ numbers (`movedColumns`).
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// `node scripts/build.mjs DIR` builds into DIR instead (tests of the sources' own bundle).
const dist = process.argv[2] ?? 'dist';
// A scratch folder of its own, so that two builds at once do not write into each other's output.
const build = mkdtempSync(path.join(tmpdir(), 'flink-memory-lint-build-'));
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// The entries bundle side by side and without type-checking, which `npm run typecheck` does: the
// emitted code is the same in a third of the time. src/tsconfig.json makes the transpiler emit ES
// modules (with NodeNext it cannot tell a file's module kind without its package.json).
await Promise.all(
  entries.map(({ src, out }) =>
    run(ncc, [
      'build',
      src,
      '-o',
      path.join(build, out),
      '--transpile-only',
      '--source-map',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '-q',
    ]),
  ),
);
for (const { src, out } of entries) {
  const scratch = path.join(build, out);
  let code = readFileSync(`${scratch}/index.js`, 'utf8').replace(
    /\/\/# sourceMappingURL=index\.js\.map\s*$/,
    `//# sourceMappingURL=${out}.js.map\n`,
  );
  refuseRelocatedPaths(src, code);
  const chunks = readdirSync(scratch).filter((f) => /^\w+\.index\.js$/.test(f));
  if (chunks.length > 0) {
    // webpack's chunk file name function, as ncc's runtime writes it.
    const naming = 'return "" + chunkId + ".index.js";';
    if (code.split(naming).length !== 2)
      throw new Error(`${src}: ncc's chunk loader changed; cannot name its chunks`);
    code = code.replace(naming, `return "${out}." + chunkId + ".js";`);
    for (const chunk of chunks) {
      const id = chunk.replace(/\.index\.js$/, '');
      const text = readFileSync(`${scratch}/${chunk}`, 'utf8').replace(
        /\/\/# sourceMappingURL=\S+\s*$/,
        `//# sourceMappingURL=${out}.${id}.js.map\n`,
      );
      refuseRelocatedPaths(src, text);
      writeAscii(`${dist}/${out}.${id}.js`, text, `${scratch}/${chunk}.map`);
    }
  }
  // The command line's first line makes it a program; its map starts a line later.
  const shebang = out === 'cli' && !code.startsWith('#!');
  if (shebang) code = `#!/usr/bin/env node\n${code}`;
  writeAscii(`${dist}/${out}.js`, code, `${scratch}/index.js.map`, shebang ? 1 : 0);
  if (out === 'index' && existsSync(`${scratch}/licenses.txt`))
    renameSync(`${scratch}/licenses.txt`, `${dist}/licenses.txt`);
}
chmodSync(`${dist}/cli.js`, 0o755);
rmSync(build, { recursive: true, force: true });

/**
 * Writes a bundle with every character outside ASCII written as its `\uXXXX` escape, and its
 * source map with the columns moved to match. Node reads an ASCII file into a one-byte string, which
 * decodes and compiles faster: a tenth of a one-file `derive`'s start-up on Node 24. The escape means
 * the same in strings, templates, regular expressions, identifiers and comments; only a raw
 * template (`String.raw`) would see it, and a bundle with such a template is refused.
 */
function writeAscii(file, code, mapFile, linesBefore = 0) {
  for (const raw of code.matchAll(/String\.raw\s*`[^`]*`/g))
    if (/[^\0-\x7f]/.test(raw[0])) throw new Error(`${file}: a raw template holds a character outside ASCII`);
  const lines = code.split('\n');
  const escaped = lines.map((line) =>
    line.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  writeFileSync(file, escaped.join('\n'));
  if (!existsSync(mapFile)) return;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.mappings = (';'.repeat(linesBefore) + map.mappings)
    .split(';')
    .map((segments, index) => movedColumns(segments, lines[index] ?? ''))
    .join(';');
  writeFileSync(`${file}.map`, JSON.stringify(map));
  rmSync(mapFile);
}

/**
 * One generated line's source-map segments with each generated column moved right by five for
 * every code unit outside ASCII before it (`é` became `\u00e9`). Only the first field of a
 * segment is a column of the generated line, relative to the segment before it on the same line.
 */
function movedColumns(segments, line) {
  if (!/[^\0-\x7f]/.test(line) || segments === '') return segments;
  const wider = [0];
  for (let i = 0; i < line.length; i++) wider.push(wider[i] + (line.charCodeAt(i) > 0x7f ? 5 : 0));
  let before = 0;
  let movedBefore = 0;
  return segments
    .split(',')
    .map((segment) => {
      const [delta, length] = vlqDecode(segment);
      const column = before + delta;
      const moved = column + wider[Math.min(column, line.length)];
      const out = vlqEncode(moved - movedBefore) + segment.slice(length);
      before = column;
      movedBefore = moved;
      return out;
    })
    .join(',');
}

/** The first base-64 VLQ value of a segment, and how many characters it takes. */
function vlqDecode(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[i++]);
    value += (digit & 31) << shift;
    if ((digit & 32) === 0) break;
    shift += 5;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, i];
}

function vlqEncode(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/**
 * The bundler turns a path it can match against files present at build time into a path inside the
 * bundle. The tool ships no such files: a match means a path the user's run must resolve (a
 * settings file, a policy folder) would point into dist/ instead.
 */
function refuseRelocatedPaths(src, code) {
  const relocated = code.match(/^.*__nccwpck_require__\.ab \+.*$/m);
  if (relocated) throw new Error(`${src}: the bundler relocated a runtime path: ${relocated[0].trim()}`);
}

/** Runs a program to its end, its output on ours; rejects when it fails. */
async function run(program, args) {
  const child = promisify(execFile)(program, args, { maxBuffer: 64 * 1024 * 1024 });
  child.child.stdout?.pipe(process.stdout);
  child.child.stderr?.pipe(process.stderr);
  await child;
}
