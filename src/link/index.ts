import { imageDefaultConf } from '../flink/index.js';
import type {
  ConfigLink,
  Entry,
  FlinkConfig,
  FlinkVersion,
  KubernetesContainerFacts,
  LinkFacts,
  LoadedConfig,
  Location,
} from '../model/index.js';
import { markOverrides } from '../sources/index.js';
import { kubernetesLink, runIn } from './containers.js';
import { describeChart, helmCharts, withChart } from './helm.js';
import { linkKubernetes } from './kubernetes.js';
import { resolveFlinkVersion, type VersionContext } from './version.js';

export { resolveFlinkVersion, type ResolvedVersion, type VersionContext } from './version.js';

/**
 * The link stage. Loading reads each file alone; linking sees what every file of the run said
 * (`LinkFacts`) and gives each config the context it runs in: the Flink version, with the
 * evidence for it.
 */

/** What a loaded file tells the link stage. */
export function linkFacts(
  path: string,
  configs: readonly LoadedConfig[],
  containers?: readonly KubernetesContainerFacts[],
): LinkFacts {
  const facts: LinkFacts = {
    path,
    configs: configs.map((c) =>
      c.kubernetes
        ? { id: c.id, evidence: c.evidence, kubernetes: c.kubernetes }
        : { id: c.id, evidence: c.evidence },
    ),
  };
  if (containers && containers.length > 0) facts.containers = [...containers];
  return facts;
}

/** Links every config of a run, by id. */
export function link(files: readonly LinkFacts[], context: VersionContext = {}): Map<string, ConfigLink> {
  const links = new Map<string, ConfigLink>();
  const kubernetes = linkKubernetes(files);
  const chartOf = helmCharts(files);
  for (const file of files) {
    const chart = chartOf(file.path);
    for (const config of file.configs) {
      const placed = kubernetes.get(config.id);
      const evidence = withChart(config.evidence, chart);
      const linked = placed
        ? kubernetesLink(evidence, placed, context)
        : resolveFlinkVersion(evidence, context);
      links.set(config.id, describeChart(linked, chart));
    }
  }
  return links;
}

/**
 * A loaded config in its context: the version it runs on and, where `FLINK_PROPERTIES` extends the
 * image's default configuration file, that file as the config's base.
 */
export function applyLink(loaded: LoadedConfig, context: ConfigLink): FlinkConfig {
  // What the file said of itself has been weighed: the config carries the outcome.
  const { evidence, appendsToImageConf, kubernetes, ...rest } = loaded;
  const { containers, problems, ...version } = context;
  const config: FlinkConfig = { ...rest, ...version };
  if (containers) runIn(config, containers);
  if (problems) config.problems = [...config.problems, ...problems];
  if (appendsToImageConf) config.base = imageBase(config.flinkVersion, appendsToImageConf, config.entries);
  return config;
}

/** Links the configs of one file read alone (one text given to `derive`, a policy example, the playground). */
export function linkAlone(
  path: string,
  configs: readonly LoadedConfig[],
  context: VersionContext = {},
  containers?: readonly KubernetesContainerFacts[],
): FlinkConfig[] {
  const links = link([linkFacts(path, configs, containers)], context);
  return configs.map((c) => applyLink(c, links.get(c.id) as ConfigLink));
}

/** The image's default configuration as entries, located at the `FLINK_PROPERTIES` that extends it. */
function imageBase(
  version: FlinkVersion,
  at: Location,
  later: readonly Entry[],
): NonNullable<FlinkConfig['base']> {
  const entries: Entry[] = Object.entries(imageDefaultConf(version)).map(([key, value]) => ({
    key,
    value,
    location: at,
    origin: 'file',
  }));
  return {
    source: `the Flink ${version} image's default configuration file`,
    entries: markOverrides(entries, later),
  };
}
