import type {
  KubernetesConfigRef,
  KubernetesContainerFacts,
  LinkedContainer,
  LinkFacts,
  LoadProblem,
  VersionEvidence,
} from '../model/index.js';

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
  for (const file of files) {
    for (const facts of file.containers ?? []) {
      const names = new Set([...facts.mounts.map((m) => m.name), ...facts.envFrom.map((e) => e.name)]);
      for (const name of names) {
        const key = mapKey(facts.namespace, name);
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
      const ref = config.kubernetes;
      if (ref?.configMap) {
        const users = nearest(
          file.path,
          (byMap.get(mapKey(ref.namespace, ref.configMap.name)) ?? []).filter((u) => runs(u.facts, ref)),
        );
        if (users.length > 0) links.set(config.id, { containers: users.map((u) => u.facts.container) });
      } else if (ref?.sessionJobOf) {
        const deployment = deployments.get(mapKey(ref.namespace, ref.sessionJobOf.name));
        links.set(
          config.id,
          deployment
            ? { deployment }
            : {
                problems: [
                  {
                    code: 'unlinked',
                    message: `FlinkDeployment ${ref.sessionJobOf.name} (spec.deploymentName) is not in the linted files in namespace ${ref.namespace}: the session job's Flink version and cluster are unknown`,
                    location: ref.sessionJobOf.location,
                  },
                ],
              },
        );
      }
    }
  return links;
}

const mapKey = (namespace: string, name: string) => `${namespace}\0${name}`;

/** Whether the container reads this ConfigMap key: a config file through a mounted volume, `FLINK_PROPERTIES` through its environment. */
function runs(container: KubernetesContainerFacts, ref: KubernetesConfigRef): boolean {
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
