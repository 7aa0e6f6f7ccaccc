import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SizeInputError, upgradeConfig } from '../../src/engine/index.js';
import type { FlinkVersion } from '../../src/model/index.js';
import { expectRewritten, load } from '../helpers/upgrade-check.js';

// Every file of the shared corpus (all kinds), upgraded to 1.20 and to 2.0: where the file is
// rewritten, loading and linking it again as lint does gives each config its entries less the
// removed keys plus the ones set, and the target accepts what the upgrade said it would; where it
// is not, the reason names the config.
const corpus = '/work/shared/corpus';
const manifest = path.join(corpus, 'MANIFEST.json');
const entries = existsSync(manifest)
  ? (JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; path: string }[]).filter((e) =>
      existsSync(path.join(corpus, 'files', e.file)),
    )
  : [];
const TARGETS: FlinkVersion[] = ['1.20', '2.0'];

(entries.length > 0 ? describe : describe.skip)(
  'upgrade over the shared corpus, rewritten and read again',
  () => {
    const tally = { rewritten: 0, unwritten: [] as string[], manifests: [] as string[] };

    it.each(entries.map((e) => [e.file, e] as const))('%s', (_name, entry) => {
      const text = readFileSync(path.join(corpus, 'files', entry.file), 'utf8');
      for (const to of TARGETS) {
        let result;
        try {
          result = upgradeConfig({ file: { path: entry.path, text }, to });
        } catch (err) {
          if (err instanceof SizeInputError) return;
          throw err;
        }
        expect(result.configs.length).toBeGreaterThan(0);
        if (!result.rewritten) {
          // Checked below: a file left unwritten always says why.
          tally.unwritten.push(`${entry.file} → ${to}: ${(result.unwritten ?? ['(no reason)']).join('; ')}`);
          continue;
        }
        tally.rewritten++;
        const dir = path.posix.dirname(entry.path);
        const again = load(path.posix.join(dir, result.rewritten.name), result.rewritten.text, to);
        // A Kubernetes manifest named flink-conf.yaml is read as that file, line by line, and Flink's
        // migration nests its lines as it would: the config.yaml written is no longer a Flink config.
        if (again.length === 0 && result.configs.every((c) => c.migration)) {
          tally.manifests.push(text);
          continue;
        }
        expectRewritten(result.configs, again);
      }
    });

    it('rewrites most of them', () => {
      expect(tally.rewritten).toBeGreaterThan(entries.length);
      // Only Flink's own nesting conflicts and lines that are not plain `key: value` stay unwritten.
      for (const reason of tally.unwritten)
        expect(reason).toMatch(/migration fails|not a plain|literal block|in place/);
      for (const text of tally.manifests) expect(text).toMatch(/^apiVersion:/m);
    });
  },
);
