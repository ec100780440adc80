import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/rules/index.js';
import { docsUrl } from '../src/rules/helpers/docs-url.js';
import { BUILTIN_KINDS, BUILTIN_ROLES, kindSchemaFile, readSchema } from '../src/schema/builtin-kinds.js';

const root = new URL('../', import.meta.url);
const fileName = (id: string) => id.replace('/', '-');
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/**
 * The names a module's `export { … } from '…'` and `export type { … } from '…'` take from each module, by path
 * relative to src/; with `valuesOnly`, those of `export { … }` alone.
 */
function reExports(text: string, { from = 'index.ts', valuesOnly = false } = {}): Map<string, Set<string>> {
  const exported = new Map<string, Set<string>>();
  for (const statement of ts.createSourceFile(from, text, ts.ScriptTarget.Latest).statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    if (valuesOnly && statement.isTypeOnly) continue;
    const module = sourcePath(from, (statement.moduleSpecifier as ts.StringLiteral).text);
    const names = exported.get(module) ?? new Set<string>();
    for (const element of statement.exportClause.elements) if (!(valuesOnly && element.isTypeOnly)) names.add((element.propertyName ?? element.name).text);
    exported.set(module, names);
  }
  return exported;
}

/** `../model/roles.js` imported by `rules/x.ts` is `model/roles.ts`. */
function sourcePath(importer: string, specifier: string): string {
  return posix.join(posix.dirname(importer), specifier).replace(/\.js$/, '.ts');
}

/**
 * What a file of src/rules/ imports that a plugin could not: a name src/index.ts does not re-export from the module
 * it comes from, a default or namespace import of such a module, or a package govlint does not depend on. Modules of
 * src/rules/helpers/ (built-in-only helpers, such as the docs URL of a built-in rule) may be imported whole.
 */
function privateImports(file: string, text: string, exported: ReadonlyMap<string, ReadonlySet<string>>, packages: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const statement of ts.createSourceFile(file, text, ts.ScriptTarget.Latest).statements) {
    if (!ts.isImportDeclaration(statement) && !(ts.isExportDeclaration(statement) && statement.moduleSpecifier)) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!specifier.startsWith('.')) {
      if (!packages.has(specifier)) found.push(`${file} imports the package ${specifier}, which govlint does not depend on`);
      continue;
    }
    const module = sourcePath(file, specifier);
    if (module.startsWith('rules/helpers/')) continue;
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    const bindings = ts.isImportDeclaration(statement) ? clause?.namedBindings : statement.exportClause;
    const names = bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings)) ? bindings.elements.map((element) => (element.propertyName ?? element.name).text) : [];
    const whole = !bindings || clause?.name !== undefined || !(ts.isNamedImports(bindings) || ts.isNamedExports(bindings));
    if (whole) found.push(`${file} imports ${module} whole, which src/index.ts does not export`);
    for (const name of names) if (!exported.get(module)?.has(name)) found.push(`${file} imports ${name} from ${module}, which src/index.ts does not export`);
  }
  return found;
}

/** The names a README's "Helpers for rules" list documents: the names in backticks that start each item. */
function documentedHelpers(readme: string): string[] {
  const section = /^### Helpers for rules\n([\s\S]*?)(?=^#)/m.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/^- ((?:`\w+`(?:, )?)+)/gm)].flatMap((item) => [...item[1]!.matchAll(/`(\w+)`/g)].map((name) => name[1]!));
}

/** The names src/index.ts exports under its comment on the rule author's kit, up to the next comment. */
function kitExports(index: string): string[] {
  const kit = /^\/\/ The rule author's kit.*\n([\s\S]*?)^\/\//m.exec(index)?.[1] ?? '';
  return [...reExports(kit).values()].flatMap((names) => [...names]);
}

describe('every built-in rule', () => {
  it('is registered once, in id order, and every rule file is registered', () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const files = readdirSync(new URL('src/rules/', root))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ids.map(fileName).sort());
  });

  it.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s has a docs page, a test file and its docs URL', (id, rule) => {
    expect(existsSync(new URL(`docs/rules/${fileName(id)}.md`, root))).toBe(true);
    expect(existsSync(new URL(`test/rules/${fileName(id)}.test.ts`, root))).toBe(true);
    expect(rule.meta.docs).toBe(docsUrl(id));
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
  });
});

