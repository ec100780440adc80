import { isAlias, isNode, isScalar, parseAllDocuments, parseDocument, visit, type Alias, type Document, type Node, type YAMLError } from 'yaml';
import { dataFromTokens } from './data-from-tokens.js';
import { plainSyntaxProblem, withoutFullStop } from './plain-syntax-problem.js';
import { positionsOfTree } from './positions-of-tree.js';
import type { ParseProblem, SourceDocument, SourceFile } from './source-file.js';
import { YAML_OPTIONS } from './yaml-options.js';

/** Aliases may repeat a node this many times; more is treated as an alias bomb and refused. */
const MAX_ALIAS_COUNT = 100;

/** Parses every YAML document of the text that starts at `offset` in `file.text` and ends at `end`. */
export function parseYamlDocuments(file: SourceFile, offset: number, end: number): SourceDocument[] {
  return parseYamlText(file, offset, end, 'all');
}

/** Parses the front matter of a Markdown file as a single YAML document, as parseYamlDocuments does. */
export function parseYamlDocument(file: SourceFile, offset: number, end: number): SourceDocument | undefined {
  return parseYamlText(file, offset, end, 'one')[0];
}

/**
 * The one way a YAML text is read, with each document's data and positions. Most texts are read straight from the
 * parser's tokens (data-from-tokens.ts, the fast path); any text that reading declines (merge keys, anchors and
 * aliases, tags, explicit keys, flow mappings with entries, `...` lines, anything with a problem) is parsed in full by
 * yaml's composer, which reports its problems, and its positions are taken from the syntax tree while it is at hand.
 * `one` reads the text as a single document (front matter), as yaml's parseDocument does.
 */
function parseYamlText(file: SourceFile, offset: number, end: number, documents: 'all' | 'one'): SourceDocument[] {
  const text = file.text.slice(offset, end);
  const read = dataFromTokens(text);
  if (read && (documents === 'all' || read.length === 1)) return read.map(({ data, positions }) => ({ file, offset, positions, data }));
  const trees = documents === 'all' ? parseAllDocuments(text, YAML_OPTIONS) : [parseDocument(text, YAML_OPTIONS)];
  return trees.flatMap((yaml) => toSourceDocument(file, yaml, offset) ?? []);
}

/** Records the document's syntax problems on the file; returns it unless it is too broken to be an entity. */
function toSourceDocument(file: SourceFile, yaml: Document.Parsed, offset: number): SourceDocument | undefined {
  // Every duplicate key, but only the first other error: those after it mostly follow from it, and its place is
  // where the mistake starts.
  const firstError = yaml.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const reported = [...yaml.errors.filter((error) => error.code === 'DUPLICATE_KEY' || error === firstError), ...yaml.warnings];
  for (const error of reported) file.problems.push(toProblem(file, yaml, error, offset));
  // A duplicate key leaves a usable document behind; any other syntax error leaves guesses, so no entity is built.
  if (yaml.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return undefined;
  const [start, , end] = yaml.range;
  const source = file.text.slice(offset + start, offset + end);
  // An alias is written with '*': text without one has none, and needs no walk over its tree.
  const unresolved = source.includes('*') ? unresolvedAliases(yaml) : [];
  for (const alias of unresolved) file.problems.push(unresolvedAliasProblem(alias, offset));
  if (unresolved.length > 0) return undefined;
  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const [start = 0, end = 0] = yaml.contents?.range ?? [];
    file.problems.push({
      message: `${withoutFullStop((error as Error).message)}: aliases expand this document too far; write the values out instead`,
      range: { start: offset + start, end: offset + end },
    });
    return undefined;
  }
  return { file, offset, positions: positionsOfTree(yaml), data };
}

/** Aliases with no anchor of their name before them; the parser finds them only when building the data, without a position. */
function unresolvedAliases(yaml: Document.Parsed): Alias[] {
  const anchors = new Set<string>();
  const unresolved: Alias[] = [];
  visit(yaml, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) unresolved.push(node);
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
    },
  });
  return unresolved;
}

function unresolvedAliasProblem(alias: Alias, offset: number): ParseProblem {
  const [start = 0, end = 0] = alias.range ?? [];
  return {
    message: `Alias *${alias.source} refers to no anchor: set &${alias.source} on a value before the alias, or write the value out`,
    range: { start: offset + start, end: offset + end },
  };
}

function toProblem(file: SourceFile, yaml: Document.Parsed, error: YAMLError, offset: number): ParseProblem {
  if (error.code === 'DUPLICATE_KEY') return duplicateKeyProblem(file, yaml, error, offset);
  if (error.message.startsWith('Maximum call stack size exceeded')) {
    // The parser gives up on very deep nesting rather than overflowing; say what that means.
    return { message: 'This YAML is nested too deeply to read: flatten it', range: { start: offset + error.pos[0], end: offset + error.pos[1] } };
  }
  return plainSyntaxProblem(file, yaml, error, offset);
}

/** The parser marks a duplicate key by its first character only: the problem spans the whole key and names it. */
function duplicateKeyProblem(file: SourceFile, yaml: Document.Parsed, error: YAMLError, offset: number): ParseProblem {
  const key = keyStartingAt(yaml, error.pos[0]);
  const [start, end] = key?.range ?? error.pos;
  const name = isScalar(key) ? String(key.value) : file.text.slice(offset + start, offset + end).split('\n')[0]!.trim();
  return {
    message: `Duplicate key '${name}': a key may appear only once in a mapping; keep one and remove the other`,
    range: { start: offset + start, end: offset + end },
  };
}

function keyStartingAt(yaml: Document.Parsed, position: number): Node | undefined {
  let found: Node | undefined;
  visit(yaml, {
    Pair(_, pair) {
      if (isNode(pair.key) && pair.key.range?.[0] === position) {
        found = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
