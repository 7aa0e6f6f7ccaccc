import { imageDefaultConf, preMemoryModelKeys } from '../flink/index.js';
import {
  FLINK_VERSIONS,
  type ConfigLink,
  type Entry,
  type FlinkConfig,
  type FlinkVersion,
  type LinkFacts,
  type LoadedConfig,
  type Location,
} from '../model/index.js';
import {
  isDockerfileName,
  isHelmTemplatePath,
  isValuesFileName,
  markOverrides,
  readHelmTemplate,
  isKustomizationFileName,
  readValuesTree,
  type ParsedYamlFile,
  type TreeReader,
} from '../sources/index.js';
import { loadNamePatterns } from './name-pattern.js';
import { readCompose } from './compose.js';
import { composeProjects } from './compose-env.js';
import { contexts, runIn } from './container.js';
import { readDockerfile } from './dockerfile.js';
import { chartVersion, helmCharts } from './helm.js';
import {
  applyValuesLayer,
  planHelm,
  valuesEvidence,
  withValuesMemory,
  type HelmContext,
} from './helm-values.js';
import { kubernetesLink, linkKubernetes } from './kubernetes.js';
import { linkOverlays } from './kustomize.js';
import { placeConfigs } from './place.js';
import { isFormatImplied, resolveFlinkVersion, type VersionContext } from './version.js';

const OLDEST_FLINK_VERSION = FLINK_VERSIONS[0];

export { flinkImage, flinkImageVersion, type FlinkImage } from '../flink/index.js';
export {
  isFormatImplied,
  resolveFlinkVersion,
  type LinkedVersion,
  type ResolvedVersion,
  type VersionContext,
} from './version.js';

/**
 * What linking the files at these paths needs loaded first: the engine for Kustomize's target
 * patterns, only where a kustomization is among them (see name-pattern.ts).
 */
export async function prepareLink(paths: readonly string[]): Promise<void> {
  if (paths.some((p) => isKustomizationFileName(p))) await loadNamePatterns();
}

/**
 * The link stage. Loading reads each file alone; linking sees what every file of the run said
 * (`LinkFacts`) and gives each config the context it runs in: the Flink version, with the
 * evidence for it.
 */

/**
 * What a file says about where other files' configs run: a compose file's services, a Dockerfile
 * (read here from the text), Kubernetes containers, a Helm `Chart.yaml`, a kustomization (read by
 * the loaders).
 */
export type LinkSources = Pick<
  LinkFacts,
  'compose' | 'dockerfile' | 'containers' | 'chart' | 'kustomization' | 'helmValues' | 'helmTemplate'
>;

/** Reads a file's text for the link stage (at load time, beside the loaders); undefined where it places nothing. */
export function readLinkSources(
  path: string,
  text: string,
  parsed?: ParsedYamlFile,
): LinkSources | undefined {
  if (isDockerfileName(path)) return { dockerfile: readDockerfile(text) };
  // A chart's values files and templates: the link stage layers and follows them (helm-values.ts).
  if (isValuesFileName(path)) {
    const helmValues = readValuesTree(path, text, parsed);
    if (helmValues) return { helmValues };
  }
  if (isHelmTemplatePath(path)) {
    const helmTemplate = readHelmTemplate(path, text);
    if (helmTemplate) return { helmTemplate };
  }
  const compose = readCompose(path, text, {}, parsed);
  return compose ? { compose } : undefined;
}

/** What a loaded file tells the link stage: its configs, and what it says of other files' configs. */
export function linkFacts(path: string, configs: readonly LoadedConfig[], sources?: LinkSources): LinkFacts {
  return {
    path,
    configs: configs.map((c) => ({
      id: c.id,
      evidence: c.evidence,
      kind: c.kind,
      ...(c.name !== undefined ? { name: c.name } : {}),
      ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
      ...preModel(c),
    })),
    ...defined(sources),
  };
}

/** The sources that are given (an empty list of containers is none). */
function defined(sources: LinkSources | undefined): LinkSources {
  const out: LinkSources = {};
  if (sources?.compose) out.compose = sources.compose;
  if (sources?.dockerfile) out.dockerfile = sources.dockerfile;
  if (sources?.containers && sources.containers.length > 0) out.containers = [...sources.containers];
  if (sources?.chart) out.chart = sources.chart;
  if (sources?.kustomization) out.kustomization = sources.kustomization;
  if (sources?.helmValues) out.helmValues = sources.helmValues;
  if (sources?.helmTemplate) out.helmTemplate = sources.helmTemplate;
  return out;
}