describe('the built-in rules, as plugins', () => {
  const exported = reExports(read('src/index.ts'));
  const packages = new Set(Object.keys((JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies));
  const ruleFiles = [
    ...readdirSync(new URL('src/rules/', root)).filter((name) => name.endsWith('.ts') && name !== 'index.ts'),
    ...readdirSync(new URL('src/rules/helpers/', root)).map((name) => `helpers/${name}`),
  ].map((name) => `rules/${name}`);

  it('import only what src/index.ts exports, built-in-only helpers of src/rules/helpers/, and govlint\'s own dependencies', () => {
    expect(ruleFiles).toContain('rules/refs-resolve.ts');
    expect(ruleFiles).toContain('rules/helpers/docs-url.ts');
    expect(ruleFiles.flatMap((file) => privateImports(file, read(`src/${file}`), exported, packages))).toEqual([]);
  });

  it('are checked by a test that names each import a plugin could not make', () => {
    const rule = [
      "import { defineRule, type RuleContext } from '../api/types.js';",
      "import { docsUrl } from './helpers/docs-url.js';",
      "import { isMarkdown, parseFile as parse } from '../parse/parse-file.js';",
      "import * as roles from '../model/roles.js';",
      "import history from '../model/history.js';",
      "import { roleHolders } from '../model/roles.js';",
      "import { distance } from 'fastest-levenshtein';",
      "import { readFileSync } from 'node:fs';",
      "export { messages } from './other-rule.js';",
    ].join('\n');
    expect(privateImports('rules/x.ts', rule, exported, packages)).toEqual([
      'rules/x.ts imports isMarkdown from parse/parse-file.ts, which src/index.ts does not export',
      'rules/x.ts imports parseFile from parse/parse-file.ts, which src/index.ts does not export',
      'rules/x.ts imports model/roles.ts whole, which src/index.ts does not export',
      'rules/x.ts imports model/history.ts whole, which src/index.ts does not export',
      'rules/x.ts imports the package node:fs, which govlint does not depend on',
      'rules/x.ts imports messages from rules/other-rule.ts, which src/index.ts does not export',
    ]);
  });
});

describe("the README's helpers for rules", () => {
  const index = read('src/index.ts');
  const readme = read('README.md');

  it('are exactly those src/index.ts exports as the rule author\'s kit', () => {
    const documented = documentedHelpers(readme);
    expect(documented).toContain('checkSingleHolder');
    expect(documented).toEqual([...new Set(documented)]);
    expect([...documented].sort()).toEqual(kitExports(index).sort());
  });

  it('leave no value src/index.ts exports undocumented', () => {
    const values = [...reExports(index, { valuesOnly: true }).values()].flatMap((names) => [...names]);
    expect(values).toContain('lint');
    expect(values.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it('are read from the list items of their section, and the kit from its block of src/index.ts', () => {
    const text = '## Plugins\n\n### Helpers for rules\n\nIntro `notAHelper`.\n\n- `a`, `B`: does a.\n- `c(x)`: not a name alone.\n- `d`: does d.\n\n### Next\n- `e`: elsewhere.\n';
    expect(documentedHelpers(text)).toEqual(['a', 'B', 'd']);
    const kit = "export { x } from './x.js';\n// The rule author's kit: …\nexport { a, b } from './a.js';\nexport type { C } from './c.js';\n\n// Other\nexport { y } from './y.js';\n";
    expect(kitExports(kit)).toEqual(['a', 'b', 'C']);
  });
});

describe('the kind schemas', () => {
  const defs = readSchema('defs.schema.json') as { definitions: Record<string, Record<string, unknown>> };
  const resolved = (property: Record<string, unknown>) => {
    const ref = property.$ref as string | undefined;
    return ref ? { ...defs.definitions[ref.replace('defs.schema.json#/definitions/', '')], ...property } : property;
  };

  it.each([...BUILTIN_KINDS])('%s describes every property, for editors', (kind) => {
    const schema = readSchema(kindSchemaFile(kind)) as { description?: string; properties: Record<string, Record<string, unknown>> };
    expect(schema.description).toBeTruthy();
    const undocumented = Object.entries(schema.properties)
      .filter(([, property]) => typeof resolved(property).description !== 'string')
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('has one file per built-in kind and nothing else but the shared definitions and the config schema', () => {
    const files = readdirSync(new URL('schemas/', root)).sort();
    expect(files).toEqual([...BUILTIN_KINDS.map(kindSchemaFile), 'defs.schema.json', 'govlintrc.schema.json'].sort());
  });

  it('matches the README: every built-in role is documented', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    for (const role of BUILTIN_ROLES) expect(readme).toContain(`\`${role}\``);
  });
});
