import {
  formatChange,
  formatSize,
  jobManagerText,
  suggestFix,
  taskManagerText,
  type Finding,
  type LoadProblem,
  type ProcessName,
  type Suggestion,
  type TaskManagerResult,
} from './engine.js';
import { h } from './dom.js';
import { KIND_LABELS } from './format.js';
import { flatten, memoryModel, type Part } from './memory-model.js';
import type { Side } from './view.js';

const PROCESSES: ReadonlyArray<[ProcessName, string]> = [
  ['taskmanager', 'TaskManager'],
  ['jobmanager', 'JobManager'],
];

/** What the page does when someone acts on a finding. */
export interface Actions {
  applyFix: (suggestion: Suggestion) => void;
  showLine: (line: number) => void;
}

/** `Flink 1.20 · flink-conf.yaml`: what a column shows, for its heading. */
export function sideTitle(side: Side): string {
  const config = side.shown?.config;
  return config ? `Flink ${config.flinkVersion} · ${KIND_LABELS[config.kind]}` : side.fileName;
}

/** The whole output: each process drawn per side, then the findings per side. */
export function renderResult(sides: readonly Side[], actions: Actions): Node[] {
  const [a] = sides;
  if (!a.text.trim())
    return [
      h('p', { class: 'intro' }, 'Paste a configuration in the text area, or load one of the examples.'),
    ];
  const compared = sides.length > 1;
  const out = sides.flatMap((side) => fileProblems(side, compared));
  if (sides.some(drawable))
    for (const [process, title] of PROCESSES) {
      out.push(h('h3', {}, title));
      const columns = sides.map((side) => processColumn(side, process, compared));
      out.push(h('div', { class: 'sides', style: `--sides: ${sides.length}` }, ...columns));
      const table = componentTable(sides, process);
      if (table) out.push(table);
    }
  for (const side of sides)
    out.push(...findingsSection(side, compared, side.id === 'a' ? actions : undefined));
  return out;
}

/** What makes Flink (or the operator) refuse the whole file, as the `config-unparseable` rule reads it. */
const REFUSED_FILE: ReadonlySet<LoadProblem['code']> = new Set([
  'yaml-error',
  'null-value',
  'operator-rejected',
]);

/** Why Flink (or the operator) would not start from this file at all. */
function refusals(side: Side): LoadProblem[] {
  return [...side.lint.problems, ...(side.shown?.config.problems ?? [])].filter((p) =>
    REFUSED_FILE.has(p.code),
  );
}

/** A configuration Flink would start from: its processes are drawn. */
const drawable = (side: Side) => side.shown !== undefined && refusals(side).length === 0;

/** A file that does not parse, that Flink refuses to read, or that holds no configuration `lint` reads. */
function fileProblems(side: Side, compared: boolean): Node[] {
  const which = compared ? `${side.id === 'a' ? 'First' : 'Second'} file: ` : '';
  const refused = refusals(side);
  if (refused.length > 0)
    return [
      h(
        'div',
        { class: 'refused', role: 'alert', 'data-side': side.id, 'data-file-error': true },
        `${which}${side.shown ? 'refused' : 'the file does not parse'}:\n`,
        refused.map((p) => `line ${p.location.line}: ${p.message}`).join('\n'),
      ),
    ];
  if (side.shown || !side.text.trim()) return [];
  return [
    h(
      'p',
      { class: 'note', role: 'status', 'data-side': side.id },
      `${which}no Flink configuration found: lint would skip this text as ${side.fileName}. `,
      'Paste a whole file, or choose how to read it under "Read as".',
    ),
  ];
}

