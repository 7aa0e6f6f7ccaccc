import type { ConfigKind, LoadedConfig } from '../../model/index.js';
import type { YamlDocument, YamlFile } from '../yaml/document.js';

/** What a format's loader may know about the file a document sits in. */
export interface YamlFileContext {
  path: string;
  text: string;
  yaml: YamlFile;
}

/** One kind of file the tool reads a Flink configuration from: how to recognise it, how to read it. */
export interface DocumentFormat {
  kind: ConfigKind;
  /** Whether this format reads the document; the first format of the table that does wins. */
  matches: (document: YamlDocument, file: YamlFileContext) => boolean;
  load: (document: YamlDocument, file: YamlFileContext) => LoadedConfig[];
}
