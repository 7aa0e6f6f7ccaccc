import type { KustomizationFacts } from '../../model/index.js';
import { getPath, locationOf, parseYamlFile, scalarText, seqItems } from '../yaml/document.js';

/** Kustomize's file names (sigs.k8s.io/kustomize `konfig.RecognizedKustomizationFileNames`). */
export function isKustomizationFileName(file: string): boolean {
  return /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/.test(file);
}

/**
 * A path a kustomization names, against the kustomization's folder, lexically. Nothing is read:
 * the link stage only compares it with the paths of the files it was given, so a path that leaves
 * the linted tree simply names no file.
 */
function resolveIn(folder: string, relative: string): string | undefined {
  if (relative === '' || relative.startsWith('/') || relative.includes('://')) return undefined;
  // Plain string work, no `node:path`: the browser playground loads files too.
  const parts: string[] = [];
  for (const part of `${folder}/${relative}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length === 0) return undefined;
    else parts.pop();
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

const dirname = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * What a kustomization tells the link stage: its `namespace`, its file `resources`, and the files
 * each `configMapGenerator` puts in a ConfigMap (`files: [conf/flink-conf.yaml]`, or
 * `files: [flink-conf.yaml=conf/prod.yaml]` with the key before `=`). A generated ConfigMap's name
 * gets a hash suffix, and Kustomize rewrites the references of the resources it builds to it: they
 * keep naming it by the generator's `name`.
 */
export function readKustomization(file: string, text: string): KustomizationFacts | undefined {
  const { yaml } = parseYamlFile(text, file);
  const document = yaml.documents[0];
  if (!document) return undefined;
  const { doc, root } = document;
  const folder = dirname(file);
  const str = (node: unknown) => {
    const scalar = scalarText(doc, node);
    return scalar && !scalar.unresolved ? scalar.text : undefined;
  };
  const facts: KustomizationFacts = { resources: [], generated: [] };
  const namespace = str(getPath(doc, root, 'namespace'));
  if (namespace) facts.namespace = namespace;
  for (const item of seqItems(doc, getPath(doc, root, 'resources'))) {
    const resolved = resolveIn(folder, str(item) ?? '');
    if (resolved) facts.resources.push(resolved);
  }
  for (const generator of seqItems(doc, getPath(doc, root, 'configMapGenerator'))) {
    const name = str(getPath(doc, generator, 'name'));
    if (!name) continue;
    for (const entry of seqItems(doc, getPath(doc, generator, 'files'))) {
      const text = str(entry);
      if (!text) continue;
      const eq = text.indexOf('=');
      const source = eq >= 0 ? text.slice(eq + 1) : text;
      const key = eq >= 0 ? text.slice(0, eq) : basename(source);
      const resolved = resolveIn(folder, source);
      if (resolved) facts.generated.push({ name, key, path: resolved, location: locationOf(yaml, entry) });
    }
  }
  return facts;
}
