/** A section of the HTML report: its anchor, its heading and its HTML. */
export interface Section {
  id: string;
  title: string;
  body: string;
}
