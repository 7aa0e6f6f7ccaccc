import { fstatSync, statSync, writeSync } from 'node:fs';
import { EXIT } from './exit.js';

/**
 * Standard output written with blocking writes on its descriptor, and whether a descriptor is a
 * terminal, without Node's `process.stdout` object: making it loads Node's stream modules, a
 * twentieth of a one-config `derive`, for output a single write does. A pipe left non-blocking by
 * whoever made it takes the stream after all.
 */

/** Set once a write would have blocked: from then on every write goes through Node's stream. */
let stream: NodeJS.WriteStream | undefined;

/** Writes `text` to standard output whole; a reader that stopped early (`| head`) ends the run. */
export async function writeStdout(text: string | Uint8Array): Promise<void> {
  let bytes =
    typeof text === 'string'
      ? Buffer.from(text, 'utf8')
      : Buffer.from(text.buffer, text.byteOffset, text.length);
  if (!stream) {
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') readerGone();
      if (code !== 'EAGAIN') throw err;
    }
    bytes = bytes.subarray(done);
    stream = process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') readerGone();
      throw err;
    });
  }
  if (!stream.write(bytes)) await new Promise((resolve) => stream?.once('drain', resolve));
}

/**
 * Writes pieces to standard output as they come, in whole lines of about 64 KB (`transform`
 * reads line starts), so that a large report is never held twice.
 */
export async function writeStdoutLines(
  pieces: Iterable<string> | AsyncIterable<string>,
  transform: (text: string) => string = (text) => text,
): Promise<void> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    const cut = buffer.length < 1 << 16 ? 0 : buffer.lastIndexOf('\n') + 1;
    if (cut === 0) continue;
    await writeStdout(transform(buffer.slice(0, cut)));
    buffer = buffer.slice(cut);
  }
  await writeStdout(transform(buffer));
}

function readerGone(): never {
  process.exit(process.exitCode ?? EXIT.ok);
}

/**
 * Whether the descriptor is a terminal (colours, progress). A file or pipe is not, nor is the
 * null device, where nobody reads the output: asking the terminal module costs as much as the
 * stream, so it is asked only about other character devices.
 */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
