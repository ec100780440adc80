// The fast path of reading YAML (see parseYamlText in parse-yaml.ts, its one caller), and why package.json pins yaml.
//
// This file reads yaml's concrete syntax tokens (the CST of `yaml`'s Parser) and follows the checks of yaml's
// composer (`yaml/dist/compose/*`) step by step. Neither is a stable API: a patch release of yaml may change a token's
// shape or a check, and this reading would then silently disagree with yaml's. So package.json pins "yaml" to one
// exact version (package.json cannot hold a comment: this is where the pin is explained), a test fails when that
// pin stops being exact, and the differential tests in test/parse/data-from-tokens.test.ts hold the data and
// positions read here to what yaml's composer and LineCounter give. To update yaml: change the pin, run those tests,
// and follow here whatever changed in the composer.
import { CST, isScalar, parseDocument, Parser } from 'yaml';
import { MAP, PositionsWriter, SCALAR, SEQ, type YamlPositions } from './positions.js';
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

/** A YAML document as read: its data, and where its nodes are for locating findings. */
export interface ReadDocument {
  data: unknown;
  positions: YamlPositions;
}

/**
 * The data and positions of every document of a YAML text, read straight from the parser's tokens without building
 * yaml's syntax trees: that building is about 40 % of the time a full parse takes. The reading follows yaml's
 * composer step by step, and declines the text, giving undefined, wherever the composer would report an error or a
 * warning, or build something this reading does not: merge keys (`<<`), anchors, aliases, tags, explicit keys, pairs
 * inside flow collections, flow mappings with entries, `...` lines. A text declined is parsed in full by the
 * composer, so no problem is ever missed, and the data is always what yaml's `toJS` gives, the positions what its
 * nodes' ranges give.
 */
export function dataFromTokens(text: string): ReadDocument[] | undefined {
  // A merge key changes how a mapping is built (and cannot be merged without an alias anyway).
  if (text.includes('<<')) return undefined;
  const documents: ReadDocument[] = [];
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

// Each mapping and list is frozen as soon as it is read, its contents first, as the model's data must be (see
// model/read-only.ts): deepFreeze then stops at the top of a document instead of walking all of it again.

function decline(): never {
  throw DECLINE;
}

const isBlockCollection = (token: CST.Token | undefined): boolean => token?.type === 'block-map' || token?.type === 'block-seq';

// The document being read: its positions are written here as its nodes are read, and `nodeEnd` is where the last
// node read ends with what trails it (its comments and line break: yaml's `range[2]`), from which the collection
// holding it takes its own end. Kept in the module rather than returned, as this is the hot path of every check.
const writer = new PositionsWriter();
let nodeEnd = 0;

function documentData({ offset, start, value, end }: CST.Document): ReadDocument {
  const props = checkProps(start, { indicator: 'doc-start', next: value ?? end?.[0], parentIndent: 0, startOnNewline: true });
  if (props.found && isBlockCollection(value) && !props.hasNewline) decline();
  writer.reset();
  const data = value ? nodeData(value) : emptyNode(start, offset);
  checkEnd(end, false);
  return { data, positions: writer.finish(nodeEnd + lengthOf(end)) };
}

function nodeData(token: CST.Token): unknown {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar': {
      const valueEnd = token.offset + token.source.length;
      writer.node(SCALAR, token.offset, valueEnd);
      nodeEnd = valueEnd + lengthOf(token.end);
      return scalarData(token);
    }
    case 'block-scalar': {
      const valueEnd = token.offset + lengthOf(token.props as CST.SourceToken[]) + token.source.length;
      writer.node(SCALAR, token.offset, valueEnd);
      nodeEnd = valueEnd;
      return scalarData(token);
    }
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

/** The empty scalar yaml makes of a missing value, after the tokens before it (`key:`, `- `, an empty document). */
function emptyNode(before: readonly CST.SourceToken[], offset: number): null {
  // As yaml's emptyScalarPosition: just after the last indicator, and the spaces that follow it.
  let at = before[0]?.offset ?? offset;
  for (let index = before.length - 1; index >= 0; index--) {
    const token = before[index]!;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') continue;
    at = token.offset + token.source.length;
    for (let next = index + 1; before[next]?.type === 'space'; next++) at += before[next]!.source.length;
    break;
  }
  writer.node(SCALAR, at, at);
  // A comment among those tokens becomes the empty node's, and its end the node's.
  nodeEnd = before.some((token) => token.type === 'comment') ? endOf(before, offset) : at;
  return null;
}

/** Where a list of tokens ends (yaml's `resolveProps(...).end`): after the last, or at `offset` when there is none. */
function endOf(tokens: readonly CST.SourceToken[], offset: number): number {
  const last = tokens[tokens.length - 1];
  return last ? last.offset + last.source.length : offset;
}

function lengthOf(tokens: readonly CST.SourceToken[] | undefined): number {
  let length = 0;
  for (const token of tokens ?? []) length += token.source.length;
  return length;
}

function blockMapData(map: CST.BlockMap): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const at = writer.node(MAP, map.offset, 0);
  let count = 0;
  let end = map.offset;
  let commentEnd: number | undefined;
  const { items } = map;
  for (let index = 0; index < items.length; index++) {
    const { start, key, sep, value } = items[index]!;
    const keyProps = checkProps(start, { indicator: 'explicit-key-ind', next: key ?? sep?.[0], parentIndent: map.indent, startOnNewline: true });
    if (keyProps.found) decline();
    if (!sep) {
      // Comments after the last entry; anywhere else the composer reports trailing content.
      if (key || value || index < items.length - 1) decline();
      commentEnd = endOf(start, end);
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
    writer.entry(name, key.offset, key.offset + key.source.length);
    count++;
    setEntry(data, name, value ? nodeData(value) : emptyNode(sep, endOf(sep, 0)));
    end = nodeEnd;
  }
  writer.setCount(at, count);
  writer.setEnd(at, end);
  nodeEnd = commentEnd ?? end;
  return Object.freeze(data);
}

/** As toJS sets an entry: a name from the object's prototype ('__proto__', 'constructor') becomes its own property. */
function setEntry(data: Record<string, unknown>, name: string, value: unknown): void {
  if (name in data) Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
  else data[name] = value;
}

function blockSeqData(seq: CST.BlockSequence): readonly unknown[] {
  const data: unknown[] = [];
  const at = writer.node(SEQ, seq.offset, 0);
  let end = seq.offset;
  let commentEnd: number | undefined;
  const { items } = seq;
  for (let index = 0; index < items.length; index++) {
    const { start, value } = items[index]!;
    const props = checkProps(start, { indicator: 'seq-item-ind', next: value, parentIndent: seq.indent, startOnNewline: true });
    if (!props.found) {
      if (value || index < items.length - 1) decline();
      commentEnd = endOf(start, end);
      continue;
    }
    data.push(value ? nodeData(value) : emptyNode(start, end));
    end = nodeEnd;
  }
  writer.setCount(at, data.length);
  writer.setEnd(at, end);
  nodeEnd = commentEnd ?? end;
  return Object.freeze(data);
}

/** A flow sequence of values (`[a, b]`), or an empty flow mapping (`{}`). */
function flowSeqData(flow: CST.FlowCollection): unknown {
  const isMap = flow.start.source === '{';
  const data: unknown[] = [];
  const at = writer.node(isMap ? MAP : SEQ, flow.offset, 0);
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
  writer.setCount(at, data.length);
  writer.setEnd(at, closing.offset + 1);
  nodeEnd = closing.offset + 1 + lengthOf(end);
  return Object.freeze(isMap ? {} : data);
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
