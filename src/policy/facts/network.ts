import {
  defaultNetworkBytes,
  demandFor,
  FlinkError,
  largestServableBuffersPerChannel,
  networkBufferSettings,
  type NetworkBufferDemand,
  type NetworkBufferSettings,
  type RuntimeMode,
} from '../../flink/index.js';
import type {
  Assumption,
  ConfigMap,
  FlinkConfig,
  JobFacts,
  NetworkFacts,
  TaskManagerResult,
} from '../../model/index.js';

/**
 * The network buffers a TaskManager has against those its tasks request, for the job the config
 * runs (its parallelism, or 1, the fewest buffers any job with an exchange needs), in the runtime
 * mode it runs in; where the mode is an assumption, in both modes, and the failure is an assumption
 * unless both fail.
 */
export function networkFacts(
  config: FlinkConfig,
  view: ConfigMap,
  tm: TaskManagerResult,
  slots: number,
  job: JobFacts,
  runtimeMode: string,
  assumed: Record<string, Assumption>,
): NetworkFacts | undefined {
  if (!tm.ok || !config.processes.includes('taskmanager')) return undefined;
  const version = config.flinkVersion;
  let settings: NetworkBufferSettings;
  try {
    settings = networkBufferSettings(view, version, tm.memory.network);
  } catch (err) {
    if (!(err instanceof FlinkError)) throw err;
    // The TaskManager refuses these settings when it starts its network stack.
    return {
      buffers: 0,
      segmentSize: 0,
      parallelism: job.parallelism,
      mode: 'streaming',
      required: 0,
      failure: { message: err.message, errorType: err.errorType, when: 'The TaskManager does not start' },
    };
  }
  const mode: RuntimeMode = runtimeMode === 'BATCH' ? 'batch' : 'streaming';
  const demand = (m: RuntimeMode): NetworkBufferDemand =>
    demandFor(version, settings, tm.memory.network, m, job.parallelism, Math.max(slots, 1));
  const primary = demand(mode);
  const facts: NetworkFacts = {
    buffers: settings.totalBuffers,
    segmentSize: settings.segmentSize,
    buffersPerChannel: settings.buffersPerChannel,
    floatingBuffersPerGate: settings.floatingBuffersPerGate,
    parallelism: job.parallelism,
    mode,
    required: primary.required.total,
    remoteChannels: primary.remoteChannelsPerGate,
    defaultBytes: Number(defaultNetworkBytes(version, tm.memory.totalFlink)),
  };
  const largest = largestServableBuffersPerChannel(version, settings, Math.max(slots, 1), mode);
  if (largest !== undefined) facts.largestBuffersPerChannel = largest;
  const refused = primary.deploymentFailure;
  if (refused) {
    facts.failure = {
      message: refused.message,
      errorType: refused.errorType,
      when: `A ${mode} job of parallelism ${job.parallelism} (${job.parallelismSource}) with one all-to-all exchange fails to deploy its tasks`,
      ...(refused.required !== undefined && { required: refused.required }),
      ...(refused.available !== undefined && { available: refused.available }),
    };
    const other: RuntimeMode = mode === 'streaming' ? 'batch' : 'streaming';
    if (assumed.runtimeMode && !demand(other).deploymentFailure)
      assumed['network.failure'] = {
        what: `the jobs run in ${mode.toUpperCase()} mode: in ${other.toUpperCase()} mode this TaskManager deploys them`,
        certain: assumed.runtimeMode.certain,
      };
  }
  return facts;
}
