import type { Finding } from '../model/index.js';

/** A finding as plain JSON, keys in a stable order (absent fields left out). */
export function findingToJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
  };
  if (f.endLine !== undefined) out.endLine = f.endLine;
  if (f.endColumn !== undefined) out.endColumn = f.endColumn;
  if (f.configId !== undefined) out.configId = f.configId;
  if (f.key !== undefined) out.key = f.key;
  if (f.process !== undefined) out.process = f.process;
  if (f.assumed !== undefined) out.assumed = f.assumed;
  if (f.fix !== undefined) out.fix = f.fix;
  if (f.docs !== undefined) out.docs = f.docs;
  if (f.suppressed !== undefined) out.suppressed = f.suppressed;
  return out;
}
