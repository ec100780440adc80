// An example input adapter: an organisation keeps the list of its repositories, each with the team that owns it, in
// one YAML file (`repositories.yaml`, a list). The plugin reads each item as a govlint entity of its own kind,
// Repository, so that `refs/resolve` checks each owning team and `schema/valid` each item, with findings at the
// item's own lines. Load it from a config with `plugins: [./plugins/govlint-plugin-repositories.js]`.
import { defineAdapter, definePlugin } from 'govlint';

const repositories = defineAdapter({
  name: 'repositories',
  // A list in a file named repositories.yaml (or .yml), wherever it is.
  claims: (document) => /(^|\/)repositories\.ya?ml$/.test(document.file.path) && Array.isArray(document.data),
  adapt: (document) =>
    document.data.map((item, index) => {
      const fields = typeof item === 'object' && item !== null && !Array.isArray(item) ? item : {};
      const { name, ...rest } = fields;
      return {
        kind: 'Repository',
        id: typeof name === 'string' ? name : undefined,
        // The item's own fields, with its `name` as the id; the schema reports anything else it holds.
        data: { kind: 'Repository', ...(name === undefined ? {} : { id: name }), ...rest },
        // Every path of the entity is found under the item; its id is the item's `name`.
        sourcePaths: [
          { from: [], to: [index] },
          { from: ['id'], to: [index, 'name'] },
        ],
      };
    }),
});

export default definePlugin({
  name: 'repositories',
  adapters: [repositories],
  kinds: {
    Repository: {
      description: 'A source code repository and the team that owns it.',
      properties: {
        team: { description: 'The id of the Team that owns the repository.', type: 'string', 'x-govlint-ref': 'Team' },
        visibility: { description: 'Who can read it.', enum: ['public', 'internal', 'private'] },
        archived: { description: 'Kept read-only, no longer worked on.', type: 'boolean' },
      },
      required: ['team'],
    },
  },
});
