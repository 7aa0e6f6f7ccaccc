/**
 * JSON files of the repository (user policies, the baseline) parsed with an error that says where
 * and what, never quoting the file: V8's messages carry the file's first characters
 * (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and these messages reach the pull
 * request comment and the job summary.
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string; line?: number } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    // `Expected ',' or ']' after array element in JSON at position 4`: V8's own words, no content.
    const at = /^([\w ,:'{}[\]-]*?) (?:in|after) JSON at position (\d+)/.exec(message);
    if (!at) return { ok: false, message: 'not valid JSON' };
    const offset = Number(at[2]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { ok: false, line, message: `not valid JSON: ${at[1]} at line ${line}, column ${column}` };
  }
}
