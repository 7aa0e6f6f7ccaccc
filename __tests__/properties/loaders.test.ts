import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Location } from '../../src/model/index.js';
import { readConfigYaml } from '../../src/sources/formats/config-yaml.js';
import { readFlinkConf } from '../../src/sources/formats/flink-conf.js';
import { loadLinked as loadFile } from '../helpers/load.js';
import { parseYamlFile } from '../../src/sources/yaml/document.js';
import { configText, FILE_NAMES, lineCount } from './arbitraries.js';

function expectInside(location: Location, file: string, text: string): void {
  expect(location.file).toBe(file);
  expect(location.line).toBeGreaterThanOrEqual(1);
  expect(location.line).toBeLessThanOrEqual(lineCount(text));
  expect(location.column).toBeGreaterThanOrEqual(1);
}

describe('every loader, on any text', () => {
  // The minimum number of entries shows the random texts reach the reader's entries, not only its early exits.
  it.each([
    ['flink-conf.yaml', readFlinkConf, 100],
    ['config.yaml', readConfigYaml, 20],
  ] as const)('the %s reader never throws and keeps locations inside the file', (file, read, minimum) => {
    let entries = 0;
    fc.assert(
      fc.property(configText, (text) => {
        const result = read(text, file);
        entries += result.entries.length;
        for (const e of result.entries) expectInside(e.location, file, text);
        for (const p of result.problems) expectInside(p.location, file, text);
      }),
      { numRuns: 400 },
    );
    expect(entries).toBeGreaterThan(minimum);
  });

  it('the YAML parser never throws and reports problems inside the file', () => {
    let problems = 0;
    fc.assert(
      fc.property(configText, (text) => {
        const parsed = parseYamlFile(text, 'a.yaml');
        problems += parsed.problems.length;
        for (const p of parsed.problems) expectInside(p.location, 'a.yaml', text);
      }),
      { numRuns: 400 },
    );
    expect(problems).toBeGreaterThan(50);
  });

  it('loadFile never throws under any name, and every config, entry and problem is inside the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_NAMES), configText, (name, text) => {
        const loaded = loadFile(name, text, {});
        for (const p of loaded.problems) expectInside(p.location, name, text);
        for (const config of loaded.configs) {
          expect(config.file).toBe(name);
          expectInside({ file: config.file, line: config.line, column: config.column }, name, text);
          for (const e of config.entries.filter((x) => x.origin === 'file'))
            expectInside(e.location, name, text);
          for (const p of config.problems) expectInside(p.location, name, text);
        }
      }),
      { numRuns: 600 },
    );
  });
});
