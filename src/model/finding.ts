export type Severity = 'error' | 'warning' | 'info';

/** Ordered from most to least severe, so that `fail-on` thresholds compare by index. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingFix {
  /** Keys and the values that would satisfy the rule. `null` removes the key. */
  set: Record<string, string | null>;
  /** A sentence for people: what to change and why. */
  description?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The config this is about (its `id`), absent for file-level findings such as a parse error. */
  configId?: string;
  /** The config key the finding points at, where there is one. */
  key?: string;
  /** The assumptions it rests on (paths of the Facts document's `assumed`), where it rests on any. */
  assumed?: string[];
  /** Which process, for process rules. */
  process?: 'taskmanager' | 'jobmanager';
  fix?: FindingFix;
  docs?: string;
  /** Set when a comment, annotation, settings file or baseline suppressed it. */
  suppressed?: { kind: 'comment' | 'annotation' | 'settings' | 'baseline'; reason?: string };
}
