import type { ConfigKind, LoadedConfig } from '../../model/index.js';
import type { YamlDocument, YamlFile } from '../yaml/document.js';

/** What a format's loader may know about the file a document sits in. */
export interface YamlFileContext {
  path: string;
  text: string;
  yaml: YamlFile;
}

/**
 * What the raw text or the name of every file a format reads shows, before any parser runs: the
 * prefilter (`sources/prefilter.ts`) rules out a file that no format's markers match. Each marker
 * must be a necessary condition of the format's loader: a file it would give a config from holds
 * one of `text`, or has a name `name` accepts.
 */
export interface RawMarkers {
  /** ASCII strings; the text of every file the format reads holds at least one of them. */
  text?: readonly string[];
  /** Files the format reads whatever their text holds (by their path). */
  name?: (path: string) => boolean;
}

/** One kind of file the tool reads a Flink configuration from: how to recognise it, how to read it. */
export interface DocumentFormat {
  kind: ConfigKind;
  /** What the files it reads show before they are parsed (see `RawMarkers`). */
  markers: RawMarkers;
  /** Whether this format reads the document; the first format of the table that does wins. */
  matches: (document: YamlDocument, file: YamlFileContext) => boolean;
  load: (document: YamlDocument, file: YamlFileContext) => LoadedConfig[];
}
