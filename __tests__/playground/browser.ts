// The built playground in headless Chromium (Debian's package), and the CLI bundle it is checked against.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser tests can run here; where they cannot, says why once. */
export function chromiumPresent(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(`${suite}: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds the page from the current sources into a folder of its own; its file:// address. */
export function buildPage(): string {
  const out = mkdtempSync(join(tmpdir(), 'playground-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-playground.mjs'), '--out', out], { cwd: root });
  return pathToFileURL(join(out, 'index.html')).href;
}

/** Until the page has drawn what it was given and its address holds the view. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !('pending' in document.documentElement.dataset));
}

export interface Choices {
  version?: string;
  deployment?: string;
  readAs?: string;
}

/** Types a configuration into the text area and picks the choices, as a person would. */
export async function paste(page: Page, text: string, choices: Choices = {}): Promise<void> {
  await page.getByLabel('Configuration').fill(text);
  if (choices.readAs) await page.getByLabel('Read as').selectOption(choices.readAs);
  if (choices.version) await page.getByLabel('Flink version').selectOption(choices.version);
  if (choices.deployment) await page.getByLabel('Deployment').selectOption(choices.deployment);
  await settled(page);
}

export interface Cell {
  process: string;
  component: string;
  text: string;
  title: string | null;
}

/** Every size the page shows for one side, as its data attributes name them. */
export function drawnSizes(page: Page, side = 'a'): Promise<Cell[]> {
  return page.locator(`[data-side="${side}"][data-component]`).evaluateAll((cells) =>
    cells.map((cell) => ({
      process: cell.getAttribute('data-process') ?? '',
      component: cell.getAttribute('data-component') ?? '',
      text: cell.textContent ?? '',
      title: cell.getAttribute('title'),
    })),
  );
}

function writeIn(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'playground-cli-'));
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { dir, file };
}

/** A process's result as `derive --format json` gives it. */
export type ProcessJson =
  | { ok: true; memory: Record<string, number>; jvm: { args: string } }
  | { ok: false; error?: string; errorType?: string; reason?: string; jvmArgs?: string };

export interface DeriveJson {
  taskmanager: ProcessJson;
  jobmanager: ProcessJson;
  stderr: string;
  status: number | null;
}

/** `flink-memory-lint derive FILE --format json` of the text saved as `name`. */
export function cliDerive(
  name: string,
  text: string,
  options: { version: string; deployment?: string },
): DeriveJson {
  const { file } = writeIn(name, text);
  const args = [cli, 'derive', file, '--format', 'json', '--flink-version', options.version];
  if (options.deployment) args.push('--deployment', options.deployment);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const json = (r.stdout ? JSON.parse(r.stdout) : {}) as Pick<DeriveJson, 'taskmanager' | 'jobmanager'>;
  return { ...json, stderr: r.stderr, status: r.status };
}

export interface LintJson {
  configs: Array<{
    kind: string;
    flinkVersion: string;
    taskmanager: ProcessJson | null;
    jobmanager: ProcessJson | null;
  }>;
  findings: Array<{ ruleId: string; line: number; fix?: { set: Record<string, string | null> } }>;
}

/** `flink-memory-lint lint DIR --format json` of a folder holding the text as `name`. */
export function cliLint(name: string, text: string, version?: string): LintJson {
  const { dir } = writeIn(name, text);
  const args = [cli, 'lint', dir, '--format', 'json', '--fail-on', 'never'];
  if (version) args.push('--flink-version', version);
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  return JSON.parse(r.stdout) as LintJson;
}
