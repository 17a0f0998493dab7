import {parentPort, workerData} from 'node:worker_threads'
import {clean, type CleanManyOptions} from '../index.js'
import {unpack} from './jsonl.js'
import {cleanLine} from './line.js'

/**
 * Lines of JSONL sent to a worker.
 */
export interface Chunk {
  /** Position of the chunk in the output. */
  seq: number
  /** Input name, added to error records when there are several inputs. */
  file?: string | undefined
  /** Line number of each line in its input (1-indexed). */
  numbers: Array<number>
  /**
   * The lines as UTF-8, each followed by a line feed (see `pack()`); the
   * worker decodes them. Copied to the worker, not moved: the pool keeps
   * them until the output is back, as a chunk may have to go again.
   */
  bytes: Uint8Array<ArrayBuffer>
}

/**
 * What a worker sends back for a chunk.
 */
export interface Done {
  seq: number
  /**
   * Output lines, each ending in `\n`, as UTF-8: moved (not copied) to the
   * main thread, which writes them as they are.
   */
  output: Uint8Array<ArrayBuffer>
  /** Records in it. */
  count: number
  /** How many of them are error records. */
  failed: number
}

/**
 * A short page to clean once before the first record.
 */
const warmUp = 'Warm-up.\nHits: 1\n'

/**
 * Encodes output (each call gets a buffer of its own, safe to transfer).
 */
const encoder = new TextEncoder()

// Only in a worker (the module is also imported for its types and tests).
if (parentPort) {
  const port = parentPort
  const options = (workerData as {options: CleanManyOptions}).options
  port.on('message', function (chunk: Chunk) {
    const done = cleanChunk(chunk, options)
    port.postMessage(done, [done.output.buffer])
  })
  // Warm up before the clock of a record starts: the rules build their
  // searches when first asked (`byLanguage()`; a page whose language cannot
  // be told asks for every language), and V8 compiles a pattern when first
  // run, about 70 ms that a record's `timeout` should not pay.
  clean(warmUp)
  // The cleaner is loaded: a death from now on is not a failure to start.
  port.postMessage('ready')
}

/**
 * Clean the JSON lines of a chunk into JSON lines (see `cleanLine()`).
 *
 * @param chunk
 *   Chunk.
 * @param settings
 *   Options for `cleanRecord()`.
 * @returns
 *   Output.
 */
export function cleanChunk(chunk: Chunk, settings: CleanManyOptions): Done {
  let output = ''
  let failed = 0

  const lines = unpack(chunk.bytes, chunk.numbers)

  for (const [index, line] of lines.entries()) {
    const done = cleanLine(line, chunk.numbers[index]!, chunk.file, settings)
    output += done.output
    if (done.failed) failed++
  }

  return {seq: chunk.seq, output: encoder.encode(output), count: lines.length, failed}
}
