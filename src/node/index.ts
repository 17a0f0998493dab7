import {availableParallelism} from 'node:os'
import type {Writable} from 'node:stream'
import {createLearner, type CleanManyOptions, type Profile} from '../index.js'
import {batchKeys, checkOptions, learnKeys} from '../options.js'
import {checkInputs, checkOutput, nameOf, totalSize, write} from './files.js'
import {errorLine, unpack} from './jsonl.js'
import {Pool} from './pool.js'
import {eachChunk} from './reader.js'
import type {BatchOptions, Input, LearnJsonlOptions, Progress, Summary} from './types.js'
import type {Done} from './worker.js'

export type {BatchOptions, Input, LearnJsonlOptions, Progress, Summary} from './types.js'

/** Encodes the error records this thread makes. */
const encoder = new TextEncoder()
/** Chunks in flight per worker: one being cleaned, more queued. */
const chunksPerWorker = 3

/**
 * Clean JSON Lines on a pool of worker threads, writing JSON Lines in input
 * order.
 *
 * ###### Notes
 * Streams: at most `jobs × 3` chunks of 16 records (or 256 KB) are in flight,
 * reading waits for them and for `output` to drain, so memory stays flat
 * whatever the input size. A line that is not JSON, or a record without a
 * string in the text field, becomes `{"error": "…", "line": N}` (with
 * `"file"` when there are several inputs); blank lines are skipped. So does
 * a line over a 32nd of `workerHeap`, and a record a worker runs out of
 * memory on (see `workerHeap`). An input that cannot be read is reported in
 * `unreadable`; the others are still cleaned.
 *
 * @param inputs
 *   Paths (`-` for stdin) or streams.
 * @param output
 *   Where the JSON Lines go.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Counts.
 */
export async function cleanJsonl(
  inputs: ReadonlyArray<Input>,
  output: Writable,
  options?: Readonly<BatchOptions> | null
): Promise<Summary> {
  checkInputs(inputs)
  checkOutput(output)
  const {size, heap, seconds, onProgress, settings} = batchSettings(options)
  // A worker that runs out of heap in the middle of one large allocation
  // (parsing a line of 60 MB) takes the whole process down with it, where
  // Node should only stop the worker: lines that large never reach one.
  const largest = Math.floor((heap * 2 ** 20) / 32)
  // A bounded young generation too. Pages make much short-lived garbage:
  // the smaller it is, the more of a page's tree lives through a scavenge
  // and is copied, or promoted and marked later. On three passes of the dev
  // set two workers were 25 % slower at 8 MB than at 24 MB, and about 8 %
  // slower at 24 MB than at 48 MB (V8's own largest default), which costs
  // about 45 MB more RSS with two workers (288 MB on the 1 GB input of
  // `npm run bench:batch`, bar 300); 64 MB cost 90 MB more for little.
  const pool = new Pool(size, settings, {maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 48}, seconds)
  const state = startState(inputs)
  const queue = outputQueue(output, state, size * chunksPerWorker, onProgress)

  try {
    for (const input of inputs) {
      const file = inputs.length > 1 ? nameOf(input) : undefined
      await eachChunk(input, state, largest, async function (numbers, bytes) {
        await queue.add(pool.run({seq: 0, file, numbers, bytes}))
      }, async function (line, bytes) {
        const error = 'Record too large: ' + megabytes(bytes) + ' MB, over the ' + megabytes(largest) + ' MB that a worker with a ' +
          heap + ' MB heap cleans (raise `workerHeap`, `--worker-heap`)'
        await queue.add(Promise.resolve({seq: -1, output: encoder.encode(errorLine(error, line, file)), count: 1, failed: 1}))
      })
    }

    await queue.flush()
  } finally {
    await pool.close()
  }

  return state
}

/**
 * The settings of a batch, checked (in this thread: in a worker, a bad
 * option would fail every record instead).
 *
 * @param options
 *   Options of `cleanJsonl()`.
 * @returns
 *   Workers, heap (MB), timeout (s), progress callback, and options for
 *   `cleanRecord()`.
 */
