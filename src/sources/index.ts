// The door of src/sources: listing and reading files, YAML, and the formats Flink configs come in.
export { git, GIT_ENV, SAFE_GIT, type TouchedFile, trackedFileCount } from './discover/git.js';
export {
  changedFiles,
  fileAtCommit,
  filesAtCommit,
  insidePaths,
  insideWorkTree,
  resolveCommit,
  safeRelative,
  type CommitFile,
} from './discover/git-revision.js';
export {
  type Candidate,
  candidateOf,
  inPathOrder,
  isCandidateName,
  listCandidates,
  type ListedFile,
  readCandidates,
  readListed,
  type ReadStats,
  selectListed,
} from './discover/discover.js';
export {
  confinedPath,
  lexicallyInside,
  MAX_FILE_BYTES,
  readConfined,
  realRoot,
  statConfined,
  unreadableReason,
  type ConfinedRead,
  type RealFolders,
} from './discover/confined-file.js';
export { readConfigYaml } from './formats/config-yaml.js';
export { readFlinkConf } from './formats/flink-conf.js';
export { loadDocument, loadFile, type LoadResult } from './formats/index.js';
export { isKustomizationFileName } from './formats/kustomization.js';
export { wholeFileFormat, type WholeFileFormat } from './formats/whole-file.js';
export { markOverrides } from './config-builder.js';
export { DEFAULT_NAMESPACE, namespaceOf } from './formats/kubernetes-facts.js';
export { inTree, treeReader, type TreeReader } from './discover/tree-reader.js';
export { quantityBytes } from './kubernetes-quantity.js';
export { parseDocumentsWithinDepth, tooDeepMessage } from './yaml/depth.js';
export { dockerBytes } from './formats/docker-compose.js';
export { processOf } from './formats/kubernetes-workload.js';
export { isDockerfileName } from './formats/dockerfile-name.js';
export {
  getPath,
  graft,
  locationOf,
  mapItems,
  parseYamlFile,
  scalarText,
  seqItems,
  type ParsedYamlFile,
  type YamlDocument,
  type YamlFile,
} from './yaml/document.js';
export { isValuesFileName } from './formats/helm-values.js';
export {
  readValuesTree,
  valueAt,
  valuesFlinkVersion,
  valuesImages,
  valuesLimits,
} from './formats/helm-values-tree.js';
export { isHelmTemplatePath, readHelmTemplate } from './formats/helm-template.js';
export { operatorMemory } from './formats/operator-memory.js';
