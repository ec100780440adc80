#!/usr/bin/env node
// The parse-only floor: what reading and parsing a governance repo costs with the `yaml` package govlint uses, and
// nothing else (no schemas, no model, no rules, no output). govlint cannot be faster than this.
//
//   node bench/parse-floor.mjs <dir> [--part <k>/<n>]
//
// With --part, only every n-th file from the k-th (0-based) is read: n such processes at once show how parsing
// scales over the machine's cores (see bench/RESULTS.md).
// Lists the *.yaml, *.yml and *.md files (skipping hidden files and folders and node_modules, as govlint does),
// reads each one, parses YAML files with parseAllDocuments and the front matter of Markdown files with
// parseDocument, with govlint's parser options, and prints one line of JSON with the counts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parseDocument } from 'yaml';

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

const [dir, option, part] = process.argv.slice(2);
const [k, n] = option === '--part' && /^\d+\/[1-9]\d*$/.test(part ?? '') ? part.split('/').map(Number) : [0, 1];
if (!dir || (option !== undefined && (option !== '--part' || k >= n))) {
  process.stderr.write('usage: node bench/parse-floor.mjs <dir> [--part <k>/<n>]\n');
  process.exit(2);
}
let files = 0;
let documents = 0;
let errors = 0;
for (const path of listFiles(dir).filter((_, index) => index % n === k)) {
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
