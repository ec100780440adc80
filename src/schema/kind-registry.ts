import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { collectReferences, type FoundReference } from './reference-keyword.js';
import { toSchemaIssues, type SchemaIssue } from './schema-issues.js';
import { createAjv } from './create-ajv.js';
import type { JsonSchema } from './builtin-kinds.js';



export interface EntityCheck {
  issues: SchemaIssue[];
  references: FoundReference[];
}

/** The kinds govlint knows, each with its JSON Schema; schemas are compiled on first use, once. */
export class KindRegistry {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  /** `shared` are schemas that kind schemas may `$ref` (such as defs.schema.json); `kinds` maps a kind to its schema. */
  constructor(
    shared: readonly JsonSchema[],
    private readonly kinds: ReadonlyMap<string, JsonSchema>,
  ) {
    this.ajv = createAjv();
    for (const schema of shared) this.ajv.addSchema(schema);
  }

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
      validate = this.ajv.compile(schema);
      this.compiled.set(kind, validate);
    }
    return validate;
  }
}
