#!/usr/bin/env node
// Summarises a V8 CPU profile of a govlint run: self time by package, by file and by function, and the inclusive
// time of govlint's own functions (which stage the time goes to).
//
//   cd "$(node -p 'require("os").tmpdir()')/govlint-bench-10000"
//   node --cpu-prof --cpu-prof-dir=/tmp/govlint-prof <repo>/bench/unbundled.mjs check . --today 2026-11-22 -f json -o /tmp/out.json
//   node <repo>/bench/cpu-profile-summary.mjs /tmp/govlint-prof [rows]
//
// bench/unbundled.mjs runs the modules tsc built; a profile of bin/govlint.js, which runs the bundle, counts every
// package's time as govlint's.
//
// The argument is a .cpuprofile file or a folder (its newest .cpuprofile is used).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [target, rowsArg] = process.argv.slice(2);
if (!target) {
  process.stderr.write('usage: node bench/cpu-profile-summary.mjs <file.cpuprofile | folder> [rows]\n');
  process.exit(2);
}
const rows = Number(rowsArg ?? 15);
let file = target;
if (statSync(target).isDirectory()) {
  const profiles = readdirSync(target).filter((name) => name.endsWith('.cpuprofile'));
  if (profiles.length === 0) throw new Error(`no .cpuprofile in ${target}`);
  file = profiles.map((name) => join(target, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

/** Where a frame's code lives: an npm package, govlint's build, Node's internals, or V8 itself. */
function origin(url, functionName) {
  if (!url) return { pkg: functionName.startsWith('(') ? functionName : '(native)', file: functionName || '(native)' };
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (dependency) return { pkg: dependency[1], file: `${dependency[1]}/${dependency[2]}` };
  if (url.startsWith('node:')) return { pkg: 'node (built-in modules)', file: url };
  const own = /\/(dist|bin|bench)\/(.*)$/.exec(url);
  if (own) return { pkg: 'govlint', file: `govlint ${own[1]}/${own[2]}` };
  return { pkg: url, file: url };
}

const self = new Map();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...self.values()].reduce((sum, time) => sum + time, 0);

const byPackage = new Map();
const byFile = new Map();
const byFunction = new Map();
const add = (map, key, time) => map.set(key, (map.get(key) ?? 0) + time);
for (const [id, time] of self) {
  const { url, functionName, lineNumber } = nodes.get(id).callFrame;
  const { pkg, file: where } = origin(url, functionName);
  add(byPackage, pkg, time);
  add(byFile, where, time);
  add(byFunction, `${functionName || '(anonymous)'}  ${url ? `${where}:${lineNumber + 1}` : ''}`.trim(), time);
}

// Inclusive time of govlint's functions: every sample counts once for each govlint function on its stack.
const inclusive = new Map();
for (const [id, time] of self) {
  const seen = new Set();
  for (let current = id; current !== undefined; current = parent.get(current)) {
    const { url, functionName, lineNumber } = nodes.get(current).callFrame;
    if (!/\/dist\//.test(url) || /node_modules/.test(url)) continue;
    const key = `${functionName || '(anonymous)'}  ${origin(url, functionName).file}:${lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(inclusive, key, time);
  }
}

function show(title, map) {
  const lines = [`\n${title}`];
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    lines.push(`${(time / 1000).toFixed(0).padStart(8)} ms ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

process.stdout.write(`${file}\n${(total / 1000).toFixed(0)} ms sampled (${profile.samples.length} samples)\n`);
show('Self time by package', byPackage);
show('Self time by file', byFile);
show('Self time by function', byFunction);
show("Inclusive time of govlint's functions (synchronous stacks only; awaited work is not attributed)", inclusive);
