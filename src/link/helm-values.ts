import { javaDoubleToString } from '../flink/index.js';
import type {
  Entry,
  FlinkConfig,
  HelmDefine,
  HelmPlacement,
  HelmValue,
  LinkedContainer,
  LinkedMemory,
  LinkFacts,
  Location,
  ValuesLayer,
  ValuesSubstitution,
  VersionEvidence,
} from '../model/index.js';
import {
  markOverrides,
  valuesFlinkVersion,
  operatorMemory,
  quantityBytes,
  valueAt,
  valuesImages,
  valuesLimits,
} from '../sources/index.js';

/** A values tree whose nodes say which file set them (after layering, several files). */
type Tagged = HelmValue & { file: string };
type TaggedMap = Extract<HelmValue, { kind: 'map' }> & { file: string; entries: Array<[string, Tagged]> };

/** Memory a chart's values give a container of its templates, by the container's file and line. */
type ContainerMemory = Map<string, { limit?: LinkedMemory; request?: LinkedMemory }>;

/** One context of a chart config: its defaults, or an environment's values file over them. */
export interface HelmContext {
  /** `values-prod.yaml over values.yaml`; none for the chart's defaults. */
  name?: string;
  layer: ValuesLayer;
  /** Images the layered values name: version evidence. */
  images: string[];
  /** The `flinkVersion` the layered values name, for a values block (what the chart puts in `spec.flinkVersion`). */
  specVersion?: string;
  memory: ContainerMemory;
}

/** What a chart's values give one config: in the chart's defaults, and in each environment that changes it. */
export interface HelmPlan {
  /** The config's own context; undefined where the defaults give it nothing it has not loaded. */
  own?: HelmContext;
  environments: HelmContext[];
  /** A values block a template of the chart places whole into a config: judged there, not alone. */
  judgedIn?: string;
}

interface ValuesFile {
  path: string;
  /** The path inside the chart's folder, for people. */
  name: string;
  tree: Tagged;
  configs: LinkFacts['configs'];
}

/**
 * The Helm side of the link stage. A chart's `values.yaml` holds its defaults; each other values
 * file of the chart (`values-prod.yaml`, `values.prod.yaml`, `values/prod.yaml`) is an environment,
 * layered over the defaults as `helm install -f <file>` layers it (`coalesce`). In each, the
 * values its templates place into a Flink config or a container's memory are followed
 * (`sources/formats/helm-template.ts`) and the values blocks it holds are read again.
 */
