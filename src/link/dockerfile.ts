import * as path from './repo-path.js';
import type { DockerfileFacts, DockerInstruction, LinkEvidence } from '../model/index.js';
import { interpolate } from './interpolate.js';

/**
 * Reads a Dockerfile as text (it is never built or run): the `ARG`, `FROM`, `COPY` and `ADD`
 * instructions, each with its line. Syntax from moby/buildkit frontend/dockerfile/parser
 * (line continuations with the escape character, the `# escape=` directive, comments, heredocs).
 */
export function readDockerfile(text: string): DockerfileFacts {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i;
  for (const line of lines) {
    const match = directive.exec(line);
    if (match) escape = match[1];
    if (!/^#\s*\w+\s*=/.test(line)) break;
  }
  const instructions: DockerInstruction[] = [];
  let heredoc: { word: string; strip: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (heredoc) {
      const line = heredoc.strip ? lines[i].replace(/^\t+/, '') : lines[i];
      if (line === heredoc.word) heredoc = undefined;
      continue;
    }
    if (/^\s*(?:#.*)?$/.test(lines[i])) continue;
    const start = i;
    let logical = lines[i];
    while (logical.trimEnd().endsWith(escape) && i + 1 < lines.length) {
      logical = logical.trimEnd().slice(0, -1);
      i++;
      while (i < lines.length - 1 && /^\s*#/.test(lines[i])) i++;
      logical += ' ' + lines[i].trim();
    }
    const here = /<<(-?)["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(logical);
    if (here) heredoc = { word: here[2], strip: here[1] === '-' };
    const parsed = instruction(logical.trim(), start + 1);
    if (parsed) instructions.push(...parsed);
  }
  return { instructions };
}

/** Words of an instruction's arguments, quotes removed (shell-like, enough for image names and paths). */
function words(text: string): string[] {
  const out: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

const shortText = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

function instruction(text: string, line: number): DockerInstruction[] | undefined {
  const match = /^(\w+)\s+(.*)$/s.exec(text);
  if (!match) return undefined;
  const op = match[1].toUpperCase();
  const rest = match[2].trim();
  const shown = shortText(`${op} ${rest}`);
  if (op === 'ARG') {
    return words(rest).map((word) => {
      const eq = word.indexOf('=');
      return eq < 0
        ? { op, line, text: shown, name: word }
        : { op, line, text: shown, name: word.slice(0, eq), value: word.slice(eq + 1) };
    });
  }
  if (op === 'FROM') {
    const args = words(rest).filter((w) => !w.startsWith('--'));
    if (args.length === 0) return undefined;
    const stage = args.length >= 3 && args[1].toUpperCase() === 'AS' ? args[2] : undefined;
    return [{ op, line, text: shown, image: args[0], stage }];
  }
  if (op === 'COPY' || op === 'ADD') {
    const flags = words(rest).filter((w) => w.startsWith('--'));
    let args: string[];
    const json = rest.replace(/^(?:--\S+\s+)*/, '');
    if (json.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(json);
        args = Array.isArray(parsed) ? parsed.map(String) : [];
      } catch {
        args = [];
      }
    } else args = words(json);
    if (args.length < 2 || args.some((a) => a.startsWith('<<'))) return undefined;
    const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
    return [{ op: 'COPY', line, text: shown, sources: args.slice(0, -1), dest: args[args.length - 1], from }];
  }
  return undefined;
}

/** A stage of a Dockerfile: the image it builds on after its chain of stages, and why. */
export interface DockerStage {
  index: number;
  name?: string;
  /** The base image, variables substituted and stages followed; undefined where a variable has no value. */
  image?: string;
  /** The `FROM` that names that image, then the `ARG` or build argument that gave its variables. */
  evidence: LinkEvidence[];
}

/**
 * The stages of a Dockerfile with their base images, as `docker build` would resolve them with these
 * build arguments: `FROM` sees only the `ARG`s declared before the first `FROM`, a build argument
 * replaces a declared `ARG`'s default, and `FROM <stage>` builds on that earlier stage.
 */
export function dockerStages(
  facts: DockerfileFacts,
  file: string,
  buildArgs: Readonly<Record<string, { value: string; evidence: LinkEvidence }>> = {},
): DockerStage[] {
  const globals: Record<string, string> = {};
  const argEvidence: Record<string, LinkEvidence> = {};
  const stages: DockerStage[] = [];
  for (const ins of facts.instructions) {
    if (ins.op === 'ARG' && stages.length === 0) {
      const given = Object.hasOwn(buildArgs, ins.name) ? buildArgs[ins.name] : undefined;
      if (given) {
        globals[ins.name] = given.value;
        argEvidence[ins.name] = given.evidence;
      } else if (ins.value !== undefined) {
        const value = interpolate(ins.value, globals);
        if (value !== undefined) {
          globals[ins.name] = value;
          argEvidence[ins.name] = { file, line: ins.line, text: ins.text };
        }
      }
    }
    if (ins.op !== 'FROM') continue;
    const from: LinkEvidence = { file, line: ins.line, text: ins.text };
    const used = [...ins.image.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
    const image = interpolate(ins.image, globals);
    const stage: DockerStage = {
      index: stages.length,
      name: ins.stage,
      image,
      evidence: [from, ...used.flatMap((name) => (argEvidence[name] ? [argEvidence[name]] : []))],
    };
    const parent = image && stages.find((s) => s.name?.toLowerCase() === image.toLowerCase());
    if (parent) {
      stage.image = parent.image;
      stage.evidence = [...parent.evidence, from];
    }
    stages.push(stage);
  }
  return stages;
}

/** The stage a build runs: `target` where given, else the last. */
export function finalStage(stages: readonly DockerStage[], target?: string): DockerStage | undefined {
  if (target) return stages.find((s) => s.name?.toLowerCase() === target.toLowerCase());
  return stages[stages.length - 1];
}

/** A file of the repository that a `COPY`/`ADD` puts into a stage, with that instruction. */
export interface CopiedFile {
  stage: number;
  evidence: LinkEvidence;
}

/**
 * Whether a `COPY`/`ADD` from the build context puts the repository file `config` into the image,
 * and in which stage. Only copies from the build context count (not `--from` another stage or
 * image, not URLs). A folder copy holds every file under it.
 */
export function copiesOf(
  facts: DockerfileFacts,
  file: string,
  context: string,
  config: string,
): CopiedFile | undefined {
  let stage = -1;
  // The last copy wins: a later stage (the one that runs) over a build stage that copies the whole context.
  let found: CopiedFile | undefined;
  for (const ins of facts.instructions) {
    if (ins.op === 'FROM') stage++;
    if (ins.op !== 'COPY' || ins.from !== undefined || stage < 0) continue;
    for (const source of ins.sources) {
      if (/^[a-z]+:\/\//i.test(source) || source.includes('$')) continue;
      // Docker refuses sources outside the build context.
      const inContext = path.normalize(source.replace(/^\/+/, '') || '.');
      if (inContext === '..' || inContext.startsWith('../')) continue;
      const where = path.normalize(path.join(context, inContext));
      if (where.startsWith('../')) continue;
      if (matches(where, config)) found = { stage, evidence: { file, line: ins.line, text: ins.text } };
    }
  }
  return found;
}

function matches(source: string, config: string): boolean {
  const base = source === '.' ? '' : source.replace(/\/+$/, '');
  if (base === '' || config === base || config.startsWith(`${base}/`)) return true;
  if (!/[*?]/.test(base)) return false;
  // A wildcard source (`conf/*.yaml`): Go's filepath.Match, `*` and `?` within one path segment;
  // the pattern's segments match the config's first segments (a matched folder holds the rest).
  const wanted = base.split('/');
  const parts = config.split('/');
  return wanted.length <= parts.length && wanted.every((w, i) => segmentMatches(w, parts[i]));
}

/** `*` and `?` within one segment, in time linear in pattern × text (no regular expression to backtrack). */
function segmentMatches(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
