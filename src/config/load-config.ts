import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from '../util/usage-error.js';
import type { CustomRuleDeclaration } from './custom-rules.js';
import { importCode } from './import-code.js';

export interface RawConfig {
  extends?: string | string[];
  include?: string[];
  exclude?: string[];
  plugins?: string[];
  rules?: Record<string, unknown>;
  customRules?: CustomRuleDeclaration[];
  limits?: Partial<Limits>;
}

export interface Limits {
  maxFileBytes: number;
  maxDocuments: number;
}

export interface LoadedConfig {
  config: RawConfig;
  /** The config file, if one was found or given. */
  file?: string;
  /** The folder that relative paths in the config (plugins) start from. */
  baseDir: string;
  /** False under --no-code: plugins and JavaScript configs are refused. */
  allowCode: boolean;
}

/**
 * The places a config is looked for in each folder, in this order (README, "Configuration"). govlint looks for
 * exactly these itself rather than through cosmiconfig, which first searches the working folder for settings of
 * its own (`package.json#cosmiconfig`, `package.yaml`, `.config/config.*`, `$import` keys) and imports JavaScript
 * it finds there: a checked pull request could run code in every command, --no-code or not.
 */
export const CONFIG_FILES = [
  'package.json',
  '.govlintrc',
  '.govlintrc.json',
  '.govlintrc.yaml',
  '.govlintrc.yml',
  '.govlintrc.js',
  '.govlintrc.cjs',
  '.govlintrc.mjs',
  'govlint.config.js',
  'govlint.config.cjs',
  'govlint.config.mjs',
];

const JAVASCRIPT = new Set(['.js', '.cjs', '.mjs']);

/**
 * Finds the config: the file given with --config, else the nearest of CONFIG_FILES from `searchFrom` up to the
 * project's root (the folder with a package.json). Only a JavaScript config found or given this way is ever run,
 * and under --no-code (`allowCode` false) none is.
 */
export async function loadConfig(searchFrom: string, explicitFile?: string, allowCode = true): Promise<LoadedConfig> {
  if (explicitFile !== undefined) {
    const file = resolve(explicitFile);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read config ${shown(file)}: ${READ_PROBLEMS[error.code ?? ''] ?? firstLine(error)}`);
    });
    return found(file, text.trim() === '' ? {} : ((await parseConfig(file, text, allowCode)) ?? {}), allowCode);
  }
  for (let folder = resolve(searchFrom); ; folder = dirname(folder)) {
    for (const name of CONFIG_FILES) {
      const file = join(folder, name);
      // Absent or unreadable places are passed over, as are empty files.
      const text = await readFile(file, 'utf8').catch(() => '');
      if (text.trim() === '') continue;
      const config = await parseConfig(file, text, allowCode);
      if (config !== undefined) return found(file, config, allowCode);
    }
    const isProjectRoot = await stat(join(folder, 'package.json')).then(() => true, () => false);
    if (isProjectRoot || dirname(folder) === folder) return { config: {}, baseDir: resolve(searchFrom), allowCode };
  }
}

function found(file: string, config: RawConfig, allowCode: boolean): LoadedConfig {
  return { config, file: shown(file), baseDir: dirname(file), allowCode };
}

/** The config a file holds; undefined for a package.json without a `govlint` key. */
async function parseConfig(file: string, text: string, allowCode: boolean): Promise<RawConfig | undefined> {
  const problem = (reason: string) => new UsageError(`cannot read config ${shown(file)}: ${reason}`);
  const extension = extname(file);
  if (basename(file) === 'package.json') {
    const manifest = parseJson(text, problem) as { govlint?: RawConfig } | null;
    return manifest?.govlint ?? undefined;
  }
  if (extension === '.json') return (parseJson(text, problem) ?? {}) as RawConfig;
  if (extension === '' || extension === '.yaml' || extension === '.yml') return parseYaml(text, problem);
  if (!JAVASCRIPT.has(extension)) throw problem('govlint reads a config written in YAML (.yaml, .yml or no extension), JSON (.json) or JavaScript (.js, .cjs, .mjs)');
  if (!allowCode) throw problem('it is JavaScript, which --no-code refuses to run: use a YAML or JSON config to check untrusted changes');
  try {
    const module = (await importCode(file)) as { default?: RawConfig };
    return module.default ?? {};
  } catch (error) {
    throw problem(firstLine(error));
  }
}

function parseJson(text: string, problem: (reason: string) => Error): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw problem(firstLine(error));
  }
}

/** YAML, and JSON written as YAML; `.govlintrc` may hold either. */
function parseYaml(text: string, problem: (reason: string) => Error): RawConfig {
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const where = error.linePos ? ` (${error.linePos[0].line}:${error.linePos[0].col})` : '';
    throw problem(`${error.message.replace(/ at line \d+, column \d+:\n[^]*$/, '')}${where}`);
  }
  try {
    return (document.toJS() ?? {}) as RawConfig;
  } catch (error) {
    // An alias that repeats a node too often.
    throw problem(firstLine(error));
  }
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

const shown = (file: string) => relative(process.cwd(), file) || file;

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}