function processColumn(side: Side, process: ProcessName, compared: boolean): HTMLElement {
  const column = h('div', { class: 'side', 'data-side': side.id });
  if (compared) column.append(h('h4', {}, sideTitle(side)));
  const result = side.shown;
  if (!result || !drawable(side)) return column;
  const title = process === 'taskmanager' ? 'TaskManager' : 'JobManager';
  if (!result.config.processes.includes(process)) {
    column.append(h('p', { class: 'note' }, `This configuration does not start a ${title}.`));
    return column;
  }
  const derived = result.breakdown[process];
  if (!derived.ok) {
    // Flink's own words, as `derive` prints them.
    const text =
      process === 'taskmanager' ? taskManagerText(derived as TaskManagerResult) : jobManagerText(derived);
    const lines = text.split('\n').slice(1);
    const refused = !('unsupported' in derived) || derived.error !== undefined;
    column.append(
      h(
        'div',
        {
          class: refused ? 'refused' : 'note',
          role: refused ? 'alert' : 'status',
          'data-process': process,
          'data-error': refused,
        },
        refused && h('strong', {}, `Flink does not start this ${title}:`),
        lines.map((l) => l.replace(/^ {2}/, '')).join('\n'),
      ),
    );
    return column;
  }
  column.append(diagram(memoryModel(process, derived.memory), title));
  column.append(
    h(
      'p',
      { class: 'jvm' },
      'JVM parameters: ',
      jvmFlags(derived.jvm.args, { 'data-jvm': process, 'data-side': side.id }),
    ),
  );
  return column;
}

/** The flags, each kept on one line, separated by the spaces Flink writes. */
function jvmFlags(args: string, attributes: Record<string, string>): HTMLElement {
  const code = h('code', attributes);
  args.split(' ').forEach((flag, i) => code.append(...(i ? [' '] : []), h('span', { class: 'flag' }, flag)));
  return code;
}

/** Flink's memory model as nested boxes, each as wide as its share of the process. */
function diagram(root: Part, title: string): HTMLElement {
  const boxes = flatten(root);
  const rows = Math.max(...boxes.map((b) => b.depth)) + 1;
  const total = root.bytes > 0n ? root.bytes : 1n;
  const figure = h('div', {
    class: 'model',
    role: 'img',
    'aria-label': `${title} memory: ${boxes.map((b) => `${b.part.label} ${formatSize(b.part.bytes)}`).join(', ')}`,
    style: `--rows: ${rows}`,
  });
  const place = (part: Part, depth: number, offset: bigint) => {
    const percent = (bytes: bigint) => `${Number((bytes * 1_000_000n) / total) / 10_000}%`;
    const size = formatSize(part.bytes);
    figure.append(
      h(
        'div',
        {
          class: 'box',
          'data-key': part.key,
          title: `${part.label}: ${size} (${part.bytes} bytes)`,
          style: `--depth: ${depth}; --span: ${part.children.length ? 1 : rows - depth}; --left: ${percent(offset)}; --width: ${percent(part.bytes)}`,
        },
        h('span', {}, part.label),
        h('span', { class: 'size' }, size),
      ),
    );
    let at = offset;
    for (const child of part.children) {
      place(child, depth + 1, at);
      at += child.bytes;
    }
  };
  place(root, 0, 0n);
  return figure;
}

/** Each box's size per side, and the change between two sides. */
function componentTable(sides: readonly Side[], process: ProcessName): HTMLElement | undefined {
  const models = sides.map((side) => {
    if (!drawable(side)) return undefined;
    const result = side.shown?.breakdown[process];
    const started = side.shown?.config.processes.includes(process);
    return started && result?.ok ? flatten(memoryModel(process, result.memory)) : undefined;
  });
  const rows = models.find((m) => m);
  if (!rows) return undefined;
  const compared = sides.length > 1;
  const head = [
    h('th', { scope: 'col' }, 'Component'),
    ...sides.map((side) =>
      h('th', { scope: 'col', class: 'num' }, compared ? sideTitle(side).replace(/ · .*/, '') : 'Size'),
    ),
    compared
      ? h('th', { scope: 'col', class: 'num' }, 'Change')
      : h('th', { scope: 'col', class: 'num' }, 'Bytes'),
  ];
  const body = rows.map(({ part, depth }, i) => {
    const sizes = models.map((m) => m?.[i].part.bytes);
    const cells = sides.map((side, s) => {
      const bytes = sizes[s];
      return h(
        'td',
        {
          class: 'num',
          'data-side': side.id,
          'data-process': process,
          'data-component': part.key,
          title: bytes === undefined ? undefined : `${bytes} bytes`,
        },
        bytes === undefined ? '—' : formatSize(bytes),
      );
    });
    const [first, second] = sizes;
    const last = compared
      ? h(
          'td',
          {
            class: `num ${second !== undefined && first !== undefined ? (second > first ? 'grew' : second < first ? 'shrank' : '') : ''}`,
            'data-change': part.key,
            'data-process': process,
          },
          first !== undefined && second !== undefined ? formatChange(second - first) : '—',
        )
      : h('td', { class: 'num bytes' }, String(first));
    return h(
      'tr',
      {},
      h(
        'th',
        {
          scope: 'row',
          style: `padding-left: ${0.5 + depth * 1.1}rem; font-weight: ${depth < 2 ? 600 : 400}`,
        },
        part.label,
      ),
      ...cells,
      last,
    );
  });
  const title = process === 'taskmanager' ? 'TaskManager' : 'JobManager';
  return h(
    'table',
    { 'data-table': process },
    h('caption', { class: 'visually-hidden' }, `${title} memory components`),
    h('thead', {}, h('tr', {}, ...head)),
    h('tbody', {}, ...body),
  );
}