export function planHelm(
  files: readonly LinkFacts[],
  chartOf: (path: string) => { folder: string } | undefined,
): Map<string, HelmPlan> {
  const plans = new Map<string, HelmPlan>();
  const charts = new Map<string, { base?: ValuesFile; envs: ValuesFile[]; templates: LinkFacts[] }>();
  // The lines of the containers each template defines, in order.
  const containers = new Map<string, number[]>();
  for (const file of files) {
    const chart = chartOf(file.path);
    if (!chart) continue;
    const inChart = file.path.slice(chart.folder.length);
    let group = charts.get(chart.folder);
    if (!group) charts.set(chart.folder, (group = { envs: [], templates: [] }));
    if (file.helmTemplate && inChart.startsWith('templates/')) {
      group.templates.push(file);
      containers.set(
        file.path,
        (file.containers ?? []).map((c) => c.container.at.line).sort((a, b) => a - b),
      );
    } else if (file.helmValues && !inChart.startsWith('templates/')) {
      const values: ValuesFile = {
        path: file.path,
        name: inChart,
        tree: tag(file.helmValues, file.path),
        configs: file.configs,
      };
      if (/^values\.ya?ml$/.test(inChart)) group.base = values;
      else group.envs.push(values);
    }
  }
  for (const { base, envs, templates } of charts.values()) {
    if (!base) continue;
    const layered = envs.map((env) => ({ env, tree: coalesce(env.tree, base.tree) }));
    const named = (env: ValuesFile) => `${env.name} over ${base.name}`;
    const memory = (tree: Tagged) => chartMemory(templates, tree, containers);
    // The `define`s of the chart's templates and helpers, by name: the last one read wins, as in Helm.
    const defines = new Map<string, { file: string; define: HelmDefine }>();
    for (const template of templates)
      for (const define of template.helmTemplate!.defines ?? [])
        defines.set(define.name, { file: template.path, define });
    const defaultsMemory = memory(base.tree);
    const envMemory = layered.map(({ tree }) => memory(tree));
    // Configs of the templates: in the defaults, and in each environment whose values change them.
    for (const template of templates)
      for (const config of template.configs) {
        const placements = template.helmTemplate!.placements;
        const own = templateContext(template.path, config.id, placements, base.tree, defaultsMemory, defines);
        const environments = layered
          .map(({ env, tree }, i) =>
            templateContext(template.path, config.id, placements, tree, envMemory[i], defines, named(env)),
          )
          .filter((c) => !sameContext(c, own));
        plans.set(config.id, { own, environments });
      }
    // Values blocks a template places whole into one of its configs (`toYaml .Values.flinkConfiguration`).
    const placedWhole = new Map<string, string>();
    for (const template of templates)
      for (const p of template.helmTemplate!.placements)
        if (
          p.target.kind === 'map' &&
          template.configs.some(
            (c) => c.id.slice(template.path.length + 1).split('/', 1)[0] === String(p.document),
          )
        )
          placedWhole.set(p.path.join('.'), template.path);
    for (const values of [base, ...envs])
      for (const config of values.configs) {
        const into = config.name === undefined ? undefined : placedWhole.get(config.name);
        if (into) plans.set(config.id, { environments: [], judgedIn: into });
      }
    // Values blocks: each environment reads the block again from the layered values.
    for (const config of base.configs) {
      if (config.name === undefined || placedWhole.has(config.name)) continue;
      const environments: HelmContext[] = [];
      for (const { env, tree } of layered) {
        if (env.configs.some((c) => c.name === config.name)) continue;
        const context = valuesContext(config.name, tree, `${env.name} over ${base.name}`);
        if (!sameContext(context, valuesContext(config.name, base.tree))) environments.push(context);
      }
      if (environments.length > 0) plans.set(config.id, { environments });
    }
    for (const { env, tree } of layered)
      for (const config of env.configs)
        if (config.name !== undefined && !placedWhole.has(config.name))
          plans.set(config.id, {
            own: valuesContext(config.name, tree, `${env.name} over ${base.name}`),
            environments: [],
          });
  }
  return plans;
}

/** Every node marked with the file that set it. */
function tag(node: HelmValue, file: string): Tagged {
  return node.kind === 'map'
    ? { ...node, file, entries: node.entries.map(([k, v]) => [k, tag(v, file)] as [string, Tagged]) }
    : { ...node, file };
}

/**
 * An environment's values over the chart's: maps merge key by key, anything else (scalars,
 * lists, a map over a scalar or a scalar over a map) is replaced by the environment's, and a
 * `null` deletes the key. helm.sh/helm `pkg/chartutil/coalesce.go` (`coalesceValues`,
 * `CoalesceTables`): the user's file is authoritative, `delete(v, key)` where it is nil.
 */
export function coalesce(over: Tagged, under: Tagged): Tagged {
  if (over.kind !== 'map' || under.kind !== 'map') return over;
  const entries = new Map<string, Tagged>();
  for (const [key, value] of (under as TaggedMap).entries) entries.set(key, value);
  for (const [key, value] of (over as TaggedMap).entries) {
    const below = entries.get(key);
    if (value.kind === 'scalar' && value.type === 'null') entries.delete(key);
    else entries.set(key, below ? coalesce(value, below) : value);
  }
  return { ...over, entries: [...entries] };
}

function locationOf(node: Tagged): Location {
  const at = node.kind === 'map' ? node : (node.key ?? node);
  return { file: node.file, line: at.line, column: at.column };
}

