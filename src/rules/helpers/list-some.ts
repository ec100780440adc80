/**
 * The first `max` items joined with commas, then how many more there are: a message stays one readable line, and
 * the related locations of the finding carry the whole list.
 */
export function listSome(items: readonly string[], max: number): string {
  const more = items.length > max ? `, and ${items.length - max} more` : '';
  return `${items.slice(0, max).join(', ')}${more}`;
}
