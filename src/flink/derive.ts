import type {
  Breakdown,
  ConfigMap,
  Deployment,
  FlinkVersion,
  JobManagerResult,
  TaskManagerResult,
} from '../model/index.js';
import { failure, FlinkError, ice } from './flink-error.js';
import { jobManager110 } from './jobmanager-1.10.js';
import { deriveJobManagerPlain, runJobManager } from './jobmanager.js';
import { legacyHeapTarget, mapLegacyHeap } from './legacy-heap.js';
import { deriveTaskManagerPlain } from './taskmanager.js';
import { traitsOf } from './versions.js';

export interface DeriveOptions {
  flinkVersion: FlinkVersion;
  /** How the processes are started (default standalone); decides how 1.x legacy heap keys are read. */
  deployment?: Deployment;
  /** Environment of the processes (`FLINK_TM_HEAP`, `FLINK_JM_HEAP`). */
  env?: Readonly<Record<string, string>>;
}

/** The TaskManager as Flink's start-up for that deployment derives it (legacy heap mapping on 1.x). */
export function deriveTaskManager(config: ConfigMap, options: DeriveOptions): TaskManagerResult {
  const { flinkVersion: version, deployment = 'standalone', env = {} } = options;
  const traits = traitsOf(version);
  let effective = config;
  if (traits.legacyHeap) {
    try {
      effective = mapLegacyHeap(
        config,
        version,
        'taskmanager',
        legacyHeapTarget('taskmanager', deployment),
        env,
      );
    } catch (err) {
      if (
        err instanceof FlinkError &&
        err.errorType === 'IllegalConfigurationException' &&
        traits.tmLegacyMapPrefix
      ) {
        return failure(ice(traits.tmLegacyMapPrefix + err.message, err));
      }
      return failure(err);
    }
  }
  return deriveTaskManagerPlain(effective, version);
}

/** The JobManager as Flink's start-up for that deployment derives it; 1.10 had no memory model. */
export function deriveJobManager(config: ConfigMap, options: DeriveOptions): JobManagerResult {
  const { flinkVersion: version, deployment = 'standalone', env = {} } = options;
  const traits = traitsOf(version);
  if (!traits.jobManagerModel) return jobManager110(config, deployment, env);
  if (!traits.legacyHeap) return deriveJobManagerPlain(config, version);
  // Every 1.x entry point maps the legacy heap and prefixes whatever configuration error follows.
  try {
    const mapped = mapLegacyHeap(
      config,
      version,
      'jobmanager',
      legacyHeapTarget('jobmanager', deployment),
      env,
    );
    return runJobManager(mapped, version);
  } catch (err) {
    return prefixed(err, traits.jmPrefix);
  }
}

function prefixed(err: unknown, prefix: string): JobManagerResult {
  if (err instanceof FlinkError && err.errorType === 'IllegalConfigurationException') {
    return failure(ice(prefix + err.message, err));
  }
  return failure(err);
}

/** Both processes of one configuration; never throws for any configuration. */
export function derive(config: ConfigMap, options: DeriveOptions): Breakdown {
  return {
    flinkVersion: options.flinkVersion,
    taskmanager: deriveTaskManager(config, options),
    jobmanager: deriveJobManager(config, options),
  };
}
