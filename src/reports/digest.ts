import type { Finding } from '../engine/finding.js';
import type { DueDate } from '../engine/locate-due.js';
import { compareText } from '../engine/sort-findings.js';
import type { Owner } from '../model/owners.js';

/** The findings of one entity, in the order of the report. */
export interface DigestEntity {
  /** `Risk 'outage'`, or the file's path for a finding with no entity. */
  title: string;
  findings: Finding[];
}

/** One person's page: who they are, what they are to fix, entity by entity, and what falls due for them. */
export interface DigestPage {
  id: string;
  name?: string;
  email?: string;
  entities: DigestEntity[];
  /** What falls due for them, in date order, as the compliance calendar lists it. */
  due: DueDate[];
}

/**
 * A page for each person who owns at least one finding or has something falling due, sorted by id; people with
 * neither are left out. Each finding and due date appears on the page of every one of its owners. `due` is what the
 * rules computed (`LintResult.due`, in date order), already cut to the window wanted.
 */
export function digestPages(findings: readonly Finding[], due: readonly DueDate[]): DigestPage[] {
  const pages = new Map<string, DigestPage & { byEntity: Map<string, DigestEntity> }>();
  const pageOf = (owner: Owner) => {
    let page = pages.get(owner.id);
    if (!page) {
      page = { id: owner.id, ...(owner.name ? { name: owner.name } : {}), ...(owner.email ? { email: owner.email } : {}), entities: [], due: [], byEntity: new Map() };
      pages.set(owner.id, page);
    }
    return page;
  };
  for (const finding of findings) {
    for (const owner of finding.owners ?? []) {
      const page = pageOf(owner);
      const title = finding.entity ? `${finding.entity.kind}${finding.entity.id === undefined ? '' : ` '${finding.entity.id}'`}` : finding.file;
      const key = `${finding.file}\0${title}`;
      let entity = page.byEntity.get(key);
      if (!entity) {
        entity = { title, findings: [] };
        page.byEntity.set(key, entity);
        page.entities.push(entity);
      }
      entity.findings.push(finding);
    }
  }
  for (const item of due) for (const owner of item.owners ?? []) pageOf(owner).due.push(item);
  return [...pages.values()].sort((a, b) => compareText(a.id, b.id)).map(({ byEntity: _, ...page }) => page);
}
