/** Temporary folders under os.tmpdir(), removed by cleanup(). */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class TempDirs {
  private readonly dirs: string[] = [];

  constructor(private readonly prefix: string) {}

  make(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), `${this.prefix}-`));
    this.dirs.push(dir);
    return dir;
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
