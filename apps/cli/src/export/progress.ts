import cliProgress from 'cli-progress';

export interface Progress {
  tick(files: number, bytes: number): void;
  stop(): void;
}

/** A progress bar (files, MB/s, ETA) on a terminal; nothing at all otherwise, so logs and pipes stay clean. */
export function createProgress(totalFiles: number, enabled: boolean): Progress {
  if (!enabled) return { tick() {}, stop() {} };
  const started = performance.now();
  let bytes = 0;
  let files = 0;
  const bar = new cliProgress.SingleBar(
    {
      format: 'khabar export [{bar}] {value}/{total} files | {mbps} MB/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalFiles, 0, { mbps: '0.0' });
  return {
    tick(doneFiles, size) {
      bytes += size;
      files += doneFiles;
      const seconds = (performance.now() - started) / 1000;
      bar.update(files, { mbps: (bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
