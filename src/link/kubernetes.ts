import type {
  ConfigLink,
  KubernetesConfigRef,
  KubernetesContainerFacts,
  LinkedContainer,
  LinkFacts,
  LoadProblem,
  VersionEvidence,
} from '../model/index.js';
import { flinkImage } from '../flink/index.js';
import { DEFAULT_NAMESPACE } from '../sources/index.js';
import { contexts } from './container.js';
import type { Placement } from './place.js';
import { resolveFlinkVersion, type LinkedVersion, type VersionContext } from './version.js';

/** `FLINK_PROPERTIES` in a ConfigMap reaches a process through its environment, a config file through a volume. */
const ENV_KEY = 'FLINK_PROPERTIES';

interface Placed {
  path: string;
  facts: KubernetesContainerFacts;
}

/** What Kubernetes says about one config: the containers that run it, or the FlinkDeployment it runs on. */
export interface KubernetesLink {
  containers?: LinkedContainer[];
  /** A FlinkSessionJob's FlinkDeployment: its version evidence, and where it is written. */
  deployment?: { name: string; path: string; evidence: VersionEvidence };
  problems?: LoadProblem[];
}

/**
 * The Kubernetes side of the link stage. A ConfigMap's config runs in the containers, in its
 * namespace, that mount it as a volume (only the containers whose `volumeMounts` name that volume,
 * and only keys its `items` project) or read its `FLINK_PROPERTIES` into their environment; a
 * FlinkSessionJob runs on the FlinkDeployment its `spec.deploymentName` names. A name is only
 * ever compared with other names: it never becomes a path.
 */
export function linkKubernetes(files: readonly LinkFacts[]): Map<string, KubernetesLink> {
  const byMap = new Map<string, Placed[]>();
  const deployments = new Map<string, { name: string; path: string; evidence: VersionEvidence }>();
  const { namespacesOf, generatedFrom } = kustomized(files);
  for (const file of files) {
    for (const facts of file.containers ?? []) {
      const names = new Set([...facts.mounts.map((m) => m.name), ...facts.envFrom.map((e) => e.name)]);
      for (const name of names)
        for (const namespace of new Set(namespacesOf(file.path, facts.namespace))) {
          const key = mapKey(namespace, name);
          let list = byMap.get(key);
          if (!list) byMap.set(key, (list = []));
          list.push({ path: file.path, facts });
        }
    }
    for (const config of file.configs) {
      const ref = config.kubernetes;
      if (ref?.flinkDeployment === undefined) continue;
      const key = mapKey(ref.namespace, ref.flinkDeployment);
      // The first one found stands: two resources of one name and namespace cannot both be applied.
      if (!deployments.has(key))
        deployments.set(key, { name: ref.flinkDeployment, path: file.path, evidence: config.evidence });
    }
  }
  const links = new Map<string, KubernetesLink>();
  for (const file of files)
    for (const config of file.configs) {
      const own = config.kubernetes;
      // A ConfigMap written in a file, in each namespace it is built into; or one generated from the file.
      const refs: KubernetesConfigRef[] = own?.configMap
        ? namespacesOf(file.path, own.namespace).map((namespace) => ({ ...own, namespace }))
        : generatedFrom(file.path);
      if (refs.length > 0) {
        const users = unique(
          refs.flatMap((r) =>
            nearest(
              file.path,
              (byMap.get(mapKey(r.namespace, r.configMap!.name)) ?? []).filter((u) => runs(u.facts, r)),
            ),
          ),
        );
        if (users.length > 0) links.set(config.id, { containers: users.map((u) => u.facts.container) });
      } else if (own?.sessionJobOf) {
        const deployment = deployments.get(mapKey(own.namespace, own.sessionJobOf.name));
        links.set(
          config.id,
          deployment
            ? { deployment }
            : {
                problems: [
                  {
                    code: 'unlinked',
                    message: `FlinkDeployment ${own.sessionJobOf.name} (spec.deploymentName) is not in the linted files in namespace ${own.namespace}: the session job's Flink version and cluster are unknown`,
                    location: own.sessionJobOf.location,
                  },
                ],
              },
        );
      }
    }
  return links;
}

/** Each container once, in the order found. */
const unique = (placed: Placed[]) => [...new Set(placed)];

const mapKey = (namespace: string, name: string) => `${namespace}\0${name}`;

/** Deepest chain of kustomizations followed (overlay → base → …); a cycle stops at a folder seen before. */
const MAX_KUSTOMIZE_DEPTH = 16;

/**
 * What kustomizations do to names. A kustomization's `namespace` is set on every resource it
 * builds: its files, the bases it lists (folders holding a kustomization, followed), and the
 * ConfigMaps it or its bases generate; so one base file may run in several namespaces, one per
 * overlay. A `configMapGenerator` makes a ConfigMap of a file; an overlay's generator of the same
 * name (`behavior: replace` or `merge`) makes its own. Files keep their own namespace too (the
 * base built alone).
 */
