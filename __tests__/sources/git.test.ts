import { describe, expect, it } from '@jest/globals';
import { parseNameStatus } from '../../src/sources/git.js';

describe('parseNameStatus', () => {
  it('reads modified, added, deleted, renamed and copied files', () => {
    const output = [
      'M',
      'conf/flink-conf.yaml',
      'A',
      'new.yaml',
      'D',
      'gone.yaml',
      'R087',
      'old/a.yaml',
      'new/a.yaml',
      'C100',
      'x.yaml',
      'y.yaml',
      '',
    ].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { path: 'conf/flink-conf.yaml', basePath: 'conf/flink-conf.yaml' },
      { path: 'new.yaml', basePath: undefined },
      { path: 'gone.yaml', basePath: 'gone.yaml' },
      { path: 'new/a.yaml', basePath: 'old/a.yaml' },
      { path: 'y.yaml', basePath: undefined },
    ]);
  });

  it('keeps unusual file names whole', () => {
    expect(parseNameStatus('M\0dir with space/flink,conf.yaml\0')).toEqual([
      { path: 'dir with space/flink,conf.yaml', basePath: 'dir with space/flink,conf.yaml' },
    ]);
  });
});
