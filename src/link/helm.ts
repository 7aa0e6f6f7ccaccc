import type { ConfigLink, HelmChartFacts, LinkFacts, VersionEvidence } from '../model/index.js';

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
 * A chart's `appVersion` speaks for Flink only in a chart of Flink itself: read as the image
 * `<chart name>:<appVersion>` would be (a chart named `flink` or `*-flink`, never the operator's
 * chart or an application's), after the images the config names.
 */
const chartRef = (chart: HelmChartFacts) => `${chart.name}:${chart.appVersion ?? ''}`;

export function withChart(evidence: VersionEvidence, chart: HelmChartFacts | undefined): VersionEvidence {
  if (!chart?.appVersion) return evidence;
  return { ...evidence, images: [...(evidence.images ?? []), chartRef(chart)] };
}

/** Names the chart's `Chart.yaml` where the version came from its appVersion. */
export function describeChart(link: ConfigLink, chart: HelmChartFacts | undefined): ConfigLink {
  if (!chart?.appVersion) return link;
  const prefix = `image ${chartRef(chart)}`;
  if (!link.flinkVersionSource.startsWith(prefix)) return link;
  const at = chart.location;
  return {
    ...link,
    flinkVersionSource: `Chart.yaml appVersion ${chart.appVersion} of chart ${chart.name} (${at.file}:${at.line})${link.flinkVersionSource.slice(prefix.length)}`,
  };
}
