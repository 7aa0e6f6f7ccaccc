import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { formatChange, formatSize } from '../../src/flink/human-size.js';
import {
  buildPage,
  cliDerive,
  cliLint,
  chromiumPresent,
  drawnSizes,
  launch,
  paste,
  root,
  settled,
  type Cell,
  type ProcessJson,
} from './browser.js';

/** Boxes of Flink's model that are sums of fields (`derive` prints them as such). */
const GROUPS: Record<string, Record<string, string[]>> = {
  taskmanager: {
    jvmHeap: ['frameworkHeap', 'taskHeap'],
    offHeap: ['managed', 'frameworkOffHeap', 'taskOffHeap', 'network'],
    directMemory: ['frameworkOffHeap', 'taskOffHeap', 'network'],
  },
  jobmanager: {},
};

/** The cells the page should show for a process, from the CLI's JSON, in the CLI's own size format. */
function expectedCells(process: string, result: ProcessJson | null): Cell[] {
  if (!result?.ok) return [];
  const bytes: Record<string, bigint> = Object.fromEntries(
    Object.entries(result.memory).map(([key, value]) => [key, BigInt(value)]),
  );
  for (const [group, parts] of Object.entries(GROUPS[process]))
    bytes[group] = parts.reduce((sum, part) => sum + bytes[part], 0n);
  return Object.entries(bytes).map(([component, b]) => ({
    process,
    component,
    text: formatSize(b),
    title: `${b} bytes`,
  }));
}

const sorted = (cells: Cell[]) =>
  [...cells].sort((a, b) => `${a.process}.${a.component}`.localeCompare(`${b.process}.${b.component}`));

async function expectDrawn(page: Page, tm: ProcessJson | null, jm: ProcessJson | null, side = 'a') {
  const expected = [...expectedCells('taskmanager', tm), ...expectedCells('jobmanager', jm)];
  expect(expected.length).toBeGreaterThan(0);
  expect(sorted(await drawnSizes(page, side))).toEqual(sorted(expected));
  for (const [process, result] of [
    ['taskmanager', tm],
    ['jobmanager', jm],
  ] as const) {
    if (result?.ok)
      await expect(page.locator(`[data-side="${side}"][data-jvm="${process}"]`).textContent()).resolves.toBe(
        result.jvm.args,
      );
  }
}

const SUITE = 'the playground page in Chromium';

