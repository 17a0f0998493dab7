import {createReadStream, fstatSync, statSync} from 'node:fs'
import {pipeline} from 'node:stream/promises'
import {createGunzip} from 'node:zlib'
import {Readable, type Writable} from 'node:stream'
import {typeOf} from '../util/check.js'
import type {Input} from './types.js'

/**
 * Check the inputs of `cleanJsonl()` and `learnJsonl()`: an array of paths
 * and streams (one path on its own would be read as one file per character).
 *
 * @param inputs
 *   What the caller passed.
 * @throws {TypeError}
 *   When it is not an array of paths and readable streams.
 */
export function checkInputs(inputs: unknown): asserts inputs is ReadonlyArray<Input> {
  if (!Array.isArray(inputs)) {
    throw new TypeError(
      'Expected `inputs` to be an array of file paths and readable streams, not `' + typeOf(inputs) + '`' +
        (isInput(inputs) ? ' (wrap one input in an array)' : '')
    )
  }

  for (const [index, input] of inputs.entries()) {
    if (!isInput(input)) {
      throw new TypeError('Expected `inputs[' + index + ']` to be a file path or a readable stream, not `' + typeOf(input) + '`')
    }
  }
}

/**
 * Check the output of `cleanJsonl()`.
 *
 * @param output
 *   What the caller passed.
 * @throws {TypeError}
 *   When it is not a writable stream.
 */
export function checkOutput(output: unknown): asserts output is Writable {
  if (typeof output !== 'object' || output === null || typeof (output as Writable).write !== 'function') {
    throw new TypeError('Expected `output` to be a writable stream, not `' + typeOf(output) + '`')
  }
}

/**
 * Whether a value is a path or a stream to read.
 *
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a string or an async iterable (a `Readable`).
 */
function isInput(value: unknown): value is Input {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
}

/**
 * Open an input.
 *
 * @param input
 *   Path, `-` (stdin), or stream.
 * @returns
 *   Stream.
 */
export function open(input: Input): Readable {
  if (typeof input !== 'string') return input
  if (input === '-') return process.stdin
  return createReadStream(input, {highWaterMark: 1024 * 1024})
}

/**
 * The chunks of a stream, gzip unpacked: a crawl dump saved as `.jsonl.gz`
 * is found by its first two bytes (`1f 8b`), not by its name, so stdin and
 * streams are unpacked too.
 *
 * @param stream
 *   Stream of bytes (or strings).
 * @returns
 *   Its chunks, unpacked when gzip.
 */
export async function* unpacked(stream: AsyncIterable<unknown>): AsyncGenerator<unknown, undefined> {
  const iterator = stream[Symbol.asyncIterator]()
  const first = await iterator.next()
  if (first.done) return undefined
  const head: unknown = first.value
  const rest = {
    async *[Symbol.asyncIterator]() {
      yield head
      for (;;) {
        const next = await iterator.next()
        if (next.done) return
        yield next.value
      }
    }
  }

  if (!(head instanceof Uint8Array) || head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* rest
    return undefined
  }

  const gunzip = createGunzip()
  pipeline(Readable.from(rest), gunzip).catch(function (error: unknown) {
    gunzip.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  yield* gunzip
  return undefined
}

/**
 * Name of an input in error records and messages.
 *
 * @param input
 *   Input.
 * @returns
 *   Name.
 */
export function nameOf(input: Input): string {
  return typeof input === 'string' ? input : '<stream>'
}

/**
 * Total size of the inputs, when each is a file (stdin redirected from a
 * file counts).
 *
 * @param inputs
 *   Inputs.
 * @returns
 *   Bytes, or `undefined`.
 */
export function totalSize(inputs: ReadonlyArray<Input>): number | undefined {
  let total = 0

  for (const input of inputs) {
    try {
      const stats = input === '-' ? fstatSync(0) : typeof input === 'string' ? statSync(input) : undefined
      if (!stats?.isFile()) return undefined
      total += stats.size
    } catch {
      return undefined
    }
  }

  return total
}

/**
 * Write, waiting for `drain` when the stream is full.
 *
 * @param stream
 *   Stream.
 * @param value
 *   Bytes.
 */
export async function write(stream: Writable, value: Uint8Array): Promise<undefined> {
  if (value.length === 0 || stream.write(value)) return

  await new Promise<undefined>(function (resolve, reject) {
    stream.once('drain', done)
    stream.once('error', fail)

    function done(): undefined {
      stream.off('error', fail)
      resolve(undefined)
    }

    function fail(error: Error): undefined {
      stream.off('drain', done)
      reject(error)
    }
  })
}
