import { CST, isScalar, parseDocument, Parser } from 'yaml';
import { YAML_OPTIONS } from './yaml-options.js';

/**
 * Thrown where yaml's composer would report a problem, or build something this reading leaves to it (anchors,
 * aliases, tags, explicit keys, pairs inside flow collections, flow mappings with entries).
 */
const DECLINE = Symbol('decline');

// The composer's own tags and options, from a document composed with govlint's options: plain scalars are
// resolved by the same tests and functions, in the same order.
const { schema, options } = parseDocument('', YAML_OPTIONS);
const PLAIN_TAGS = schema.tags.flatMap(({ default: isDefault, test, resolve }) =>
  isDefault === true && test && resolve ? [{ test, resolve: resolve as (value: string, onError: (message: string) => void, options: object) => unknown }] : [],
);

/**
 * The data of every document of a YAML text, read straight from the parser's tokens without building yaml's
 * syntax trees: that building is about 40 % of the time a full parse takes. The reading follows yaml's composer
 * step by step (`yaml/dist/compose/*`), and declines the text, giving undefined, wherever the composer would report
 * an error or a warning, or build something this reading does not. A text declined is parsed in full, so no
 * problem is ever missed, and the data is always what yaml's `toJS` gives. The differential tests in
 * test/parse/data-from-tokens.test.ts hold the two readings to that; package.json pins the version of yaml they
 * were held to.
 */
export function dataFromTokens(text: string): unknown[] | undefined {
  // A merge key changes how a mapping is built (and cannot be merged without an alias anyway).
  if (text.includes('<<')) return undefined;
  const documents: unknown[] = [];
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type === 'document') documents.push(documentData(token));
      else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') return undefined;
    }
  } catch (error) {
    // RangeError: nesting too deep for this reading's recursion; the full parse reports it.
    if (error === DECLINE || error instanceof RangeError) return undefined;
    throw error;
  }
  return documents.length > 0 ? documents : undefined;
}

function decline(): never {
  throw DECLINE;
}

const isBlockCollection = (token: CST.Token | undefined): boolean => token?.type === 'block-map' || token?.type === 'block-seq';

function documentData({ start, value, end }: CST.Document): unknown {
  const props = checkProps(start, { indicator: 'doc-start', next: value ?? end?.[0], parentIndent: 0, startOnNewline: true });
  if (props.found && isBlockCollection(value) && !props.hasNewline) decline();
  const data = value ? nodeData(value) : null;
  checkEnd(end, false);
  return data;
}

function nodeData(token: CST.Token): unknown {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalarData(token);
    case 'block-map':
      return blockMapData(token);
    case 'block-seq':
      return blockSeqData(token);
    case 'flow-collection':
      return flowSeqData(token);
    default:
      return decline();
  }
}

/** A scalar's value as the composer resolves it: plain scalars by the schema's tests, others as strings. */
function scalarData(token: CST.FlowScalar | CST.BlockScalar): unknown {
  const value = token.type === 'scalar' && !token.source.includes('\n') ? onePlainLine(token) : CST.resolveAsScalar(token, true, decline)!.value;
  if (token.type !== 'scalar') return value;
  const tag = PLAIN_TAGS.find((candidate) => candidate.test.test(value));
  if (!tag) return value;
  let resolved: unknown;
  try {
    resolved = tag.resolve(value, decline, options);
  } catch {
    return decline();
  }
  return isScalar(resolved) ? resolved.value : resolved;
}

/**
 * A plain scalar on one line, the most common token by far, is its own source: what resolveAsScalar gives for it
 * without that function's line folding, after the same checks.
 */
function onePlainLine({ source, end }: CST.FlowScalar): string {
  if (BAD_PLAIN_START.includes(source[0]!)) decline();
  checkEnd(end, true);
  return source;
}

/** Characters a plain scalar may not start with; the composer reports them (BAD_SCALAR_START). */
const BAD_PLAIN_START = '\t,%|>@`';

function blockMapData(map: CST.BlockMap): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const { items } = map;
  for (let index = 0; index < items.length; index++) {
    const { start, key, sep, value } = items[index]!;
    const keyProps = checkProps(start, { indicator: 'explicit-key-ind', next: key ?? sep?.[0], parentIndent: map.indent, startOnNewline: true });
    if (keyProps.found) decline();
    if (!sep) {
      // Comments after the last entry; anywhere else the composer reports trailing content.
      if (key || value || index < items.length - 1) decline();
      continue;
    }
    if (!key || !isFlowScalar(key) || key.indent !== map.indent || containsNewline(key)) decline();
    const valueProps = checkProps(sep, { indicator: 'map-value-ind', next: value, parentIndent: map.indent, startOnNewline: false });
    if (!valueProps.found) decline();
    if (value?.type === 'block-map' && !valueProps.hasNewline) decline();
    // The composer reports an implicit key whose ':' comes more than 1024 characters after the key's line starts,
    // give or take its indentation; this reading takes no ':' beyond 512 + 256.
    if (valueProps.found.offset - key.offset > 512 || key.indent > 256) decline();
    const keyData = scalarData(key);
    const name = keyData === null ? '' : String(keyData);
    // Keys the composer finds equal (a duplicate, which it reports) give the same name; so do a few it does not
    // (1 and "1"), which are left to it too.
    if (Object.hasOwn(data, name)) decline();
    setEntry(data, name, value ? nodeData(value) : null);
  }
  return data;
}

