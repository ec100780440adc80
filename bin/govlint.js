#!/usr/bin/env node
import { main, reportStrayRejection } from '../dist/bundle/main.js';

process.on('unhandledRejection', reportStrayRejection);
const code = await main(process.argv.slice(2));
// A stray rejection while main ran has set exit code 2 already, which a lower code must not hide.
process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
