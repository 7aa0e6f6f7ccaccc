// Builds the playground: one self-contained page, playground/dist/index.html, that opens from disk.
// The engine's own modules are bundled for the browser with esbuild; the built-in policies and the
// example configurations are bundled as data. Usage: node scripts/build-playground.mjs [--out DIR]
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir =
  outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'playground', 'dist');
/** What the page may weigh, gzipped. */
const BUDGET = 600 * 1024;

/**
 * Node built-ins stay out of the page. Some engine modules import them for functions the page
 * never calls (reading files, running git): such imports resolve to a stand-in with no side
 * effects, so esbuild drops them with the code that uses them. A stand-in left in the bundle
 * means the page reaches a Node built-in: the build fails, except for the `allowed` one.
 */
const allowed = new Map([
  // evaluate() fingerprints findings against a baseline (policy/baseline.ts); the page gives none.
  ['crypto', 'src/policy/baseline.ts'],
]);
const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const nodeBuiltins = {
  name: 'node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[\w/:]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!builtins.has(name)) return undefined;
      return { path: name, namespace: 'node-builtin', sideEffects: false };
    });
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, async (args) => {
      const names = Object.keys(await import(`node:${args.path}`)).filter(
        (n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n),
      );
      const lines = names.map(
        (n) => `export const ${n} = /* @__PURE__ */ unavailable(${JSON.stringify(n)});`,
      );
      return {
        contents: [
          `const unavailable = (name) => () => { throw new Error('node:${args.path} ' + name + ' is not available in the page'); };`,
          ...lines,
          `export default /* @__PURE__ */ Object.freeze({ ${names.join(', ')} });`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * The engine's modules do nothing when imported but define things (`src/` has no import-time side
 * effects the page needs): what the page does not use of them is left out, top-level values
 * included (a `Buffer` built by a module that reads files, say).
 */
const engineWithoutSideEffects = {
  name: 'engine-without-side-effects',
  setup(build) {
    const src = path.join(root, 'src') + path.sep;
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.engine) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { engine: true },
      });
      if (resolved.errors.length > 0 || !resolved.path.startsWith(src)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

/** `builtin-policies`: every rule's `policies/<id>/policy.json`, by rule id. */
const builtinPolicies = {
  name: 'builtin-policies',
  setup(build) {
    build.onResolve({ filter: /^builtin-policies$/ }, () => ({
      path: 'policies',
      namespace: 'builtin-policies',
    }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-policies' }, () => {
      const dir = path.join(root, 'policies');
      const files = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(dir, entry.name, 'policy.json'))
        .sort();
      const policies = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
      return { contents: `export default ${JSON.stringify(policies)};`, loader: 'js', watchFiles: files };
    });
  },
};

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['playground/src/main.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  // Browsers with BigInt and CompressionStream('deflate-raw').
  target: ['chrome103', 'firefox113', 'safari16.4'],
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  loader: { '.yaml': 'text', '.yml': 'text' },
  plugins: [engineWithoutSideEffects, nodeBuiltins, builtinPolicies],
  metafile: true,
  write: false,
  logLevel: 'warning',
  // `import.meta.url` finds the built-in policies on disk (policy/load-policies.ts): code the page
  // never reaches, and that could not run in it (it needs node:url and node:fs, which the check
  // below would name).
  logOverride: { 'empty-import-meta': 'silent' },
});

const [output] = Object.values(result.metafile.outputs);
const reached = Object.keys(output.inputs).filter((input) => input.startsWith('node-builtin:'));
// Only modules whose code is in the page count: an importer esbuild dropped reaches nothing.
const importers = (builtin) =>
  Object.entries(result.metafile.inputs)
    .filter(
      ([file, input]) =>
        output.inputs[file]?.bytesInOutput > 0 && input.imports.some((i) => i.path === builtin),
    )
    .map(([file]) => file);
const unexpected = reached.filter((input) => {
  const name = input.slice('node-builtin:'.length);
  return !allowed.has(name) || importers(input).some((file) => file !== allowed.get(name));
});
if (unexpected.length > 0) {
  for (const input of unexpected)
    console.error(`the page reaches ${input} through ${importers(input).join(', ')}`);
  process.exit(1);
}

const script = result.outputFiles[0].text;
if (/<\/script/i.test(script)) throw new Error('the bundle holds </script: it cannot be inlined');
const template = readFileSync(path.join(root, 'playground/src/index.html'), 'utf8');
const style = readFileSync(path.join(root, 'playground/src/style.css'), 'utf8');
const html = template
  .replace('/* style.css */', () => style.trim())
  .replace('/* main.ts */', () => script.trim());
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'index.html'), html);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const size = Buffer.byteLength(html);
const gzipped = gzipSync(html, { level: 9 }).length;
console.log(`${path.relative(root, path.join(outDir, 'index.html'))}: ${kb(size)}, ${kb(gzipped)} gzipped`);
if (gzipped > BUDGET) {
  console.error(`over the budget of ${kb(BUDGET)} gzipped`);
  process.exit(1);
}
