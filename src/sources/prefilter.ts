// The prefilter: rules a file out from its raw bytes before any parser runs. Every format declares
// what the files it reads must show (`RawMarkers` beside its row in `formats/index.ts`); a file
// none of them matches cannot give a config, and is never decoded or parsed. Safe by construction
// and by test (__tests__/properties/prefilter.test.ts): when in doubt, the file is kept.
import { FORMAT_MARKERS, LINK_MARKERS } from './formats/index.js';
import type { RawMarkers } from './formats/format.js';

/**
 * Files kept by their name whatever they hold: their facts (images, versions, overlays, charts)
 * place the configs of other files, in formats the link stage reads (`Dockerfile`,
 * `Dockerfile.flink`, `flink.Dockerfile`, `kustomization.yaml`, `Chart.yaml`, `values*.yaml`).
 */
const ALWAYS_READ_NAME =
  /(?:^|\/)(?:[^/]*\.)?(?:dockerfile|containerfile)(?:\.[^/]*)?$|(?:^|\/)(?:kustomization|chart)\.ya?ml$|(?:^|\/)(?:[^/]*[-_.])?values(?:[-_.][^/]*)?\.ya?ml$/i;

/**
 * Why a file is kept: by what its text shows of a format (`text`), only for what it may say of
 * other files' configs (`link`), or by its name alone (`name`). A file kept for `link` or `name`
 * that gives no config is one nobody asked about: its parse errors are not reported.
 */
export type Verdict = 'name' | 'link' | 'text';

/** A compiled set of markers: one search per distinct string. */
export interface Prefilter {
  /** Why the file may hold a config, or undefined where it cannot. */
  (path: string, bytes: Uint8Array): Verdict | undefined;
}

/**
 * Builds the prefilter of a set of formats' markers (by default every format `loadFile` reads) and
 * of the link stage's sources.
 */
export function makePrefilter(
  markers: readonly RawMarkers[] = FORMAT_MARKERS,
  link: RawMarkers = LINK_MARKERS,
): Prefilter {
  const names = markers.flatMap((m) => (m.name ? [m.name] : []));
  const needles = needlesOf(markers.flatMap((m) => m.text ?? []));
  const linkNeedles = needlesOf(link.text ?? []);
  return (path, bytes) => {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // The text first: a file kept by its name alone is one whose problems nobody asked about.
    if (needles.some((needle) => buffer.includes(needle)) || mayBeEscaped(buffer)) return 'text';
    if (ALWAYS_READ_NAME.test(path) || names.some((accepts) => accepts(path))) return 'name';
    if (linkNeedles.some((needle) => buffer.includes(needle)) || link.name?.(path)) return 'link';
    return undefined;
  };
}

/**
 * ASCII markers are found in UTF-8 bytes exactly where they are in the decoded text (a decoder
 * never joins an ASCII byte into a replacement character), so the file need not be decoded.
 */
function needlesOf(markers: readonly string[]): Buffer[] {
  const texts = [...new Set(markers)];
  for (const text of texts)
    if (text === '' || !/^[\x20-\x7e]+$/.test(text))
      throw new Error(`a raw-text marker must be printable ASCII: ${JSON.stringify(text)}`);
  return texts.map((t) => Buffer.from(t, 'latin1'));
}

/**
 * Escapes YAML's double-quoted scalars decode into the characters markers are made of: `\x74`,
 * `\u0074`, `\U00000074`, `\/`, a line break joined by a backslash (`"task\⏎manager"`), and any
 * escape YAML does not know (parsers differ on those). The harmless ones: `\0 \a \b \e \f \n \r
 * \t \v \N \_ \L \P`, an escaped space, quote, backslash or tab. A text holding any other escape
 * is kept: the markers may be spelled in it.
 */
const HARMLESS_ESCAPE = new Set([...'0abefnrtvNLP_ "\\\t'].map((c) => c.charCodeAt(0)));
const BACKSLASH = 0x5c;

function mayBeEscaped(buffer: Buffer): boolean {
  for (let at = buffer.indexOf(BACKSLASH); at >= 0; at = buffer.indexOf(BACKSLASH, at + 2)) {
    if (at + 1 >= buffer.length || !HARMLESS_ESCAPE.has(buffer[at + 1])) return true;
  }
  return false;
}

/** The prefilter of every format `loadFile` reads. */
export const prefilter: Prefilter = makePrefilter();
