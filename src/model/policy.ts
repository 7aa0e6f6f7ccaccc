import type { Severity } from './finding.js';

export type PolicyTarget = 'taskmanager' | 'jobmanager' | 'config';

export type ParameterType = 'memory' | 'number' | 'string' | 'boolean';

export interface PolicyParameter {
  type: ParameterType;
  default: string | number | boolean;
  description: string;
}

/** A config given to a policy example: a key → value map plus context, or a whole file. */
export interface PolicyExample {
  description?: string;
  config?: Record<string, string>;
  flinkVersion?: string;
  deployment?: 'standalone' | 'kubernetes' | 'yarn';
  kind?: string;
  /** Container memory limits per process, as Kubernetes quantities (`4Gi`). */
  container?: Partial<Record<'taskmanager' | 'jobmanager', string>>;
  annotations?: Record<string, string>;
  env?: Record<string, string>;
  processes?: Array<'taskmanager' | 'jobmanager'>;
  /** A whole file, run through the real loader. */
  file?: { name: string; text: string };
  /** Parameters for this example. */
  params?: Record<string, string | number | boolean>;
}

/** One policy file, as written (see docs/facts.md and the policy meta-schema). */
export interface Policy {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  docs?: string;
  appliesTo: PolicyTarget[];
  /** Facts path of an array or object to check element by element (bound as `item`). */
  forEach?: string;
  when?: object;
  require?: object;
  message: string;
  /**
   * Facts paths the finding rests on (`stateBackend`, `runtimeMode`, `jobs`...): where the Facts
   * document lists one of them under `assumed`, the finding is `info` (unless the settings set the
   * rule's severity) and its message says what was assumed and how to make it certain.
   */
  restsOn?: string[];
  /** Config keys (placeholders allowed) or `container`, `item`, `config`; the first present wins. */
  locate?: string[];
  fix?: { set?: Record<string, string | null>; description?: string; solve?: FixSolve };
  parameters?: Record<string, PolicyParameter>;
  /** Required of the built-in pack (each is tested with its own); optional for user policies. */
  examples?: { valid: PolicyExample[]; invalid: PolicyExample[] };
}

/**
 * A fix computed by the sizing solver: `fit` sizes the process to its container, `minimum` finds
 * the smallest process size Flink accepts meeting `targets` (placeholders rendering bytes).
 */
export interface FixSolve {
  question: 'fit' | 'minimum';
  /** For `fit`: the size to fit instead of the container (a placeholder rendering bytes). */
  bound?: string;
  /** The rule compares sizes rounded to 64 KiB: a target is met where its rounded value reaches it. */
  rounded?: boolean;
  targets?: { taskHeap?: string; managedPerSlot?: string; heap?: string; metaspace?: string };
}

/** A problem with a policy or settings file: reported, never fatal. */
export interface PolicyProblem {
  file: string;
  message: string;
  line?: number;
}

export type RuleSetting = Severity | 'off';

export interface RuleOverride {
  severity?: RuleSetting;
  parameters?: Record<string, string | number | boolean>;
}

/** `.flink-memory-lint.yaml`, resolved. */
export interface Settings {
  /** The settings file, when one was read. */
  file?: string;
  flinkVersion?: string;
  policyDirs: string[];
  baseline?: string;
  /** The real folder the settings' own paths (policies, baseline) must stay in: the workspace. */
  root?: string;
  /** Global parameters: `container-memory` and policy parameters by name. */
  parameters: Record<string, string | number | boolean>;
  rules: Record<string, RuleOverride>;
  overrides: Array<{
    files: string[];
    rules: Record<string, RuleOverride>;
    parameters: Record<string, string | number | boolean>;
  }>;
}
