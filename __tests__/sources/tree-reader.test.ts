import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listCandidates, treeReader } from '../../src/sources/index.js';
import { writeFiles } from '../helpers/action-run.js';

describe('the reader the link stage reads named files through', () => {
  test('listed files, then files inside the workspace; never outside it, never through a link out', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'fml-outside-'));
    const root = mkdtempSync(path.join(tmpdir(), 'fml-reader-'));
    try {
      writeFileSync(path.join(outside, 'secret.yaml'), 'secret: 1\n');
      writeFiles(root, { 'a/kustomization.yaml': 'resources: []\n', 'a/.env': 'A=1\n', 'a/b.bin': 'x\0y' });
      symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'a', 'link.yaml'));
      const { listed } = listCandidates({ cwd: root, paths: ['.'] });
      const read = treeReader(listed, root);
      expect(read('a/kustomization.yaml')).toBe('resources: []\n');
      expect(read('a/.env')).toBe('A=1\n');
      expect(read('a/link.yaml')).toBeUndefined();
      expect(read('../' + path.basename(outside) + '/secret.yaml')).toBeUndefined();
      expect(read('a/../../' + path.basename(outside) + '/secret.yaml')).toBeUndefined();
      expect(read(path.join(outside, 'secret.yaml'))).toBeUndefined();
      expect(read('a/b.bin')).toBeUndefined();
      expect(read('a/missing.yaml')).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test("a base revision's files are read from their bytes, and nothing else from the disk", () => {
    const read = treeReader([
      { file: 'k.yaml', relative: 'k.yaml', root: '/', bytes: Buffer.from('kind: Kustomization\n') },
    ]);
    expect(read('k.yaml')).toBe('kind: Kustomization\n');
    expect(read('etc/passwd')).toBeUndefined();
  });
});
