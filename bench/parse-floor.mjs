#!/usr/bin/env node
// The parse-only floor: what reading and parsing a governance repo into syntax trees costs with the `yaml` package
// govlint uses, and nothing else (no schemas, no model, no rules, no output): what a linter that parses every file
// with yaml's parseAllDocuments cannot go below. govlint builds no tree for most documents (it reads their data
// from the parser's tokens, see src/parse/data-from-tokens.ts), so its parsing alone takes less than this.
//
//   node bench/parse-floor.mjs <dir> [--part <k>/<n>] [--yaml-build bundled|node] [--tables trees|events|none]
//
// The floor parses with the build of yaml that govlint's bundle uses (see scripts/bundle-cli.mjs): the package's
// build for platforms other than Node, the same parser without a lookup of process.env for every token. With
// `--yaml-build node` it uses the build that `import 'yaml'` gives in Node, about 0.2 s slower per 10,000 entities.
//
// With --part, only every n-th file from the k-th (0-based) is read: n such processes at once show how parsing
// scales over the machine's cores (see bench/RESULTS.md).
// Lists the *.yaml, *.yml and *.md files (skipping hidden files and folders and node_modules, as govlint does),
// reads each one, parses YAML files with parseAllDocuments and the front matter of Markdown files with
// parseDocument, with govlint's parser options, and prints one line of JSON with the counts.
//
// Markdown RACI matrices are part of reading a register: a Markdown file whose front matter is `kind: Raci` without
// `tasks` holds its matrix in a table of its body, which govlint must read with a maintained GFM parser. For exactly
// those files the floor also parses the whole body, with the GFM parser govlint uses (micromark and its GFM table
// extension), into a syntax tree (mdast-util-from-markdown), as it does for YAML (`--tables trees`, the default).
// `--tables events` stops at micromark's events, as govlint does (govlint also parses a body only up to its last
// table); `--tables none` reads no table, the floor as it was measured before 2026-12-05 (see bench/RESULTS.md).

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: true, logLevel: 'error' };
const OPENING_FENCE = /^---[ \t]*\r?\n/;

function listFiles(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, found);
    else if (entry.isFile() && /\.(?:ya?ml|md)$/i.test(entry.name)) found.push(path);
  }
  return found;
}

/** The YAML between a first line of `---` and the next line of `---` or `...`, as govlint reads front matter. */
function frontMatter(text) {
  if (!OPENING_FENCE.test(text)) return undefined;
  const start = text.indexOf('\n') + 1;
  const closing = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
  closing.lastIndex = start;
  const match = closing.exec(text);
  return match ? text.slice(start, match.index) : undefined;
}

function usage() {
  process.stderr.write('usage: node bench/parse-floor.mjs <dir> [--part <k>/<n>] [--yaml-build bundled|node] [--tables trees|events|none]\n');
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { part: { type: 'string', default: '0/1' }, 'yaml-build': { type: 'string', default: 'bundled' }, tables: { type: 'string', default: 'trees' } } });
} catch {
  usage();
}
const { positionals: [dir, ...rest], values } = parsed;
const [k, n] = /^\d+\/[1-9]\d*$/.test(values.part) ? values.part.split('/').map(Number) : [1, 0];
if (!dir || rest.length > 0 || k >= n || !['bundled', 'node'].includes(values['yaml-build']) || !['trees', 'events', 'none'].includes(values.tables)) usage();
// The bundled build is the package's entry for platforms other than Node (its "default" export condition).
const yamlFolder = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
const entry = values['yaml-build'] === 'node' ? 'dist/index.js' : 'browser/index.js';
const { parseAllDocuments, parseDocument } = await import(pathToFileURL(join(yamlFolder, entry)).href);
// Loaded only when a file needs it, as govlint does.
let parseTables;
/** Parses a body and gives how many tables it has. */
async function tableParser(mode) {
  const { gfmTable } = await import('micromark-extension-gfm-table');
  if (mode === 'events') {
    const { parse, postprocess, preprocess } = await import('micromark');
    return (body) => postprocess(parse({ extensions: [gfmTable()] }).document().write(preprocess()(body, undefined, true))).filter(([kind, token]) => kind === 'enter' && token.type === 'table').length;
  }
  const [{ fromMarkdown }, { gfmTableFromMarkdown }] = await Promise.all([import('mdast-util-from-markdown'), import('mdast-util-gfm-table')]);
  return (body) => fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }).children.filter((node) => node.type === 'table').length;
}

/** A Markdown RACI matrix's front matter: its body holds the matrix, as govlint reads it. */
const isMarkdownRaci = (document) => document.errors.length === 0 && document.get('kind') === 'Raci' && !document.has('tasks');

let files = 0;
let documents = 0;
let errors = 0;
let tables = 0;
for (const path of listFiles(dir).filter((_, index) => index % n === k)) {
  const text = readFileSync(path, 'utf8');
  files++;
  if (/\.md$/i.test(path)) {
    const yaml = frontMatter(text);
    if (yaml === undefined) continue;
    const document = parseDocument(yaml, OPTIONS);
    documents++;
    errors += document.errors.length;
    if (values.tables !== 'none' && isMarkdownRaci(document)) {
      parseTables ??= await tableParser(values.tables);
      const fenceEnd = text.indexOf('\n', text.indexOf('\n') + 1 + yaml.length);
      const body = fenceEnd === -1 ? '' : text.slice(fenceEnd + 1);
      tables += parseTables(body);
    }
  } else {
    for (const document of parseAllDocuments(text, OPTIONS)) {
      documents++;
      errors += document.errors.length;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files, documents, errors, tables })}\n`);
