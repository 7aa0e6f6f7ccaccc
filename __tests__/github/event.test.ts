import { describe, expect, it } from '@jest/globals';
import { describeEvent } from '../../src/github/event.js';

const pr = (headRepo: string | null) => ({
  pull_request: {
    number: 12,
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/jobs' } },
    head: { sha: 'h'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } },
  },
});

describe('describeEvent', () => {
  it('reads a pull request from the same repository as writable', () => {
    expect(describeEvent('pull_request', pr('acme/jobs'), 'm'.repeat(40))).toEqual({
      kind: 'pull-request',
      number: 12,
      baseSha: 'b'.repeat(40),
      baseRef: 'main',
      headSha: 'h'.repeat(40),
      fork: false,
    });
  });

  it('knows a fork, including one deleted since', () => {
    expect(describeEvent('pull_request', pr('someone/jobs'), '')).toMatchObject({ fork: true });
    expect(describeEvent('pull_request', pr(null), '')).toMatchObject({ fork: true });
  });

  it('does not call pull_request_target read-only: it runs with the base repository token', () => {
    expect(describeEvent('pull_request_target', pr('someone/jobs'), '')).toMatchObject({ fork: false });
  });

  it('treats schedule, workflow_dispatch and push as audits', () => {
    for (const name of ['schedule', 'workflow_dispatch', 'push']) {
      expect(describeEvent(name, {}, 'abc')).toEqual({ kind: 'audit', eventName: name, sha: 'abc' });
    }
  });
});
