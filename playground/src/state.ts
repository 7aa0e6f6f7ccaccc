import { DEPLOYMENTS, FLINK_VERSIONS, type Deployment, type FlinkVersion } from './engine.js';
import { READ_AS, type ReadAs } from './format.js';

/** Everything that decides what the page shows: kept in the URL fragment, so a link opens the same view. */
export interface PageState {
  text: string;
  readAs: ReadAs;
  /** `auto`: the version the file implies, as `lint` finds it. */
  version: FlinkVersion | 'auto';
  /** `auto`: the deployment the file implies. */
  deployment: Deployment | 'auto';
  /** Which of the file's configurations is drawn (a manifest or Compose file may hold several). */
  config: number;
  /** Beside it: nothing, the same configuration on another version, or a second configuration. */
  compare: 'none' | 'version' | 'config';
  compareVersion: FlinkVersion;
  compareText: string;
}

export const DEFAULT_STATE: PageState = {
  text: '',
  readAs: 'auto',
  version: 'auto',
  deployment: 'auto',
  config: 0,
  compare: 'none',
  compareVersion: FLINK_VERSIONS[FLINK_VERSIONS.length - 1],
  compareText: '',
};

/** The fragment's prefix: the state as JSON, compressed with deflate (raw), in base64url. */
const PREFIX = '#c=';
/**
 * The same JSON uncompressed, in base64url: for links written by tools whose output must not
 * depend on a zlib version (generated docs pages).
 */
const PLAIN_PREFIX = '#j=';

/** The fields that differ from the defaults, as JSON compressed into a URL fragment. */
export async function encodeState(state: PageState): Promise<string> {
  const changed = Object.fromEntries(
    Object.entries(state).filter(([key, value]) => DEFAULT_STATE[key as keyof PageState] !== value),
  );
  const bytes = await pipe(
    new TextEncoder().encode(JSON.stringify(changed)),
    new CompressionStream('deflate-raw'),
  );
  return PREFIX + toBase64Url(bytes);
}

/** The state a fragment holds; the defaults for what it lacks or cannot say (an old or mangled link). */
export async function decodeState(fragment: string): Promise<PageState> {
  const compressed = fragment.startsWith(PREFIX);
  if (!compressed && !fragment.startsWith(PLAIN_PREFIX)) return { ...DEFAULT_STATE };
  let given: unknown;
  try {
    const data = fromBase64Url(fragment.slice(PREFIX.length));
    const bytes = compressed ? await pipe(data, new DecompressionStream('deflate-raw')) : data;
    given = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ...DEFAULT_STATE };
  }
  return sanitize(given);
}

/** Only values the page can show: a link is input from anyone. */
function sanitize(given: unknown): PageState {
  const state = { ...DEFAULT_STATE };
  if (given === null || typeof given !== 'object') return state;
  const g = given as Record<string, unknown>;
  const oneOf = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  if (typeof g.text === 'string') state.text = g.text;
  if (typeof g.compareText === 'string') state.compareText = g.compareText;
  state.readAs = oneOf(g.readAs, ['auto', ...(Object.keys(READ_AS) as ReadAs[])], state.readAs);
  state.version = oneOf(g.version, ['auto', ...FLINK_VERSIONS], state.version);
  state.deployment = oneOf(g.deployment, ['auto', ...DEPLOYMENTS], state.deployment);
  state.compare = oneOf(g.compare, ['none', 'version', 'config'] as const, state.compare);
  state.compareVersion = oneOf(g.compareVersion, FLINK_VERSIONS, state.compareVersion);
  if (typeof g.config === 'number' && Number.isInteger(g.config) && g.config >= 0) state.config = g.config;
  return state;
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
