import { describe, expect, it } from '@jest/globals';
import { FLINK_VERSIONS, NEWEST_FLINK_VERSION } from '../src/model/index.js';

describe('model', () => {
  it('lists every supported minor version, newest last', () => {
    expect(FLINK_VERSIONS[0]).toBe('1.10');
    expect(NEWEST_FLINK_VERSION).toBe('2.3');
    expect(new Set(FLINK_VERSIONS).size).toBe(FLINK_VERSIONS.length);
  });
});
