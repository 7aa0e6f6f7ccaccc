import fc from 'fast-check';

/** Pieces of Flink configs and YAML syntax, so random texts reach deep into the loaders. */
const PIECES = [
  'taskmanager.memory.process.size: ',
  'jobmanager.memory.process.size: ',
  'taskmanager.memory.managed.fraction: ',
  'taskmanager:\n  memory:\n    process.size: ',
  'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    ',
  'apiVersion: v1\nkind: ConfigMap\ndata:\n  flink-conf.yaml: |\n    ',
  'services:\n  taskmanager:\n    image: flink:1.18\n    environment:\n      FLINK_PROPERTIES: |\n        ',
  'flinkConfiguration:\n  ',
  '  taskManager:\n    resource:\n      memory: ',
  '2g',
  '1728m',
  '-1',
  '99999999999999999999t',
  '0.4',
  '.nan',
  'NaN',
  '\u0662g',
  '2\u00a0g',
  '4Gi',
  ': ',
  ':',
  '- ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '#',
  '---\n',
  '...\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '*b',
  '<<: *a\n',
  '"',
  "'",
  '|\n',
  '>-\n',
  '{{ .Values.x }}',
  '${VAR}',
  '\uFEFF',
  '\u0000',
  '\ud800',
  '😀',
  'é',
];

export const configText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** File names that send a text to each loader. */
export const FILE_NAMES = [
  'flink-conf.yaml',
  'conf/config.yaml',
  'deploy/flinkdeployment.yaml',
  'charts/flink/values.yaml',
  'docker-compose.yml',
  'k8s/configmap.yaml',
  'flink-conf.yaml.tpl',
] as const;

/** Lines of a text as editors count them (any line break). */
export function lineCount(text: string): number {
  return text.split(/\r\n|\n|\r/).length;
}
