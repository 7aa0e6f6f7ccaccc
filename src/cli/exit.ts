/**
 * Exit statuses of the command line, as the README documents them. `lint`: 1 for findings at or
 * above `--fail-on`. `derive`: 1 for a configuration Flink rejects or input that is not one (an
 * unknown version, an unreadable file, empty input).
 */
export const EXIT = { ok: 0, findings: 1, rejected: 1, usage: 2, internal: 3 } as const;

/** An error the user can act on: printed as one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