/** The findings of the configuration drawn, and those of the file as a whole. */
function findingsSection(side: Side, compared: boolean, actions?: Actions): Node[] {
  const ofShown = (f: Finding) => f.configId === undefined || f.configId === side.shown?.config.id;
  const findings = side.lint.findings.filter(ofShown);
  const suppressed = side.lint.suppressed.filter(ofShown);
  const elsewhere = side.lint.findings.length - findings.length;
  if (!side.shown && findings.length === 0) return [];
  const heading = compared ? `Findings · ${sideTitle(side)}` : 'Findings';
  const out: Node[] = [h('h3', {}, heading)];
  if (elsewhere > 0)
    out.push(
      h(
        'p',
        { class: 'intro' },
        `Of this configuration; the file's other configurations have ${elsewhere} more (choose one above).`,
      ),
    );
  if (findings.length === 0) out.push(h('p', { 'data-side': side.id, 'data-findings': 0 }, 'No findings.'));
  else
    out.push(
      h(
        'ul',
        { class: 'findings', 'data-side': side.id, 'data-findings': findings.length },
        ...findings.map((f) => findingItem(f, side, actions)),
      ),
    );
  if (suppressed.length > 0)
    out.push(
      h(
        'details',
        {},
        h('summary', {}, `${suppressed.length} suppressed by a comment or an annotation`),
        h('ul', { class: 'findings' }, ...suppressed.map((f) => findingItem(f, side))),
      ),
    );
  return out;
}

function findingItem(finding: Finding, side: Side, actions?: Actions): HTMLElement {
  const rule = finding.docs ? h('a', { href: finding.docs }, finding.ruleId) : h('code', {}, finding.ruleId);
  const where: (Node | string)[] = [];
  if (actions) {
    const jump = h('button', { type: 'button', class: 'line-link' }, `line ${finding.line}`);
    jump.addEventListener('click', () => actions.showLine(finding.line));
    where.push(jump);
  } else where.push(`line ${finding.line}`);
  if (finding.process) where.push(` · ${finding.process === 'taskmanager' ? 'TaskManager' : 'JobManager'}`);
  const item = h(
    'li',
    { 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    h('span', { class: 'severity' }, finding.severity),
    rule,
    h('div', {}, finding.message),
    h('div', { class: 'finding-meta' }, ...where),
  );
  if (finding.fix) item.append(fixBlock(finding, side, actions));
  return item;
}

function fixBlock(finding: Finding, side: Side, actions?: Actions): HTMLElement {
  const fix = finding.fix!;
  const changes = Object.entries(fix.set).map(([key, value]) =>
    h('code', {}, value === null ? `remove ${key}` : `${key}: ${value}`),
  );
  const block = h('div', { class: 'fix' }, 'Fix: ');
  changes.forEach((change, i) => block.append(...(i ? [', ', change] : [change])));
  if (fix.description) block.append(h('div', {}, fix.description));
  const config = side.lint.results.find((r) => r.config.id === finding.configId)?.config;
  const suggestion = config && suggestFix(finding, side.text, config);
  if (suggestion && actions) {
    const { startLine, endLine } = suggestion;
    const span = startLine === endLine ? `line ${startLine}` : `lines ${startLine}–${endLine}`;
    // As a diff: the lines as written, then what replaces them.
    const before = side.text.split('\n').slice(startLine - 1, endLine);
    const diff = [...before.map((l) => `- ${l}`), ...suggestion.lines.map((l) => `+ ${l}`)].join('\n');
    const apply = h('button', { type: 'button' }, `Apply to ${span}`);
    apply.addEventListener('click', () => actions.applyFix(suggestion));
    block.append(h('pre', { 'aria-label': `the change to ${span}` }, diff), apply);
  }
  return block;
}
