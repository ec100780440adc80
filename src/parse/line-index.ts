/** Maps offsets in a file's text to 1-based lines and columns (UTF-16 code units, as editors and SARIF count). */
export interface Position {
  line: number;
  column: number;
}

/** The lines are found on first use: most files of a large repo never need a position. */
export class LineIndex {
  private lineStarts: number[] | undefined;

  /** `text` must already have lone CRs turned into LFs (see normalizeText), so '\n' ends every line. */
  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const lineStarts = (this.lineStarts ??= startsOfLines(this.text));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  }
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
