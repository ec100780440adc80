import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { TransferredFile } from './transfer.js';

/** A parsed file, serialised when it was parsed (a rule that changed the data later cannot change what is kept), by a hash of its text. */
interface Entry {
  hash: string;
  parsed: Uint8Array;
}

interface Stored {
  stamp: string;
  entries: Map<string, Entry>;
}

/**
 * Parsed files kept between runs (`check --cache`), so that a file whose text has not changed is not parsed again.
 * What is kept is what a worker thread sends back (see transfer.ts): the data of each document, the syntax problems
 * and suppressions; a syntax tree, needed only where a finding is, is parsed again from the text on first use.
 * Files are looked up by their path as findings show it, and used when a hash of the text is the same. The data
 * is stored with the structured clone algorithm (node:v8), which keeps what JSON would lose: shared and cyclic
 * values from YAML aliases, `.inf` and `.nan`.
 *
 * A cache written by another govlint, for other parse limits, or that cannot be read is ignored and replaced, so it
 * can never change the result. Files read with a problem (not UTF-8, say) are always parsed.
 */
export class ParseCache {
  private readonly previous: Map<string, Entry>;
  private readonly current = new Map<string, Entry>();
  /** The hashes of the texts `get` found no entry for, by path, for `set`. */
  private readonly missed = new Map<string, string>();
  private changed: boolean;

  private constructor(
    /** Where the cache is kept, absolute. */
    readonly file: string,
    private readonly stamp: string,
    previous: Map<string, Entry> | undefined,
  ) {
    this.previous = previous ?? new Map();
    this.changed = previous === undefined;
  }

  /**
   * Reads the cache file; `stamp` names everything besides a file's text that parsing depends on (the govlint
   * build and the parse limits), and a cache with another stamp is started afresh.
   */
  static load(file: string, stamp: string): ParseCache {
    let stored: Stored | undefined;
    try {
      const value = deserialize(readFileSync(file)) as Partial<Stored>;
      if (value.stamp === stamp && value.entries instanceof Map) stored = value as Stored;
    } catch {
      // Missing, unreadable or not a cache: start afresh.
    }
    return new ParseCache(file, stamp, stored?.entries);
  }

  /** The file as parsed before, when its text is the same; else undefined, and `set` should be called once parsed. */
  get(path: string, text: string): TransferredFile | undefined {
    const hash = hashOf(text);
    const entry = this.previous.get(path);
    if (entry?.hash === hash) {
      this.current.set(path, entry);
      return deserialize(entry.parsed) as TransferredFile;
    }
    this.changed = true;
    this.missed.set(path, hash);
    return undefined;
  }

  /** Keeps a file `get` did not find, once parsed. */
  set(path: string, parsed: TransferredFile): void {
    const hash = this.missed.get(path);
    if (hash !== undefined) this.current.set(path, { hash, parsed: serialize(parsed) });
  }

  /**
   * Writes the files of this run, unless nothing changed; through a temporary file renamed into place, so that a
   * run stopped half-way or another run at the same time never leaves a torn cache. Throws when it cannot write.
   */
  save(): void {
    if (!this.changed && this.current.size === this.previous.size) return;
    const stored: Stored = { stamp: this.stamp, entries: this.current };
    const temporary = `${this.file}.${process.pid}.tmp`;
    mkdirSync(dirname(this.file), { recursive: true });
    try {
      writeFileSync(temporary, serialize(stored));
      renameSync(temporary, this.file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
}

function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
