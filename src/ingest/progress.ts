/** Per-file progress on a terminal (cli-progress); silent when output is not a terminal or JSON is asked. */
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  tick(n: number): void;
  done(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let bar: cliProgress.SingleBar | null = null;
  let total = 0;
  return {
    start(label, t) {
      total = t;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `{bar} {percentage}% | {value}/{total} rows | ${label.slice(-60)}`,
          clearOnComplete: false,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(t, 0);
    },
    tick(n) {
      bar?.increment(n);
    },
    done() {
      bar?.update(total);
      bar?.stop();
      bar = null;
    },
  };
}
