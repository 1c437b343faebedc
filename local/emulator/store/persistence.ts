import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { PersistedStore } from './model';

/**
 * Test hook: when this environment variable is set, the process kills itself after the temp
 * file is written and before the rename, which is exactly a crash mid-save.
 */
export const CRASH_BEFORE_RENAME_ENV = 'CCM_EMULATOR_CRASH_BEFORE_RENAME';

/**
 * Writes `content` so that `file` is always either the old or the new complete version:
 * write a sibling temp file, fsync it, rename over the target (atomic on POSIX), fsync the folder.
 */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (process.env[CRASH_BEFORE_RENAME_ENV]) process.kill(process.pid, 'SIGKILL');
  renameSync(temp, file);
  try {
    const dirFd = openSync(dirname(file), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // Some file systems do not allow fsync on a directory; the rename is still atomic.
  }
}

/** Reads the store; a missing file means a fresh site. Temp files from a crash are ignored. */
export function loadStore(file: string): PersistedStore | undefined {
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as PersistedStore;
  if (data.formatVersion !== 1) throw new Error(`Unsupported emulator data format in ${file}`);
  return data;
}

/**
 * Coalesces bursts of changes into one save: waits `debounceMs` after the last change but never
 * longer than `maxDelayMs` after the first, so a steady stream of writes still gets saved.
 */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | undefined;
  private firstChangeAt: number | undefined;

  public constructor(
    private readonly file: string,
    private readonly snapshot: () => PersistedStore,
    private readonly debounceMs: number = 200,
    private readonly maxDelayMs: number = 2000
  ) {}

  public schedule(): void {
    const now = Date.now();
    this.firstChangeAt = this.firstChangeAt ?? now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstChangeAt + this.maxDelayMs - now));
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref();
  }

  public flush(): void {
    if (this.timer) clearTimeout(this.timer);
    const pending = this.firstChangeAt !== undefined;
    this.timer = undefined;
    this.firstChangeAt = undefined;
    if (pending) writeFileAtomic(this.file, JSON.stringify(this.snapshot()));
  }
}