/** A values block (`flinkConfiguration`, a map of Flink keys) read from layered values, as the loader reads it. */
function valuesContext(name: string, tree: Tagged, contextName?: string): HelmContext {
  const path = pathNamed(tree, name);
  const node = path ? (valueAt(tree, path) as Tagged | undefined) : undefined;
  const layer: ValuesLayer = {};
  if (path && node?.kind === 'map') {
    const all = flatten(node as TaggedMap, '');
    // A map of Flink keys beside other keys (`flink-conf.taskmanager…`): only its Flink keys (helm-values.ts).
    layer.entries =
      path[path.length - 1] === 'flinkConfiguration'
        ? all
        : all
            .filter((e) => e.key.startsWith(KEY_PREFIX) || /^(taskmanager|jobmanager)\./.test(e.key))
            .map((e) => ({
              ...e,
              key: e.key.startsWith(KEY_PREFIX) ? e.key.slice(KEY_PREFIX.length) : e.key,
            }));
  }
  const limits = valuesLimits(tree, '');
  for (const limit of Object.values(limits))
    if (limit.location) limit.location.file = nodeFileAt(tree, limit.source) ?? tree.file;
  if (Object.keys(limits).length > 0) layer.container = limits;
  const images = valuesImages(tree);
  if (images[0] !== undefined) layer.image = images[0];
  const specVersion = valuesFlinkVersion(tree);
  return {
    ...(contextName ? { name: contextName } : {}),
    layer,
    images,
    ...(specVersion ? { specVersion } : {}),
    memory: new Map(),
  };
}

const KEY_PREFIX = 'flink-conf.';

/** The file that set the node at a dotted source path of `valuesLimits` (keys without dots). */
function nodeFileAt(tree: Tagged, source: string): string | undefined {
  return (valueAt(tree, source.split('.')) as Tagged | undefined)?.file;
}

