import { interpolate } from './interpolate.js';

/**
 * A `.env` file as Compose reads it (compose-spec/compose-go `dotenv/parser.go`): `KEY=value` or
 * `KEY: value` a line, `export ` before the key allowed, `#` lines are comments; an unquoted value
 * ends at the line's end or a `#`, trailing blanks trimmed; a single-quoted value is taken as
 * written, a double-quoted one with `\n` and `\r` unescaped; unquoted and double-quoted values
 * substitute the variables defined before them. A key alone on its line (taken from the shell) is
 * unknown here and left out.
 */
export function readDotenv(
  text: string,
  inherited: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const statement = line.startsWith('export ') ? line.slice(7).trimStart() : line;
    const match = /^([A-Za-z0-9_.]+)\s*[=:]\s*([\s\S]*)$/.exec(statement);
    if (!match) continue;
    const [, key, rest] = match;
    const known = { ...inherited, ...out };
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      // A quoted value may run over several lines, to its closing quote (not one escaped by `\`).
      let body = rest.slice(1);
      let end = closing(body, quote);
      while (end < 0 && i + 1 < lines.length) {
        body += `\n${lines[++i]}`;
        end = closing(body, quote);
      }
      if (end < 0) break;
      const value = body.slice(0, end);
      out[key] =
        quote === "'"
          ? value
          : (interpolate(value.replaceAll('\\n', '\n').replaceAll('\\r', '\r'), known) ?? value);
      continue;
    }
    const value = rest.split('#')[0].trimEnd();
    out[key] = interpolate(value, known) ?? value;
  }
  return out;
}

function closing(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) if (text[i] === quote && text[i - 1] !== '\\') return i;
  return -1;
}
