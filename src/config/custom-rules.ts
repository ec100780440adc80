import type { Ajv, ValidateFunction } from 'ajv';
import { defineRule, type Rule, type Severity } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import type { JsonSchema } from '../schema/builtin-kinds.js';
import { toSchemaIssues } from '../schema/schema-issues.js';
import { UsageError } from '../util/usage-error.js';

/** A rule declared in the config, without code. */
export interface CustomRuleDeclaration {
  id: string;
  kinds: string[];
  severity?: Severity;
  message: string;
  description?: string;
  when?: JsonSchema;
  require: JsonSchema;
}

export const CUSTOM_RULE_PREFIX = 'config/';

/** Turns each declaration into a rule: for the selected entities, each part that fails `require` is a finding. */
export function customRules(declarations: readonly CustomRuleDeclaration[], ajv: Ajv, where: string): Rule[] {
  return declarations.map((declaration) => {
    const id = `${CUSTOM_RULE_PREFIX}${declaration.id}`;
    const when = declaration.when && compile(ajv, declaration.when, id, 'when', where);
    const require = compile(ajv, declaration.require, id, 'require', where);
    return defineRule({
      meta: { id, description: declaration.description ?? declaration.message, severity: declaration.severity ?? 'error' },
      check({ model, report }) {
        for (const kind of declaration.kinds) {
          for (const entity of model.ofKind(kind)) {
            if ((when && !when(entity.data)) || require(entity.data)) continue;
            for (const issue of toSchemaIssues(require.errors ?? [])) {
              const detail = /^(is|has) /.test(issue.message) ? `it ${issue.message}` : issue.message;
              report({ entity, path: issue.path, target: issue.target, message: `${describeEntity(entity)}: ${declaration.message} (${detail})` });
            }
          }
        }
      },
    });
  });
}

function compile(ajv: Ajv, schema: JsonSchema, id: string, part: string, where: string): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw new UsageError(`${where}: custom rule '${id}' has an invalid \`${part}\` schema: ${(error as Error).message}`);
  }
}
