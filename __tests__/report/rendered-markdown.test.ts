import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { micromark } from 'micromark';
import { chromium, type Browser } from 'playwright-core';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { COMMENT_LIMIT, READABLE_LIMIT, renderComment } from '../../src/report/markdown-comment.js';
import { renderSummary } from '../../src/report/markdown-summary.js';
import { reviewCommentBody } from '../../src/report/review-comment.js';
import { suggestFix } from '../../src/report/suggestion.js';
import { diffConfigs } from '../../src/report/breakdown-diff.js';
import type { CommentInput } from '../../src/report/markdown-comment.js';
import { configResult, finding, report } from '../helpers/report-builder.js';
import {
  commentInput,
  LINKS,
  managedToZero,
  refusedHead,
  RUN_URL,
  twelveIdentical,
} from '../helpers/comment-scenarios.js';

// The PR comment, job summary and review comment as a reviewer sees them: pull requests linted by
// the real engine, rendered, snapshotted, turned into HTML by a GFM parser and, where a headless
// Chromium is installed, drawn with the Mermaid charts GitHub would draw and photographed
// (SCREENSHOT_DIR keeps the pictures).

const render = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** The elements GitHub keeps in a comment that the tool writes. */
const ALLOWED = new Set(
  'a code pre table thead tbody tr th td details summary sub strong em h2 h3 p ul li blockquote br'.split(
    ' ',
  ),
);
const tags = (html: string) => [...html.matchAll(/<\/?([a-z0-9-]+)/gi)].map((m) => m[1].toLowerCase());

