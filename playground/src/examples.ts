// The repository's own examples (examples/README.md says what each shows), one of each kind lint reads.
import flinkConf from '../../examples/flink-conf/good/flink-conf.yaml';
import tooSmall from '../../examples/flink-conf/too-small/flink-conf.yaml';
import configYaml from '../../examples/config-yaml/config.yaml';
import flinkDeployment from '../../examples/kubernetes/flinkdeployment.yaml';
import configMap from '../../examples/kubernetes/standalone-configmap.yaml';
import compose from '../../examples/docker-compose/docker-compose.yml';
import helmValues from '../../examples/helm/flink/values.yaml';

export const EXAMPLES: ReadonlyArray<{ label: string; text: string }> = [
  { label: 'flink-conf.yaml', text: flinkConf },
  { label: 'config.yaml', text: configYaml },
  { label: 'FlinkDeployment', text: flinkDeployment },
  { label: 'ConfigMap', text: configMap },
  { label: 'Docker Compose', text: compose },
  { label: 'Helm values', text: helmValues },
  { label: 'Refused by Flink', text: tooSmall },
];
