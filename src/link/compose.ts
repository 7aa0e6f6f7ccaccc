import * as path from './repo-path.js';
import type { Node } from 'yaml';
import type { ComposeFacts, ComposeMount, ComposeService, WrittenValue } from '../model/index.js';
import {
  getPath,
  locationOf,
  mapItems,
  parseYamlFile,
  scalarText,
  seqItems,
  type ParsedYamlFile,
  type YamlDocument,
  type YamlFile,
} from '../sources/index.js';
import { interpolate } from './interpolate.js';

/**
 * Reads the services of a compose file as plain data: what the link stage needs to place the
 * configs they mount (volumes, memory, command, image, build, extends). Field shapes from the
 * Compose specification (docker/docs content/reference/compose-file/services.md).
 */
export function readCompose(
  file: string,
  text: string,
  vars: Readonly<Record<string, string>> = {},
  parsed?: ParsedYamlFile,
): ComposeFacts | undefined {
  if (!/^(?:services|include)\s*:/m.test(text)) return undefined;
  const { yaml } = parsed ?? parseYamlFile(text, file);
  const services: ComposeService[] = [];
  const include: NonNullable<ComposeFacts['include']> = [];
  for (const document of yaml.documents) {
    const { doc, root } = document;
    for (const item of mapItems(doc, getPath(doc, root, 'services')))
      services.push(readService(yaml, document, item.key, item.keyNode, item.value, vars));
    // compose-spec 14-include.md: a path (short syntax), or `path` (one or a list), `env_file`, `project_directory`.
    for (const entry of seqItems(doc, getPath(doc, root, 'include'))) {
      const words = (node: Node | null) =>
        [scalarText(doc, node)?.text, ...seqItems(doc, node).map((n) => scalarText(doc, n)?.text)]
          .map((w) => (w === undefined ? undefined : interpolate(w, vars)))
          .filter((w): w is string => w !== undefined && w !== '');
      const short = scalarText(doc, entry)?.text;
      const paths = short !== undefined ? words(entry) : words(getPath(doc, entry, 'path'));
      if (paths.length === 0) continue;
      const included: NonNullable<ComposeFacts['include']>[number] = {
        paths,
        line: locationOf(yaml, entry).line,
      };
      const envFiles = short !== undefined ? [] : words(getPath(doc, entry, 'env_file'));
      if (envFiles.length > 0) included.envFiles = envFiles;
      const directory = short !== undefined ? [] : words(getPath(doc, entry, 'project_directory'));
      if (directory.length > 0) included.projectDirectory = directory[0];
      include.push(included);
    }
  }
  if (services.length === 0 && include.length === 0) return undefined;
  return include.length > 0 ? { services, include } : { services };
}

const MEMORY_KEYS: readonly (readonly string[])[] = [
  ['mem_limit'],
  ['mem_reservation'],
  ['deploy', 'resources', 'limits', 'memory'],
  ['deploy', 'resources', 'reservations', 'memory'],
];

