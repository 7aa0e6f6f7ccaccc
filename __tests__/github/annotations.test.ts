import { describe, expect, it } from '@jest/globals';
import {
  checkRunFindings,
  commandAnnotations,
  fitsInCommands,
  MAX_CHECK_ANNOTATIONS,
  toCheckAnnotation,
  workflowCommand,
} from '../../src/github/annotations.js';
import type { Finding } from '../../src/model/index.js';

const finding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'rocksdb-managed-memory',
  severity,
  message: 'RocksDB gets no managed memory',
  file: 'deploy/flink.yaml',
  line: 12,
  column: 5,
  ...extra,
});

describe('workflowCommand', () => {
  it('writes file, line, column and title in the order GitHub documents', () => {
    expect(workflowCommand(finding('error'))).toBe(
      '::error file=deploy/flink.yaml,line=12,col=5,title=rocksdb-managed-memory::RocksDB gets no managed memory',
    );
    expect(workflowCommand(finding('info'))).toMatch(/^::notice /);
  });

  it('escapes what would end the command early', () => {
    const command = workflowCommand(
      finding('warning', { file: 'a,b:c.yaml', message: '100% of it\nis: wasted', endLine: 14 }),
    );
    expect(command).toBe(
      '::warning file=a%2Cb%3Ac.yaml,line=12,col=5,endLine=14,title=rocksdb-managed-memory::100%25 of it%0Ais: wasted',
    );
  });
});

describe('commandAnnotations', () => {
  it('keeps 10 a level, as GitHub shows, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('error', { line: i + 1 })),
      ...Array.from({ length: 3 }, () => finding('warning')),
      ...Array.from({ length: 11 }, () => finding('info')),
    ];
    const { commands, notShown } = commandAnnotations(findings);
    expect(commands.filter((c) => c.startsWith('::error'))).toHaveLength(10);
    expect(commands.filter((c) => c.startsWith('::warning'))).toHaveLength(3);
    expect(commands.filter((c) => c.startsWith('::notice'))).toHaveLength(10);
    expect(notShown).toBe(3);
    expect(fitsInCommands(findings)).toBe(false);
    expect(fitsInCommands(findings.slice(0, 10))).toBe(true);
  });
});

describe('toCheckAnnotation', () => {
  it('maps severities to check levels and keeps columns only on one line', () => {
    expect(toCheckAnnotation(finding('error', { endColumn: 30 }))).toEqual({
      path: 'deploy/flink.yaml',
      start_line: 12,
      end_line: 12,
      start_column: 5,
      end_column: 30,
      annotation_level: 'failure',
      title: 'rocksdb-managed-memory',
      message: 'RocksDB gets no managed memory',
    });
    const multi = toCheckAnnotation(finding('info', { endLine: 20 }));
    expect(multi).toMatchObject({ annotation_level: 'notice', end_line: 20 });
    expect(multi).not.toHaveProperty('start_column');
  });
});

describe('checkRunFindings', () => {
  it('keeps every finding up to the cap, then errors first, each group in file order', () => {
    const few = [finding('info', { line: 1 }), finding('error', { line: 2 })];
    expect(checkRunFindings(few)).toEqual(few);
    const many = Array.from({ length: MAX_CHECK_ANNOTATIONS + 100 }, (_, i) =>
      finding(i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info', { line: i + 1 }),
    );
    const kept = checkRunFindings(many);
    expect(kept).toHaveLength(MAX_CHECK_ANNOTATIONS);
    const errors = many.filter((f) => f.severity === 'error');
    expect(kept.filter((f) => f.severity === 'error')).toEqual(errors);
    const infos = many.filter((f) => f.severity === 'info');
    const room = MAX_CHECK_ANNOTATIONS - errors.length - many.filter((f) => f.severity === 'warning').length;
    expect(kept.filter((f) => f.severity === 'info')).toEqual(infos.slice(0, room));
    expect(kept.map((f) => f.line)).toEqual([...kept.map((f) => f.line)].sort((a, b) => a - b));
  });
});
