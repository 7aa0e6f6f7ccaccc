/**
 * Kustomize's target `name` and `namespace` are anchored regular expressions (kustomize
 * api/types/selector.go), written by the repository's author: matched in linear time with RE2.
 * Most are plain names, compared as text. The engine for the others is loaded by the run that has
 * a kustomization (`loadNamePatterns`), so that no other run pays for it at start-up; the link
 * stage itself is synchronous.
 */

/** A character that makes a name a pattern (Go's regexp syntax; `.` included). */
const PATTERN = /[\\^$.|?*+()[\]{}]/;

let compile: ((pattern: string) => ((value: string) => boolean) | undefined) | undefined;

/** Loads the pattern engine; where it is not loaded, a pattern selects only the name spelled as it. */
export async function loadNamePatterns(): Promise<void> {
  if (compile) return;
  const { RE2JS } = await import('re2js');
  compile = (pattern) => {
    try {
      const re = RE2JS.compile(`^(?:${pattern})$`);
      return (value) => re.matches(value);
    } catch {
      return undefined;
    }
  };
}

/** Whether a target's name (or namespace) pattern selects `value`; one RE2 refuses selects only itself. */
export function selectsName(pattern: string, value: string): boolean {
  const matcher = PATTERN.test(pattern) ? compile?.(pattern) : undefined;
  return matcher ? matcher(value) : pattern === value;
}
