#!/usr/bin/env node
// Runs a Node script in this very process and, when the process exits, writes its peak resident set size (in KB)
// to a file: the fallback of run.mjs where GNU time (`/usr/bin/time -f %M`) is missing.
//
//   node bench/rss-wrapper.mjs <rss-file> <script> [args...]
//
// Why in-process: Node only exposes getrusage(RUSAGE_SELF), as process.resourceUsage(). A parent that spawns the
// script and reads its own resourceUsage() after the child exits measures itself, not the child; and the kernel's
// RUSAGE_CHILDREN (which Node does not expose anyway) is the maximum over every child ever waited for, not the
// last one. Loading the script here makes this process the measured one; the wrapper itself adds a few hundred KB.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
if (!rssFile || !script) {
  process.stderr.write('usage: node bench/rss-wrapper.mjs <rss-file> <script> [args...]\n');
  process.exit(2);
}
const path = resolve(script);
// The script sees the command line it would have seen if run directly.
process.argv = [process.argv[0], path, ...args];
process.on('exit', () => writeFileSync(rssFile, `${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(path).href);
