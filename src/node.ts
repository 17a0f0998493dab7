import {createReadStream, fstatSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Readable, Writable} from 'node:stream'
import {Worker, type ResourceLimits} from 'node:worker_threads'
import {cleanRecord, createLearner, type CleanManyOptions, type Profile} from './index.js'
import {errorLine, isBlank, pack, unpack} from './jsonl.js'
import {typeOf} from './util/check.js'
import type {Chunk, Done} from './worker.js'

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
   * replaced.
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

/** Records per chunk sent to a worker. */
const chunkRecords = 16
/** Bytes after which a chunk is sent even when it has fewer records. */
const chunkBytes = 256 * 1024
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
  if (typeof output !== 'object' || output === null || typeof output.write !== 'function') {
    throw new TypeError('Expected `output` to be a writable stream, not `' + typeOf(output) + '`')
  }

  const {jobs, onProgress, workerHeap, timeout, ...settings} = options ?? {}
  const size = jobs ?? availableParallelism()
  if (!Number.isInteger(size) || size < 1) throw new TypeError('Expected `options.jobs` to be a positive integer')
  const heap = workerHeap ?? 128
  if (typeof heap !== 'number' || !Number.isFinite(heap) || heap < 16) {
    throw new TypeError('Expected `options.workerHeap` to be a number of MB, at least 16')
  }

  const seconds = timeout ?? 300
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds <= 0) {
    throw new TypeError('Expected `options.timeout` to be a number of seconds, more than 0')
  }

  checkProgress(onProgress)
  const {plugins} = settings as CleanManyOptions
  if (plugins !== undefined && plugins !== null) {
    throw new TypeError('Unexpected option `plugins`: rules of your own cannot cross to worker threads (use `cleanMany()`)')
  }

  // The options of `cleanRecord()`, checked once here: in a worker, a bad
  // one would fail every record instead.
  cleanRecord({}, settings)

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
  const pool = createPool(size, settings, {maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 48}, seconds)
  const state: Summary = {records: 0, failed: 0, bytes: 0, total: totalSize(inputs), unreadable: []}
  const queue: Array<Promise<Done>> = []

  try {
    for (const input of inputs) {
      const file = inputs.length > 1 ? nameOf(input) : undefined
      await eachChunk(input, state, largest, async function (numbers, bytes) {
        await enqueue(pool.run({seq: 0, file, numbers, bytes}))
      }, async function (line, bytes) {
        const error = 'Record too large: ' + megabytes(bytes) + ' MB, over the ' + megabytes(largest) + ' MB that a worker with a ' +
          heap + ' MB heap cleans (raise `workerHeap`, `--worker-heap`)'
        await enqueue(Promise.resolve({seq: -1, output: encoder.encode(errorLine(error, line, file)), count: 1, failed: 1}))
      })
    }

    while (queue.length > 0) await writeNext()
  } finally {
    await pool.close()
  }

  return state

  /**
   * Queue the output of a chunk; while too many are in flight, write the
   * oldest (backpressure).
   *
   * @param done
   *   Output, when it comes.
   */
  async function enqueue(done: Promise<Done>): Promise<undefined> {
    queue.push(done)
    while (queue.length >= size * chunksPerWorker) await writeNext()
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
  checkProgress(options?.onProgress)
  const field = options?.field ?? 'text'
  const learner = createLearner({field, site: options?.siteField})
  const state: Summary = {records: 0, failed: 0, bytes: 0, total: totalSize(inputs), unreadable: []}

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
async function eachChunk(
  input: Input,
  state: Summary,
  largest: number,
  each: (numbers: Array<number>, bytes: Uint8Array<ArrayBuffer>) => Promise<undefined>,
  tooLarge?: (line: number, bytes: number) => Promise<undefined>
): Promise<undefined> {
  let numbers: Array<number> = []
  let lines: Array<Uint8Array> = []
  let size = 0
  let number = 0
  // Bytes of a line that goes on in the next read (none once it is too
  // large: then only their count).
  let rest: Array<Uint8Array> = []
  let restSize = 0
  // An error of `each` (such as a closed output) is no read error.
  let failure: {error: unknown} | undefined

  try {
    for await (const read of open(input) as AsyncIterable<unknown>) {
      // A stream in object mode, or with an encoding set, gives strings.
      const data = typeof read === 'string' ? Buffer.from(read, 'utf8') : read
      if (!(data instanceof Uint8Array)) {
        throw new TypeError('Expected the stream to give bytes or strings, not `' + typeOf(data) + '` (records go to `cleanMany()`)')
      }

      state.bytes += data.length
      let start = 0
      let end = data.indexOf(10)

      while (end !== -1) {
        const piece = data.subarray(start, end)
        const whole = restSize + piece.length
        start = end + 1
        end = data.indexOf(10, start)

        if (whole > largest) {
          await skip(whole)
        } else {
          add(rest.length > 0 ? Buffer.concat([...rest, piece]) : piece)
          if (lines.length >= chunkRecords || size >= chunkBytes) await send()
        }

        rest = []
        restSize = 0
      }

      if (start < data.length) {
        restSize += data.length - start
        if (restSize > largest) rest = []
        else rest.push(data.subarray(start))
      }
    }

    if (restSize > largest) await skip(restSize)
    else if (restSize > 0) add(Buffer.concat(rest))
  } catch (error) {
    if (failure) throw failure.error
    state.unreadable.push({input: nameOf(input), error: error instanceof Error ? error : new Error(String(error))})
  }

  if (lines.length > 0) await each(numbers, pack(lines, size))

  /**
   * Take the next line.
   *
   * @param line
   *   Bytes, without the line feed.
   */
  function add(line: Uint8Array): undefined {
    number++
    // Blank lines (such as a last line break) are no records.
    if (isBlank(line)) return
    numbers.push(number)
    lines.push(line)
    size += line.length
  }

  /**
   * Pass over a line that is too large, after the lines before it.
   *
   * @param bytes
   *   Its size.
   */
  async function skip(bytes: number): Promise<undefined> {
    number++
    if (lines.length > 0) await send()
    const line = number
    if (tooLarge) await handOn(() => tooLarge(line, bytes))
  }

  /**
   * Hand the lines so far on.
   */
  async function send(): Promise<undefined> {
    const bytes = pack(lines, size)
    const sent = numbers
    numbers = []
    lines = []
    size = 0
    await handOn(() => each(sent, bytes))
  }

  /**
   * Call the caller back, noting its error as no read error.
   *
   * @param call
   *   Callback.
   */
  async function handOn(call: () => Promise<undefined>): Promise<undefined> {
    try {
      await call()
    } catch (error) {
      failure = {error}
      throw error
    }
  }
}

/**
 * A pool of workers that clean chunks.
 */
interface Pool {
  /** Clean a chunk on the least busy worker. */
  run(chunk: Chunk): Promise<Done>
  /** Stop the workers. */
  close(): Promise<undefined>
}

/**
 * A worker and the chunks it has.
 */
interface Member {
  worker: Worker
  /** Whether it has loaded the cleaner (a worker that dies before could not start). */
  ready: boolean
  /** Chunks by `seq`, in the order they were posted (and are cleaned). */
  pending: Map<number, Job>
  /** When it started on its oldest chunk (`performance.now()`). */
  since: number
  /** Why the pool stopped it, when it did. */
  stopped: Error | undefined
}

/**
 * A chunk on its way through the pool.
 */
interface Job {
  chunk: Chunk
  /** Whether it was being cleaned when a worker died (it is then alone). */
  suspect: boolean
  resolve: (done: Done) => undefined
}

/**
 * Start `size` workers.
 *
 * ###### Notes
 * When a worker dies (out of memory, say), a new one takes its place. The
 * chunks it had not started go to the pool again; the one it was cleaning
 * goes again a record at a time, and a record that was being cleaned when a
 * second worker died becomes an error record: the record that kills workers
 * fails, the others are cleaned, and none is dropped. A worker that spends
 * more than `timeout` seconds on one chunk (from when it is ready and done
 * with the chunk before) is stopped, and dies the same way.
 *
 * @param size
 *   Workers.
 * @param options
 *   Options for `cleanRecord()`, cloned into each worker.
 * @param limits
 *   Heap limits of each worker.
 * @param timeout
 *   Seconds a worker may spend on one chunk.
 * @returns
 *   Pool.
 */
function createPool(size: number, options: CleanManyOptions, limits: ResourceLimits, timeout: number): Pool {
  const members: Array<Member> = []
  let seq = 0
  let closing = false
  // Workers that cannot even start would be replaced forever: give up.
  let failedStarts = 0
  let broken: Error | undefined
  const limit = timeout * 1000
  // Look often enough to stop a worker within a quarter of the timeout
  // (and at least once a second); the timer does not keep the process up.
  const watchdog = Number.isFinite(limit) ? setInterval(watch, Math.min(1000, Math.max(1, limit / 4))) : undefined
  watchdog?.unref()

  for (let index = 0; index < size; index++) members.push(start())

  return {run: (chunk) => dispatch(chunk, false), close}

  /**
   * Stop the workers that have been on one chunk for too long.
   */
  function watch(): undefined {
    const now = performance.now()

    for (const member of members) {
      if (!member.ready || member.pending.size === 0 || member.stopped || now - member.since <= limit) continue
      member.stopped = new Error('stopped after ' + timeout + ' s on it (raise `timeout`, `--timeout`)')
      void member.worker.terminate()
    }
  }

  /**
   * Clean a chunk on the least busy worker.
   *
   * @param chunk
   *   Chunk (its `seq` is set here).
   * @param suspect
   *   Whether a worker died cleaning it.
   * @returns
   *   Output.
   */
  function dispatch(chunk: Chunk, suspect: boolean): Promise<Done> {
    const numbered = {...chunk, seq: seq++}
    if (broken) return Promise.resolve(failedChunk(numbered, broken))
    let member = members[0]!
    for (const other of members) if (other.pending.size < member.pending.size) member = other

    return new Promise(function (resolve) {
      // An idle worker starts on it now.
      if (member.pending.size === 0) member.since = performance.now()
      member.pending.set(numbered.seq, {chunk: numbered, suspect, resolve: (done) => void resolve(done)})
      // Copied, not moved: the chunk may have to go again.
      member.worker.postMessage(numbered)
    })
  }

  /**
   * Stop every worker.
   */
  async function close(): Promise<undefined> {
    closing = true
    clearInterval(watchdog)
    await Promise.all(members.map((member) => member.worker.terminate()))
  }

  /**
   * Start a worker.
   *
   * @returns
   *   Member.
   */
  function start(): Member {
    const member: Member = {worker: spawn(options, limits), ready: false, pending: new Map(), since: 0, stopped: undefined}

    member.worker.on('message', function (done: Done | 'ready') {
      // The clock of a chunk starts when the worker can clean it.
      member.since = performance.now()

      if (done === 'ready') {
        member.ready = true
        return
      }

      const job = member.pending.get(done.seq)
      member.pending.delete(done.seq)
      job?.resolve(done)
    })
    member.worker.on('error', (error) => died(member, error))
    member.worker.on('exit', (code) => died(member, member.stopped ?? new Error('worker exited with code ' + code)))
    return member
  }

  /**
   * Replace a dead worker and send its chunks again (see the notes above).
   *
   * @param member
   *   Member.
   * @param error
   *   Why it died.
   */
  function died(member: Member, error: Error): undefined {
    const index = members.indexOf(member)
    if (closing || index === -1) return
    if (!member.ready) failedStarts++
    if (failedStarts > size * 3) broken = error
    if (broken) members.splice(index, 1)
    else members[index] = start()
    // The oldest chunk is the one it was cleaning, once it was ready.
    let first = member.ready

    for (const job of member.pending.values()) {
      const {chunk} = job
      const cleaning = first
      first = false
      if (!cleaning) {
        void dispatch(chunk, job.suspect).then(job.resolve)
      } else if (chunk.numbers.length > 1) {
        void Promise.all(single(chunk).map((one) => dispatch(one, true))).then((dones) => job.resolve(joined(chunk, dones)))
      } else if (job.suspect) {
        job.resolve(failedChunk(chunk, error))
      } else {
        void dispatch(chunk, true).then(job.resolve)
      }
    }

    member.pending.clear()

    // No worker left: what the others had fails too.
    if (broken) {
      for (const other of [...members]) {
        died(other, error)
        void other.worker.terminate()
      }
    }
  }
}

/**
 * Split a chunk into chunks of one record each.
 *
 * @param chunk
 *   Chunk.
 * @returns
 *   Chunks.
 */
function single(chunk: Chunk): Array<Chunk> {
  const chunks: Array<Chunk> = []
  let start = 0

  for (const number of chunk.numbers) {
    const end = chunk.bytes.indexOf(0x0a, start) + 1
    chunks.push({seq: 0, file: chunk.file, numbers: [number], bytes: chunk.bytes.slice(start, end)})
    start = end
  }

  return chunks
}

/**
 * Join the outputs of the chunks a chunk was split into.
 *
 * @param chunk
 *   Chunk.
 * @param dones
 *   Outputs of its records, in order.
 * @returns
 *   Output.
 */
function joined(chunk: Chunk, dones: ReadonlyArray<Done>): Done {
  const output = new Uint8Array(dones.reduce((size, done) => size + done.output.length, 0))
  let offset = 0
  let failed = 0

  for (const done of dones) {
    output.set(done.output, offset)
    offset += done.output.length
    failed += done.failed
  }

  return {seq: chunk.seq, output, count: chunk.numbers.length, failed}
}

/**
 * Error records for every line of a chunk whose worker failed.
 *
 * @param chunk
 *   Chunk.
 * @param error
 *   Why.
 * @returns
 *   Output.
 */
function failedChunk(chunk: Chunk, error: Error): Done {
  let output = ''

  for (const line of chunk.numbers) output += errorLine('Worker failed: ' + error.message, line, chunk.file)
  return {seq: chunk.seq, output: encoder.encode(output), count: chunk.numbers.length, failed: chunk.numbers.length}
}

/**
 * Check the inputs of `cleanJsonl()` and `learnJsonl()`: an array of paths
 * and streams (one path on its own would be read as one file per character).
 *
 * @param inputs
 *   What the caller passed.
 * @throws {TypeError}
 *   When it is not an array of paths and readable streams.
 */
function checkInputs(inputs: unknown): asserts inputs is ReadonlyArray<Input> {
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
 * Check `onProgress`.
 *
 * @param onProgress
 *   What the caller passed.
 * @throws {TypeError}
 *   When it is given and not a function.
 */
function checkProgress(onProgress: unknown): undefined {
  if (onProgress !== undefined && onProgress !== null && typeof onProgress !== 'function') {
    throw new TypeError('Expected `options.onProgress` to be a function, not `' + typeOf(onProgress) + '`')
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
 * Start a worker thread: `worker.js` next to this module (also for the
 * CommonJS build), or from source, `worker.ts` through tsx.
 *
 * @param options
 *   Options for `cleanRecord()`.
 * @param resourceLimits
 *   Heap limits.
 * @returns
 *   Worker.
 */
function spawn(options: CleanManyOptions, resourceLimits: ResourceLimits): Worker {
  const workerData = {options}

  // The worker is started from a line of code that imports its module, not
  // from the file: a worker inherits the process's flags, and one started
  // from a file fails on `--input-type` (`node --input-type=module -e …`),
  // while a list of flags given to it cannot hold V8's own
  // (`--max-old-space-size`). From source, tsx hooks the main thread only: a
  // worker registers them itself.
  const code = import.meta.url.endsWith('.ts')
    ? `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`
    : `import(${JSON.stringify(new URL('./worker.js', import.meta.url).href)})`
  return new Worker(code, {eval: true, workerData, resourceLimits})
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

/**
 * Open an input.
 *
 * @param input
 *   Path, `-` (stdin), or stream.
 * @returns
 *   Stream.
 */
function open(input: Input): Readable {
  if (typeof input !== 'string') return input
  if (input === '-') return process.stdin
  return createReadStream(input, {highWaterMark: 1024 * 1024})
}

/**
 * Name of an input in error records and messages.
 *
 * @param input
 *   Input.
 * @returns
 *   Name.
 */
function nameOf(input: Input): string {
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
function totalSize(inputs: ReadonlyArray<Input>): number | undefined {
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
async function write(stream: Writable, value: Uint8Array): Promise<undefined> {
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
