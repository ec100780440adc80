// A Document about no System (a process runbook, a product brief, a program charter) that loses its document owner:
// nothing passes one on by default.

export const injectors = [
  {
    name: 'no-document-owner', kinds: ['Document'], changesRoles: true,
    eligible: (entity, ctx) => aboutNoSystem(entity, ctx.repo),
    apply(entity) {
      delete entity.data.roles['document-owner'];
      return { 'docs/has-owner': 1 };
    },
  },
  {
    name: 'empty-document-owner', kinds: ['Document'], changesRoles: true,
    eligible: (entity, ctx) => aboutNoSystem(entity, ctx.repo),
    apply(entity) {
      entity.data.roles['document-owner'] = [];
      return { 'docs/has-owner': 1 };
    },
  },
];

/** Whether a Document with an owner names no System in `describes` and no System lists it under `documents`. */
function aboutNoSystem(document, repo) {
  if (typeof document.data.roles?.['document-owner'] !== 'string') return false;
  const describes = document.data.describes ?? [];
  if (describes.some((id) => repo.byId.get(id)?.kind === 'System')) return false;
  return !(repo.ofKind.get('System') ?? []).some((system) => system.data.documents?.includes(document.id));
}
