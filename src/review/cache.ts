// A file cache for review runs, keyed by content hash and tool version: a changed file, a changed
// predecessor or a changed jiaohe never hits an old entry. Entries are JSON files named by key;
// a damaged entry reads as a miss. The version includes a hash of jiaohe's own code (see version.ts).
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Entry folders this thread has made (or found) already. */
const made = new Set<string>();

export class ReviewCache {
  constructor(
    readonly dir: string | null,
    readonly version: string,
  ) {}

  key(...parts: string[]): string {
    const h = createHash("sha256").update(this.version);
    for (const p of parts) h.update("\0").update(p);
    return h.digest("hex");
  }

  private file(key: string): string {
    return join(this.dir ?? "", key.slice(0, 2), `${key}.json`);
  }

  async get<T>(key: string): Promise<T | null> {
    if (!this.dir) return null;
    try {
      const entry = JSON.parse(await readFile(this.file(key), "utf8")) as { version?: string; value?: T };
      return entry.version === this.version && entry.value !== undefined ? entry.value : null;
    } catch {
      return null;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    if (!this.dir) return;
    const file = this.file(key);
    try {
      const sub = join(this.dir, key.slice(0, 2));
      // One mkdir per folder and thread, not one per entry (a recursive mkdir costs several syscalls).
      if (!made.has(sub)) {
        await mkdir(sub, { recursive: true });
        made.add(sub);
      }
      // Write then rename: two workers writing the same key never leave a half-written file.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, JSON.stringify({ version: this.version, value }));
      await rename(tmp, file);
    } catch {
      // A cache that cannot be written only costs time; its folder may have gone: make it next time.
      made.delete(join(this.dir, key.slice(0, 2)));
    }
  }
}