/** As toJS sets an entry: a name from the object's prototype ('__proto__', 'constructor') becomes its own property. */
function setEntry(data: Record<string, unknown>, name: string, value: unknown): void {
  if (name in data) Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
  else data[name] = value;
}

function blockSeqData(seq: CST.BlockSequence): unknown[] {
  const data: unknown[] = [];
  const { items } = seq;
  for (let index = 0; index < items.length; index++) {
    const { start, value } = items[index]!;
    const props = checkProps(start, { indicator: 'seq-item-ind', next: value, parentIndent: seq.indent, startOnNewline: true });
    if (!props.found) {
      if (value || index < items.length - 1) decline();
      continue;
    }
    data.push(value ? nodeData(value) : null);
  }
  return data;
}

/** A flow sequence of values (`[a, b]`), or an empty flow mapping (`{}`). */
function flowSeqData(flow: CST.FlowCollection): unknown {
  const isMap = flow.start.source === '{';
  const data: unknown[] = [];
  const { items } = flow;
  for (let index = 0; index < items.length; index++) {
    const { start, key, sep, value } = items[index]!;
    const props = checkProps(start, { flow: true, indicator: 'explicit-key-ind', next: key ?? sep?.[0], parentIndent: flow.indent, startOnNewline: false });
    if (props.found || key || sep || isMap) decline();
    if (!value) {
      // Only the last item may be empty: a trailing comma, or comments before the closing bracket.
      if ((index === 0 && props.comma) || index < items.length - 1) decline();
      continue;
    }
    if ((index === 0) === (props.comma !== null) || isBlockCollection(value)) decline();
    data.push(nodeData(value));
  }
  const [closing, ...end] = flow.end;
  if (closing?.source !== (isMap ? '}' : ']')) decline();
  checkEnd(end, true);
  return isMap ? {} : data;
}

const isFlowScalar = (token: CST.Token): token is CST.FlowScalar =>
  token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';

function containsNewline(key: CST.FlowScalar): boolean {
  return key.source.includes('\n') || (key.end ?? []).some((token) => token.type === 'newline');
}

interface PropsContext {
  flow?: boolean;
  indicator: 'doc-start' | 'explicit-key-ind' | 'map-value-ind' | 'seq-item-ind';
  next: CST.Token | undefined;
  parentIndent: number;
  startOnNewline: boolean;
}

/**
 * The tokens before a node, checked as the composer's resolveProps checks them, for nodes without anchors or
 * tags: which indicator was found, whether a line ended, and the comma of a flow item.
 */
function checkProps(tokens: readonly CST.SourceToken[], { flow = false, indicator, next, parentIndent, startOnNewline }: PropsContext) {
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let tab: CST.SourceToken | null = null;
  let comma: CST.SourceToken | null = null;
  let found: CST.SourceToken | null = null;
  for (const token of tokens) {
    if (tab) {
      if (atNewline && token.type !== 'comment' && token.type !== 'newline') decline();
      tab = null;
    }
    switch (token.type) {
      case 'space':
        if (!flow && (indicator !== 'doc-start' || next?.type !== 'flow-collection') && token.source.includes('\t')) tab = token;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) decline();
        atNewline = false;
        break;
      case 'newline':
        atNewline = true;
        hasNewline = true;
        hasSpace = true;
        break;
      case indicator:
        if (found) decline();
        found = token;
        atNewline = indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
        hasSpace = false;
        break;
      case 'comma':
        if (!flow || comma) decline();
        comma = token;
        atNewline = false;
        hasSpace = false;
        break;
      default:
        decline();
    }
  }
  if (tab && ((atNewline && tab.indent <= parentIndent) || isBlockCollection(next))) decline();
  return { found, hasNewline, comma };
}

/** The tokens after a node, checked as the composer's resolveEnd checks them. */
function checkEnd(tokens: readonly CST.SourceToken[] | undefined, requireSpace: boolean): void {
  let hasSpace = false;
  for (const token of tokens ?? []) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type !== 'comment' || (requireSpace && !hasSpace)) decline();
  }
}
