// Bundles the action (dist/index.js), the CLI (dist/cli.js) and their worker with ncc. ncc writes one
// `index.js` per output folder, so each entry is built into a scratch folder and moved.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
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
for (const { src, out } of entries) {
  const scratch = path.join(build, out);
  execFileSync(
    ncc,
    [
      'build',
      src,
      '-o',
      scratch,
      '--source-map',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '-q',
    ],
    {
      stdio: 'inherit',
    },
  );
  let code = readFileSync(`${scratch}/index.js`, 'utf8').replace(
    /\/\/# sourceMappingURL=index\.js\.map\s*$/,
    `//# sourceMappingURL=${out}.js.map\n`,
  );
  // The bundler turns a path it can match against files present at build time into a path inside
  // the bundle. The tool ships no such files: a match means a path the user's run must resolve
  // (a settings file, a policy folder) would point into dist/ instead.
  const relocated = code.match(/^.*__nccwpck_require__\.ab \+.*$/m);
  if (relocated) throw new Error(`${src}: the bundler relocated a runtime path: ${relocated[0].trim()}`);
  if (out === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(`${dist}/${out}.js`, code);
  renameSync(`${scratch}/index.js.map`, `${dist}/${out}.js.map`);
  if (out === 'index' && existsSync(`${scratch}/licenses.txt`))
    renameSync(`${scratch}/licenses.txt`, `${dist}/licenses.txt`);
}
chmodSync(`${dist}/cli.js`, 0o755);
rmSync(build, { recursive: true, force: true });
