/**
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `${VAR:+alt}`, `${VAR+alt}`, nested defaults (`${A:-${B:-x}}`) and `$$` as Compose
 * (compose-spec/compose-spec 12-interpolation.md) and Dockerfiles (docs: Dockerfile reference,
 * "Environment replacement") substitute them. Only what the repository gives is known (a `.env`
 * file, build args): a variable with no value and no default, or a required one (`?`) without a
 * value, leaves the text unresolved (undefined), never guessed.
 */
export function interpolate(
  text: string,
  vars: Readonly<Record<string, string>> = {},
  depth = 0,
): string | undefined {
  // Defaults nest (`${A:-${B:-x}}`); a hostile text nesting without end is not followed.
  if (depth > MAX_NESTING) return undefined;
  const known = (name: string) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const end = closingBrace(text, dollar + 2);
      const inner =
        end < 0
          ? undefined
          : /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(text.slice(dollar + 2, end));
      if (!inner) return undefined;
      const [, name, op, word = ''] = inner;
      const value = known(name);
      const set = value !== undefined;
      const filled = set && value !== '';
      let replaced: string | undefined;
      if (op === undefined) replaced = value;
      else if (op === ':-') replaced = filled ? value : interpolate(word, vars, depth + 1);
      else if (op === '-') replaced = set ? value : interpolate(word, vars, depth + 1);
      else if (op === ':?') replaced = filled ? value : undefined;
      else if (op === '?') replaced = set ? value : undefined;
      else if (op === ':+') replaced = filled ? interpolate(word, vars, depth + 1) : '';
      else replaced = set ? interpolate(word, vars, depth + 1) : '';
      if (replaced === undefined) return undefined;
      out += replaced;
      i = end + 1;
      continue;
    }
    const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1));
    if (!bare) {
      out += '$';
      i = dollar + 1;
      continue;
    }
    const value = known(bare[0]);
    if (value === undefined) return undefined;
    out += value;
    i = dollar + 1 + bare[0].length;
  }
  return out;
}

const MAX_NESTING = 8;

/** The `}` that closes a `${` opened before `from`, nested `${…}` skipped; -1 where none does. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
