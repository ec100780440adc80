/** A span of a file's text, as offsets into `SourceFile.text`. */
export interface Range {
  start: number;
  end: number;
}
