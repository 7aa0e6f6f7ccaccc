/**
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `$$` as Compose
 * (compose-spec/compose-spec 12-interpolation.md) and Dockerfiles (docs: Dockerfile reference,
 * "Environment replacement") substitute them. Only what the repository gives is known: a variable
 * with no value and no default leaves the text unresolved (undefined), never guessed.
 */
export function interpolate(text: string, vars: Readonly<Record<string, string>> = {}): string | undefined {
  let unresolved = false;
  const known = (name: string) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
  const out = text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      whole,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      if (whole === '$$') return '$';
      const value = known(braced ?? bare ?? '');
      if (op === ':-') return value !== undefined && value !== '' ? value : (word ?? '');
      if (op === '-') return value ?? word ?? '';
      if (op === ':+') return value !== undefined && value !== '' ? (word ?? '') : '';
      if (op === '+') return value !== undefined ? (word ?? '') : '';
      if (value !== undefined && (op === undefined || op.endsWith('?'))) return value;
      unresolved = true;
      return whole;
    },
  );
  return unresolved ? undefined : out;
}
