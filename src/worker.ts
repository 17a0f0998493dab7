import {parentPort, workerData} from 'node:worker_threads'
import {cleanRecord, type CleanManyOptions} from './index.js'

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
  /** The lines, without line breaks. */
  lines: Array<string>
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
 * Encodes output.
 */
const encoder = new TextEncoder()

/**
 * Where the output of a chunk is encoded, record by record; grown as needed
 * and reused. Joining a chunk's JSON into one string first (a megabyte or
 * more, flattened, in V8's large-object space, freed only by full
 * collections) and then encoding it cost a worker 14 % more CPU over the
 * dev set.
 */
const scratchSize = 1024 * 1024
let scratch = new Uint8Array(scratchSize)

// Only in a worker (the module is also imported for its types and tests).
if (parentPort) {
  const port = parentPort
  const options = (workerData as {options: CleanManyOptions}).options
  port.on('message', function (chunk: Chunk) {
    const done = cleanChunk(chunk, options)
    port.postMessage(done, [done.output.buffer])
  })
}

/**
 * Clean the JSON lines of a chunk into JSON lines; a line that is not JSON
 * or has no text field becomes an error record with its line number.
 *
 * @param chunk
 *   Chunk.
 * @param settings
 *   Options for `cleanRecord()`.
 * @returns
 *   Output.
 */
export function cleanChunk(chunk: Chunk, settings: CleanManyOptions): Done {
  let size = 0
  let failed = 0

  for (const [index, line] of chunk.lines.entries()) {
    let error: string | undefined

    try {
      const result = cleanRecord(JSON.parse(line), settings)
      if (result.record) size = add(JSON.stringify(result.record), size)
      else error = result.error
    } catch (cause) {
      error = (cause instanceof SyntaxError ? 'Malformed JSON: ' : '') + (cause instanceof Error ? cause.message : String(cause))
    }

    if (error !== undefined) {
      const record = {error, line: chunk.numbers[index]!, ...(chunk.file === undefined ? {} : {file: chunk.file})}
      size = add(JSON.stringify(record), size)
      failed++
    }
  }

  // A copy of its own, safe to transfer.
  const output = scratch.slice(0, size)
  // A huge record grew it: give that memory back.
  if (scratch.length > scratchSize * 8) scratch = new Uint8Array(scratchSize)
  return {seq: chunk.seq, output, count: chunk.lines.length, failed}
}

/**
 * Encode a line of output, and a line feed, into `scratch`.
 *
 * @param line
 *   Line (JSON).
 * @param size
 *   Bytes already in `scratch`.
 * @returns
 *   Bytes in `scratch` after the line.
 */
function add(line: string, size: number): number {
  let read = 0

  while (true) {
    const result = encoder.encodeInto(read === 0 ? line : line.slice(read), scratch.subarray(size))
    read += result.read
    size += result.written
    // Room for the line feed too.
    if (read === line.length && size < scratch.length) break
    const grown = new Uint8Array(scratch.length * 2)
    grown.set(scratch.subarray(0, size))
    scratch = grown
  }

  scratch[size] = 10
  return size + 1
}
