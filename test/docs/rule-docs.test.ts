import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainRule } from '../../src/cli/explain-command.js';
import { OPTIONS_END, OPTIONS_START, optionsSection, withOptionsSection } from '../../src/cli/options-table.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { builtinRules } from '../../src/rules/index.js';
import personOverload from '../../src/rules/person-overload.js';

const page = (id: string) => readFileSync(new URL(`../../docs/rules/${id.replace('/', '-')}.md`, import.meta.url), 'utf8');

describe("a built-in rule's docs page", () => {
  it.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s has the options section its options schema gives (else run `npm run docs`)', (id, rule) => {
    const text = page(id);
    expect(withOptionsSection(text, optionsSection(rule.meta.options), id)).toBe(text);
  });

  it('goes stale when an option changes in the schema', () => {
    const schema = structuredClone(personOverload.meta.options!) as { properties: { max: { default: number } } };
    schema.properties.max.default = 8;
    const text = page('person/overload');
    expect(withOptionsSection(text, optionsSection(schema))).not.toBe(text);
    expect(optionsSection(schema)).toContain('| `max` | `8` | How many entities one person may be an owner or manager of; more is a finding.');
  });

  it('must have the markers', () => {
    expect(() => withOptionsSection('# x\n\n## Options\n\nNone.\n', 'None.', 'docs/rules/x.md')).toThrow(`docs/rules/x.md has no ${OPTIONS_START} … ${OPTIONS_END} markers`);
  });

  it('is shown by `govlint explain` without the markers', async () => {
    const config = await resolveConfig({ config: {}, baseDir: '.', allowCode: false });
    const text = await explainRule(config, 'person/overload');
    expect(text).not.toContain('<!--');
    expect(text).toContain('## Options\n\n| Option | Default | Meaning |\n| --- | --- | --- |\n| `max` | `5` |');
    expect(text).toContain('counts every kind. A kind that does not exist stops govlint with exit code 2. |\n\n## Configuration\n');
  });
});

describe('the options section', () => {
  it('shows defaults as YAML, quoting what YAML would read otherwise, and lists of mappings in a block', () => {
    const section = optionsSection({
      type: 'object',
      properties: {
        every: { description: 'How often | when.', default: { Risk: '1 month', Other: 'off' } },
        count: { default: 3 },
        texts: { default: ['a b', '12', ''] },
        pairs: {
          description: 'Pairs.',
          type: 'array',
          items: { type: 'object', properties: { roles: { description: 'Two roles.' }, kinds: { description: 'Kinds.' } }, required: ['roles'] },
          default: [{ roles: ['a', 'b'] }],
        },
      },
    });
    expect(section).toBe(
      [
        '| Option | Default | Meaning |',
        '| --- | --- | --- |',
        '| `every` | `{ Risk: 1 month, Other: "off" }` | How often \\| when. |',
        '| `count` | `3` |  |',
        '| `texts` | `[a b, "12", ""]` |  |',
        '| `pairs` | the entry below | Pairs. |',
        '',
        'Each entry of `pairs` has:',
        '',
        '| Key | Meaning |',
        '| --- | --- |',
        '| `roles` | Two roles. |',
        '| `kinds` | Optional. Kinds. |',
        '',
        'The default `pairs`:',
        '',
        '```yaml',
        'pairs:',
        '  - { roles: [a, b] }',
        '```',
      ].join('\n'),
    );
    expect(optionsSection(undefined)).toBe('None.');
  });
});
