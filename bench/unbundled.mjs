#!/usr/bin/env node
// govlint's command line run from the modules tsc built (dist/cli/), not from the bundle bin/govlint.js runs: for CPU
// profiles in which each package's time shows apart (see cpu-profile-summary.mjs).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
