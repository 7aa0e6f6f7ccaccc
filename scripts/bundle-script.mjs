// Bundles one of the project's TypeScript scripts into a single ES module that Node runs as is:
// `node scripts/bundle-script.mjs scripts/bench.ts .bench/index.js`. Used by `npm run bench`,
// `npm run docs:rules` and the build's generator of the built-in pack's validators.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

// Packages written as CommonJS call `require`, which an ES module lacks.
const REQUIRE =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function bundleScript(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: REQUIRE },
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  await bundleScript(process.argv[2], process.argv[3]);
