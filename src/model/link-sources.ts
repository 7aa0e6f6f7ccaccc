/**
 * What the files that place a config say, read as plain data at load time so that the link stage
 * can join them across the whole run: compose services and Dockerfiles. Nothing here is a config.
 */

/** A place in a file and what is written there, for people: `Dockerfile:1 FROM flink:1.18`. */
export interface LinkEvidence {
  file: string;
  line: number;
  /** The instruction or key as written (trimmed, shortened). */
  text: string;
}

/** A scalar a compose file or Dockerfile gives, where it is written. */
export interface WrittenValue {
  /** After `${VAR:-default}` interpolation; undefined where a variable has no default. */
  value?: string;
  /** As written. */
  raw: string;
  line: number;
}

/** A bind mount of a compose service: host path (as written, relative to the compose file) → container path. */
export interface ComposeMount {
  source: string;
  target: string;
  line: number;
  text: string;
}

/** One service of a compose file, as written (before `extends:` and override files are merged). */
export interface ComposeService {
  name: string;
  line: number;
  image?: WrittenValue;
  /** `command:` as words (string form split on blanks). */
  command?: { words: string[]; line: number; text: string };
  build?: {
    context?: string;
    dockerfile?: string;
    target?: string;
    args: Record<string, string>;
    line: number;
  };
  /** Memory sizes by key: `mem_limit`, `mem_reservation`, `deploy.resources.limits.memory`, `deploy.resources.reservations.memory`. */
  memory: Record<string, WrittenValue>;
  mounts: ComposeMount[];
  extends?: { service: string; file?: string; line: number };
}

export interface ComposeFacts {
  services: ComposeService[];
  /**
   * Top-level `include:` (Compose 2.20+): the compose files each entry loads as a project of its
   * own (paths as written, relative to this file), and the `env_file`s and `project_directory` it gives them.
   */
  include?: Array<{ paths: string[]; envFiles?: string[]; projectDirectory?: string; line: number }>;
}

/** One instruction of a Dockerfile the link stage needs; the rest is left out. */
export type DockerInstruction =
  | { op: 'ARG'; line: number; text: string; name: string; value?: string }
  | { op: 'FROM'; line: number; text: string; image: string; stage?: string }
  | { op: 'COPY'; line: number; text: string; sources: string[]; dest: string; from?: string };

export interface DockerfileFacts {
  instructions: DockerInstruction[];
}