/** The path of keys whose dotted name is `name` (a block's name as the loader gives it). */
function pathNamed(tree: Tagged, name: string): string[] | undefined {
  const visit = (node: Tagged, path: string[], depth: number): string[] | undefined => {
    const joined = path.join('.');
    if (path.length > 0 && joined === name) return path;
    if (node.kind !== 'map' || depth > 64 || (path.length > 0 && !name.startsWith(`${joined}.`)))
      return undefined;
    for (const [key, value] of (node as TaggedMap).entries) {
      const found = visit(value, [...path, key], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(tree, [], 0);
}

/** A map's keys flattened with dots, each value as the operator stores it (`flinkConfiguration`). */
function flatten(node: TaggedMap, prefix: string, depth = 0): Entry[] {
  const entries: Entry[] = [];
  for (const [key, value] of node.entries) {
    if (value.kind === 'map') {
      if (depth < 64) entries.push(...flatten(value as TaggedMap, `${prefix}${key}.`, depth + 1));
      continue;
    }
    const text = value.kind === 'list' ? value.text : value.text;
    if (text === undefined) continue;
    const entry: Entry = { key: prefix + key, value: text, location: locationOf(value), origin: 'file' };
    if (value.kind === 'scalar' && value.unresolved) entry.unresolved = true;
    entries.push(entry);
  }
  return entries;
}

/** The memory the values give the containers of a chart's templates. */
function chartMemory(
  templates: readonly LinkFacts[],
  tree: Tagged,
  containers: ReadonlyMap<string, number[]>,
): ContainerMemory {
  const memory: ContainerMemory = new Map();
  for (const template of templates)
    for (const placement of template.helmTemplate!.placements) {
      const { target } = placement;
      if (target.kind !== 'container-memory' && !(target.kind === 'map' && target.under === 'resources'))
        continue;
      // The container whose block holds the line: the last one defined above it.
      const at = (containers.get(template.path) ?? []).filter((l) => l < placement.line).pop();
      if (at === undefined) continue;
      const node = valueAt(tree, placement.path) as Tagged | undefined;
      const key = `${template.path}:${at}`;
      const found = memory.get(key) ?? {};
      if (target.kind === 'container-memory') {
        const quantity = memoryOf(node, placement, template.path, target.which);
        if (quantity) found[target.which] = quantity;
      } else {
        const limit = memoryOf(
          valueAt(node, ['limits', 'memory']) as Tagged | undefined,
          undefined,
          template.path,
          'limit',
        );
        const request = memoryOf(
          valueAt(node, ['requests', 'memory']) as Tagged | undefined,
          undefined,
          template.path,
          'request',
        );
        if (limit) found.limit = limit;
        if (request) found.request = request;
      }
      if (found.limit || found.request) memory.set(key, found);
    }
  return memory;
}

/** What the values give a config of a template: its placeholders' values, the maps placed whole into it. */
function templateContext(
  file: string,
  configId: string,
  placements: readonly HelmPlacement[],
  tree: Tagged,
  memory: ContainerMemory,
  defines: ReadonlyMap<string, { file: string; define: HelmDefine }>,
  name?: string,
): HelmContext {
  const substitutions: ValuesSubstitution[] = [];
  const inserted: Array<{ line: number; entries: Entry[] }> = [];
  const part = configId.slice(file.length + 1);
  for (const placement of placements) {
    const { target } = placement;
    const inConfig = part === String(placement.document) || part.startsWith(`${placement.document}/`);
    if (!inConfig) continue;
    const node = valueAt(tree, placement.path) as Tagged | undefined;
    if (target.kind === 'value') {
      const text = rendered(node, placement);
      if (text === undefined) continue;
      substitutions.push({
        line: placement.line,
        placeholder: placement.placeholder,
        text,
        whole: placement.whole,
        location: node && !isEmptyValue(node) ? locationOf(node) : { file, line: placement.line, column: 1 },
      });
    } else if (target.kind === 'include') {
      const found = defines.get(target.name);
      const forConfig =
        placement.blockKey !== undefined
          ? part === `${placement.document}/${placement.blockKey}`
          : part === String(placement.document);
      if (found && forConfig)
        inserted.push({
          line: placement.line,
          entries: defineEntries(found.file, found.define, tree, placement.context),
        });
    } else if (target.kind === 'map' && node?.kind === 'map') {
      const forConfig =
        placement.blockKey !== undefined
          ? part === `${placement.document}/${placement.blockKey}`
          : target.under === 'flinkConfiguration';
      if (forConfig)
        inserted.push({ line: placement.line, entries: mapEntries(node as TaggedMap, placement.context) });
    }
  }
  const layer: ValuesLayer = {};
  if (substitutions.length > 0) layer.substitutions = substitutions;
  if (inserted.length > 0) layer.inserted = inserted;
  return { ...(name ? { name } : {}), layer, images: valuesImages(tree), memory };
}

/**
 * The `key: value` lines of a `define` placed by `include`: literal values located in the helpers
 * file, values from `.Values` on the values line; a line whose `if .Values.x` does not hold, or
 * whose value the values do not give, is left out.
 */
function defineEntries(
  file: string,
  define: HelmDefine,
  tree: Tagged,
  context: HelmPlacement['context'],
): Entry[] {
  const entries: Entry[] = [];
  for (const line of define.lines) {
    // Go templates' truth: empty values (false, 0, "", nil, an empty map) are false (text/template `isTrue`).
    const holds = (line.guards ?? []).every((g) => {
      const node = valueAt(tree, g.path);
      return (node !== undefined && !isEmptyValue(node)) !== (g.negate === true);
    });
    if (!holds) continue;
    if (line.literal !== undefined) {
      const value = context === 'yaml' ? yamlPlain(unquote(line.literal)) : line.literal;
      entries.push({ key: line.key, value, location: { file, line: line.line, column: 1 }, origin: 'file' });
      continue;
    }
    if (!line.value) continue;
    const node = valueAt(tree, line.value.path) as Tagged | undefined;
    const text = rendered(node, { ...line.value, context });
    if (text === undefined) continue;
    const location = node && !isEmptyValue(node) ? locationOf(node) : { file, line: line.line, column: 1 };
    entries.push({ key: line.key, value: text, location, origin: 'file' });
  }
  return entries;
}

function unquote(text: string): string {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])
    ? text.slice(1, -1)
    : text;
}

/** A map placed whole by `toYaml`: in YAML its keys flatten; in Flink's lines only flat keys read as written. */
function mapEntries(node: TaggedMap, context: HelmPlacement['context']): Entry[] {
  if (context === 'yaml') return flatten(node, '');
  const entries: Entry[] = [];
  for (const [key, value] of node.entries) {
    if (value.kind !== 'scalar' || value.type === 'null' || value.unresolved) continue;
    // toYaml quotes a string YAML would read as another type; Flink's line reader keeps the quotes.
    const text =
      value.type === 'string' && !isPlainString(value.text) ? JSON.stringify(value.text) : value.text;
    entries.push({ key, value: text, location: locationOf(value), origin: 'file' });
  }
  return entries;
}

/** A string YAML writes without quotes: not a number, boolean or null to a YAML reader. */
function isPlainString(text: string): boolean {
  return !/^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|true|false|yes|no|on|off|null|~|)$/i.test(
    text,
  );
}

