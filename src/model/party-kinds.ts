/**
 * Kinds that stand for a person or a team wherever govlint's own kinds are asked for: a Backstage User is a person
 * (it may hold a govlint role, and owns what it owns as a named person), a Backstage Group a team (it may hold the
 * roles refs/resolve's `teamRoles` lets teams hold, never an accountable one).
 */
const STANDS_FOR: Readonly<Record<string, string>> = { 'backstage:User': 'Person', 'backstage:Group': 'Team' };

/** The govlint kind an entity of this kind stands for: itself, or Person or Team for a Backstage User or Group. */
export function standsFor(kind: string): string {
  return STANDS_FOR[kind] ?? kind;
}

/** The kinds that stand for this one (backstage:User for Person), itself excluded. */
export function kindsStandingFor(kind: string): string[] {
  return Object.keys(STANDS_FOR).filter((other) => STANDS_FOR[other] === kind);
}
