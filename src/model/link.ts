import type { FlinkVersion } from './flink-version.js';
import type { VersionEvidence } from './flink-config.js';

/** What one loaded file tells the link stage: the configs it holds and what each says of itself. */
export interface LinkFacts {
  path: string;
  configs: Array<{ id: string; evidence: VersionEvidence }>;
}

/** What the link stage gives one config: the context it runs in, and the evidence for it. */
export interface ConfigLink {
  flinkVersion: FlinkVersion;
  flinkVersionSource: string;
}
