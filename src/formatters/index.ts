import type { Formatter } from './types.js';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'markdown'] as const;
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
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'gitlab':
      return (await import('./gitlab.js')).formatGitlab;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
  }
}
