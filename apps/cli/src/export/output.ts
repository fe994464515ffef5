import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * An export folder written atomically: every file goes to a hidden staging folder next to the target, and
 * only a finished export is renamed into place, file by file (each rename is atomic). An export that fails or
 * is interrupted leaves the previous files untouched.
 */
export class StagedOutput {
  private constructor(
    readonly target: string,
    readonly staging: string,
  ) {}

  static async create(target: string): Promise<StagedOutput> {
    const parent = path.dirname(path.resolve(target));
    await mkdir(parent, { recursive: true });
    await removeAbandonedStaging(parent, path.basename(target));
    const staging = path.join(
      parent,
      `.${path.basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    await mkdir(staging);
    return new StagedOutput(path.resolve(target), staging);
  }

  /** A buffered file in the staging folder; chunks are gathered to about 1 MB per write. */
  async file(name: string): Promise<BufferedFile> {
    return BufferedFile.open(path.join(this.staging, name));
  }

  async commit(): Promise<void> {
    await mkdir(this.target, { recursive: true });
    for (const name of (await readdir(this.staging)).sort()) {
      await rename(path.join(this.staging, name), path.join(this.target, name));
    }
    await rm(this.staging, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A killed export (SIGKILL, power loss) leaves its staging folder behind; the next export removes it. */
async function removeAbandonedStaging(parent: string, name: string): Promise<void> {
  const prefix = `.${name}.partial-`;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) {
      await rm(path.join(parent, entry), { recursive: true, force: true });
    }
  }
}

const FLUSH_BYTES = 1 << 20;

export class BufferedFile {
  /** Small chunks are gathered here (one copy) and written about 1 MB at a time. */
  private buffer = new Uint8Array(FLUSH_BYTES);
  private buffered = 0;
  written = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string): Promise<BufferedFile> {
    return new BufferedFile(await open(file, 'wx'));
  }

  /**
   * The ChunkSink for the dataset encoders. A chunk is copied into the buffer, or, when it is large, written
   * straight away: the encoder awaits the sink, so it cannot reuse the chunk's memory before the write is done.
   */
  readonly sink = async (chunk: Uint8Array): Promise<void> => {
    if (this.buffered + chunk.byteLength <= FLUSH_BYTES) {
      this.buffer.set(chunk, this.buffered);
      this.buffered += chunk.byteLength;
      if (this.buffered === FLUSH_BYTES) await this.flush();
      return;
    }
    await this.flush();
    if (chunk.byteLength >= FLUSH_BYTES / 2) await this.writeAll(chunk);
    else {
      this.buffer.set(chunk, 0);
      this.buffered = chunk.byteLength;
    }
  };

  private async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const data = this.buffer.subarray(0, this.buffered);
    this.buffered = 0;
    await this.writeAll(data);
  }

  private async writeAll(data: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await this.handle.write(data, offset, data.byteLength - offset);
      offset += bytesWritten;
    }
    this.written += data.byteLength;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
  }
}
