// The one door to the Markdown layer: every renderer of GitHub Markdown builds through it.
export {
  code,
  codeBlock,
  details,
  join,
  link,
  md,
  Markdown,
  table,
  tableParts,
  text,
  trusted,
} from './markdown.js';
export type { Align, Inline } from './markdown.js';
