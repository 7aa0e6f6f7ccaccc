import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/index.js';
import type { ActionInputs } from './inputs.js';

/** The renderers shared with the command line, so both write the same files. */
export interface ReportRenderers {
  json: (report: Report) => string;
  sarif: (report: Report) => string;
}

async function write(file: string, text: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/**
 * Writes the JSON report (always: the `findings-json` output points at it, for artifacts and the
 * `workflow_run` pattern) and the SARIF report when asked. Paths are relative to the workspace.
 */
export async function writeReportFiles(
  report: Report,
  inputs: ActionInputs,
  dirs: { workspace: string; temp: string },
  render: ReportRenderers,
): Promise<{ json: string; sarif?: string }> {
  const jsonPath = inputs.jsonFile
    ? path.resolve(dirs.workspace, inputs.jsonFile)
    : path.join(dirs.temp, 'flink-memory-lint.json');
  const json = await write(jsonPath, render.json(report));
  const sarif = inputs.sarifFile
    ? await write(path.resolve(dirs.workspace, inputs.sarifFile), render.sarif(report))
    : undefined;
  return { json, sarif };
}
