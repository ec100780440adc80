/**
 * Where a YAML document's nodes are in its text, recorded while the document is read (data-from-tokens.ts, or
 * positions-of-tree.ts for a text yaml's composer parses), so that a finding is located without parsing again.
 *
 * `nodes` lists the nodes in document order, three numbers each: a header (kind, and count of entries or items
 * shifted left by 2), where the node starts and where its value ends, as yaml's `range[0]` and `range[1]`,
 * relative to the YAML text. A mapping is followed by its entries, each as its key's start and end, then its value
 * node; a sequence by its items. `keys` holds the mappings' key names in the same order, as the data names them
 * (a null key is '', a key that is neither a scalar nor a collection is null). Typed, it takes 4 bytes a number
 * and travels to and from worker threads and the cache as one block.
 */
export interface YamlPositions {
  readonly nodes: Int32Array;
  readonly keys: ReadonlyArray<string | null>;
  /** Where the document's text ends, trailing comments and a `...` line included (yaml's `Document.range[2]`). */
  readonly end: number;
}

export const SCALAR = 0;
export const MAP = 1;
export const SEQ = 2;
/** An alias, or a pair inside a sequence (start -1: no range of its own); neither is gone into by a path. */
export const OTHER = 3;

export const kindOf = (header: number): number => header & 3;
export const countOf = (header: number): number => header >>> 2;

/**
 * Builds a YamlPositions in document order; a node's count is set once its entries are written. The numbers go
 * into one typed array kept from document to document, of which each document gets a copy of just its part.
 */
export class PositionsWriter {
  private numbers = new Int32Array(512);
  private length = 0;
  private keys: Array<string | null> = [];

  /** Starts the next document: what was written and not finished (a reading that declined) is dropped. */
  reset(): void {
    this.length = 0;
    this.keys = [];
  }

  /** Writes a node's header and range; returns where its header is, for `setCount`. */
  node(kind: number, start: number, end: number): number {
    const at = this.reserve(3);
    this.numbers[at] = kind;
    this.numbers[at + 1] = start;
    this.numbers[at + 2] = end;
    return at;
  }

  entry(name: string | null, keyStart: number, keyEnd: number): void {
    const at = this.reserve(2);
    this.numbers[at] = keyStart;
    this.numbers[at + 1] = keyEnd;
    this.keys.push(name);
  }

  setCount(at: number, count: number): void {
    this.numbers[at] = this.numbers[at]! | (count << 2);
  }

  setEnd(at: number, end: number): void {
    this.numbers[at + 2] = end;
  }

  finish(end: number): YamlPositions {
    const positions = { nodes: this.numbers.slice(0, this.length), keys: this.keys, end };
    this.reset();
    return positions;
  }

  /** Makes room for `count` more numbers; returns where they go. */
  private reserve(count: number): number {
    const at = this.length;
    if (at + count > this.numbers.length) {
      const grown = new Int32Array(Math.max(this.numbers.length * 2, at + count));
      grown.set(this.numbers.subarray(0, at));
      this.numbers = grown;
    }
    this.length = at + count;
    return at;
  }
}

/** A place in `nodes` and the index in `keys` of the first key at or after it. */
export interface Cursor {
  node: number;
  key: number;
}

/** Moves the cursor past the node it is at, with everything inside it. */
export function skipNode(nodes: Int32Array, cursor: Cursor): void {
  const header = nodes[cursor.node]!;
  const kind = kindOf(header);
  const count = countOf(header);
  cursor.node += 3;
  for (let index = 0; index < count; index++) {
    if (kind === MAP) {
      cursor.node += 2;
      cursor.key++;
    }
    skipNode(nodes, cursor);
  }
}

export interface PositionsVisitor {
  /** A node: its kind and range. */
  node?(kind: number, start: number, end: number): boolean | void;
  /** A mapping entry: its key's start and end and its value's range. */
  entry?(keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): boolean | void;
}

/** Visits the nodes and entries in document order (an entry before its value); stops when a visitor returns true. */
export function visitPositions({ nodes }: YamlPositions, visitor: PositionsVisitor): void {
  if (nodes.length > 0) visitFrom(nodes, { node: 0, key: 0 }, visitor);
}

function visitFrom(nodes: Int32Array, cursor: Cursor, visitor: PositionsVisitor): boolean {
  const at = cursor.node;
  const header = nodes[at]!;
  const kind = kindOf(header);
  if (visitor.node?.(kind, nodes[at + 1]!, nodes[at + 2]!) === true) return true;
  cursor.node += 3;
  for (let index = countOf(header); index > 0; index--) {
    if (kind === MAP) {
      const keyAt = cursor.node;
      cursor.node += 2;
      cursor.key++;
      if (visitor.entry?.(nodes[keyAt]!, nodes[keyAt + 1]!, nodes[cursor.node + 1]!, nodes[cursor.node + 2]!) === true) return true;
    }
    if (visitFrom(nodes, cursor, visitor)) return true;
  }
  return false;
}
