import { readFileSync, writeFileSync, renameSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Clock } from '../ports/clock';
import { systemClock } from '../ports/clock';
import { MemoryStore } from './memory-store';

/**
 * MemoryStore that survives restarts: the whole map is written to one JSON file after each change
 * (via a temp file and rename, so a crash never leaves half a file). For `npm start`, not for scale.
 */
export class FileStore extends MemoryStore {
  constructor(private readonly file: string, clock: Clock = systemClock) {
    super(clock);
    if (existsSync(file)) {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { json: string; expiresAtMs: number | null }>;
      for (const [key, entry] of Object.entries(raw)) this.entries.set(key, entry);
    }
  }

  protected override async persist(): Promise<void> {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.entries)));
    renameSync(tmp, this.file);
  }
}
