import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { makeFolders, writeSafely } from '../io/safe-write.js';
import type { TransferredFile } from './transfer.js';

/** Ignores everything in the folder it is in, as pytest's cache folder does. */
const CACHE_GITIGNORE = '# Written by govlint: this folder holds its cache.\n*\n';

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
 * What is kept is what a worker thread sends back (see transfer.ts): the data and positions of each document, the
 * syntax problems and suppressions.
 * Files are looked up by their path as findings show it, and used when a hash of the text is the same. The data
 * is stored with the structured clone algorithm (node:v8), which keeps what JSON would lose: shared and cyclic
 * values from YAML aliases, `.inf` and `.nan`.
 *
 * A cache written by another govlint, for other parse limits, or that cannot be read is ignored and replaced, so it
 * can never change the result; so is an entry that cannot be read (a damaged file), which is parsed again. Files
 * read with a problem (not UTF-8, say) are always parsed.
 *
 * It is written as every file govlint writes (see safe-write.ts), never through a symbolic link below `base`; a
 * folder created to hold it gets a .gitignore that ignores everything in it, as pytest's cache does, so that Git
 * never takes it in.
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
    /** The folder the user named (or the root, for the default place), below which no symbolic link is followed. */
    private readonly base: string,
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
  static load(file: string, stamp: string, base = dirname(file)): ParseCache {
    let stored: Stored | undefined;
    try {
      const value = deserialize(readFileSync(file)) as Partial<Stored>;
      if (value.stamp === stamp && value.entries instanceof Map) stored = value as Stored;
    } catch {
      // Missing, unreadable or not a cache: start afresh.
    }
    return new ParseCache(file, base, stamp, stored?.entries);
  }

  /** The file as parsed before, when its text is the same; else undefined, and `set` should be called once parsed. */
  get(path: string, text: string): TransferredFile | undefined {
    const hash = hashOf(text);
    const entry = this.previous.get(path);
    const parsed = entry?.hash === hash ? readEntry(entry, path) : undefined;
    if (parsed) {
      this.current.set(path, entry!);
      return parsed;
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
    const folder = dirname(this.file);
    // In the cache's own folder: any folder created above it holds nothing else, and Git keeps no folder it sees no file in.
    if (makeFolders(this.base, folder).includes(folder)) writeSafely(this.base, join(folder, '.gitignore'), CACHE_GITIGNORE, false);
    writeSafely(this.base, this.file, serialize(stored), true);
  }
}

/** An entry's parsed file; undefined when it cannot be read or is not the shape of one (a damaged cache). */
function readEntry(entry: Entry, path: string): TransferredFile | undefined {
  let value: Partial<TransferredFile>;
  try {
    value = deserialize(entry.parsed) as Partial<TransferredFile>;
  } catch {
    return undefined;
  }
  const shaped =
    typeof value === 'object' &&
    value !== null &&
    value.path === path &&
    Array.isArray(value.problems) &&
    Array.isArray(value.suppressions) &&
    Array.isArray(value.documents) &&
    value.documents.every(
      (document) =>
        typeof document === 'object' &&
        document !== null &&
        typeof document.offset === 'number' &&
        document.positions?.nodes instanceof Int32Array &&
        Array.isArray(document.positions.keys) &&
        typeof document.positions.end === 'number',
    );
  return shaped ? (value as TransferredFile) : undefined;
}

function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
