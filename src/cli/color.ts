
/**
 * Whether to colour the terminal output: chalk's detection (a TTY, FORCE_COLOR, --no-color), plus NO_COLOR
 * (no-color.org), which FORCE_COLOR overrides.
 */
export async function useColor(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.FORCE_COLOR === undefined && env.NO_COLOR) return false;
  // Loaded only for output to a terminal: detecting colour support costs start-up time a report to a file never needs.
  const { supportsColor } = await import('chalk');
  return supportsColor !== false && supportsColor.level > 0;
}
