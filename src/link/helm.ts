import { flinkImage, untaggedFlinkImage } from '../flink/index.js';
import { valuesImages } from '../sources/index.js';
import type { HelmChartFacts, LinkFacts } from '../model/index.js';
import type { LinkedVersion } from './version.js';

interface Chart extends HelmChartFacts {
  /** The chart's folder, with a trailing `/` (empty for a chart at the root). */
  folder: string;
  /** A Flink image its values name without a tag: the tag it runs with is the `appVersion`. */
  untaggedFlinkImage?: string;
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
  const chartOf = (path: string) => charts.find((c) => path.startsWith(c.folder));
  for (const file of files) {
    const chart = file.helmValues && chartOf(file.path);
    if (!chart || chart.untaggedFlinkImage) continue;
    const image = valuesImages(file.helmValues).find(untaggedFlinkImage);
    if (image !== undefined) chart.untaggedFlinkImage = `${image} in ${file.path}`;
  }
  return chartOf;
}

/**
 * A chart's `appVersion` speaks for Flink only where it is the tag of a Flink image: in Flink's own
 * chart (named `flink`), or where the chart's values name a Flink image without a tag, which a
 * chart's templates fill with `.Chart.AppVersion` by Helm's convention (`helm create`'s
 * `{{ .Values.image.tag | default .Chart.AppVersion }}`). An application's chart carries its own
 * version there, whatever its name. Read as the image `flink:<appVersion>` would be: linked
 * evidence, after the images the config and its containers name, before the settings file.
 */
export function chartVersion(chart: Chart | undefined): LinkedVersion[] {
  if (!chart?.appVersion || !(chart.name.toLowerCase() === 'flink' || chart.untaggedFlinkImage)) return [];
  const version = flinkImage(`flink:${chart.appVersion}`)?.version;
  if (!version) return [];
  const at = chart.location;
  const why = chart.untaggedFlinkImage ? `, the tag of ${chart.untaggedFlinkImage}` : '';
  return [
    {
      version,
      source: `Chart.yaml appVersion ${chart.appVersion} of chart ${chart.name} (${at.file}:${at.line})${why}`,
    },
  ];
}
