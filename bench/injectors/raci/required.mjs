// A Program whose own RACI matrix is scoped on a Process instead, and which no other matrix covers.

/** Whether a matrix other than the Program's own is scoped on it or on one of its Systems. */
function coveredByAnother(repo, program) {
  const systems = new Set((repo.ofKind.get('System') ?? []).filter((system) => system.data.program === program.id).map((system) => system.id));
  for (const id of program.data.systems ?? []) systems.add(id);
  return (repo.ofKind.get('Raci') ?? []).some((matrix) => matrix !== program.ownRaci && (matrix.data.scope === program.id || systems.has(matrix.data.scope)));
}

export const injectors = [
  {
    name: 'matrix-scoped-elsewhere', kinds: ['Program'],
    eligible: (program, ctx) => program.ownRaci !== undefined && !coveredByAnother(ctx.repo, program),
    apply(program, ctx) {
      // The Process keeps its kind and id: no other defect may touch it, or the scope would dangle too.
      const process = ctx.pickFrom(['Process'], () => true);
      if (!process) return undefined;
      ctx.reserve(process);
      program.ownRaci.data.scope = ctx.repo.ref(process.id);
      return { 'raci/required': 1 };
    },
  },
];
