import type { HelmChartFacts } from '../../model/index.js';
import { getPath, locationOf, parseYamlFile, scalarText } from '../yaml/document.js';

/** A Helm chart's own file: `Chart.yaml` (Helm 3 and 2), beside `values.yaml` and `templates/`. */
export function isChartFileName(path: string): boolean {
  return /(?:^|\/)Chart\.ya?ml$/.test(path);
}

/** A `Chart.yaml`'s `name` and `appVersion` (helm.sh/helm `pkg/chart/metadata.go`: both strings). */
export function readChart(path: string, text: string): HelmChartFacts | undefined {
  const { yaml } = parseYamlFile(text, path);
  const document = yaml.documents[0];
  if (!document) return undefined;
  const { doc, root } = document;
  const name = scalarText(doc, getPath(doc, root, 'name'));
  if (!name || name.unresolved) return undefined;
  const node = getPath(doc, root, 'appVersion');
  const appVersion = scalarText(doc, node);
  const chart: HelmChartFacts = { name: name.text, location: locationOf(yaml, node ?? root) };
  if (appVersion && !appVersion.unresolved) chart.appVersion = appVersion.text;
  return chart;
}
