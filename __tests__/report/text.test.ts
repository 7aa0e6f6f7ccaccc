import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/finding.js';
import { renderText, SHOWN_PER_RULE, useColor } from '../../src/report/text.js';

const finding: Finding = {
  ruleId: 'hashmap-managed-memory',
  severity: 'warning',
  message: 'Managed memory is wasted.',
  file: 'conf/flink-conf.yaml',
  line: 2,
  column: 3,
  fix: { set: { 'taskmanager.memory.managed.size': '0' }, description: 'Give it to the heap.' },
  docs: 'https://example.test/docs/rules/hashmap-managed-memory.md',
};
const sources = new Map([['conf/flink-conf.yaml', 'a: 1\n  taskmanager.memory.managed.fraction: 0.4\n']]);

describe('renderText', () => {
  it('prints file:line:col, the source line with a caret, the fix and the docs', () => {
    const text = renderText([finding], { sources });
    expect(text.split('\n')).toEqual([
      'conf/flink-conf.yaml:2:3: warning: Managed memory is wasted. [hashmap-managed-memory]',
      '  |',
      '2 |   taskmanager.memory.managed.fraction: 0.4',
      '  |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '  fix: Give it to the heap.',
      '       taskmanager.memory.managed.size: 0',
      '  docs: https://example.test/docs/rules/hashmap-managed-memory.md',
      '',
      '1 warning',
      '',
    ]);
  });

  it('has no escape codes without colour, and lists suppressed findings with why', () => {
    const text = renderText([], {
      suppressed: [{ ...finding, suppressed: { kind: 'comment', reason: 'batch job' } }],
    });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('conf/flink-conf.yaml:2:3: hashmap-managed-memory (comment: batch job)');
    expect(text).toContain('no findings (1 suppressed)');
  });

  it('colours only on a TTY and never with NO_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(renderText([finding], { color: true })).toContain('\u001b[33mwarning:');
  });

  it('shows a rule repeated many times a few times, then counts it', () => {
    const many = Array.from({ length: 5349 }, (_, i) => ({
      ...finding,
      file: `jobs/job-${i}/flink-conf.yaml`,
      configId: `jobs/job-${i}/flink-conf.yaml#1`,
    }));
    const text = renderText(many, {});
    expect(text.match(/\[hashmap-managed-memory\]/g)).toHaveLength(SHOWN_PER_RULE);
    expect(text).toContain(
      'hashmap-managed-memory ×5,349 in 5,349 configs: 3 shown above, 5,346 more with --verbose',
    );
    expect(text).toContain('5,349 warnings');
    expect(renderText(many, { verbose: true }).match(/\[hashmap-managed-memory\]/g)).toHaveLength(5349);
  });
});
