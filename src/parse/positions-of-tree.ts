import { isAlias, isCollection, isMap, isScalar, isSeq, stringify, type Document, type Node, type Pair } from 'yaml';
import { MAP, OTHER, PositionsWriter, SCALAR, SEQ, type YamlPositions } from './positions.js';

/**
 * The positions of a document yaml's composer parsed (the texts data-from-tokens.ts leaves to it), taken from its
 * syntax tree while it is at hand: the tree itself is not kept.
 */
export function positionsOfTree(yaml: Document.Parsed): YamlPositions {
  const writer = new PositionsWriter();
  writeNode(writer, yaml.contents);
  return writer.finish(yaml.range[2]);
}

function writeNode(writer: PositionsWriter, node: unknown): void {
  const [start, end] = rangeOf(node);
  if (isMap(node)) {
    writer.setCount(writer.node(MAP, start, end), node.items.length);
    for (const pair of node.items) {
      const [keyStart, keyEnd] = rangeOf(pair.key);
      writer.entry(keyOf(pair), keyStart, keyEnd);
      // An entry without a value (`? k` alone) is located at its key, as the key is what stands for it.
      writeNode(writer, pair.value ?? pair.key);
    }
  } else if (isSeq(node)) {
    writer.setCount(writer.node(SEQ, start, end), node.items.length);
    for (const item of node.items) writeNode(writer, item);
  } else {
    writer.node(isScalar(node) ? SCALAR : OTHER, start, end);
  }
}

function rangeOf(node: unknown): [number, number] {
  const range = isScalar(node) || isCollection(node) || isAlias(node) ? (node as Node).range : undefined;
  return range ? [range[0], range[1]] : [-1, -1];
}

/** The key of an entry as the data names it: a null key is '', a list or mapping key its flow-style text. */
function keyOf(pair: Pair): string | null {
  if (isScalar(pair.key)) return pair.key.value === null ? '' : String(pair.key.value);
  return isCollection(pair.key) ? stringify(pair.key, { collectionStyle: 'flow' }).trimEnd() : null;
}
