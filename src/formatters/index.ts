import type { Formatter } from './types.js';

export const FORMAT_NAMES = ['text', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Loads only the formatter asked for, so a run pays for one. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).formatText;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
  }
}
