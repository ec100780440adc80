import { supportsColor } from 'chalk';

/**
 * Whether to colour the terminal output: chalk's detection (a TTY, FORCE_COLOR, --no-color), plus NO_COLOR
 * (no-color.org), which FORCE_COLOR overrides.
 */
export function useColor(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR === undefined && env.NO_COLOR) return false;
  return supportsColor !== false && supportsColor.level > 0;
}
