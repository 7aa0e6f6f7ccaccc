export * from './java-number.js';
export * from './flink-error.js';
export * from './memory-size.js';
export { parseFlinkVersion, traitsOf, versionIndex, atLeast, type VersionTraits } from './versions.js';
export {
  convertValue,
  effectiveOption,
  findOption,
  optionRegistry,
  optionToString,
  rawText,
  suppliedKey,
  OptionReader,
  type EffectiveOption,
  type OptionDef,
  type OptionType,
  type OptionValue,
} from './options.js';
export { derive, deriveJobManager, deriveTaskManager, type DeriveOptions } from './derive.js';
export { deriveTaskManagerPlain } from './taskmanager.js';
export { deriveJobManagerPlain } from './jobmanager.js';
export { legacyHeapTarget, mapLegacyHeap } from './legacy-heap.js';
export { javaHashMapOrder, jvmArgs } from './jvm.js';
export {
  INTEGER_MAX_VALUE,
  NETWORK_BUFFER_OPTIONS,
  NETWORK_BUFFER_OPTION_VERSIONS,
  networkBufferOption,
  networkBufferSettings,
  segmentSize,
  type NetworkBufferOptionName,
  type NetworkBufferOptionRow,
  type NetworkBufferOptionState,
  type NetworkBufferSettings,
} from './network-buffer-options.js';
export {
  DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH,
  demandFor,
  gateBuffers,
  gateModel,
  insufficientBuffersMessage,
  networkBufferDemand,
  resultPartitionBuffers,
  type DeploymentFailure,
  type GateBuffers,
  type GateModel,
  type NetworkBufferDemand,
  type NetworkBufferJob,
  type NetworkBufferResult,
  type RuntimeMode,
} from './network-buffers.js';
export { largestServableBuffersPerChannel, smallestDefaultNetworkBuffers } from './network-buffer-limits.js';
