/**
 * A raw configuration value as Flink's `Configuration` holds it. Everything read from a
 * `flink-conf.yaml`, a `-D` property, `FLINK_PROPERTIES` or the Kubernetes operator is a string;
 * the standard YAML `config.yaml` (1.19+) keeps YAML scalar types: `bigint` for integers,
 * `number` for floats (Java double), `boolean` for booleans.
 */
export type ConfigValue = string | bigint | number | boolean;

/** Key → raw value, in the order Flink would see them (later writes already applied). */
export type ConfigMap = ReadonlyMap<string, ConfigValue>;
