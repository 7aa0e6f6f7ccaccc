// First: it checks the event file before `@actions/github` reads it at import, so it cannot wait
// for the door, which imports the toolkit.
// eslint-disable-next-line no-restricted-imports
import { eventFileProblem } from './github/event-file.js';
import * as core from '@actions/core';
import { context } from '@actions/github';
import os from 'node:os';
import { describeEvent } from './github/index.js';
import { InputError, readInputs } from './github/index.js';
import { createClient } from './github/index.js';
import { writeReportFiles } from './github/index.js';
import { publishedPullRequest, run } from './github/index.js';
import { lint } from './engine/index.js';
import { renderers } from './github/index.js';
import { startShortRun } from './engine/index.js';
import { countsText } from './report/index.js';

startShortRun();

// A function, not top-level await: the bundle is CommonJS (scripts/build.mjs).
async function main(): Promise<void> {
  try {
    if (eventFileProblem) throw new InputError(eventFileProblem);
    const inputs = readInputs((name) => core.getInput(name));
    const { owner, repo } = context.repo;
    const runId = process.env.GITHUB_RUN_ID;
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
    const client = inputs.token ? createClient(inputs.token, core.info) : undefined;
    const published = inputs.reportFromArtifact
      ? await publishedPullRequest({
          source: inputs.reportFromArtifact,
          workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
          client,
          repo: { owner, repo },
          payload: context.payload,
        })
      : undefined;
    const result = await run({
      inputs,
      event: published?.event ?? describeEvent(context.eventName ?? '', context.payload, context.sha ?? ''),
      prepared: published?.report,
      repo: { owner, repo },
      serverUrl: context.serverUrl,
      runUrl: runId ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
      workspace,
      tempDir,
      client,
      lint,
      writeReports: (report) => writeReportFiles(report, inputs, { workspace, temp: tempDir }, renderers),
    });
    if (result.setupFailure) core.setFailed(result.setupFailure);
    else if (result.failed) {
      core.setFailed(`Flink memory: findings at or above '${inputs.failOn}' (${countsText(result.report)}).`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(error instanceof InputError ? message : `flink-memory-lint could not run: ${message}`);
  }
}

void main();
