import { cosmiconfig } from 'cosmiconfig';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from './config-error.js';
import type { CustomRuleDeclaration } from './custom-rules.js';

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
 * Finds the config: the file given with --config, else the nearest `.govlintrc*`, `govlint.config.*` or
 * `package.json#govlint` from `searchFrom` up to the project's root (the folder with a package.json).
 */
export async function loadConfig(searchFrom: string, explicitFile?: string, allowCode = true): Promise<LoadedConfig> {
  const explorer = cosmiconfig('govlint', { searchStrategy: 'project', ...(allowCode ? {} : { loaders: CODE_REFUSED }) });
  const shown = (file: string) => relative(process.cwd(), file) || file;
  let result;
  try {
    result = explicitFile ? await explorer.load(resolve(explicitFile)) : await explorer.search(searchFrom);
  } catch (error) {
    const where = explicitFile ?? (error as { filepath?: string }).filepath;
    throw new UsageError(`cannot read config${where ? ` ${shown(where)}` : ''}: ${firstLine(error)}`);
  }
  if (!result) return { config: {}, baseDir: searchFrom, allowCode };
  const config = (result.config ?? {}) as RawConfig;
  return { config, file: shown(result.filepath), baseDir: dirname(result.filepath), allowCode };
}

/** Under --no-code, a JavaScript or TypeScript config is refused before it runs. */
const refuse = () => {
  throw new Error('it is JavaScript, which --no-code refuses to run: use a YAML or JSON config to check untrusted changes');
};
const CODE_REFUSED = { '.js': refuse, '.mjs': refuse, '.cjs': refuse, '.ts': refuse, '.mts': refuse, '.cts': refuse };

/** The reason, without the loader's "YAML Error in /absolute/path:" preamble and its code excerpt. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z]+ Error in [^\n]*:\n/, '').split('\n')[0]!.replace(/^Error: /, '');
}
