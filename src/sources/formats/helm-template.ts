import type { HelmDefine, HelmPlacement, HelmTemplateFacts } from '../../model/index.js';
import { templatePlaceholder } from '../yaml/document.js';

/** A chart's template: a YAML file or helpers (`_helpers.tpl`) under a `templates/` folder. */
export function isHelmTemplatePath(path: string): boolean {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  return parts.slice(0, -1).includes('templates') && (/\.ya?ml$/i.test(name) || isHelmHelpersName(name));
}

/** A chart's helpers file (`_helpers.tpl`): template text, no YAML; never a config of its own. */
export function isHelmHelpersName(path: string): boolean {
  return /\.tpl$/i.test(path) && !/\.ya?ml\.tpl$/i.test(path);
}

/** Block scalars whose text the loaders read as Flink lines (`flink-conf.yaml`) or as YAML (`config.yaml`). */
const YAML_TEXT_KEYS = new Set(['config.yaml']);

/** The lines of a template scanned at most; a larger template is followed no further. */
const MAX_LINES = 20_000;

/** Actions open at once at most (`if` in `with` in `range` …): a template nested deeper is followed no further. */
const MAX_SCOPES = 64;

/** An open `if` / `with` / `range` / `define`: a `with` of a values path gives `.` that path; an `if` of one guards its lines. */
interface Scope {
  kind: string;
  path?: string[];
  /** An `if` the scan does not read (`eq`, `and`, a function): its lines are not weighed. */
  unread?: boolean;
  /** After `else`: the lines hold where the condition does not. */
  negate?: boolean;
}

interface Key {
  indent: number;
  key: string;
}

/** A `{{ … }}` of a line: where it is and what is inside, trim markers and blanks removed. */
interface Action {
  start: number;
  end: number;
  raw: string;
  text: string;
}

/** What an expression gives, where the scan understands it. */
interface Expression {
  path: string[];
  fallback?: string;
  quote?: boolean;
  /** `toYaml`: the value is written as YAML (a map placed whole). */
  yaml?: boolean;
}

/**
 * Where a chart's template places `.Values` into a Flink config or a container's memory, read
 * from its text in one pass over the lines: no Helm, no template is executed. The scan keeps the
 * YAML keys above each line (by indentation), the block scalar it is in, and the `with` / `range`
 * / `define` it is inside; it follows `{{ .Values.a.b }}`, `| quote`, `default "2g" .Values.x`,
 * `toYaml .Values.x | nindent 4` and `{{ . }}` inside `{{ with .Values.x }}`. What it does not
 * understand (`include`, `tpl`, `index`, variables, parentheses) is left out, never guessed.
 * Helm's template functions: helm.sh/helm `pkg/engine/funcs.go` (toYaml) and Sprig (default, quote).
 */