function batchSettings(options: Readonly<BatchOptions> | null | undefined) {
  const plugins = (options as Readonly<CleanManyOptions> | null | undefined)?.plugins
  if (plugins !== undefined && plugins !== null) {
    throw new TypeError('Unexpected option `plugins`: rules of your own cannot cross to worker threads (use `cleanMany()`)')
  }

  const {jobs, onProgress, workerHeap, timeout, ...settings} = checkOptions(options, batchKeys) ?? {}
  return {size: jobs ?? availableParallelism(), heap: workerHeap ?? 128, seconds: timeout ?? 300, onProgress, settings}
}

/**
 * The outputs of chunks on their way to `output`, in order.
 *
 * @param output
 *   Where they go.
 * @param state
 *   Counts of the batch.
 * @param most
 *   Chunks in flight at most.
 * @param onProgress
 *   Called after each chunk is written.
 * @returns
 *   Queue.
 */
function outputQueue(output: Writable, state: Summary, most: number, onProgress: BatchOptions['onProgress']) {
  const queue: Array<Promise<Done>> = []
  return {add, flush}

  /**
   * Queue the output of a chunk; while too many are in flight, write the
   * oldest (backpressure).
   *
   * @param done
   *   Output, when it comes.
   */
  async function add(done: Promise<Done>): Promise<undefined> {
    queue.push(done)
    while (queue.length >= most) await writeNext()
  }

  /**
   * Write every chunk left.
   */
  async function flush(): Promise<undefined> {
    while (queue.length > 0) await writeNext()
  }

  /**
   * Wait for the oldest chunk and write it.
   */
  async function writeNext(): Promise<undefined> {
    const done = await queue.shift()!
    state.records += done.count
    state.failed += done.failed
    await write(output, done.output)
    onProgress?.(progressOf(state))
  }
}

/**
 * Learn a site profile from JSON Lines (in this thread: counting templates
 * costs little beside parsing).
 *
 * @param inputs
 *   Paths (`-` for stdin) or streams.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Profile, and counts (`failed`: lines that are not JSON objects with
 *   text; records without a site are skipped).
 */
export async function learnJsonl(
  inputs: ReadonlyArray<Input>,
  options?: Readonly<LearnJsonlOptions> | null
): Promise<Summary & {profile: Profile}> {
  checkInputs(inputs)
  checkOptions(options, learnKeys)
  const field = options?.field ?? 'text'
  const learner = createLearner({field, site: options?.siteField})
  const state = startState(inputs)

  for (const input of inputs) {
    await eachChunk(input, state, Infinity, async function (numbers, bytes) {
      for (const line of unpack(bytes, numbers)) {
        let record: unknown
        try {
          record = JSON.parse(line)
        } catch {}

        state.records++
        // Records without a site are skipped; those without text fail.
        const ok = typeof record === 'object' && record !== null && typeof (record as Record<string, unknown>)[field] === 'string'
        if (ok) learner.add(record as Record<string, unknown>)
        else state.failed++
      }

      options?.onProgress?.(progressOf(state))
    })
  }

  return {...state, profile: learner.done()}
}

/**
 * The counts of a batch before it starts.
 *
 * @param inputs
 *   Inputs.
 * @returns
 *   Counts.
 */
function startState(inputs: ReadonlyArray<Input>): Summary {
  return {records: 0, failed: 0, bytes: 0, total: totalSize(inputs), unreadable: []}
}

/**
 * What a progress callback gets: the counts so far.
 *
 * @param state
 *   Counts of the batch.
 * @returns
 *   Progress (a copy, without `unreadable`).
 */
function progressOf(state: Summary): Progress {
  return {records: state.records, failed: state.failed, bytes: state.bytes, total: state.total}
}

/**
 * Size in MB, for messages.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   MB, with one decimal.
 */
function megabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1)
}
