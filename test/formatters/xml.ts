/** An element of a parsed XML document: attribute values and text with their references resolved. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

const CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A small, strict check that a document is well-formed XML 1.0 as the formatters write it (a declaration, one root,
 * elements, attributes and text; no comments, CDATA or DTD), returning its tree; throws at the first error.
 */
export function parseXml(xml: string): XmlElement {
  if (!CHAR.test(xml)) throw new Error('a character XML 1.0 does not allow');
  const text = xml.replace(/\r\n?/g, '\n');
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}: ${JSON.stringify(text.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    while (/[ \t\n]/.test(text[at] ?? '')) at++;
  };
  const name = () => {
    NAME.lastIndex = at;
    const match = NAME.exec(text) ?? fail('a name expected');
    at += match[0].length;
    return match[0];
  };
  const resolve = (raw: string) =>
    raw.replace(/&([^;]*);?/g, (reference, body: string) => {
      if (!reference.endsWith(';')) fail('an unterminated reference');
      const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? Number(body.slice(1)) : undefined;
      if (code === undefined) return ENTITIES[body] ?? fail(`an unknown entity &${body};`);
      const char = String.fromCodePoint(code);
      return CHAR.test(char) ? char : fail('a reference to a character XML 1.0 does not allow');
    });
  const element = (): XmlElement => {
    if (text[at] !== '<') fail('an element expected');
    at++;
    const node: XmlElement = { name: name(), attributes: {}, children: [] };
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (text[at] === '>') break;
      if (at === before) fail('a space expected before an attribute');
      const attribute = name();
      if (attribute in node.attributes) fail(`a repeated attribute ${attribute}`);
      skipSpace();
      if (text[at++] !== '=') fail('= expected');
      skipSpace();
      const quote = text[at++];
      if (quote !== '"' && quote !== "'") fail('a quoted value expected');
      const end = text.indexOf(quote!, at);
      if (end === -1) fail('an unterminated attribute value');
      const raw = text.slice(at, end);
      if (raw.includes('<')) fail('< in an attribute value');
      node.attributes[attribute] = resolve(raw.replace(/[\t\n]/g, ' '));
      at = end + 1;
    }
    at++;
    for (;;) {
      const next = text.indexOf('<', at);
      if (next === -1) fail(`an unclosed element ${node.name}`);
      const raw = text.slice(at, next);
      if (raw.includes(']]>')) fail(']]> in text');
      if (raw) node.children.push(resolve(raw));
      at = next;
      if (text.startsWith('</', at)) {
        at += 2;
        if (name() !== node.name) fail(`a closing tag that does not match ${node.name}`);
        skipSpace();
        if (text[at++] !== '>') fail('> expected');
        return node;
      }
      if (/^<[!?]/.test(text.slice(at, at + 2))) fail('a comment, CDATA section or processing instruction');
      node.children.push(element());
    }
  };

  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(text);
  if (!declaration) fail('no XML declaration');
  at = declaration![0].length;
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== text.length) fail('content after the root element');
  return root;
}

/** The child elements of an element, by name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** The text of an element, its children's text included. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}
