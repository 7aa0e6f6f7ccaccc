// The door of src/flink: everything Flink itself decides, as the other stages may ask it.
export * from './java-number.js';
export * from './flink-error.js';
export * from './memory-size.js';
export { formatChange, formatSize } from './human-size.js';
export {
  parseFlinkVersion,
  minorLineOf,
  readFlinkVersion,
  sameVersion,
  traitsOf,
  versionCode,
  type ReadVersion,
  type VersionTraits,
} from './versions.js';
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
export { failureArithmetic, type FailureArithmetic, type SizedPart } from './failure-arithmetic.js';
export { derive, deriveJobManager, deriveTaskManager, type DeriveOptions } from './derive.js';
export { deriveTaskManagerPlain } from './taskmanager.js';
export { deriveJobManagerPlain } from './jobmanager.js';
export { legacyHeapTarget, mapLegacyHeap } from './legacy-heap.js';
export { legacyKeyReading, preMemoryModelKeys, processSizeKeys, type LegacyReading } from './legacy-keys.js';
export { javaHashMapOrder, jvmArgs } from './jvm.js';
export { isMemoryKey } from './memory-keys.js';
export { DISABLE_JEMALLOC_KEY, imageAllocator, imageDefaultConf } from './images.js';
export {
  flinkImage,
  flinkImageVersion,
  untaggedFlinkImage,
  operatorFlinkVersion,
  retagFlinkImage,
  type FlinkImage,
} from './flink-image.js';
export {
  defaultConfigFile,
  flinkConfReading,
  FORMAT_IMPLIED,
  isOptionNamespace,
  type ConfigFileFormat,
  type FlinkConfReading,
} from './config-files.js';
export {
  backendMemoryPrefix,
  defaultStateBackend,
  stateBackendKeys,
  stateBackendName,
  stateBackendSetting,
  usesManagedMemory,
} from './state-backend.js';
export {
  CONSUMER_DEFAULT_WEIGHT,
  CONSUMER_WEIGHTS_KEY,
  defaultConsumerWeights,
  readsDataprocWeight,
} from './managed-consumers.js';
export {
  runtimeModeOfArgs,
  runtimeModeOption,
  RUNTIME_MODES,
  type ArgsRuntimeMode,
  type RuntimeModeName,
} from './runtime-mode.js';
export { JAVA_OPTS_ENV, javaOptsKeys, JVM_LIMIT_OF_FLAG, jvmSizeBytes } from './java-opts.js';
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
export {
  defaultNetworkBytes,
  largestServableBuffersPerChannel,
  smallestDefaultNetworkBuffers,
} from './network-buffer-limits.js';
export * from './sizing/index.js';
export {
  diffVersions,
  upgradeEdits,
  type DefaultChange,
  type KeyChange,
  type VersionDiff,
  type VersionDiffRequest,
} from './version-diff.js';
export { versionOptions, type KeyRole, type KnownOption, type VersionOptions } from './option-history.js';
export { Edits, sizeValue } from './config-edits.js';
export {
  keepSizes,
  migrateConfigFile,
  type LegacyEntry,
  type MigrationFailure,
  type MigrationOptions,
  type MigrationResult,
  type MigrationSuccess,
} from './migrate-config-file.js';
export { dumpFlinkYaml, type YamlTree } from './flink-yaml-writer.js';
export { sizeInSentence, sizeInUnitsOf, sizeLike } from './size-style.js';
