import { access, constants, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeFolders, namedFolder } from '../io/safe-write.js';
import { CONFIG_FILES } from '../config/load-config.js';
import { localToday } from '../util/dates.js';
import { UsageError } from '../util/usage-error.js';
import { configFor } from './config-for.js';
import { BACKSTAGE_CONFIG, EDITOR_SETTINGS, GITIGNORE, GOVERNANCE_DIR, STARTER_CONFIG, STARTER_CONFIG_FILE, starterGovernance } from './init-templates.js';
import { DEFAULT_SCHEMA_DIR, schemaFiles } from './schema-command.js';
import { fileSystemProblem, refuseLinksUnder, shownPath, writeFiles, type FileToWrite } from './write-files.js';

/**
 * `govlint init [dir]`: a starter config, a .gitignore, an example of every built-in kind, the JSON Schemas and
 * the editor settings that use them. Never overwrites a file: it says what it wrote and what it left alone. Never
 * writes through a symbolic link: one in the way stops it before it writes anything.
 */
export async function init(dir: string, { backstage = false }: { backstage?: boolean } = {}): Promise<string> {
  const root = resolve(dir);
  await prepareFolder(root);
  // A repo with a Backstage catalog has its entities already: no examples beside them.
  const examples = backstage ? [] : starterGovernance(localToday());
  const starterConfig = backstage ? BACKSTAGE_CONFIG : STARTER_CONFIG;
  const starter = [{ path: '.gitignore', text: GITIGNORE }, ...examples, { path: '.vscode/settings.json', text: EDITOR_SETTINGS }];
  refuseLinksUnder(root, [STARTER_CONFIG_FILE, ...starter.map((file) => file.path), DEFAULT_SCHEMA_DIR]);
  const notes = new Map<string, string>();
  const written: string[] = [];
  const skipped: string[] = [];

  // A second config beside an existing one would be ambiguous, so another config file counts as this one existing.
  const config = await existingConfig(root);
  if (config !== undefined && config !== STARTER_CONFIG_FILE) {
    skipped.push(STARTER_CONFIG_FILE);
    notes.set(STARTER_CONFIG_FILE, `the config is ${config}`);
  } else {
    const result = writeFiles(root, [{ path: STARTER_CONFIG_FILE, text: starterConfig }], false);
    written.push(...result.written);
    skipped.push(...result.skipped);
  }

  // The schemas are those of the config that now applies, so an existing config's plugin kinds are in them.
  const schemas = schemaFiles(await configFor(root, undefined)).map((file): FileToWrite => ({ ...file, path: `${DEFAULT_SCHEMA_DIR}/${file.path}` }));
  const result = writeFiles(root, [...starter, ...schemas], false);
  written.push(...result.written);
  skipped.push(...result.skipped);

  const shown = (path: string) => `  ${shownPath(join(root, path))}${notes.has(path) ? ` (${notes.get(path)})` : ''}\n`;
  const where = shownPath(root);
  return [
    written.length > 0 ? `Wrote ${count(written.length)}:\n${written.map(shown).join('')}` : '',
    skipped.length > 0 ? `Skipped ${count(skipped.length)} that exist${skipped.length === 1 ? 's' : ''} already:\n${skipped.map(shown).join('')}` : '',
    backstage
      ? `Next: run \`govlint check${where === '.' ? '' : ` ${where}`}\` to check the catalog; add a govlint register (Risks naming its Systems) beside it when you like.\n`
      : `Next: run \`govlint check${where === '.' ? '' : ` ${where}`}\`, then replace the examples in ${GOVERNANCE_DIR}/ with your own.\n`,
  ].join('');
}

/** Creates the folder if needed; one line, and exit code 2, when it cannot be written to. */
async function prepareFolder(root: string): Promise<void> {
  const problem = (reason: string) => new UsageError(`cannot write to ${shownPath(root)}: ${reason}`);
  const stats = await stat(root).catch(() => undefined);
  if (stats && !stats.isDirectory()) throw problem('it is a file, not a folder');
  try {
    makeFolders(namedFolder(root), root);
    await access(root, constants.W_OK);
  } catch (error) {
    throw problem(fileSystemProblem(error));
  }
}

/** The config file in the folder itself, if any, looked for where `govlint check` looks. */
async function existingConfig(root: string): Promise<string | undefined> {
  for (const place of CONFIG_FILES) {
    const file = join(root, place);
    if (place === 'package.json') {
      if (await hasGovlintKey(file)) return 'package.json#govlint';
    } else if (await stat(file).then((stats) => stats.isFile(), () => false)) {
      return place;
    }
  }
  return undefined;
}

async function hasGovlintKey(packageFile: string): Promise<boolean> {
  try {
    const manifest: unknown = JSON.parse(await readFile(packageFile, 'utf8'));
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, 'govlint');
  } catch {
    return false;
  }
}

function count(files: number): string {
  return `${files} file${files === 1 ? '' : 's'}`;
}