function readService(
  yaml: YamlFile,
  document: YamlDocument,
  name: string,
  keyNode: Node,
  service: Node | null,
  vars: Readonly<Record<string, string>>,
): ComposeService {
  const { doc } = document;
  const line = (node: Node | null | undefined) => locationOf(yaml, node).line;
  const written = (node: Node | null): WrittenValue | undefined => {
    const text = scalarText(doc, node)?.text;
    return text === undefined ? undefined : { raw: text, value: interpolate(text, vars), line: line(node) };
  };
  const result: ComposeService = { name, line: line(keyNode), memory: {}, mounts: [] };
  const image = written(getPath(doc, service, 'image'));
  if (image) result.image = image;
  const command = getPath(doc, service, 'command');
  const single = scalarText(doc, command)?.text;
  const list = seqItems(doc, command).map((n) => scalarText(doc, n)?.text ?? '');
  if (single !== undefined || list.length > 0) {
    const words = single !== undefined ? single.split(/\s+/).filter(Boolean) : list;
    result.command = { words, line: line(command), text: words.join(' ') };
  }
  const build = getPath(doc, service, 'build');
  if (build) {
    const context = written(build)?.value ?? written(getPath(doc, build, 'context'))?.value;
    const args: Record<string, string> = {};
    const argsNode = getPath(doc, build, 'args');
    for (const item of mapItems(doc, argsNode)) {
      const value = scalarText(doc, item.value)?.text;
      const resolved = value === undefined ? undefined : interpolate(value, vars);
      if (resolved !== undefined) args[item.key] = resolved;
    }
    for (const node of seqItems(doc, argsNode)) {
      const text = scalarText(doc, node)?.text ?? '';
      const eq = text.indexOf('=');
      const resolved = eq > 0 ? interpolate(text.slice(eq + 1), vars) : undefined;
      if (resolved !== undefined) args[text.slice(0, eq)] = resolved;
    }
    result.build = {
      context,
      dockerfile: written(getPath(doc, build, 'dockerfile'))?.value,
      target: written(getPath(doc, build, 'target'))?.value,
      args,
      line: line(build),
    };
  }
  for (const key of MEMORY_KEYS) {
    const value = written(getPath(doc, service, ...key));
    if (value) result.memory[key.join('.')] = value;
  }
  for (const node of seqItems(doc, getPath(doc, service, 'volumes'))) {
    const mount = readMount(yaml, document, node, vars);
    if (mount) result.mounts.push(mount);
  }
  const extendsNode = getPath(doc, service, 'extends');
  const base =
    scalarText(doc, extendsNode)?.text ?? scalarText(doc, getPath(doc, extendsNode, 'service'))?.text;
  if (base) {
    const from = written(getPath(doc, extendsNode, 'file'))?.value;
    result.extends = { service: base, line: line(extendsNode), ...(from ? { file: from } : {}) };
  }
  return result;
}

/**
 * A bind mount, short (`./conf:/opt/flink/conf[:ro]`) or long (`type: bind`, `source`, `target`).
 * Named volumes (a source that is not a path) hold nothing of the repository.
 */
function readMount(
  yaml: YamlFile,
  document: YamlDocument,
  node: Node,
  vars: Readonly<Record<string, string>>,
): ComposeMount | undefined {
  const { doc } = document;
  const at = locationOf(yaml, node).line;
  const short = scalarText(doc, node)?.text;
  if (short !== undefined) {
    const text = interpolate(short, vars);
    if (text === undefined) return undefined;
    const [source, target] = text.split(':');
    if (!target || !isHostPath(source)) return undefined;
    return { source, target, line: at, text: short };
  }
  const type = scalarText(doc, getPath(doc, node, 'type'))?.text;
  const source = scalarText(doc, getPath(doc, node, 'source'))?.text;
  const target = scalarText(doc, getPath(doc, node, 'target'))?.text;
  if (type !== 'bind' || source === undefined || target === undefined) return undefined;
  const from = interpolate(source, vars);
  const to = interpolate(target, vars);
  if (from === undefined || to === undefined) return undefined;
  return { source: from, target: to, line: at, text: `${source} -> ${target}` };
}

/** A host path, not a volume name: compose reads `.`/`/`/`~` prefixed sources as paths. */
const isHostPath = (source: string) => /^[./~]/.test(source);

/** The repository path a compose file's relative host path stands for; undefined outside the repository. */
export function repositoryPath(composeFile: string, source: string): string | undefined {
  if (!source.startsWith('.')) return undefined;
  const joined = path.normalize(path.join(path.dirname(composeFile), source));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined.replace(/\/+$/, '') || '.';
}

/**
 * The override files Compose reads with a default compose file (compose-go cli/options.go
 * DefaultOverrideFileNames): `compose.override.yaml` beside `compose.yaml`, and so on.
 */
export function overridesOf(file: string): string[] {
  const match = /^(.*\/)?((?:docker-)?compose)\.ya?ml$/.exec(file);
  return match ? ['yml', 'yaml'].map((ext) => `${match[1] ?? ''}${match[2]}.override.${ext}`) : [];
}

export function isOverrideFile(file: string): boolean {
  return /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/.test(file);
}
