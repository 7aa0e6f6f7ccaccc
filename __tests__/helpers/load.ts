import { linkAlone, type VersionContext } from '../../src/link/index.js';
import type { FlinkConfig, LoadProblem } from '../../src/model/index.js';
import { loadFile } from '../../src/sources/index.js';

/** One file loaded and linked on its own, as a run of one file would see it. */
export function loadLinked(
  path: string,
  text: string,
  context: { flinkVersion?: string; defaultFlinkVersion?: string } = {},
): { configs: FlinkConfig[]; problems: LoadProblem[] } {
  const versions: VersionContext = { override: context.flinkVersion, fallback: context.defaultFlinkVersion };
  const { configs, problems, containers } = loadFile(path, text);
  return { configs: linkAlone(path, configs, versions, { containers }), problems };
}
