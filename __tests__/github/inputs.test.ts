import { describe, expect, it } from '@jest/globals';
import { InputError, readInputs } from '../../src/github/inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(readInputs(from({}))).toEqual({
      paths: ['.'],
      flinkVersion: undefined,
      config: undefined,
      policies: [],
      failOn: 'error',
      comment: 'auto',
      annotations: 'auto',
      reviewComments: 'auto',
      reviewCommentsLimit: 25,
      sarifFile: undefined,
      jsonFile: undefined,
      baseRef: undefined,
      onlyChanged: false,
      auditIssue: false,
      ifNoConfigs: 'warn',
      reportArtifact: undefined,
      reportFromArtifact: undefined,
      token: '',
    });
  });

  it('reads lists one a line or separated by commas', () => {
    const inputs = readInputs(
      from({ paths: 'deploy/\n charts/flink , conf', policies: 'policies/a,policies/b' }),
    );
    expect(inputs.paths).toEqual(['deploy/', 'charts/flink', 'conf']);
    expect(inputs.policies).toEqual(['policies/a', 'policies/b']);
  });

  it('reads booleans as YAML 1.2 core writes them', () => {
    expect(readInputs(from({ 'only-changed': 'True', 'audit-issue': 'TRUE' }))).toMatchObject({
      onlyChanged: true,
      auditIssue: true,
    });
    expect(() => readInputs(from({ 'audit-issue': 'yes' }))).toThrow(
      "Input 'audit-issue' must be true or false; got 'yes'.",
    );
  });

  it('names the input and the accepted values when one is wrong', () => {
    expect(() => readInputs(from({ 'fail-on': 'errors' }))).toThrow(InputError);
    expect(() => readInputs(from({ 'fail-on': 'errors' }))).toThrow(
      "Input 'fail-on' must be one of error, warning, info, never; got 'errors'.",
    );
    expect(() => readInputs(from({ annotations: 'all' }))).toThrow(/annotations/);
    expect(() => readInputs(from({ 'review-comments': 'always' }))).toThrow(
      "Input 'review-comments' must be one of auto, never; got 'always'.",
    );
  });

  it('reads the review comment limit as a whole number', () => {
    expect(readInputs(from({ 'review-comments-limit': '0' })).reviewCommentsLimit).toBe(0);
    expect(readInputs(from({ 'review-comments-limit': '40' })).reviewCommentsLimit).toBe(40);
    for (const bad of ['-1', '2.5', 'ten']) {
      expect(() => readInputs(from({ 'review-comments-limit': bad }))).toThrow(
        `Input 'review-comments-limit' must be a whole number (0 or more); got '${bad}'.`,
      );
    }
  });

  it('reads if-no-configs as error, warn or ignore', () => {
    expect(readInputs((name) => (name === 'if-no-configs' ? 'error' : '')).ifNoConfigs).toBe('error');
    expect(() => readInputs((name) => (name === 'if-no-configs' ? 'fail' : ''))).toThrow(
      "Input 'if-no-configs' must be one of error, warn, ignore; got 'fail'.",
    );
  });
});
