import type { LoadedConfig } from '../../model/index.js';
import { getPath, scalarText, type YamlDocument } from '../yaml/document.js';
import type { YamlFileContext } from './format.js';
import { loadOperatorSpec } from './flink-deployment.js';

/**
 * Confluent Platform for Apache Flink's `FlinkApplication`: `cmf.confluent.io/v1` through the
 * Confluent CLI or CMF's REST API, `platform.confluent.io/v1beta1` through Confluent for Kubernetes.
 * Its `spec` (`image`, `flinkVersion`, `flinkConfiguration`, `jobManager`/`taskManager.resource`,
 * `job`) is the Flink Kubernetes operator's FlinkDeployment spec, which CMF hands to Confluent's
 * build of that operator (docs.confluent.io, "Create Confluent Manager for Apache Flink
 * Applications" and "Manage Flink Applications Using Confluent for Kubernetes"); so it is read
 * as a FlinkDeployment, and a `resource.memory` the operator cannot parse (`1024ßm`) is refused
 * with the operator's message.
 */
const CONFLUENT_API_GROUPS = ['cmf.confluent.io/', 'platform.confluent.io/'];

export function isConfluentFlinkApplication(document: YamlDocument): boolean {
  const { doc, root } = document;
  const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
  return kind === 'FlinkApplication' && CONFLUENT_API_GROUPS.some((group) => apiVersion.startsWith(group));
}

export function loadFlinkApplication(document: YamlDocument, file: YamlFileContext): LoadedConfig[] {
  return loadOperatorSpec(document, file, 'FlinkDeployment');
}