export function readHelmTemplate(path: string, text: string): HelmTemplateFacts | undefined {
  if (!isHelmTemplatePath(path) || !text.includes('{{')) return undefined;
  if (!text.includes('.Values') && !text.includes('include') && !text.includes('template')) return undefined;
  const placements: HelmPlacement[] = [];
  const defines: HelmDefine[] = [];
  // The `define` whose lines are being read, and how many scopes were open outside it.
  let collecting: { define: HelmDefine; depth: number } | undefined;
  let document = 0;
  let content = false;
  let keys: Key[] = [];
  let block: Key | undefined;
  // Open `if` / `with` / `range` / `define` actions; a `with` of a values path gives `.` that path.
  const scopes: Array<Scope> = [];
  const lines = text.split('\n').slice(0, MAX_LINES);
  for (const [index, full] of lines.entries()) {
    if (scopes.length > MAX_SCOPES) break;
    const line = full.endsWith('\r') ? full.slice(0, -1) : full;
    const lineNo = index + 1;
    const actions = actionsOf(line);
    const literal = literalText(line, actions);
    if (actions.length > 0 && literal.trim() === '') {
      // A line of template actions only: the loaders empty it; it changes no YAML structure.
      for (const action of actions) {
        const word = action.text.split(/\s/, 1)[0];
        if (word === 'end') {
          scopes.pop();
          if (collecting && scopes.length <= collecting.depth) {
            defines.push(collecting.define);
            collecting = undefined;
          }
        } else if (word === 'define' && !collecting) {
          const name = defineName(action.text);
          if (name !== undefined) collecting = { define: { name, lines: [] }, depth: scopes.length };
          scopes.push({ kind: 'define' });
        } else if (word === 'with')
          scopes.push({ kind: 'with', path: valuesPath(action.text.slice(4).trim(), scopes) });
        else if (word === 'if') {
          const path = valuesPath(action.text.slice(2).trim(), scopes);
          scopes.push(path ? { kind: 'if', path } : { kind: 'if', unread: true });
        } else if (word === 'else') {
          const open = scopes[scopes.length - 1];
          // `else if …` is a condition the scan does not weigh.
          if (open?.kind === 'if')
            scopes[scopes.length - 1] =
              action.text === 'else' ? { ...open, negate: !open.negate } : { kind: 'if', unread: true };
        } else if (['range', 'define', 'block'].includes(word)) scopes.push({ kind: word });
        else if ((word === 'include' || word === 'template') && !collecting) {
          const name = includedName(action.text);
          const at = block ?? keys[keys.length - 1];
          if (name === undefined || !at) continue;
          placements.push({
            line: lineNo,
            document,
            path: [],
            placeholder: templatePlaceholder(action.raw),
            whole: true,
            context: block && !YAML_TEXT_KEYS.has(block.key) ? 'text' : 'yaml',
            ...(block ? { blockKey: block.key } : {}),
            target: { kind: 'include', name },
          });
        } else {
          const expression = parseExpression(action.text, scopes);
          if (!expression?.yaml) continue;
          const at = block ?? keys[keys.length - 1];
          if (!at) continue;
          placements.push({
            line: lineNo,
            document,
            ...valueOf(expression),
            placeholder: templatePlaceholder(action.raw),
            whole: true,
            context: block && !YAML_TEXT_KEYS.has(block.key) ? 'text' : 'yaml',
            ...(block ? { blockKey: block.key } : {}),
            target: { kind: 'map', under: at.key },
          });
        }
      }
      continue;
    }
    if (collecting) {
      defineLine(line, actions, lineNo, scopes, collecting.define);
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (block && (line.trim() === '' || indent > block.indent)) {
      // A line of a block scalar's text: a Flink line whose value an expression gives.
      const colon = line.indexOf(':');
      if (colon > 0) addValues(line, colon, actions, lineNo, document, scopes, block, placements);
      continue;
    }
    block = undefined;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.startsWith('---')) {
      if (content) document++;
      content = false;
      keys = [];
      continue;
    }
    content = true;
    // `- key: value`: the key sits after the dashes.
    let start = indent;
    while (line.startsWith('- ', start) || line.slice(start) === '-') start += 2;
    while (line[start] === ' ') start++;
    const colon = keyEnd(line, start);
    if (colon < 0) continue;
    const key = unquote(line.slice(start, colon).trim());
    while (keys.length > 0 && keys[keys.length - 1].indent >= start) keys.pop();
    keys.push({ indent: start, key });
    const value = line.slice(colon + 1).trim();
    if (/^[|>]/.test(value)) {
      block = { indent: start, key };
      continue;
    }
    if (actions.length > 0)
      addValues(line, colon, actions, lineNo, document, scopes, undefined, placements, keys);
  }
  if (placements.length === 0 && defines.length === 0) return undefined;
  return defines.length > 0 ? { placements, defines } : { placements };
}

/** A `key: value` line of a `define`: its literal value, or the expression that gives it. */
function defineLine(
  line: string,
  actions: readonly Action[],
  lineNo: number,
  scopes: readonly Scope[],
  define: HelmDefine,
): void {
  const colon = line.indexOf(': ');
  const key = colon > 0 ? line.slice(0, colon).trim() : '';
  if (key === '' || key.includes('{{') || key.startsWith('#') || key.startsWith('-')) return;
  // The `if`s the line is under: each of a values path, else the line is left out (not guessed).
  const ifs = scopes.filter((s) => s.kind === 'if');
  if (ifs.some((s) => s.unread === true || !s.path)) return;
  const guards = ifs.map((s) => ({ path: s.path ?? [], ...(s.negate ? { negate: true } : {}) }));
  const guarded = guards.length > 0 ? { guards } : {};
  if (actions.length === 0) {
    // Flink's line reader cuts a line at its first `#`.
    const literal = line
      .slice(colon + 2)
      .split('#', 1)[0]
      .trim();
    define.lines.push({ line: lineNo, key, literal, ...guarded });
    return;
  }
  const found: HelmPlacement[] = [];
  addValues(line, colon, actions, lineNo, -1, scopes, { indent: -1, key: 'define' }, found);
  if (found.length === 1 && found[0].target.kind === 'value' && found[0].whole)
    define.lines.push({ line: lineNo, key, value: found[0], ...guarded });
}

