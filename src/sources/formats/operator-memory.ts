import { memorySizeToString, parseMemorySize } from '../../flink/index.js';
import { operatorQuantityText } from '../kubernetes-quantity.js';

export interface OperatorMemory {
  /** What the operator writes into `*.memory.process.size`. */
  value: string;
  /** The size in bytes where Flink can read `value`. */
  bytes?: bigint;
  /** The operator's validation message when it rejects the text. */
  error?: string;
}

/**
 * The Kubernetes operator's `parseResourceMemoryString` (spec §9.3): a Flink memory size where the
 * text is one (`2048m` → `2 gb`: `m` is MiB), else the Kubernetes quantity's amount in bytes.
 */
export function operatorMemory(text: string, process: 'JobManager' | 'TaskManager'): OperatorMemory {
  try {
    const bytes = parseMemorySize(text);
    return { value: memorySizeToString(bytes), bytes };
  } catch {
    const value = operatorQuantityText(text);
    if (value === undefined) {
      return {
        value: text,
        error: `${process} resource memory parse error: '${text}' is not a valid quantity`,
      };
    }
    try {
      return { value, bytes: parseMemorySize(value) };
    } catch (err) {
      return { value, error: `${process} resource memory parse error: ${(err as Error).message}` };
    }
  }
}
