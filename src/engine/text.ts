import { deriveConfig } from '../derive/index.js';
import { linkAlone } from '../link/index.js';
import type { ConfigResult, Deployment, Finding, LoadProblem, Settings } from '../model/index.js';
import { evaluate, type PolicyPack } from '../policy/index.js';
import { loadFile } from '../sources/index.js';

/** One file's text, and what a reader may choose beside it. */
export interface TextInput {
  /** The name the file has in a repository: a file is read by its name and its shape. */
  path: string;
  text: string;
  /** As `--flink-version`: wins over what the file says. */
  flinkVersion?: string;
  /** The settings file's `flinkVersion`: used where the file names none. */
  defaultFlinkVersion?: string;
  /** How the processes are started, in place of what the file implies. */
  deployment?: Deployment;
}

export interface TextResult {
  results: ConfigResult[];
  findings: Finding[];
  suppressed: Finding[];
  /** What reading noticed about the file as a whole (it does not parse, a shape it skips). */
  problems: LoadProblem[];
}

/**
 * One file's text through the stages that read no files: load, link (the file alone), derive,
 * evaluate. What a run does for each file, for callers that hold one text: the browser
 * playground, `derive` of a file.
 */
export function lintText(input: TextInput, pack: PolicyPack, settings: Settings): TextResult {
  const loaded = loadFile(input.path, input.text);
  const linked = linkAlone(
    input.path,
    loaded.configs,
    { override: input.flinkVersion, fallback: input.defaultFlinkVersion },
    { containers: loaded.containers },
  );
  const configs = input.deployment ? linked.map((c) => ({ ...c, deployment: input.deployment! })) : linked;
  const results = configs.map((config) => ({ config, breakdown: deriveConfig(config) }));
  const { findings, suppressed } = evaluate(results, pack, settings, {
    sources: new Map([[input.path, input.text]]),
    // A file that does not parse is judged by the policies over its `problems`, as in a run.
    fileProblems: loaded.problems.filter((p) => p.code === 'yaml-error'),
  });
  return { results, findings, suppressed, problems: loaded.problems };
}