/** `define "name"`: the name. */
function defineName(text: string): string | undefined {
  const all = words(text);
  return all?.length === 2 && all[1].startsWith('"') ? all[1].slice(1, -1) : undefined;
}

/** `include "name" .` / `template "name" .` (the root as its context), piped through `nindent` / `indent` / `trim` only. */
function includedName(text: string): string | undefined {
  const all = words(text);
  if (!all) return undefined;
  const [head, ...rest] = all.join(' ').split(' | ');
  const call = head.split(' ');
  if (call.length !== 3 || !call[1].startsWith('"') || (call[2] !== '.' && call[2] !== '$')) return undefined;
  const piped = rest.every((c) => /^(?:n?indent \d+|trim)$/.test(c));
  return piped ? call[1].slice(1, -1) : undefined;
}

/** The placements of the expressions in the value of a `key: value` line. */
function addValues(
  line: string,
  colon: number,
  actions: readonly Action[],
  lineNo: number,
  document: number,
  scopes: ReadonlyArray<Scope>,
  block: Key | undefined,
  out: HelmPlacement[],
  keys: readonly Key[] = [],
): void {
  const values = actions.filter((a) => a.start > colon);
  // One expression and nothing else of the template: an `if` inside a value is not followed.
  if (values.length !== 1) return;
  const [action] = values;
  const expression = parseExpression(action.text, scopes);
  if (!expression) return;
  const before = line.slice(colon + 1, action.start).trim();
  const after = line.slice(action.end).trim();
  const quoted = (before === '"' && after === '"') || (before === "'" && after === "'");
  const path = keys.map((k) => k.key);
  const tail = path.slice(-3).join('.');
  const target: HelmPlacement['target'] = expression.yaml
    ? { kind: 'map', under: block?.key ?? keys[keys.length - 1]?.key ?? '' }
    : !block && tail === 'resources.limits.memory'
      ? { kind: 'container-memory', which: 'limit' }
      : !block && tail === 'resources.requests.memory'
        ? { kind: 'container-memory', which: 'request' }
        : { kind: 'value' };
  const context = block && !YAML_TEXT_KEYS.has(block.key) ? 'text' : 'yaml';
  out.push({
    line: lineNo,
    document,
    ...valueOf(expression),
    placeholder: templatePlaceholder(action.raw),
    // Quotes around the expression are YAML's, where YAML reads the line.
    whole: (before === '' && after === '') || (quoted && context === 'yaml'),
    context,
    ...(block ? { blockKey: block.key } : {}),
    target,
  });
}

function valueOf(expression: Expression): Pick<HelmPlacement, 'path' | 'fallback' | 'quote'> {
  return {
    path: expression.path,
    ...(expression.fallback !== undefined ? { fallback: expression.fallback } : {}),
    ...(expression.quote ? { quote: true } : {}),
  };
}

/** The `{{ … }}` of a line, found with `indexOf` (a line of unclosed braces costs its length once). */
function actionsOf(line: string): Action[] {
  const actions: Action[] = [];
  for (let open = line.indexOf('{{'); open >= 0;) {
    const close = line.indexOf('}}', open + 2);
    if (close < 0) break;
    const raw = line.slice(open + 2, close);
    let text = raw.trim();
    if (text.startsWith('-')) text = text.slice(1).trim();
    if (text.endsWith('-')) text = text.slice(0, -1).trim();
    actions.push({ start: open, end: close + 2, raw, text });
    open = line.indexOf('{{', close + 2);
  }
  return actions;
}

function literalText(line: string, actions: readonly Action[]): string {
  let out = '';
  let done = 0;
  for (const action of actions) {
    out += line.slice(done, action.start);
    done = action.end;
  }
  return out + line.slice(done);
}

/** The `:` that ends a YAML key starting at `start` (followed by a blank or the line's end), or -1. */
function keyEnd(line: string, start: number): number {
  const quote = line[start] === '"' || line[start] === "'" ? line[start] : undefined;
  let from = start;
  if (quote) {
    const closing = line.indexOf(quote, start + 1);
    if (closing < 0) return -1;
    from = closing + 1;
  }
  for (let i = from; i < line.length; i++) {
    if (line[i] === '{' || line[i] === '#') return -1;
    if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) return i;
  }
  return -1;
}

