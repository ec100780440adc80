import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { collectReferences, type FoundReference } from './reference-keyword.js';
import { toSchemaIssues, type SchemaIssue } from './schema-issues.js';
import { createAjv } from './create-ajv.js';
import type { JsonSchema } from './builtin-kinds.js';
import { compileOnce } from './compile-cache.js';
import { compiledSchemas, type CompiledSchema } from './precompiled.js';

export interface EntityCheck {
  issues: SchemaIssue[];
  references: FoundReference[];
}

/**
 * The kinds govlint knows, each with its JSON Schema. A built-in kind whose schema is unchanged uses the validator
 * compiled at build time (precompiled.ts); any other schema (a plugin's kind, or a built-in kind a plugin
 * extends) is compiled with ajv on first use, once, and only then is ajv loaded.
 */
export class KindRegistry {
  private ajv: Ajv | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();
  /** The validators compiled at build time, when they were compiled with these shared schemas. */
  private readonly precompiled: Readonly<Record<string, CompiledSchema>> | undefined;

  /** `shared` are schemas that kind schemas may `$ref` (such as defs.schema.json); `kinds` maps a kind to its schema. */
  constructor(
    private readonly shared: readonly JsonSchema[],
    private readonly kinds: ReadonlyMap<string, JsonSchema>,
  ) {
    this.precompiled = compiledSchemas && sameShared(shared, compiledSchemas.shared) ? compiledSchemas.kinds : undefined;
  }

  /** The shared schemas as text: a kind's validator compiled with other shared schemas is another validator. */
  private get sharedKey(): string {
    return (this.sharedText ??= JSON.stringify(this.shared));
  }

  private sharedText: string | undefined;

  /** Known kind names, sorted. */
  names(): string[] {
    return [...this.kinds.keys()].sort();
  }

  has(kind: string): boolean {
    return this.kinds.has(kind);
  }

  schema(kind: string): JsonSchema | undefined {
    return this.kinds.get(kind);
  }

  /** Validates an entity's data against its kind's schema and collects the references the schema declares. */
  check(kind: string, data: unknown): EntityCheck {
    const validate = this.validator(kind);
    const { result: valid, references } = collectReferences(() => validate(data));
    return { issues: valid ? [] : toSchemaIssues(validate.errors as ErrorObject[]), references };
  }

  /** Compiles a kind's schema now, so that a broken schema fails at load time rather than mid-run. */
  compile(kind: string): void {
    this.validator(kind);
  }

  private validator(kind: string): ValidateFunction {
    let validate = this.compiled.get(kind);
    if (!validate) {
      const schema = this.kinds.get(kind);
      if (!schema) throw new Error(`No schema for kind ${kind}`);
      validate = this.precompiledValidator(kind, schema) ?? compileOnce(`kind\0${this.sharedKey}\0${JSON.stringify(schema)}`, () => this.runtimeAjv().compile(schema));
      this.compiled.set(kind, validate);
    }
    return validate;
  }

  /** The build-time validator of a kind, when it was compiled from this very schema (a plugin may extend it). */
  private precompiledValidator(kind: string, schema: JsonSchema): ValidateFunction | undefined {
    const compiled = this.precompiled && Object.hasOwn(this.precompiled, kind) ? this.precompiled[kind] : undefined;
    return compiled && compiled.schema === JSON.stringify(schema) ? compiled.validate : undefined;
  }

  private runtimeAjv(): Ajv {
    if (!this.ajv) {
      this.ajv = createAjv();
      for (const schema of this.shared) this.ajv.addSchema(schema);
    }
    return this.ajv;
  }
}

function sameShared(shared: readonly JsonSchema[], compiled: Readonly<Record<string, string>>): boolean {
  return (
    shared.length === Object.keys(compiled).length &&
    shared.every((schema) => typeof schema.$id === 'string' && Object.hasOwn(compiled, schema.$id) && compiled[schema.$id] === JSON.stringify(schema))
  );
}
