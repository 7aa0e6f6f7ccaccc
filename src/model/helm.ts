import type { ProcessName } from './breakdown.js';
import type { ContainerLimit, Entry } from './flink-config.js';
import type { Location } from './location.js';

/** What the link stage reads of a Helm chart's values files and templates (plain data). */

/**
 * A node of a Helm values file as plain data, with where it is written: maps keep their keys in
 * file order; a list is only known to be one (Helm replaces lists whole, nothing reads into them).
 */
export type HelmValue =
  | { kind: 'map'; entries: Array<[string, HelmValue]>; line: number; column: number }
  | {
      kind: 'list';
      /** Its items as the operator joins them (`a;b`), where every item is a scalar. */
      text?: string;
      line: number;
      column: number;
      key?: { line: number; column: number };
    }
  | {
      kind: 'scalar';
      /** As the loaders read it (`null` for a null). */
      text: string;
      /** YAML's type: Helm reads numbers as float64 and renders them as Go does. */
      type: 'string' | 'number' | 'boolean' | 'null';
      /** A template placeholder rather than a value. */
      unresolved?: true;
      /** Where its key is written (the value's own place is `line`, `column`). */
      key?: { line: number; column: number };
      line: number;
      column: number;
    };

/** Where a template takes a value from `.Values` and what it places it into. */
export interface HelmPlacement {
  /** The line of the template the value lands on. */
  line: number;
  /** The YAML document of the template it is in (as the loaders count them). */
  document: number;
  /** The `.Values` path, `.Values.taskmanager.memory` → `['taskmanager', 'memory']`. */
  path: string[];
  /** `default "2g" .Values.x`: what Helm writes where the value is not set. */
  fallback?: string;
  /** `| quote`: the value is written in double quotes. */
  quote?: boolean;
  /** What the loaders read in place of the expression (`neutralizeTemplates`). */
  placeholder: string;
  /** The expression is the whole value of its key (no text before or after it). */
  whole: boolean;
  /** How the text around it is read: Flink's `flink-conf.yaml` lines (`text`) or YAML. */
  context: 'text' | 'yaml';
  /** The ConfigMap data key (`flink-conf.yaml`, `config.yaml`) whose text it is in, where it is in one. */
  blockKey?: string;
  target:
    | { kind: 'value' }
    /** A map placed whole (`toYaml .Values.x`) under a key: `flinkConfiguration`, a config text's key, `resources`. */
    | { kind: 'map'; under: string }
    /** A container's `resources.limits.memory` / `resources.requests.memory`. */
    | { kind: 'container-memory'; which: 'limit' | 'request' }
    /** `include "name" .` of a `define` (in `_helpers.tpl`): its `key: value` lines, placed here. */
    | { kind: 'include'; name: string };
}

/** A `define "name"` whose lines are `key: value` (a Flink config a chart's helpers write once). */
export interface HelmDefine {
  name: string;
  lines: Array<{
    line: number;
    key: string;
    /** The value as written, where no expression gives it. */
    literal?: string;
    /** Where an expression gives it (`key: {{ .Values.x }}`). */
    value?: HelmPlacement;
    /** The `{{ if .Values.x }}` it is under (`negate` after `else`): Go templates' truth of each value. */
    guards?: Array<{ path: string[]; negate?: boolean }>;
  }>;
}

export interface HelmTemplateFacts {
  placements: HelmPlacement[];
  defines?: HelmDefine[];
}

/** A template placeholder replaced by what the values give. */
export interface ValuesSubstitution {
  line: number;
  placeholder: string;
  /** The text Helm writes there. */
  text: string;
  /** The placeholder is the whole value, and `text` is it as the reader reads it. */
  whole: boolean;
  /** Where the value is set (the values file's line). */
  location: Location;
}

/**
 * What a chart's values (layered as `helm install -f` layers them) give a config of the chart:
 * a values block's entries, template placeholders' values, containers' memory.
 */
export interface ValuesLayer {
  /** Replaces every entry the config loaded (a values block, read from the layered values). */
  entries?: Entry[];
  /** Placeholders of the config's template replaced by the values' text. */
  substitutions?: ValuesSubstitution[];
  /** Entries of a map placed whole at a line of the config's template (`toYaml .Values.x`). */
  inserted?: Array<{ line: number; entries: Entry[] }>;
  /** The config's container limits, where the layered values give them. */
  container?: Partial<Record<ProcessName, ContainerLimit>>;
  /** The image the layered values name. */
  image?: string;
}
