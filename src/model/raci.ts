import type { Entity } from './entity.js';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';

/** One task of a RACI matrix, as rules see it; malformed tasks are schema/valid's business and left out. */
export interface RaciTask {
  /** The task's index in `tasks`, for paths. */
  index: number;
  name: string;
  critical: boolean;
  /** Letters by party id, as written. */
  assignments: Readonly<Record<string, string>>;
}

export function raciParties(matrix: Entity): string[] {
  const { parties } = matrix.data;
  return Array.isArray(parties) ? parties.filter((party): party is string => typeof party === 'string') : [];
}

export function raciTasks(matrix: Entity): RaciTask[] {
  const { tasks } = matrix.data;
  if (!Array.isArray(tasks)) return [];
  const result: RaciTask[] = [];
  tasks.forEach((task: unknown, index) => {
    if (task === null || typeof task !== 'object' || Array.isArray(task)) return;
    const { name, critical, assignments } = task as Record<string, unknown>;
    const letters = assignments !== null && typeof assignments === 'object' && !Array.isArray(assignments) ? assignments : {};
    result.push({
      index,
      name: typeof name === 'string' ? name : `#${index + 1}`,
      critical: critical === true,
      assignments: Object.fromEntries(Object.entries(letters).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    });
  });
  return result;
}

/**
 * What a cell may hold: R, A, C or I in either case, several joined by `/` or `,` (with spaces around them or not)
 * or written together (`AR`, as earlier versions read it); or nothing: empty or a dash (`-`, or the `–` and `—`
 * that word processors turn it into). Spaces around the cell do not count.
 */
const LETTERS = /^[RACI](?:(?:\s*[/,]\s*|)[RACI])*$/i;
const NO_LETTER = /^[-–—]?$/;

/** Whether a cell holds RACI letters or is blank; anything else (`n/a`, `TBC`) is raci/valid-letters' finding. */
export function isRaciCell(cell: string): boolean {
  const text = cell.trim();
  return NO_LETTER.test(text) || LETTERS.test(text);
}

/** The letters in a cell such as `A/R`, `r, c` or `-`; a cell that is not RACI letters (`n/a`) gives none. */
export function lettersOf(cell: string | undefined): Set<RaciLetter> {
  const letters = new Set<RaciLetter>();
  const text = (cell ?? '').trim();
  if (!LETTERS.test(text)) return letters;
  for (const char of text.toUpperCase()) if ('RACI'.includes(char)) letters.add(char as RaciLetter);
  return letters;
}

/** The parties of a task that hold a letter, in the matrix's party order. */
export function partiesWith(task: RaciTask, letter: RaciLetter): string[] {
  return Object.keys(task.assignments).filter((party) => lettersOf(task.assignments[party]).has(letter));
}

/** "Task 'Approve go-live' of Raci 'release-raci'". */
export function describeTask(matrix: Entity, task: RaciTask): string {
  return `Task '${task.name}' of Raci '${matrix.id ?? matrix.document.file.path}'`;
}
