/**
 * Text for a terminal and a runner's log. Repository text (file names, values, messages) may hold
 * escape sequences that recolour or rewrite the terminal, and line breaks after which a runner
 * reads `::command::` as a workflow command: both are made visible, never passed through.
 */

/** C0 and C1 controls (tab kept), DEL, and the bidirectional overrides that reorder what is shown. */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Repository text as it can be shown: every control character as a `\xNN`/`\uNNNN` escape. */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Repository text of several lines, each line shown as `visible` shows it; the line breaks kept. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/**
 * A whole output with no line a runner would take as a workflow command: the runner trims a line
 * and reads it as one when it starts with `::`. Such a line gets its first colon escaped.
 */
export function inertLines(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1\\x3a');
}