/** Links every config of a run, by id: each context it runs in, strongest version evidence first. */
export function link(
  files: readonly LinkFacts[],
  context: VersionContext = {},
  read?: TreeReader,
): Map<string, ConfigLink> {
  const links = new Map<string, ConfigLink>();
  // Compose files read again with their project's `.env` and what `include:` brings in.
  const placed = placeConfigs(composeProjects(files, read));
  const kubernetes = linkKubernetes(files);
  const overlays = linkOverlays(files, context, read);
  const chartOf = helmCharts(files);
  const helm = planHelm(files, chartOf);
  for (const file of files) {
    const chart = chartVersion(chartOf(file.path));
    for (const config of file.configs) {
      const onKubernetes = kubernetes.get(config.id);
      const placements = placed.byConfig.get(config.id) ?? [];
      const folder = placed.folder.get(config.id);
      const patchOf = overlays.patches.get(config.id);
      if (patchOf) {
        links.set(config.id, { ...resolveFlinkVersion(config.evidence, context), patchOf });
        continue;
      }
      const linkIn = (values?: HelmContext): ConfigLink => {
        // The images a chart's values name are the config's own: before the chart's appVersion.
        const evidence = values ? valuesEvidence(config.evidence, values) : config.evidence;
        const linked: ConfigLink = onKubernetes
          ? kubernetesLink(
              evidence,
              values
                ? {
                    ...onKubernetes,
                    containers: onKubernetes.containers?.map((c) => withValuesMemory(c, values.memory)),
                  }
                : onKubernetes,
              context,
              chart,
            )
          : placements.length === 0
            ? resolveFlinkVersion(evidence, context, { linked: chart, folder })
            : contexts(evidence, placements, context);
        if (!values) return linked;
        const layered = (l: ConfigLink): ConfigLink => ({
          ...l,
          ...(Object.keys(values.layer).length > 0 ? { layer: values.layer } : {}),
          ...(values.name
            ? { contextName: l.contextName ? `${values.name}, ${l.contextName}` : values.name }
            : {}),
        });
        return { ...layered(linked), ...(linked.also ? { also: linked.also.map(layered) } : {}) };
      };
      const plan = helm.get(config.id);
      const own = { ...linkIn(plan?.own), ...(plan?.judgedIn ? { judgedIn: plan.judgedIn } : {}) };
      const environments = (plan?.environments ?? []).flatMap((values) => {
        const { also, ...one } = linkIn(values);
        return [one, ...(also ?? [])];
      });
      const overlaid = overlays.contexts.get(config.id) ?? [];
      const others = [...environments, ...overlaid];
      const linked: ConfigLink = others.length > 0 ? { ...own, also: [...(own.also ?? []), ...others] } : own;
      const keys = config.preMemoryModelKeys;
      links.set(
        config.id,
        keys && linked.also
          ? { ...memoryModel(linked, keys), also: linked.also.map((l) => memoryModel(l, keys)) }
          : keys
            ? memoryModel(linked, keys)
            : linked,
      );
    }
  }
  return links;
}

function preModel(config: LoadedConfig): { preMemoryModelKeys?: string[] } {
  const keys = preMemoryModelKeys(config.entries.map((e) => e.key));
  return keys.length > 0 ? { preMemoryModelKeys: [...new Set(keys)] } : {};
}

/**
 * A config written for the memory model before Flink 1.10: where the evidence names a version
 * before 1.10, or none at all, it is judged as 1.10 (the lowest supported) and said to be old.
 * Any other version, `--flink-version` included, judges it as that version.
 */
function memoryModel(link: ConfigLink, keys: string[]): ConfigLink {
  if (link.versionBeforeMemoryModel) return { ...link, preMemoryModel: { keys, certain: true } };
  if (!isFormatImplied(link.flinkVersionSource)) return link;
  return {
    ...link,
    flinkVersion: OLDEST_FLINK_VERSION,
    flinkVersionSource: `no version given; ${keys.join(', ')} size the memory model before Flink 1.10: judged as ${OLDEST_FLINK_VERSION}, the lowest supported`,
    preMemoryModel: { keys, certain: false },
  };
}

/**
 * A loaded config in its context: the version it runs on and, where `FLINK_PROPERTIES` extends the
 * image's default configuration file, that file as the config's base.
 */
function applyLink(loaded: LoadedConfig, context: ConfigLink): FlinkConfig {
  // What the file said of itself has been weighed: the config carries the outcome.
  const { evidence, appendsToImageConf, kubernetes, ...rest } = loaded;
  const {
    containers,
    also,
    contextName,
    problems,
    layer,
    judgedIn: _judgedIn,
    patched: _patched,
    patchOf: _patchOf,
    ...version
  } = context;
  const config: FlinkConfig = { ...rest, ...version };
  if (layer) applyValuesLayer(config, layer);
  if (containers && containers.length > 0) runIn(config, containers);
  if (problems) config.problems = [...config.problems, ...problems];
  if (contextName) config.contextName = contextName;
  if (appendsToImageConf) config.base = imageBase(config.flinkVersion, appendsToImageConf, config.entries);
  return config;
}

/**
 * A loaded config in each context it runs in: the first keeps its id, the others are named after
 * theirs. None where another config holds it whole (`judgedIn`).
 */
export function applyLinks(loaded: LoadedConfig, context: ConfigLink): FlinkConfig[] {
  if (context.judgedIn !== undefined) return [];
  // A Kustomize patch is judged in the overlays that apply it, with the resource it patches.
  if (context.patchOf) return [];
  return [context, ...(context.also ?? [])].map((c, i) => {
    const config = applyLink(c.patched ?? loaded, c);
    return i === 0 ? config : { ...config, id: `${loaded.id}@${c.contextName ?? i}` };
  });
}

/** Links the configs of one file read alone (one text given to `derive`, a policy example, the playground). */
export function linkAlone(
  path: string,
  configs: readonly LoadedConfig[],
  context: VersionContext = {},
  sources?: LinkSources,
): FlinkConfig[] {
  const links = link([linkFacts(path, configs, sources)], context);
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