/** GitHub's look, near enough to judge layout from a picture. */
const PAGE = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;padding:16px;width:880px}
.comment{border:1px solid #d1d9e0;border-radius:6px;padding:16px}
table{border-collapse:collapse;margin:0 0 16px;display:block;overflow:auto}
th,td{border:1px solid #d1d9e0;padding:6px 13px}tr:nth-child(2n){background:#f6f8fa}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font:85% ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}pre code{background:none;padding:0;font-size:12px;line-height:1.45}
h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em;font-size:1.5em}h3{font-size:1.25em}
a{color:#0969da;text-decoration:none}details{margin:0 0 16px}summary{cursor:pointer}
</style></head><body><div class="comment">${body}</div></body></html>`;

const CHROMIUM = '/usr/bin/chromium';

/**
 * Mermaid as GitHub draws a `mermaid` code block: the `mermaid` package's browser build, run
 * over the block's text. Resolved as a module is, so that a missing package fails the test.
 */
const mermaidScript = () => createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** What the page reports of each chart it drew (runs in the browser; no DOM types here). */
const DRAW_CHARTS = `(async () => {
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
  for (const code of blocks) {
    const pre = document.createElement('pre');
    pre.className = 'mermaid';
    pre.textContent = code.textContent;
    code.parentElement.replaceWith(pre);
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  try {
    await mermaid.run({ querySelector: 'pre.mermaid' });
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
  return {
    charts: [...document.querySelectorAll('pre.mermaid')].map((pre) => {
      const svg = pre.querySelector('svg');
      if (!svg) return { error: pre.textContent };
      const labels = [...svg.querySelectorAll('.left-axis .label text, .left-axis text')].map((t) => t.textContent);
      const series = [0, 1].map((i) =>
        [...svg.querySelectorAll('.bar-plot-' + i + ' rect')].map((r) => Number(r.getAttribute('width'))),
      );
      return { title: svg.querySelector('.chart-title text')?.textContent, labels, series };
    }),
  };
})()`;

interface DrawnChart {
  error?: string;
  title?: string;
  labels: string[];
  series: number[][];
}

/**
 * The comment as HTML in GitHub's look, its Mermaid blocks drawn, folded sections open as after a
 * click; photographed into SCREENSHOT_DIR (or a temporary folder). What the charts drew.
 */
async function photograph(browser: Browser, name: string, markdown: string) {
  const dir = process.env.SCREENSHOT_DIR ?? mkdtempSync(path.join(tmpdir(), 'fml-shot-'));
  mkdirSync(dir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 920, height: 1000 } });
  try {
    await page.setContent(PAGE(render(markdown).replace(/<details>/g, '<details open>')));
    await page.addScriptTag({ path: mermaidScript() });
    const drawn = await page.evaluate<{ error?: string; charts?: DrawnChart[] }>(DRAW_CHARTS);
    const png = path.join(dir, `comment-${name}.png`);
    await page.screenshot({ path: png, fullPage: true });
    return { ...drawn, png };
  } finally {
    await page.close();
  }
}

describe('the rendered PR comment', () => {
  const inputs: Record<string, CommentInput> = {};
  beforeAll(async () => {
    inputs.twelve = await commentInput(twelveIdentical());
    inputs.refused = await commentInput(refusedHead());
    inputs.zero = await commentInput(managedToZero());
  });

  it('says twelve identical changes once, under the readable size', () => {
    const body = renderComment(inputs.twelve);
    expect(body.length).toBeLessThan(READABLE_LIMIT);
    expect(body).toContain(
      '| Config | TaskManager | JobManager | Task heap / slot | Managed / slot | Verdict |',
    );
    expect(body).toContain('12 configs: ');
    expect(body).toContain('4096 → 6144 MiB (+50%)');
    // One finding entry, one folded change, one picture.
    expect(body.match(/`hashmap-managed-memory`/g)).toHaveLength(1);
    expect(body).toContain('(12 places: ');
    expect(body.match(/<details>/g)).toHaveLength(1);
    expect(body.match(/```mermaid/g)).toHaveLength(1);
    expect(body).not.toContain('(MiB)');
    expect(body).toMatchSnapshot();
  });

  it('shows a refused head as Flink’s reason, not as rows of base values beside dashes', () => {
    const body = renderComment(inputs.refused);
    expect(body).toContain('| 4096 MiB → refused |');
    expect(body).toContain('❌ Flink refuses the TaskManager');
    expect(body).toMatch(
      /\*\*TaskManager\*\*: Flink refuses the head side: `IllegalConfigurationException: /,
    );
    expect(body).not.toMatch(/\| [^|]+ \| [\d.]+ MiB \| — \|/);
    expect(body).not.toContain('```mermaid');
    expect(body).toMatchSnapshot();
  });

  it('shows managed memory going to zero in the table, the overview and the picture', () => {
    const body = renderComment(inputs.zero);
    expect(body).toMatch(/\| 686\.1 → 0 MiB \(-100%\) \|/);
    expect(body).toContain('| Managed | 1372.2 MiB | 0 MiB | **-1372.2 MiB** |');
    // The chart: base and head beside each other for every component, zero written as zero.
    expect(body).toContain('"Managed base 1372.2 MiB", "Managed head 0 MiB"');
    expect(body).toMatch(/\n {2}bar \[128, 0, [\d.]+, 0, 1372\.2, 0,/);
    expect(body).toMatch(/\n {2}bar \[0, 128, 0, [\d.]+, 0, 0,/);
    expect(body).toContain('**Fix:**');
    expect(body).toMatchSnapshot();
  });

  it('stays under the API limit for a pull request of many distinct changes with long names', () => {
    const long = 'very-long-folder-name-of-a-team-that-likes-long-names/'.repeat(3);
    const configs = Array.from({ length: 1500 }, (_, i) =>
      configResult(`${long}job-${i}/flink-conf.yaml`, 1, 2048 + i),
    );
    const findings = configs.map((c, i) => finding(c, 1, { message: `Finding number ${i} @team #${i}` }));
    const input = {
      report: report(configs, findings),
      diffs: diffConfigs(
        configs.map((c) => configResult(c.config.file, 1, 1024)),
        configs,
      ),
      touchedFiles: configs.map((c) => c.config.file),
      failed: true,
      links: LINKS,
      runUrl: RUN_URL,
    };
    const body = renderComment(input);
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('| Config | TaskManager |');
    expect(body).toMatch(/cut to fit GitHub's size limit/);
  });

  it('becomes HTML with the tool’s structure only', () => {
    for (const input of Object.values(inputs)) {
      const html = render(renderComment(input));
      expect(tags(html).filter((t) => !ALLOWED.has(t))).toEqual([]);
      expect(html).toContain('<table>');
    }
  });

  // Where Chromium is absent (apt-get install -y chromium), nothing is drawn.
  (existsSync(CHROMIUM) ? describe : describe.skip)('in a browser', () => {
    it('is drawn as GitHub draws it: Mermaid charts, and photographed', async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox'],
      });
      try {
        const charts: Record<string, DrawnChart[]> = {};
        for (const [name, input] of Object.entries(inputs)) {
          const body = renderComment(input);
          const drawn = await photograph(browser, name, body);
          charts[name] = drawn.charts ?? [];
          expect(drawn.error).toBeUndefined();
          expect(statSync(drawn.png).size).toBeGreaterThan(10_000);
          // Every chart of the comment drew, none as Mermaid's error picture.
          expect(drawn.charts).toHaveLength(body.match(/```mermaid/g)?.length ?? 0);
          for (const chart of drawn.charts ?? []) {
            expect(chart.error).toBeUndefined();
            expect(chart.title).toMatch(/^TaskManager: base [\d.]+ MiB, head [\d.]+ MiB$/);
            // Base and head bars alternate: each category has one side's bar, the other side none.
            chart.series[0].forEach((width, i) => {
              expect(chart.labels[i]).toMatch(i % 2 === 0 ? / base / : / head /);
              expect(i % 2 === 0 ? chart.series[1][i] : width).toBe(0);
            });
          }
        }
        // Managed memory going to zero: a bar on the base side, nothing on the head side.
        const [tm] = charts.zero;
        const at = (label: string) => tm.labels.indexOf(label);
        expect(tm.series[0][at('Managed base 1372.2 MiB')]).toBeGreaterThan(50);
        expect(tm.series[1][at('Managed head 0 MiB')]).toBe(0);
        expect(tm.series[1][at('Task Heap head 2831.4 MiB')]).toBeGreaterThan(
          tm.series[0][at('Task Heap base 1459.2 MiB')],
        );
      } finally {
        await browser.close();
      }
    }, 180_000);
  });

  it('job summary: the same overview with base → head', () => {
    const summary = renderSummary({ ...inputs.zero, diffs: inputs.zero.diffs ?? [] });
    expect(summary).toContain('### Changed by this pull request');
    expect(summary).toContain('686.1 → 0 MiB (-100%)');
    expect(summary.indexOf('### Changed by this pull request')).toBeLessThan(
      summary.indexOf('### All configs'),
    );
    expect(summary).toMatchSnapshot();
  });

  it('review comment: the finding, why, the fix and its suggestion', () => {
    const { report: head } = inputs.zero;
    const f = head.findings.find((x) => x.ruleId === 'rocksdb-managed-memory')!;
    const policy = head.policies?.find((p) => p.id === f.ruleId);
    const config = head.configs.find((r) => r.config.id === f.configId)!.config;
    const suggestion = suggestFix(f, head.sources?.get(f.file) ?? '', config);
    const body = reviewCommentBody(f, policy, suggestion);
    expect(body).toContain('```suggestion');
    expect(body).toMatchSnapshot();
  });
});
