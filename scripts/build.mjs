// Bundles the action (dist/index.js), the command line (dist/cli-main.js, and `derive` alone in
// dist/derive-main.js, both started by dist/cli.js), their worker thread (dist/lint-worker-main.js,
// started by dist/lint-worker.js) and the built-in pack's validators (dist/policy-validators.js)
// with esbuild: each one CommonJS file holding every package it uses, ASCII only, with its source
// map (the generated validators have none).
// dist/package.json makes Node read them as CommonJS whatever the repository's package.json says.
//
// The command line's and the worker's bundles are written as one function expression, `(function
// (exports, require, module, __filename, __dirname) { … })`, which their launchers compile with
// V8's code cache (src/code-cache.ts); the build writes the bundles' hash into the launchers, so a
// cache never outlives the code it was made from.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleScript } from './bundle-script.mjs';

// `node scripts/build.mjs DIR` builds into DIR instead (tests of the sources' own bundle).
const dist = process.argv[2] ?? 'dist';
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(`${dist}/package.json`, '{ "type": "commonjs" }\n');

/**
 * The argument parser imports `node:child_process` at start for subcommands run as programs, which
 * this tool has none of: it gets the module on first use instead, a few milliseconds off every
 * start-up (the tool's own code does the same, docs/architecture.md, Start-up).
 */
const lateChildProcess = {
  name: 'late-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/')
        ? { path: 'late', namespace: 'child-process' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'child-process' }, () => ({
      contents:
        "export default { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};
// The sources are ES modules; in a CommonJS bundle `import.meta.url` is the bundle's own file.
const META_URL = 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';
/** What every bundle is built with. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Node reads an ASCII file into a one-byte string, which decodes and compiles faster (and the
  // command line's launcher reads its bundle as such): esbuild escapes most other characters, and
  // `writeAscii` those it leaves in regular expressions and templates.
  charset: 'ascii',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  tsconfig: 'src/tsconfig.json',
  define: { 'import.meta.url': '__importMetaUrl' },
  metafile: true,
  logLevel: 'warning',
  plugins: [lateChildProcess],
  // The YAML library's ES module build (the same code its browser field names): bundled as modules,
  // not as a CommonJS package that every importing module copies, export by export, at start-up.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};
// The digits of source maps' base-64 VLQ numbers (`movedColumns`).
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

// The built-in pack's validators, compiled here once instead of at every run: ajv's standalone
// code, bundled with the parts of ajv it calls (src/policy/policy-validators.ts reads it).
const scratch = '.build/validators';
mkdirSync(scratch, { recursive: true });
await bundleScript('scripts/policy-validators.ts', `${scratch}/generate.mjs`);
execFileSync(process.execPath, [`${scratch}/generate.mjs`, 'policies', `${scratch}/validators.cjs`]);

const built = await Promise.all([
  bundle({
    ...common,
    entryPoints: [`${scratch}/validators.cjs`],
    outfile: `${dist}/policy-validators.js`,
    sourcemap: false,
    // Generated code nobody reads: smaller is faster to load, which every lint with a config does.
    minify: true,
    banner: { js: '"use strict";' },
  }),
  bundle({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: `${dist}/index.js`,
    banner: { js: `"use strict";\n${META_URL}` },
  }),
  bundle({
    ...common,
    entryPoints: ['src/engine/worker.ts'],
    outfile: `${dist}/lint-worker-main.js`,
    // As the command line's: read whole before V8 takes the cached code (dist/lint-worker.js starts it).
    minify: true,
    banner: { js: `${WRAPPER}\n"use strict";\n${META_URL}` },
    footer: { js: '})' },
  }),
  ...[
    ['src/cli.ts', 'cli-main.js'],
    // `derive` alone: half the bytes to read and the code to deserialise (src/cli-derive.ts).
    ['src/cli-derive.ts', 'derive-main.js'],
  ].map(([entry, file]) =>
    bundle({
      ...common,
      entryPoints: [entry],
      outfile: `${dist}/${file}`,
      // A run reads the whole bundle before V8 takes the cached code: half the bytes is a tenth of a
      // one-file `derive` (the source map names everything again; the action's bundle stays as written).
      minify: true,
      banner: { js: `${WRAPPER}\n"use strict";\n${META_URL}` },
      footer: { js: '})' },
    }),
  ),
]);
// One hash of the cached bundles names every cache of this build (src/code-cache.ts).
const bundleId = createHash('sha256')
  .update(readFileSync(`${dist}/cli-main.js`))
  .update(readFileSync(`${dist}/derive-main.js`))
  .update(readFileSync(`${dist}/lint-worker-main.js`))
  .digest('hex')
  .slice(0, 16);
await Promise.all([
  bundle({
    ...common,
    entryPoints: ['src/cli-launcher.ts'],
    outfile: `${dist}/cli.js`,
    banner: { js: '#!/usr/bin/env node\n"use strict";' },
    define: { BUNDLE_ID: JSON.stringify(bundleId) },
  }),
  bundle({
    ...common,
    entryPoints: ['src/worker-launcher.ts'],
    outfile: `${dist}/lint-worker.js`,
    banner: { js: '"use strict";' },
    define: { BUNDLE_ID: JSON.stringify(bundleId) },
  }),
]);
chmodSync(`${dist}/cli.js`, 0o755);
writeFileSync(`${dist}/licenses.txt`, licenses(built.flatMap((b) => Object.keys(b.metafile.inputs))));

/** Builds with esbuild and writes each bundle ASCII only, with its source map (`writeAscii`). */
async function bundle(options) {
  const result = await build({ ...options, write: false });
  const texts = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  for (const [file, text] of texts)
    if (!file.endsWith('.map')) writeAscii(file, text, texts.get(`${file}.map`));
  return result;
}

/**
 * Writes a bundle with every character outside ASCII written as its `\uXXXX` escape, and its
 * source map with the columns moved to match. Node reads an ASCII file into a one-byte string, which
 * decodes and compiles faster: a tenth of a one-file `derive`'s start-up on Node 24. The escape means
 * the same in strings, templates, regular expressions, identifiers and comments; only a raw
 * template (`String.raw`) would see it, and a bundle with such a template is refused.
 */
function writeAscii(file, code, mapText) {
  for (const raw of code.matchAll(/String\.raw\s*`[^`]*`/g))
    if (/[^\0-\x7f]/.test(raw[0])) throw new Error(`${file}: a raw template holds a character outside ASCII`);
  const lines = code.split('\n');
  const escaped = lines.map((line) =>
    line.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  writeFileSync(file, escaped.join('\n'));
  if (mapText === undefined) return;
  const map = JSON.parse(mapText);
  map.mappings = map.mappings
    .split(';')
    .map((segments, index) => movedColumns(segments, lines[index] ?? ''))
    .join(';');
  writeFileSync(`${file}.map`, JSON.stringify(map));
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
 * The licenses of every package a bundle holds, each once: its name, the license its package.json
 * names, and the text of its license file where it ships one.
 */
function licenses(inputs) {
  const roots = new Set();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
    roots.add(input.slice(0, at) + `node_modules/${first.startsWith('@') ? `${first}/${second}` : first}`);
  }
  const entries = [...roots].map((root) => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENSE-MIT', 'LICENCE'].find((name) =>
      existsSync(path.join(root, name)),
    );
    const text = file ? readFileSync(path.join(root, file), 'utf8').trim() : '';
    return `${pkg.name}\n${pkg.license ?? 'UNKNOWN'}\n${text}`;
  });
  return `${[...new Set(entries)].sort().join('\n\n')}\n`;
}
