import policies from 'builtin-policies';
import { compilePack, DEPLOYMENTS, FLINK_VERSIONS, type Suggestion } from './engine.js';
import { setOptions } from './dom.js';
import { EXAMPLES } from './examples.js';
import { KIND_LABELS, READ_AS, type ReadAs } from './format.js';
import { renderResult } from './render.js';
import { DEFAULT_STATE, decodeState, encodeState, type PageState } from './state.js';
import { sidesOf, type Side } from './view.js';

const pack = compilePack(policies);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = byId<HTMLTextAreaElement>('config');
const textB = byId<HTMLTextAreaElement>('config-b');
const readAs = byId<HTMLSelectElement>('read-as');
const version = byId<HTMLSelectElement>('version');
const deployment = byId<HTMLSelectElement>('deployment');
const configIndex = byId<HTMLSelectElement>('config-index');
const compare = byId<HTMLSelectElement>('compare');
const compareVersion = byId<HTMLSelectElement>('compare-version');
const detected = byId<HTMLElement>('detected');
const result = byId<HTMLElement>('result');

let state: PageState = { ...DEFAULT_STATE };

/** The text areas show the state (render() sets the selects, whose options depend on the text). */
function showState(): void {
  text.value = state.text;
  textB.value = state.compareText;
}

function readControls(): void {
  state = {
    text: text.value,
    readAs: readAs.value as ReadAs,
    version: version.value as PageState['version'],
    deployment: deployment.value as PageState['deployment'],
    config: Number(configIndex.value || 0),
    compare: compare.value as PageState['compare'],
    compareVersion: compareVersion.value as PageState['compareVersion'],
    compareText: textB.value,
  };
}

function render(): void {
  const sides = sidesOf(state, pack);
  const [a] = sides;
  const shown = a.shown?.config;
  // What `auto` stands for, read off the file.
  setOptions(readAs, [
    ['auto', `Detect (${a.fileName})`],
    ...Object.entries(READ_AS).map(([value, label]): [string, string] => [value, label]),
  ]);
  setOptions(version, [
    ['auto', shown ? `As the file implies (${shown.flinkVersion})` : 'As the file implies'],
    ...FLINK_VERSIONS.map((v): [string, string] => [v, v]),
  ]);
  setOptions(deployment, [
    ['auto', shown ? `As the file implies (${shown.deployment})` : 'As the file implies'],
    ...DEPLOYMENTS.map((d): [string, string] => [d, d]),
  ]);
  const many = a.lint.results.length > 1;
  configIndex.hidden = !many;
  (configIndex.labels[0] as HTMLElement).hidden = !many;
  setOptions(
    configIndex,
    a.lint.results.map(({ config }, i): [string, string] => [
      String(i),
      `${i + 1}. ${config.kind}${config.name ? ` ${config.name}` : ''} (line ${config.line})`,
    ]),
  );
  readAs.value = state.readAs;
  version.value = state.version;
  deployment.value = state.deployment;
  configIndex.value = String(a.index);
  compare.value = state.compare;
  compareVersion.value = state.compareVersion;
  compareVersion.hidden = state.compare !== 'version';
  (compareVersion.labels[0] as HTMLElement).hidden = state.compare !== 'version';
  byId('compare-input').hidden = state.compare !== 'config';
  showDetected(a);
  result.replaceChildren(...renderResult(sides, { applyFix, showLine }));
  void syncUrl();
}

/** What the page made of the text: the format, the version and why, the deployment. */
function showDetected(a: Side): void {
  const config = a.shown?.config;
  const how = a.detected ? 'detected' : `read as ${a.fileName}`;
  const parts = !config
    ? [`No Flink configuration (${how})`]
    : [
        `${KIND_LABELS[config.kind]} (${how})`,
        `Flink ${config.flinkVersion} (${config.flinkVersionSource})`,
        `${config.deployment} deployment`,
      ];
  if (a.lint.results.length > 1) parts.push(`${a.lint.results.length} configurations in the file`);
  detected.textContent = a.text.trim() ? parts.join(' · ') : '';
  Object.assign(detected.dataset, {
    readAs: a.fileName,
    kind: config?.kind ?? '',
    flinkVersion: config?.flinkVersion ?? '',
    deployment: config?.deployment ?? '',
  });
}

/** Replaces the lines a fix names with its lines, as the suggestion on a pull request would. */
function applyFix(suggestion: Suggestion): void {
  const lines = text.value.split('\n');
  lines.splice(suggestion.startLine - 1, suggestion.endLine - suggestion.startLine + 1, ...suggestion.lines);
  text.value = lines.join('\n');
  update();
  showLine(suggestion.startLine);
}

function showLine(line: number): void {
  const lines = text.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  text.focus();
  text.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
}

let urlRound = 0;
/** The fragment follows the view; `data-pending` is on <html> until it does. */
async function syncUrl(): Promise<void> {
  const round = ++urlRound;
  document.documentElement.dataset.pending = '';
  const hash = await encodeState(state);
  if (round !== urlRound) return;
  history.replaceState(null, '', state.text || state.compareText ? hash : location.pathname);
  delete document.documentElement.dataset.pending;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function update(): void {
  clearTimeout(timer);
  timer = undefined;
  readControls();
  render();
}

/** Typing re-renders once the keys pause; choices re-render at once. */
function typed(): void {
  clearTimeout(timer);
  document.documentElement.dataset.pending = '';
  timer = setTimeout(update, 150);
}

async function openFragment(): Promise<void> {
  state = await decodeState(location.hash);
  showState();
  render();
}

function start(): void {
  setOptions(
    compareVersion,
    FLINK_VERSIONS.map((v): [string, string] => [v, v]),
  );
  const examples = byId('examples');
  for (const example of EXAMPLES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = example.label;
    button.addEventListener('click', () => {
      state = { ...DEFAULT_STATE, text: example.text };
      showState();
      render();
    });
    examples.append(button);
  }
  text.addEventListener('input', typed);
  textB.addEventListener('input', typed);
  for (const select of [readAs, version, deployment, configIndex, compare, compareVersion])
    select.addEventListener('change', update);
  byId('copy-link').addEventListener('click', () => {
    const copied = byId('copied');
    navigator.clipboard.writeText(location.href).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = 'Copy the address from the address bar.'),
    );
  });
  window.addEventListener('hashchange', () => void openFragment());
  void openFragment();
}

start();