function unquote(text: string): string {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])
    ? text.slice(1, -1)
    : text;
}

/** Words of an action, quoted strings kept whole; undefined where it holds what the scan does not read. */
function words(text: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      // An escape in a Go string is not read: the literal is left out.
      if (close < 0 || text.slice(i, close).includes('\\')) return undefined;
      out.push(text.slice(i, close + 1));
      i = close + 1;
    } else if (c === '|') {
      out.push('|');
      i++;
    } else if (c === '(' || c === ')' || c === '`' || c === "'") {
      return undefined;
    } else {
      let j = i;
      while (j < text.length && !' \t|"()'.includes(text[j])) j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** A `.Values` path (`.Values.a.b`, `$.Values.a.b`, `.` or `.x` inside `with .Values.p`), or undefined. */
function valuesPath(word: string, scopes: ReadonlyArray<Scope>): string[] | undefined {
  // Inside `with` or `range`, `.` is no longer the root: only `$.Values` is. A `define` is read
  // for the `include "name" .` that give it the root.
  const rebound = scopes.some((s) => s.kind === 'with' || s.kind === 'range' || s.kind === 'block');
  const inner = [...scopes]
    .reverse()
    .find((s) => s.kind === 'with' || s.kind === 'range' || s.kind === 'block');
  let rest: string;
  let base: string[];
  if (word.startsWith('$.Values.')) {
    rest = word.slice('$.Values.'.length);
    base = [];
  } else if (word.startsWith('.Values.') && !rebound) {
    rest = word.slice('.Values.'.length);
    base = [];
  } else if (inner?.kind === 'with' && inner.path && (word === '.' || word.startsWith('.'))) {
    rest = word === '.' ? '' : word.slice(1);
    base = inner.path;
  } else {
    return undefined;
  }
  const parts = rest === '' ? [] : rest.split('.');
  if (parts.some((p) => !/^[A-Za-z_][\w-]*$/.test(p) || p.length > 200)) return undefined;
  return [...base, ...parts];
}

/** A Go string or number literal as Helm writes it. */
function literal(word: string): string | undefined {
  if (word.length >= 2 && word.startsWith('"') && word.endsWith('"')) return word.slice(1, -1);
  return /^-?\d+(?:\.\d+)?$/.test(word) ? word : undefined;
}

/**
 * An action the scan follows: a values path through `quote`, `default`, `toString`, `toYaml`,
 * `nindent` / `indent`, `trim`; anything else is undefined.
 */
function parseExpression(text: string, scopes: ReadonlyArray<Scope>): Expression | undefined {
  if (text.startsWith('/*')) return undefined;
  const all = words(text);
  if (!all || all.length === 0) return undefined;
  const commands: string[][] = [[]];
  for (const w of all) {
    if (w === '|') commands.push([]);
    else commands[commands.length - 1].push(w);
  }
  let expression: Expression | undefined;
  for (const [i, command] of commands.entries()) {
    const [name, ...args] = command;
    if (name === undefined) return undefined;
    // The value piped in is the command's last argument.
    const piped = i > 0;
    const operand = piped ? undefined : args[args.length - 1];
    if (i === 0 && command.length === 1) {
      const path = valuesPath(name, scopes);
      if (!path) return undefined;
      expression = { path };
      continue;
    }
    const from = piped ? expression : operand !== undefined ? pathExpression(operand, scopes) : undefined;
    if (!from) return undefined;
    const given = piped ? args : args.slice(0, -1);
    if (
      (name === 'quote' || name === 'toString' || name === 'trim' || name === 'toYaml') &&
      given.length === 0
    ) {
      expression = {
        ...from,
        ...(name === 'quote' ? { quote: true } : {}),
        ...(name === 'toYaml' ? { yaml: true } : {}),
      };
    } else if (name === 'default' && given.length === 1 && literal(given[0]) !== undefined) {
      expression = { ...from, fallback: literal(given[0]) };
    } else if (
      (name === 'nindent' || name === 'indent') &&
      given.length === 1 &&
      /^\d+$/.test(given[0]) &&
      from.yaml
    ) {
      expression = from;
    } else {
      return undefined;
    }
  }
  return expression;
}

function pathExpression(word: string, scopes: ReadonlyArray<Scope>): Expression | undefined {
  const path = valuesPath(word, scopes);
  return path ? { path } : undefined;
}