function kustomized(files: readonly LinkFacts[]) {
  const byFolder = new Map<string, NonNullable<LinkFacts['kustomization']>>();
  const fileOf = new Map<string, string>();
  for (const file of files)
    if (file.kustomization) {
      const folder = file.path.slice(0, Math.max(0, file.path.lastIndexOf('/')));
      byFolder.set(folder, file.kustomization);
      fileOf.set(folder, file.path);
    }
  const namespaces = new Map<string, Set<string>>();
  const generated = new Map<string, KubernetesConfigRef[]>();
  const add = <T>(map: Map<string, T[] | Set<T>>, key: string, value: T) => {
    const found = map.get(key);
    if (found instanceof Set) found.add(value);
    else if (found) found.push(value);
  };
  type Overrides = NonNullable<NonNullable<LinkFacts['kustomization']>['overrides']>;
  const build = (
    folder: string,
    namespace: string | undefined,
    seen: Set<string>,
    depth: number,
    overridden: Overrides,
  ): void => {
    const k = byFolder.get(folder);
    if (!k || seen.has(folder) || depth > MAX_KUSTOMIZE_DEPTH) return;
    seen.add(folder);
    // The nearest kustomization that sets a namespace wins: an overlay's over its base's.
    const ns = namespace ?? k.namespace;
    // The ConfigMaps it writes itself (generator literals) are built into the overlays' namespaces too.
    const own = fileOf.get(folder);
    if (own && ns && depth > 0) {
      if (!namespaces.has(own)) namespaces.set(own, new Set());
      add(namespaces, own, ns);
    }
    for (const g of k.generated) {
      // An overlay's generator of the same name replaces this ConfigMap (`behavior: replace`), or
      // the keys it gives (`merge`): the overlay's build holds the overlay's file, not this one.
      if (overridden.some((o) => o.name === g.name && (o.behavior === 'replace' || o.keys.includes(g.key))))
        continue;
      if (!generated.has(g.path)) generated.set(g.path, []);
      add(generated, g.path, { namespace: ns ?? DEFAULT_NAMESPACE, configMap: { name: g.name, key: g.key } });
    }
    for (const resource of k.resources) {
      if (byFolder.has(resource))
        build(resource, ns, seen, depth + 1, [...overridden, ...(k.overrides ?? [])]);
      else if (ns) {
        if (!namespaces.has(resource)) namespaces.set(resource, new Set());
        add(namespaces, resource, ns);
      }
    }
  };
  for (const folder of byFolder.keys()) build(folder, undefined, new Set(), 0, []);
  return {
    namespacesOf: (path: string, own: string) => [own, ...(namespaces.get(path) ?? [])],
    generatedFrom: (path: string) => generated.get(path) ?? [],
  };
}

/** Whether the container reads this ConfigMap key: a config file through a mounted volume, `FLINK_PROPERTIES` through its environment. */
export function runs(container: KubernetesContainerFacts, ref: KubernetesConfigRef): boolean {
  const { name, key } = ref.configMap!;
  if (key === ENV_KEY) return container.envFrom.some((e) => e.name === name && e.key === key);
  return container.mounts.some((m) => m.name === name && (m.keys === undefined || m.keys.includes(key)));
}

/**
 * The containers nearest the config: those in its own file, else those whose file shares the
 * longest folder with it (one ConfigMap name reused by several overlays or environments).
 */
function nearest(path: string, users: Placed[]): Placed[] {
  if (users.length === 0) return users;
  const same = users.filter((u) => u.path === path);
  if (same.length > 0) return same;
  const shared = (other: string) => {
    const a = path.split('/').slice(0, -1);
    const b = other.split('/').slice(0, -1);
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  const best = Math.max(...users.map((u) => shared(u.path)));
  return users.filter((u) => shared(u.path) === best);
}

/**
 * The version of a config that runs elsewhere: on a FlinkDeployment (what that resource says), or
 * in containers (the config's own evidence, then their Flink images, then the chart's), with where
 * each is written.
 */
export function kubernetesLink(
  evidence: VersionEvidence,
  placed: KubernetesLink,
  context: VersionContext,
  chart: readonly LinkedVersion[] = [],
): ConfigLink {
  if (placed.deployment || !placed.containers) {
    const link: ConfigLink = placed.deployment
      ? onDeployment(placed.deployment, context)
      : resolveFlinkVersion(evidence, context, { linked: chart });
    if (placed.problems) link.problems = placed.problems;
    return link;
  }
  // One context per Flink version the containers' images name (and per size of a process), as
  // for compose services: a ConfigMap mounted by 1.17 and 1.19 containers is judged under each.
  const placements: Placement[] = placed.containers.map((container) => ({
    container,
    versions: containerVersions([container]),
  }));
  const named = placements.some((p) => p.versions.length > 0);
  const link = contexts(
    evidence,
    named ? placements : placements.map((p) => ({ ...p, versions: [...chart] })),
    context,
  );
  if (placed.problems) link.problems = placed.problems;
  return link;
}

function onDeployment(
  deployment: NonNullable<KubernetesLink['deployment']>,
  context: VersionContext,
): ConfigLink {
  const resolved = resolveFlinkVersion(deployment.evidence, context);
  if (resolved.flinkVersionSource.startsWith('--flink-version')) return resolved;
  return {
    ...resolved,
    flinkVersionSource: `FlinkDeployment ${deployment.name} (${deployment.path}) ${resolved.flinkVersionSource}`,
  };
}

/** The Flink images of the containers that run a config: `image flink:1.17.2 (k8s/jm.yaml:20, Deployment flink-jm container jm)`. */
function containerVersions(containers: readonly LinkedContainer[]): LinkedVersion[] {
  return containers.flatMap((c) => {
    const version = c.image ? flinkImage(c.image)?.version : undefined;
    if (!version || !c.image) return [];
    const at = c.imageEvidence ?? c.at;
    return [{ version, source: `image ${c.image} (${at.file}:${at.line}, ${c.kind} ${c.name})` }];
  });
}
