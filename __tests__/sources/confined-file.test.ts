import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  readConfined,
  type ConfinedRead,
  type RealFolders,
} from '../../src/sources/discover/confined-file.js';

// A pass that remembers its folders' real paths must answer exactly as one that resolves each file.
describe('readConfined with remembered folders', () => {
  let dir: string;
  let root: string;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'confined-')));
    root = path.join(dir, 'repo');
    const outside = path.join(dir, 'outside');
    mkdirSync(path.join(root, 'conf'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(root, 'conf/flink-conf.yaml'), 'a: 1\n');
    writeFileSync(path.join(outside, 'flink-conf.yaml'), 'secret: 1\n');
    symlinkSync(outside, path.join(root, 'linked-out'));
    symlinkSync(path.join(root, 'conf'), path.join(root, 'linked-in'));
    symlinkSync(path.join(outside, 'flink-conf.yaml'), path.join(root, 'conf/out.yaml'));
    symlinkSync('flink-conf.yaml', path.join(root, 'conf/in.yaml'));
    symlinkSync('missing.yaml', path.join(root, 'conf/dangling.yaml'));
    symlinkSync('loop.yaml', path.join(root, 'conf/loop.yaml'));
    mkdirSync(path.join(root, 'conf/folder.yaml'));
    // Folders below folders, and below links: each is resolved from its parent's real path.
    mkdirSync(path.join(root, 'conf/a/b'), { recursive: true });
    writeFileSync(path.join(root, 'conf/a/b/flink-conf.yaml'), 'b: 1\n');
    mkdirSync(path.join(outside, 'deep'));
    writeFileSync(path.join(outside, 'deep/flink-conf.yaml'), 'secret: 2\n');
    mkdirSync(path.join(root, 'conf/deep'));
    writeFileSync(path.join(root, 'conf/deep/flink-conf.yaml'), 'c: 1\n');
    symlinkSync(outside, path.join(root, 'conf/a/out'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const files = [
    'conf/flink-conf.yaml',
    'linked-out/flink-conf.yaml',
    'linked-in/flink-conf.yaml',
    'conf/out.yaml',
    'conf/in.yaml',
    'conf/dangling.yaml',
    'conf/loop.yaml',
    'conf/folder.yaml',
    'conf/absent.yaml',
    'absent/flink-conf.yaml',
    'conf/a/b/flink-conf.yaml',
    'conf/a/out/deep/flink-conf.yaml',
    'linked-out/deep/flink-conf.yaml',
    'linked-in/deep/flink-conf.yaml',
  ];

  it.each(files)('%s', (file) => {
    const folders: RealFolders = new Map();
    // The same file, read the same way (its access time may move between reads).
    const same = (read: ConfinedRead) => (read.ok ? { bytes: read.bytes, inode: read.stat.ino } : read);
    const plain = same(readConfined(path.join(root, file), [root]));
    // Twice through the same folders: the second read uses what the first remembered.
    for (let i = 0; i < 2; i++)
      expect(same(readConfined(path.join(root, file), [root], undefined, folders))).toEqual(plain);
  });

  it('reads inside and refuses what leaves the root', () => {
    const folders: RealFolders = new Map();
    const read = (file: string) => readConfined(path.join(root, file), [root], undefined, folders);
    expect(read('linked-in/flink-conf.yaml')).toMatchObject({ ok: true });
    expect(read('conf/in.yaml')).toMatchObject({ ok: true });
    expect(read('linked-out/flink-conf.yaml')).toMatchObject({ ok: false, code: 'symlink-outside-root' });
    expect(read('conf/out.yaml')).toMatchObject({ ok: false, code: 'symlink-outside-root' });
    expect(read('conf/dangling.yaml')).toMatchObject({ ok: false, code: 'not-found' });
    expect(read('conf/a/b/flink-conf.yaml')).toMatchObject({ ok: true });
    expect(read('linked-in/deep/flink-conf.yaml')).toMatchObject({ ok: true });
    expect(read('conf/a/out/deep/flink-conf.yaml')).toMatchObject({
      ok: false,
      code: 'symlink-outside-root',
    });
    expect(read('linked-out/deep/flink-conf.yaml')).toMatchObject({
      ok: false,
      code: 'symlink-outside-root',
    });
  });
});
