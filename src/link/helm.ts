import { flinkImage } from '../flink/index.js';
import type { HelmChartFacts, LinkFacts } from '../model/index.js';
import type { LinkedVersion } from './version.js';

interface Chart extends HelmChartFacts {
  /** The chart's folder, with a trailing `/` (empty for a chart at the root). */
  folder: string;
}

/**
 * The Helm charts of a run, by folder: a config in a file under a `Chart.yaml`'s folder (its
 * values files, its templates) belongs to the nearest such chart.
 */
export function helmCharts(files: readonly LinkFacts[]): (path: string) => Chart | undefined {
  const charts: Chart[] = files
    .filter((f) => f.chart)
    .map((f) => ({
      ...f.chart!,
      folder: f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/') + 1) : '',
    }))
    .sort((a, b) => b.folder.length - a.folder.length);
  return (path) => charts.find((c) => path.startsWith(c.folder));
}

/**
 * A chart's `appVersion` speaks for Flink only in a chart of Flink itself (a chart named `flink` or
 * `*-flink`, never the operator's chart or an application's), read as the image `flink:<appVersion>`
 * would be: linked evidence, after the images the config and its containers name, before the
 * settings file.
 */
export function chartVersion(chart: HelmChartFacts | undefined): LinkedVersion[] {
  if (!chart?.appVersion || !/^(?:.*-)?flink$/i.test(chart.name)) return [];
  const version = flinkImage(`flink:${chart.appVersion}`)?.version;
  if (!version) return [];
  const at = chart.location;
  return [
    {
      version,
      source: `Chart.yaml appVersion ${chart.appVersion} of chart ${chart.name} (${at.file}:${at.line})`,
    },
  ];
}