/** Sprig's `empty`, which `default` replaces: nil, false, 0, "" and empty maps (Masterminds/sprig `defaults.go`). */
function isEmptyValue(node: HelmValue): boolean {
  if (node.kind === 'map') return node.entries.length === 0;
  if (node.kind === 'list') return node.text === '';
  if (node.type === 'null') return true;
  if (node.type === 'boolean') return node.text === 'false';
  if (node.type === 'number') return Number(node.text) === 0;
  return node.text === '';
}

/**
 * What Helm writes for a value: text as it is; a number as Go prints a float64, which Helm reads
 * every YAML number as (1234567 → `1.234567e+06`, helm/helm#6431, #13254); `default`'s literal
 * where the value is empty; `quote` in double quotes. Undefined where the values do not say (set
 * at install time, a map, a placeholder): the placeholder stays.
 */
function rendered(node: Tagged | undefined, placement: HelmPlacement): string | undefined {
  let text: string | undefined;
  if (!node || isEmptyValue(node)) text = placement.fallback;
  else if (node.kind === 'scalar' && !node.unresolved)
    text = node.type === 'number' ? goFloat(Number(node.text)) : node.text;
  if (text === undefined) return undefined;
  if (placement.quote) {
    if ([...text].some((c) => c === '"' || c === '\\' || c < ' ')) return undefined;
    // YAML reads the quoted text as the string; Flink's line reader keeps the quotes.
    if (!(placement.whole && placement.context === 'yaml')) text = `"${text}"`;
    return text;
  }
  return placement.whole && placement.context === 'yaml' ? yamlPlain(text) : text;
}

/** A plain YAML scalar as the loaders store it: integers as written, floats as Java prints a double. */
function yamlPlain(text: string): string {
  if (/^[-+]?\d+$/.test(text)) return String(BigInt(text));
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) return javaDoubleToString(Number(text));
  return text;
}

/** Go's `%v` of a float64 (`strconv.FormatFloat(f, 'g', -1, 64)`): exponent form below 1e-4 and from 1e+06 (go `strconv/ftoa.go`, shortest `%g` uses precision 6 for the switch). */
export function goFloat(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const [mantissa, exponent] = n.toExponential().split('e');
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6)
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(n);
}

function memoryOf(
  node: Tagged | undefined,
  placement: HelmPlacement | undefined,
  template: string,
  which: 'limit' | 'request',
): LinkedMemory | undefined {
  const text = placement
    ? rendered(node, { ...placement, quote: false })
    : node?.kind === 'scalar' && !node.unresolved
      ? node.text
      : undefined;
  const bytes = text !== undefined ? quantityBytes(text) : undefined;
  if (text === undefined || bytes === undefined) return undefined;
  const at = node && !isEmptyValue(node) ? locationOf(node) : { file: template, line: placement?.line ?? 1 };
  return {
    bytes,
    text,
    evidence: {
      file: at.file,
      line: at.line,
      text: `resources.${which === 'limit' ? 'limits' : 'requests'}.memory ${text}`,
    },
  };
}

/** A template's container with the memory the values give it. */
export function withValuesMemory(container: LinkedContainer, memory: ContainerMemory): LinkedContainer {
  const given = memory.get(`${container.at.file}:${container.at.line}`);
  if (!given) return container;
  return {
    ...container,
    ...(given.limit && !container.limit ? { limit: given.limit } : {}),
    ...(given.request && !container.request ? { request: given.request } : {}),
  };
}

function sameContext(a: HelmContext, b: HelmContext): boolean {
  return (
    JSON.stringify([a.layer, a.images, [...a.memory]], bigints) ===
    JSON.stringify([b.layer, b.images, [...b.memory]], bigints)
  );
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? String(value) : value);

