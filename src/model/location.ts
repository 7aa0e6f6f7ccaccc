/** A place in a linted file. Lines and columns are 1-based, as editors and GitHub show them. */
export interface Location {
  /** Path relative to the working directory (or the linted root), with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
