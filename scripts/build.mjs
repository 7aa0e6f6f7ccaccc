// Bundles the action (dist/index.js), the command line (dist/cli-main.js, started by dist/cli.js)
// and their worker thread (dist/lint-worker.js) with esbuild: each one CommonJS file holding every
// package it uses, ASCII only, with its source map. dist/package.json makes Node read them as
// CommonJS whatever the repository's package.json says.
//
// The command line's bundle is written as one function expression, `(function (exports, require,
// module, __filename, __dirname) { … })`, which dist/cli.js compiles with V8's code cache
// (src/cli-launcher.ts); the build writes the bundle's hash into the launcher, so a cache never
// outlives the code it was made from.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
  // Node reads an ASCII file into a one-byte string, which decodes and compiles faster; esbuild
  // writes every other character as its escape, raw templates included, and maps columns to match.
  charset: 'ascii',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  tsconfig: 'src/tsconfig.json',
  define: { 'import.meta.url': '__importMetaUrl' },
  metafile: true,
  logLevel: 'warning',
  plugins: [lateChildProcess],
};
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

// The built-in pack's validators, compiled here once instead of at every run: ajv's standalone
// code, bundled with the parts of ajv it calls (src/policy/policy-validators.ts reads it).
const scratch = '.build/validators';
mkdirSync(scratch, { recursive: true });
await build({
  ...common,
  entryPoints: ['scripts/policy-validators.ts'],
  outfile: `${scratch}/generate.cjs`,
  sourcemap: false,
  metafile: false,
});
execFileSync(process.execPath, [`${scratch}/generate.cjs`, 'policies', `${scratch}/validators.cjs`]);

const built = await Promise.all([
  build({
    ...common,
    entryPoints: [`${scratch}/validators.cjs`],
    outfile: `${dist}/policy-validators.js`,
    sourcemap: false,
    // Generated code nobody reads: smaller is faster to load, which every lint with a config does.
    minify: true,
    banner: { js: '"use strict";' },
  }),
  build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: `${dist}/index.js`,
    banner: { js: `"use strict";\n${META_URL}` },
  }),
  build({
    ...common,
    entryPoints: ['src/engine/worker.ts'],
    outfile: `${dist}/lint-worker.js`,
    banner: { js: `"use strict";\n${META_URL}` },
  }),
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: `${dist}/cli-main.js`,
    banner: { js: `${WRAPPER}\n"use strict";\n${META_URL}` },
    footer: { js: '})' },
  }),
]);
const main = readFileSync(`${dist}/cli-main.js`);
await build({
  ...common,
  entryPoints: ['src/cli-launcher.ts'],
  outfile: `${dist}/cli.js`,
  banner: { js: '#!/usr/bin/env node\n"use strict";' },
  define: { BUNDLE_ID: JSON.stringify(createHash('sha256').update(main).digest('hex').slice(0, 16)) },
});
chmodSync(`${dist}/cli.js`, 0o755);
writeFileSync(`${dist}/licenses.txt`, licenses(built.flatMap((b) => Object.keys(b.metafile.inputs))));

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
