import type { FlinkVersion } from './flink-version.js';
import type { ConfigKind, VersionEvidence } from './flink-config.js';
import type { ComposeFacts, DockerfileFacts, LinkEvidence } from './link-sources.js';

/** What one loaded file tells the link stage: the configs it holds and what each says of itself. */
export interface LinkFacts {
  path: string;
  configs: Array<{
    id: string;
    evidence: VersionEvidence;
    kind?: ConfigKind;
    name?: string;
    /** Its old heap keys, where it is written for the memory model before Flink 1.10 only. */
    preMemoryModelKeys?: string[];
  }>;
  /** The services of a compose file (mounts, limits, images, builds). */
  compose?: ComposeFacts;
  /** A Dockerfile's `ARG`, `FROM`, `COPY` and `ADD` instructions. */
  dockerfile?: DockerfileFacts;
}

/** Which Flink processes a container runs. */
export type ContainerRole = 'jobmanager' | 'taskmanager' | 'both';

/** A memory size a container is given, and where. */
export interface LinkedMemory {
  bytes: bigint;
  text: string;
  evidence: LinkEvidence;
}

/**
 * A container that runs a config, whatever defines it (a compose service, a Kubernetes workload):
 * its limits, role and image, each with the file and line that says so.
 */
export interface LinkedContainer {
  /** What defines it: `compose service`, `Deployment`, … */
  kind: string;
  name: string;
  /** Where it is defined. */
  at: LinkEvidence;
  /** How the config reaches it (the volume that mounts it). */
  via?: LinkEvidence;
  role?: ContainerRole;
  roleEvidence?: LinkEvidence;
  image?: string;
  imageEvidence?: LinkEvidence;
  limit?: LinkedMemory;
  request?: LinkedMemory;
}

/** What the link stage gives one config: the context it runs in, and the evidence for it. */
export interface ConfigLink {
  flinkVersion: FlinkVersion;
  flinkVersionSource: string;
  /** The version as the evidence names it, where it is older than 1.10 (judged as 1.10). */
  versionBeforeMemoryModel?: string;
  /** Written for the memory model before Flink 1.10 (see `PreMemoryModel`), where the evidence allows. */
  preMemoryModel?: PreMemoryModel;
  /** The containers that run it in this context, one per process at most. */
  containers?: LinkedContainer[];
  /** Other contexts the same config runs in (another image or version): judged under each too. */
  also?: ConfigLink[];
  /** Names this context where the config has several (`service taskmanager`). */
  contextName?: string;
}

/**
 * A config that sizes its processes only with the keys of the memory model Flink 1.10 replaced,
 * where the evidence names a version before 1.10 (`certain`) or no version at all: it is judged as
 * 1.10, the lowest version whose memory model this tool reproduces.
 */
export interface PreMemoryModel {
  keys: string[];
  certain: boolean;
}
