import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { configJson, lintJson, lintJsonChunks } from '../../src/report/lint-json.js';
import { findingToJson } from '../../src/report/findings-json.js';
import type { Report } from '../../src/model/index.js';

// The report written in pieces must be, byte for byte, the one document JSON.stringify writes.
function whole(report: Report): string {
  const document = {
    tool: report.tool,
    configs: report.configs.map(configJson),
    findings: report.findings.map(findingToJson),
    suppressed: report.suppressed.map(findingToJson),
    notices: report.notices,
    summary: report.summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

describe('lint --format json in pieces', () => {
  it('writes the examples exactly as one document, a piece per config and finding', async () => {
    const report = await lint({ cwd: path.resolve('examples'), paths: ['.'] });
    expect(report.configs.length).toBeGreaterThan(5);
    expect(report.findings.length).toBeGreaterThan(5);
    const chunks = [...lintJsonChunks(report)];
    expect(chunks.join('')).toBe(whole(report));
    expect(lintJson(report)).toBe(whole(report));
    expect(chunks.length).toBeGreaterThan(report.configs.length + report.findings.length);
    expect(JSON.parse(lintJson(report))).toMatchObject({ summary: report.summary });
  });

  it('writes empty lists as JSON.stringify does', async () => {
    const report = await lint({ cwd: path.resolve('examples/workflows'), paths: ['.'] });
    expect(report.configs).toHaveLength(0);
    expect(lintJson(report)).toBe(whole(report));
    expect(lintJson(report)).toContain('"configs": []');
  });
});