/**
 * A config's version evidence with what the values give: the images they name (the chart's own,
 * before its appVersion), and a template's `flinkVersion: {{ .Values.flinkVersion }}`.
 */
export function valuesEvidence(evidence: VersionEvidence, values: HelmContext): VersionEvidence {
  const out: VersionEvidence = { ...evidence };
  if (values.images.length > 0) out.images = [...values.images, ...(evidence.images ?? [])];
  const spec = evidence.specVersion;
  const sub =
    spec === undefined ? undefined : values.layer.substitutions?.find((s) => spec.includes(s.placeholder));
  if (spec !== undefined && sub)
    out.specVersion = sub.whole ? sub.text : spec.replace(sub.placeholder, sub.text);
  if (values.specVersion !== undefined) out.specVersion = values.specVersion;
  return out;
}

/** A config with what a chart's values give it in one context (`ConfigLink.layer`). */
export function applyValuesLayer(config: FlinkConfig, layer: ValuesLayer): void {
  let entries = layer.entries ? layer.entries.map((e) => ({ ...e })) : config.entries.map((e) => ({ ...e }));
  let problems = layer.entries ? config.problems.filter((p) => !REREAD.has(p.code)) : [...config.problems];
  const resolvedLines = new Set<number>();
  for (const sub of layer.substitutions ?? [])
    for (const entry of entries) {
      if (entry.location.file !== config.file || entry.location.line !== sub.line) continue;
      if (typeof entry.value !== 'string' || !entry.value.includes(sub.placeholder)) continue;
      let value = sub.whole
        ? sub.text
        : entry.value.includes(`${sub.placeholder} `)
          ? entry.value.replace(`${sub.placeholder} `, sub.text)
          : entry.value.replace(sub.placeholder, sub.text);
      if (entry.origin === 'operator' && entry.key.endsWith('.memory.process.size')) {
        // The operator reads `resource.memory` as a Kubernetes quantity (flink-deployment.ts).
        const converted = operatorMemory(
          value,
          entry.key.startsWith('jobmanager') ? 'JobManager' : 'TaskManager',
        );
        if (converted.error)
          problems.push({ code: 'operator-rejected', message: converted.error, location: sub.location });
        value = converted.value;
      }
      entry.value = value;
      entry.location = sub.location;
      delete entry.valueLocation;
      if (value.includes('${') && value.includes('}')) continue;
      delete entry.unresolved;
      resolvedLines.add(sub.line);
    }
  problems = problems.flatMap((p) => {
    if (p.location.file !== config.file) return [p];
    if (p.code === 'unresolved-template' && resolvedLines.has(p.location.line)) return [];
    // What loading said of a placeholder (`spec.flinkVersion '${ .Values.v }'`), said of the value now.
    const sub = layer.substitutions?.find(
      (s) => s.line === p.location.line && p.message.includes(`'${s.placeholder}'`),
    );
    if (!sub) return [p];
    if (OPERATOR_VERSION.test(sub.text)) return [];
    return [
      { ...p, message: p.message.replace(`'${sub.placeholder}'`, `'${sub.text}'`), location: sub.location },
    ];
  });
  for (const { line, entries: added } of layer.inserted ?? []) {
    const at = entries.findIndex((e) => e.location.file === config.file && e.location.line > line);
    const copies = added.map((e) => ({ ...e }));
    entries = at < 0 ? [...entries, ...copies] : [...entries.slice(0, at), ...copies, ...entries.slice(at)];
  }
  for (const entry of entries) delete entry.overriddenBy;
  config.entries = markOverrides(entries);
  config.problems = problems;
  if (layer.container) config.container = { ...config.container, ...layer.container };
  if (layer.image !== undefined) config.image = layer.image;
}

/** How the operator writes `spec.flinkVersion` (flink-deployment.ts). */
const OPERATOR_VERSION = /^v\d+_\d+$/;

/** What a values block's loading noticed about its entries: read again from the layered values. */
const REREAD = new Set(['unresolved-template', 'duplicate-key', 'null-value', 'empty-key-or-value']);
