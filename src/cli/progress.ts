/** Where long runs say how far they are. */
export interface Progress {
  update(stage: string, done: number, total: number): void;
  end(): void;
}

interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Nothing is shown before this, so short runs, such as a pre-commit hook's, stay silent. */
const FIRST_AFTER_MS = 500;
const EVERY_MS = 100;

/**
 * Progress on stderr, on one line that is redrawn: only on a terminal and never in CI (`CI` set), so that logs and
 * machine-readable output never see it. The line is cleared at the end.
 */
export function progressOnStderr(stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Progress {
  if (!stream.isTTY || env.CI) return { update: () => undefined, end: () => undefined };
  let next = now() + FIRST_AFTER_MS;
  let shown = false;
  return {
    update(stage, done, total) {
      const time = now();
      if (time < next) return;
      next = time + EVERY_MS;
      shown = true;
      stream.write(`\r\u001b[2Kgovlint: ${stage} ${done}/${total} files`);
    },
    end() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
