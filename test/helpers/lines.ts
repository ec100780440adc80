/** A file's text from its lines, each ending with a line feed: `lines('kind: Person', 'id: ada')`. */
export function lines(...rows: string[]): string {
  return rows.map((row) => `${row}\n`).join('');
}
