import type { LinkFacts } from '../model/index.js';
import type { TreeReader } from '../sources/index.js';
import { readCompose } from './compose.js';
import { readDotenv } from './dotenv.js';
import * as path from './repo-path.js';

/** Included compose files followed at most (an include of an include …), over the whole run. */
const MAX_INCLUDED = 200;

/** A path written in a compose file, as a repository path; undefined where it leaves the tree. */
function inTree(folder: string, written: string): string | undefined {
  if (written.startsWith('/') || written.startsWith('~')) return undefined;
  const joined = path.join(folder === '.' ? '' : folder, written);
  return joined === '.' || joined === '..' || joined.startsWith('../') ? undefined : joined;
}

const envOf = (read: TreeReader, file: string | undefined) => {
  const text = file === undefined ? undefined : read(file);
  return text === undefined ? {} : readDotenv(text);
};

/**
 * Compose files with the variables Compose gives them, read again where those change anything:
 * the `.env` file of the project's folder (compose-spec 12-interpolation.md, Compose's
 * "Set environment variables" page: `.env` in the project directory defines defaults for
 * interpolation), and the files a top-level `include:` loads as projects of their own
 * (compose-spec 14-include.md: their paths relative to their own file, their own `.env` or the
 * entry's `env_file`, overridden by the including project's variables). An included file the
 * run did not load (its name or text showed nothing of Flink) is read here. Files are read only
 * through the run's reader, inside the tree.
 */
export function composeProjects(files: readonly LinkFacts[], read: TreeReader | undefined): LinkFacts[] {
  const out = [...files];
  if (!read || !files.some((f) => f.compose)) return out;
  const index = new Map(out.map((f, i) => [f.path, i]));
  const varsOf = new Map<string, Record<string, string>>();
  for (const file of files)
    if (file.compose) varsOf.set(file.path, envOf(read, inTree(path.dirname(file.path), '.env')));

  const queue = files.filter((f) => f.compose?.include).map((f) => f.path);
  let included = 0;
  const seen = new Set<string>(queue);
  while (queue.length > 0 && included < MAX_INCLUDED) {
    const includer = queue.shift()!;
    const facts = out[index.get(includer)!]?.compose;
    const folder = path.dirname(includer);
    const own = varsOf.get(includer) ?? {};
    for (const entry of facts?.include ?? [])
      for (const written of entry.paths) {
        const target = inTree(folder, written);
        if (!target || target === includer || seen.has(target) || ++included > MAX_INCLUDED) continue;
        seen.add(target);
        const project = entry.projectDirectory
          ? inTree(folder, entry.projectDirectory)
          : path.dirname(target);
        const envFiles = entry.envFiles
          ? entry.envFiles.map((f) => inTree(folder, f))
          : [project === undefined ? undefined : inTree(project, '.env')];
        const base = Object.assign({}, ...envFiles.map((f) => envOf(read, f))) as Record<string, string>;
        // The including project's variables win over the included project's own.
        varsOf.set(target, { ...base, ...own });
        if (!index.has(target)) {
          const text = read(target);
          const compose = text === undefined ? undefined : readCompose(target, text, varsOf.get(target));
          if (!compose) continue;
          index.set(target, out.length);
          out.push({ path: target, configs: [], compose });
        }
        queue.push(target);
      }
  }
  // Read again with its variables each compose file whose project defines any.
  for (const [file, vars] of varsOf) {
    if (Object.keys(vars).length === 0) continue;
    const at = index.get(file);
    const text = at === undefined ? undefined : read(file);
    const compose = text === undefined ? undefined : readCompose(file, text, vars);
    if (at !== undefined && compose) out[at] = { ...out[at], compose };
  }
  return out;
}
