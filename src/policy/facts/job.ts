import { parseJavaInt, runtimeModeOfArgs, runtimeModeOption, stateBackendKeys } from '../../flink/index.js';
import type { Assumption, ConfigMap, FlinkConfig, JobFacts, StateBackendFacts } from '../../model/index.js';

/** How the jobs of a config run: the runtime mode, the parallelism, and which of it is assumed. */
export interface JobRuntime {
  job: JobFacts;
  runtimeMode: string;
  runtimeModeSource: string;
  /** Assumptions about the jobs, by the Facts path they concern. */
  assumed: Record<string, Assumption>;
}

const DEFAULT_PARALLELISM_KEY = 'parallelism.default';
/** The source of a value nothing in the repository sets. */
const FLINK_DEFAULT = "Flink's default";

/** The jobs a config runs, as far as its file shows them. */
export function jobRuntime(
  config: FlinkConfig,
  view: ConfigMap,
  stateBackend: StateBackendFacts,
  slots: number,
): JobRuntime {
  const assumed: Record<string, Assumption> = {};
  const job = jobFacts(config, view, slots);
  if (job.parallelismSource === FLINK_DEFAULT)
    assumed.parallelism = {
      what: `jobs run with parallelism 1, Flink's default, as ${DEFAULT_PARALLELISM_KEY} is not declared (a job may set its own)`,
      certain: `declare ${DEFAULT_PARALLELISM_KEY}`,
    };
  if (job.cluster === 'session')
    assumed.jobs = {
      what:
        'no job of this session cluster uses managed memory, though its jobs are submitted from elsewhere ' +
        '(FlinkSessionJob, the CLI, the SQL Gateway) and may use RocksDB, BATCH mode or PyFlink',
      certain: 'size managed memory for the jobs it runs',
    };

  const option = runtimeModeOption(config.flinkVersion);
  const fromArgs = runtimeModeOfArgs(job.args);
  const written = option && view.get(option.key);
  let runtimeMode = option?.default ?? 'STREAMING';
  let runtimeModeSource = FLINK_DEFAULT;
  if (fromArgs) {
    runtimeMode = fromArgs.mode;
    runtimeModeSource = `spec.job.args ${fromArgs.written}`;
  } else if (option && written !== undefined) {
    runtimeMode = String(written).trim().toUpperCase();
    runtimeModeSource = `${option.key}: ${String(written)}`;
  }
  // Flink's default, STREAMING, stands unless something says BATCH: a job chooses BATCH where it
  // is started (its arguments, execution.runtime-mode), and those the repository shows are read.
  // AUTOMATIC, and a Beam pipeline, run bounded jobs in BATCH mode: which mode is an assumption.
  if (runtimeMode === 'AUTOMATIC')
    assumed.runtimeMode = {
      what: `the jobs run in STREAMING mode, though with ${runtimeModeSource} a job whose sources are all bounded runs in BATCH mode`,
      certain: `declare ${option?.key ?? 'the runtime mode'}`,
    };
  if (!stateBackend.explicit)
    assumed.stateBackend = {
      what:
        `the state backend is ${stateBackend.value}, the default of Flink ${config.flinkVersion}, as the ` +
        'configuration declares none (a job may choose its own in its code or with SQL SET)',
      certain: `declare ${stateBackendKeys(config.flinkVersion)[0]}`,
    };
  return { job, runtimeMode, runtimeModeSource, assumed };
}

function jobFacts(config: FlinkConfig, view: ConfigMap, slots: number): JobFacts {
  const spec = config.job;
  const facts: JobFacts = {
    cluster: config.clusterMode ?? 'unknown',
    parallelism: 1,
    parallelismSource: FLINK_DEFAULT,
    args: spec?.args ?? [],
  };
  if (spec?.entryClass) facts.entryClass = spec.entryClass;
  if (spec?.upgradeMode) facts.upgradeMode = spec.upgradeMode;
  // The operator's parallelism: TaskManager replicas × slots where replicas are set, else
  // `spec.job.parallelism` (FlinkConfigBuilder.getParallelism).
  const replicas = config.replicas?.taskmanager;
  const configured = parseJavaInt(String(view.get(DEFAULT_PARALLELISM_KEY) ?? ''));
  if (config.clusterMode === 'application' && replicas !== undefined && replicas > 0) {
    facts.parallelism = replicas * slots;
    facts.parallelismSource = 'spec.taskManager.replicas × taskmanager.numberOfTaskSlots';
  } else if (spec?.parallelism !== undefined && spec.parallelism > 0) {
    facts.parallelism = spec.parallelism;
    facts.parallelismSource = 'spec.job.parallelism';
  } else if (configured !== undefined && configured > 0) {
    facts.parallelism = configured;
    facts.parallelismSource = DEFAULT_PARALLELISM_KEY;
  }
  return facts;
}
