import {typeOf} from '../util/check.js'
import {nameOf, open, unpacked} from './files.js'
import {isBlank, pack} from './jsonl.js'
import type {Input, Summary} from './types.js'

/** Records per chunk sent to a worker. */
const chunkRecords = 16
/** Bytes after which a chunk is sent even when it has fewer records. */
const chunkBytes = 256 * 1024

/**
 * Called with each chunk of lines (see `pack()`), awaited (backpressure).
 */
type Each = (numbers: Array<number>, bytes: Uint8Array<ArrayBuffer>) => Promise<undefined>

/**
 * Called, in order, with the number and size of each line that is too large.
 */
type TooLarge = (line: number, bytes: number) => Promise<undefined>

/**
 * Read an input as chunks of non-blank lines (bytes) with their line
 * numbers.
 *
 * ###### Notes
 * The lines stay bytes: a worker decodes them. This thread only moves bytes
 * between the input, the workers and the output, and keeps a small heap.
 *
 * @param input
 *   Path, `-`, or stream.
 * @param state
 *   Counts (`bytes` goes up, `unreadable` gets failures).
 * @param largest
 *   Bytes of the longest line to hand on; a longer one is not kept (memory
 *   stays flat), only its size.
 * @param each
 *   Called with each chunk (see `pack()`), awaited (backpressure).
 * @param tooLarge
 *   Called, in order, with the number and size of each longer line.
 */
export async function eachChunk(input: Input, state: Summary, largest: number, each: Each, tooLarge?: TooLarge): Promise<undefined> {
  const chunker = new Chunker(largest, each, tooLarge)

  try {
    for await (const read of unpacked(open(input) as AsyncIterable<unknown>)) {
      // A stream in object mode, or with an encoding set, gives strings.
      const data = typeof read === 'string' ? Buffer.from(read, 'utf8') : read
      if (!(data instanceof Uint8Array)) {
        throw new TypeError('Expected the stream to give bytes or strings, not `' + typeOf(data) + '` (records go to `cleanMany()`)')
      }

      state.bytes += data.length
      await chunker.take(data)
    }

    await chunker.end()
  } catch (error) {
    // An error of `each` (such as a closed output) is no read error.
    if (chunker.failure) throw chunker.failure.error
    state.unreadable.push({input: nameOf(input), error: error instanceof Error ? error : new Error(String(error))})
  }

  await chunker.flush()
}

/**
 * Cuts bytes into lines and the lines into chunks.
 */
class Chunker {
  /** Line numbers of the lines of the chunk so far. */
  numbers: Array<number> = []
  /** Lines of the chunk so far. */
  lines: Array<Uint8Array> = []
  /** Their bytes. */
  size = 0
  /** Number of the last line taken. */
  number = 0
  /**
   * Bytes of a line that goes on in the next read (none once it is too
   * large: then only their count).
   */
  rest: Array<Uint8Array> = []
  restSize = 0
  /** An error of a callback, which is no read error. */
  failure: {error: unknown} | undefined
  readonly largest: number
  readonly each: Each
  readonly tooLarge: TooLarge | undefined

  /**
   * @param largest
   *   Bytes of the longest line to hand on.
   * @param each
   *   Called with each chunk.
   * @param tooLarge
   *   Called with each longer line.
   */
  constructor(largest: number, each: Each, tooLarge: TooLarge | undefined) {
    this.largest = largest
    this.each = each
    this.tooLarge = tooLarge
  }

  /**
   * Take the bytes of one read.
   *
   * @param data
   *   Bytes.
   */
  async take(data: Uint8Array): Promise<undefined> {
    let start = 0
    let end = data.indexOf(10)

    while (end !== -1) {
      const piece = data.subarray(start, end)
      const whole = this.restSize + piece.length
      start = end + 1
      end = data.indexOf(10, start)

      if (whole > this.largest) {
        await this.skip(whole)
      } else {
        this.add(this.rest.length > 0 ? Buffer.concat([...this.rest, piece]) : piece)
        if (this.lines.length >= chunkRecords || this.size >= chunkBytes) await this.send()
      }

      this.rest = []
      this.restSize = 0
    }

    if (start < data.length) {
      this.restSize += data.length - start
      if (this.restSize > this.largest) this.rest = []
      else this.rest.push(data.subarray(start))
    }
  }

  /**
   * Take the last line, which has no line feed.
   */
  async end(): Promise<undefined> {
    if (this.restSize > this.largest) await this.skip(this.restSize)
    else if (this.restSize > 0) this.add(Buffer.concat(this.rest))
  }

  /**
   * Hand on the lines left.
   */
  async flush(): Promise<undefined> {
    if (this.lines.length > 0) await this.each(this.numbers, pack(this.lines, this.size))
  }

  /**
   * Take the next line.
   *
   * @param line
   *   Bytes, without the line feed.
   */
  add(line: Uint8Array): undefined {
    this.number++
    // Blank lines (such as a last line break) are no records.
    if (isBlank(line)) return
    this.numbers.push(this.number)
    this.lines.push(line)
    this.size += line.length
  }

  /**
   * Pass over a line that is too large, after the lines before it.
   *
   * @param bytes
   *   Its size.
   */
  async skip(bytes: number): Promise<undefined> {
    this.number++
    if (this.lines.length > 0) await this.send()
    const line = this.number
    const tooLarge = this.tooLarge
    if (tooLarge) await this.handOn(() => tooLarge(line, bytes))
  }

  /**
   * Hand the lines so far on.
   */
  async send(): Promise<undefined> {
    const bytes = pack(this.lines, this.size)
    const sent = this.numbers
    this.numbers = []
    this.lines = []
    this.size = 0
    await this.handOn(() => this.each(sent, bytes))
  }

  /**
   * Call the caller back, noting its error as no read error.
   *
   * @param call
   *   Callback.
   */
  async handOn(call: () => Promise<undefined>): Promise<undefined> {
    try {
      await call()
    } catch (error) {
      this.failure = {error}
      throw error
    }
  }
}
