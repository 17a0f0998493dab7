import type {Readable} from 'node:stream'
import type {CleanManyOptions} from '../index.js'

/**
 * Configuration for `cleanJsonl()`: those of `cleanRecord()` (without
 * `plugins`, which cannot cross to a worker), plus the pool and progress.
 */
export interface BatchOptions extends Omit<CleanManyOptions, 'plugins'> {
  /**
   * Worker threads.
   *
   * @default os.availableParallelism()
   */
  jobs?: number | null | undefined
  /**
   * Old-generation heap of each worker, in MB: it keeps memory flat (V8
   * otherwise grows the heap lazily). A record takes up to about 25 times
   * its size while it is cleaned: a line over a 32nd of the heap (4 MB at
   * 128 MB) becomes an error record without reaching a worker, and a record
   * that still needs more fails as an error record, and the worker is
   * replaced. At least 32: the library itself takes some 12 MB of a
   * worker's heap.
   *
   * @default 128
   */
  workerHeap?: number | null | undefined
  /**
   * Seconds a worker may spend on one chunk of records (at most 16 records
   * or 256 KB, or one larger record) before it is stopped: the records of
   * the chunk go again one at a time, and one that takes that long again
   * becomes an error record. A batch never hangs on a record.
   *
   * @default 300
   */
  timeout?: number | null | undefined
  /** Called after each chunk of records is written. */
  onProgress?: ((progress: Progress) => undefined) | null | undefined
}

/**
 * Configuration for `learnJsonl()`.
 */
export interface LearnJsonlOptions {
  /** Field holding the text (default: `'text'`). */
  field?: string | null | undefined
  /** Field holding the site or URL (default: `'url'`). */
  siteField?: string | null | undefined
  /** Called after each chunk of lines. */
  onProgress?: ((progress: Progress) => undefined) | null | undefined
}

/**
 * How far a batch is.
 */
export interface Progress {
  /** Records written (cleaned or failed). */
  records: number
  /** Error records written. */
  failed: number
  /** Input bytes read. */
  bytes: number
  /** Input bytes in all, when every input is a file. */
  total: number | undefined
}

/**
 * Result of a batch.
 */
export interface Summary extends Progress {
  /** Inputs that could not be read, with why. */
  unreadable: Array<{input: string; error: Error}>
}

/**
 * An input: a path, `-` for stdin, or a readable stream.
 */
export type Input = string | Readable
