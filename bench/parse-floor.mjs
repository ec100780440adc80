#!/usr/bin/env node
// The parse-only floor: what reading and parsing a governance repo costs with the `yaml` package govlint uses, and
// nothing else (no schemas, no model, no rules, no output). govlint cannot be faster than this.
//
//   node bench/parse-floor.mjs <dir>
//
// Lists the *.yaml, *.yml and *.md files (skipping hidden files and folders and node_modules, as govlint does),
// reads each one, parses YAML files with parseAllDocuments and the front matter of Markdown files with
// parseDocument, with govlint's parser options, and prints one line of JSON with the counts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parseDocument } from 'yaml';

const OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: true };
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

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/parse-floor.mjs <dir>\n');
  process.exit(2);
}
let files = 0;
let documents = 0;
let errors = 0;
for (const path of listFiles(dir)) {
  const text = readFileSync(path, 'utf8');
  files++;
  if (/\.md$/i.test(path)) {
    const yaml = frontMatter(text);
    if (yaml === undefined) continue;
    const document = parseDocument(yaml, OPTIONS);
    documents++;
    errors += document.errors.length;
  } else {
    for (const document of parseAllDocuments(text, OPTIONS)) {
      documents++;
      errors += document.errors.length;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files, documents, errors })}\n`);
