import { readFileSync } from 'node:fs';

/**
 * The event payload file, checked before `@actions/github` reads it: that happens when the
 * package is imported, and a file that is not a JSON object throws there, with a stack trace and
 * no report. Imported first by the action's entry; a bad file is left out and said in one line.
 */
export const eventFileProblem = checkEventFile();

function checkEventFile(): string | undefined {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    // A missing file is the toolkit's to report (it logs it and uses an empty payload).
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    delete process.env.GITHUB_EVENT_PATH;
    return `The event payload (GITHUB_EVENT_PATH) could not be read: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    payload = undefined;
  }
  if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) return undefined;
  delete process.env.GITHUB_EVENT_PATH;
  return 'The event payload (GITHUB_EVENT_PATH) is not a JSON object.';
}
