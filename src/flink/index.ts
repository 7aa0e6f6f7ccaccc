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
export * from './sizing/index.js';
export { PATCH_DEFAULT_CHANGES, type PatchDefaultChange } from './patch-defaults.js';
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
  migrateConfigFile,
  type LegacyEntry,
  type MigrationFailure,
  type MigrationOptions,
  type MigrationResult,
  type MigrationSuccess,
} from './migrate-config-file.js';
export { dumpFlinkYaml, type YamlTree } from './flink-yaml-writer.js';