(chromiumPresent(SUITE) ? describe : describe.skip)(SUITE, () => {
  let browser: Browser;
  let url: string;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    url = buildPage();
    browser = await launch();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(at = url): Promise<Page> {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(at);
    await settled(page);
    return page;
  }

  afterEach(async () => {
    await page?.close();
  });

  // Files Flink reads itself: checked against `derive --format json` of the same text and choices.
  it.each([
    {
      name: 'flink-conf.yaml',
      version: '1.18',
      text: 'taskmanager.memory.flink.size: 3g\ntaskmanager.numberOfTaskSlots: 3\ntaskmanager.memory.network.fraction: 0.15\njobmanager.memory.heap.size: 2g\n',
    },
    {
      name: 'config.yaml',
      version: '2.1',
      deployment: 'kubernetes',
      text: 'taskmanager:\n  memory:\n    process.size: 5000m\n    managed.fraction: 0.25\njobmanager:\n  memory:\n    process.size: 2500m\n    jvm-overhead.fraction: 0.2\n',
    },
    {
      // 1.10 reads the legacy heap key by deployment, and had no JobManager memory model.
      name: 'flink-conf.yaml',
      version: '1.10',
      deployment: 'yarn',
      text: 'taskmanager.heap.size: 2048m\njobmanager.heap.size: 1024m\ncontainerized.heap-cutoff-ratio: 0.3\n',
    },
  ])('draws $name on Flink $version as derive computes it', async ({ name, version, deployment, text }) => {
    await open();
    await paste(page, text, { version, deployment });
    await expect(page.locator('#detected').getAttribute('data-read-as')).resolves.toBe(name);
    const cli = cliDerive(name, text, { version, deployment });
    await expectDrawn(page, cli.taskmanager, cli.jobmanager);
  });

  // Files only lint reads: checked against `lint --format json` of the same file.
  it.each([
    {
      name: 'deploy/clicks.yaml',
      kind: 'flinkdeployment',
      text: 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: clicks\nspec:\n  image: flink:1.19\n  flinkVersion: v1_19\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "4"\n    taskmanager.memory.managed.fraction: "0.2"\n  jobManager:\n    resource: {memory: "2g", cpu: 1}\n  taskManager:\n    resource: {memory: "6g", cpu: 2}\n',
    },
    {
      name: 'k8s/flink-config.yaml',
      kind: 'configmap',
      version: '1.16',
      text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flink-config\ndata:\n  flink-conf.yaml: |\n    taskmanager.memory.process.size: 3000m\n    jobmanager.memory.process.size: 1200m\n',
    },
    {
      name: 'docker-compose.yml',
      kind: 'docker-compose',
      config: 1,
      text: 'services:\n  jm:\n    image: flink:1.17.2\n    command: jobmanager\n    environment:\n      FLINK_PROPERTIES: "jobmanager.memory.process.size: 1g"\n  tm:\n    image: flink:1.17.2\n    command: taskmanager\n    mem_limit: 3g\n    environment:\n      FLINK_PROPERTIES: |\n        taskmanager.memory.process.size: 2600m\n        taskmanager.numberOfTaskSlots: 2\n',
    },
    {
      name: 'charts/flink/values.yaml',
      kind: 'helm-values',
      config: 1,
      text: 'image:\n  repository: flink\n  tag: 1.15.4\njobmanager:\n  env:\n    - name: FLINK_PROPERTIES\n      value: |\n        jobmanager.memory.process.size: 1800m\ntaskmanager:\n  resources:\n    limits:\n      memory: 5Gi\n  env:\n    - name: FLINK_PROPERTIES\n      value: |\n        taskmanager.memory.process.size: 5g\n',
    },
    {
      name: 'k8s/taskmanager.yaml',
      kind: 'kubernetes-workload',
      text: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: tm\nspec:\n  template:\n    spec:\n      containers:\n        - name: taskmanager\n          image: flink:1.20.0\n          args: ["taskmanager"]\n          env:\n            - name: FLINK_PROPERTIES\n              value: |\n                taskmanager.memory.process.size: 2g\n',
    },
  ])('draws a $kind as lint reads it', async ({ name, kind, version, config, text }) => {
    await open();
    await paste(page, text, { version });
    if (config !== undefined) {
      await page.getByLabel('Config in the file').selectOption(String(config));
      await settled(page);
    }
    const lint = cliLint(name, text, version);
    const expected = lint.configs[config ?? 0];
    expect(expected.kind).toBe(kind);
    await expect(page.locator('#detected').getAttribute('data-kind')).resolves.toBe(kind);
    await expect(page.locator('#detected').getAttribute('data-flink-version')).resolves.toBe(
      expected.flinkVersion,
    );
    await expectDrawn(page, expected.taskmanager, expected.jobmanager);
  });

  it("shows Flink's own message for a configuration Flink refuses", async () => {
    await open();
    const text =
      'taskmanager.memory.process.size: 1g\ntaskmanager.memory.task.heap.size: 2g\njobmanager.memory.process.size: 1g\n';
    await paste(page, text, { version: '1.17' });
    const cli = cliDerive('flink-conf.yaml', text, { version: '1.17' });
    if (cli.taskmanager.ok) throw new Error('Flink was expected to refuse the TaskManager');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain(
      `${cli.taskmanager.errorType}: ${cli.taskmanager.error}`,
    );
    await expect(alert.getAttribute('data-process')).resolves.toBe('taskmanager');
    await expectDrawn(page, null, cli.jobmanager);
  });

  it('shows why Flink refuses to read a config.yaml at all', async () => {
    await open();
    const text = 'taskmanager.memory.process.size: 2g\ntaskmanager.memory.process.size: 4g\n';
    await paste(page, text, { version: '2.0' });
    const cli = cliDerive('config.yaml', text, { version: '2.0' });
    expect(cli.status).toBe(1);
    // derive: `<file>:<line>:<column>: <message>`
    const message = /:\d+:\d+: (.*)/.exec(cli.stderr)![1];
    await expect(page.getByRole('alert').textContent()).resolves.toContain(message);
    await expect(page.locator('[data-rule="config-unparseable"]').count()).resolves.toBe(1);
  });

  it('restores the same view from its address', async () => {
    await open();
    const text = 'taskmanager.memory.process.size: 3200m\njobmanager.memory.process.size: 1300m\n';
    await paste(page, text, { version: '1.15', deployment: 'kubernetes' });
    await page.getByLabel('Compare', { exact: true }).selectOption('version');
    await page.getByLabel('Second version').selectOption('2.0');
    await settled(page);
    const address = page.url();
    expect(address).toMatch(/#c=[\w-]+$/);
    const before = { a: await drawnSizes(page, 'a'), b: await drawnSizes(page, 'b') };
    await page.close();

    await open(address);
    await expect(page.getByLabel('Configuration').inputValue()).resolves.toBe(text);
    await expect(page.getByLabel('Flink version').inputValue()).resolves.toBe('1.15');
    await expect(page.getByLabel('Deployment').inputValue()).resolves.toBe('kubernetes');
    await expect(page.getByLabel('Second version').inputValue()).resolves.toBe('2.0');
    expect({ a: await drawnSizes(page, 'a'), b: await drawnSizes(page, 'b') }).toEqual(before);
    expect(before.a.length).toBeGreaterThan(0);
  });

  it("opens the README's example link, written with Node's zlib, on the view it names", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const fragment = /flink-memory-lint\.github\.io\/flink-memory-lint\/(#c=[\w-]+)/.exec(readme)![1];
    const state = JSON.parse(
      inflateRawSync(Buffer.from(fragment.slice('#c='.length), 'base64url')).toString(),
    ) as {
      text: string;
      version: string;
      compareVersion: string;
    };
    await open(url + fragment);
    await expect(page.getByLabel('Configuration').inputValue()).resolves.toBe(state.text);
    await expect(page.getByLabel('Second version').inputValue()).resolves.toBe(state.compareVersion);
    await expect(page.getByLabel('Flink version').inputValue()).resolves.toBe(state.version);
    // Flink 2 reads only config.yaml; 1.16 only flink-conf.yaml.
    const newer = cliDerive('config.yaml', state.text, { version: state.version });
    const older = cliDerive('flink-conf.yaml', state.text, { version: state.compareVersion });
    await expectDrawn(page, newer.taskmanager, newer.jobmanager, 'a');
    await expectDrawn(page, older.taskmanager, older.jobmanager, 'b');
    await expect(page.locator('[data-side="a"] [data-rule="hashmap-managed-memory"]').count()).resolves.toBe(
      1,
    );
  });

  it('opens an uncompressed link (#j=, for generated docs) on the view it names', async () => {
    const text = 'taskmanager.memory.process.size: 1234m\njobmanager.memory.process.size: 1g\n';
    const json = JSON.stringify({ text, version: '1.14', deployment: 'yarn' });
    await open(`${url}#j=${Buffer.from(json).toString('base64url')}`);
    await expect(page.getByLabel('Configuration').inputValue()).resolves.toBe(text);
    const cli = cliDerive('flink-conf.yaml', text, { version: '1.14', deployment: 'yarn' });
    await expectDrawn(page, cli.taskmanager, cli.jobmanager);
  });

  it('opens each rule page’s example links on a view that reports the rule for an invalid example', async () => {
    // The docs pages (npm run docs:rules) link each example that the page can show in full.
    const pages = ['hashmap-managed-memory', 'memory-size-without-unit', 'legacy-memory-key'];
    for (const rule of pages) {
      const doc = readFileSync(join(root, 'docs', 'rules', `${rule}.md`), 'utf8');
      const reported = doc.slice(doc.indexOf('### Reported'), doc.indexOf('### Not reported'));
      const link = /\[Open in the playground\]\(https:[^)#]*(#j=[^)]+)\)/.exec(reported)?.[1];
      expect(link).toBeDefined();
      await open(`${url}${link}`);
      await expect(
        page.locator(`[data-side="a"][data-findings] [data-rule="${rule}"]`).count(),
      ).resolves.toBeGreaterThan(0);
    }
  });

  it('compares a configuration on two versions, component by component', async () => {
    await open();
    const text =
      'taskmanager.memory.process.size: 4g\ntaskmanager.memory.network.max: 2g\njobmanager.memory.process.size: 2g\n';
    await paste(page, text, { version: '1.12' });
    await page.getByLabel('Compare', { exact: true }).selectOption('version');
    await page.getByLabel('Second version').selectOption('1.20');
    await settled(page);
    const a = cliDerive('flink-conf.yaml', text, { version: '1.12' });
    const b = cliDerive('flink-conf.yaml', text, { version: '1.20' });
    await expectDrawn(page, a.taskmanager, a.jobmanager, 'a');
    await expectDrawn(page, b.taskmanager, b.jobmanager, 'b');
    const before = expectedCells('taskmanager', a.taskmanager);
    const after = expectedCells('taskmanager', b.taskmanager);
    for (const cell of before) {
      const next = after.find((c) => c.component === cell.component)!;
      const delta = BigInt(next.title!.split(' ')[0]) - BigInt(cell.title!.split(' ')[0]);
      await expect(
        page.locator(`[data-process="taskmanager"][data-change="${cell.component}"]`).textContent(),
      ).resolves.toBe(formatChange(delta));
    }
  });

  it('applies a finding’s fix to the text, as lint suggests it', async () => {
    await open();
    const text = 'taskmanager.memory.process.size: 4Gi\njobmanager.memory.process.size: 1600m\n';
    await paste(page, text, { version: '1.20' });
    const lint = cliLint('flink-conf.yaml', text);
    const finding = lint.findings.find((f) => f.ruleId === 'kubernetes-unit-in-flink-key')!;
    const item = page.locator('[data-side="a"] [data-rule="kubernetes-unit-in-flink-key"]');
    await item.getByRole('button', { name: /^Apply/ }).click();
    await settled(page);
    const [key, value] = Object.entries(finding.fix!.set)[0];
    await expect(page.getByLabel('Configuration').inputValue()).resolves.toBe(
      `${key}: ${value}\njobmanager.memory.process.size: 1600m\n`,
    );
    await expect(item.count()).resolves.toBe(0);
    await expect(
      page
        .locator('[data-side="a"][data-process="taskmanager"][data-component="totalProcess"]')
        .textContent(),
    ).resolves.toBe('4096 MiB');
  });

  it('keeps every text at a contrast of at least 4.5:1', async () => {
    await open();
    await page.getByRole('button', { name: 'FlinkDeployment', exact: true }).click();
    await settled(page);
    // WCAG 2 contrast of each element's own text against the first opaque background behind it.
    const low = await page.evaluate(() => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r, g, b].map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
      };
      const background = (element: Element | null): number[] => {
        for (; element; element = element.parentElement) {
          const color = rgb(getComputedStyle(element).backgroundColor);
          if (color.length === 3 || color[3] === 1) return color.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      for (const element of document.querySelectorAll('body *')) {
        const own = [...element.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
        );
        if (!own || !(element as HTMLElement).offsetParent) continue;
        const [fore, back] = [
          luminance(rgb(getComputedStyle(element).color)),
          luminance(background(element)),
        ];
        const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
        if (ratio < 4.5)
          out.push(`${element.tagName} "${element.textContent.slice(0, 30)}": ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(low).toEqual([]);
  });

  it('loads an example from the keyboard and sends nothing anywhere', async () => {
    await open();
    const example = page.getByRole('button', { name: 'FlinkDeployment', exact: true });
    for (let i = 0; i < 20 && !(await example.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect(page.getByLabel('Configuration').inputValue()).resolves.toContain('kind: FlinkDeployment');
    await expect(page.locator('#detected').getAttribute('data-kind')).resolves.toBe('flinkdeployment');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:'))).toEqual([]);
  });
});
