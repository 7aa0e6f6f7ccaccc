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
      writeFileSync(`${dist}/${out}.${id}.js`, text);
      if (existsSync(`${scratch}/${chunk}.map`))
        renameSync(`${scratch}/${chunk}.map`, `${dist}/${out}.${id}.js.map`);
    }
  }
  if (out === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(`${dist}/${out}.js`, code);
  renameSync(`${scratch}/index.js.map`, `${dist}/${out}.js.map`);
  if (out === 'index' && existsSync(`${scratch}/licenses.txt`))
    renameSync(`${scratch}/licenses.txt`, `${dist}/licenses.txt`);
}
chmodSync(`${dist}/cli.js`, 0o755);
rmSync(build, { recursive: true, force: true });

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
