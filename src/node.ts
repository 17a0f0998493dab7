import {createReadStream, fstatSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Readable, Writable} from 'node:stream'
import {Worker, type ResourceLimits} from 'node:worker_threads'
import {createLearner, type CleanManyOptions, type Profile} from './index.js'
import {isBlank, pack, unpack} from './jsonl.js'
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
   * otherwise grows the heap lazily); a record that needs more fails as an
   * error record, and the worker is replaced.
   *
   * @default 128
   */
  workerHeap?: number | null | undefined
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
 * `"file"` when there are several inputs); blank lines are skipped. An input
 * that cannot be read is reported in `unreadable`; the others are still
 * cleaned.
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
  const {jobs, onProgress, workerHeap, ...settings} = options ?? {}
  const size = jobs ?? availableParallelism()
  if (!Number.isInteger(size) || size < 1) throw new TypeError('Expected `options.jobs` to be a positive integer')
  // A bounded young generation too. Pages make much short-lived garbage:
  // the smaller it is, the more of a page's tree lives through a scavenge
  // and is copied, or promoted and marked later. On three passes of the dev
  // set two workers were 25 % slower at 8 MB than at 24 MB, and about 8 %
  // slower at 24 MB than at 48 MB (V8's own largest default), which costs
  // about 45 MB more RSS with two workers (288 MB on the 1 GB input of
  // `npm run bench:batch`, bar 300); 64 MB cost 90 MB more for little.
  const pool = createPool(size, settings, {maxOldGenerationSizeMb: workerHeap ?? 128, maxYoungGenerationSizeMb: 48})
  const state: Summary = {records: 0, failed: 0, bytes: 0, total: totalSize(inputs), unreadable: []}
  const queue: Array<Promise<Done>> = []

  try {
    for (const input of inputs) {
      const file = inputs.length > 1 ? nameOf(input) : undefined
      await eachChunk(input, state, async function (numbers, bytes) {
        queue.push(pool.run({seq: 0, file, numbers, bytes}))
        while (queue.length >= size * chunksPerWorker) await writeNext()
      })
    }

    while (queue.length > 0) await writeNext()
  } finally {
    await pool.close()
  }

  return state

  /**
   * Wait for the oldest chunk and write it.
   */
  async function writeNext(): Promise<undefined> {
    const done = await queue.shift()!
    state.records += done.count
    state.failed += done.failed
    await write(output, done.output)
    onProgress?.({records: state.records, failed: state.failed, bytes: state.bytes, total: state.total})
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
  const field = options?.field ?? 'text'
  const learner = createLearner({field, site: options?.siteField})
  const state: Summary = {records: 0, failed: 0, bytes: 0, total: totalSize(inputs), unreadable: []}

  for (const input of inputs) {
    await eachChunk(input, state, async function (numbers, bytes) {
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

      options?.onProgress?.({records: state.records, failed: state.failed, bytes: state.bytes, total: state.total})
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
 * @param each
 *   Called with each chunk (see `pack()`), awaited (backpressure).
 */
async function eachChunk(
  input: Input,
  state: Summary,
  each: (numbers: Array<number>, bytes: Uint8Array<ArrayBuffer>) => Promise<undefined>
): Promise<undefined> {
  let numbers: Array<number> = []
  let lines: Array<Uint8Array> = []
  let size = 0
  let number = 0
  // Bytes of a line that goes on in the next read.
  let rest: Array<Uint8Array> = []
  // An error of `each` (such as a closed output) is no read error.
  let failure: {error: unknown} | undefined

  try {
    for await (const data of open(input) as AsyncIterable<Buffer>) {
      state.bytes += data.length
      let start = 0
      let end = data.indexOf(10)

      while (end !== -1) {
        const piece = data.subarray(start, end)
        add(rest.length > 0 ? Buffer.concat([...rest, piece]) : piece)
        rest = []
        start = end + 1
        end = data.indexOf(10, start)
        if (lines.length >= chunkRecords || size >= chunkBytes) await send()
      }

      if (start < data.length) rest.push(data.subarray(start))
    }

    if (rest.length > 0) add(Buffer.concat(rest))
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
   * Hand the lines so far on.
   */
  async function send(): Promise<undefined> {
    const bytes = pack(lines, size)
    const sent = numbers
    numbers = []
    lines = []
    size = 0

    try {
      await each(sent, bytes)
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
  pending: Map<number, {chunk: Chunk; resolve: (done: Done) => undefined}>
}

/**
 * Start `size` workers.
 *
 * ###### Notes
 * When a worker dies (out of memory, say), each chunk it had becomes error
 * records, and a new worker takes its place: no record is dropped.
 *
 * @param size
 *   Workers.
 * @param options
 *   Options for `cleanRecord()`, cloned into each worker.
 * @param limits
 *   Heap limits of each worker.
 * @returns
 *   Pool.
 */
function createPool(size: number, options: CleanManyOptions, limits: ResourceLimits): Pool {
  const members: Array<Member> = []
  let seq = 0
  let closing = false
  // Workers that cannot even start would be replaced forever: give up.
  let deaths = 0
  let broken: Error | undefined

  for (let index = 0; index < size; index++) members.push(start())

  return {run, close}

  /**
   * Clean a chunk.
   *
   * @param chunk
   *   Chunk (its `seq` is set here).
   * @returns
   *   Output.
   */
  function run(chunk: Chunk): Promise<Done> {
    const numbered = {...chunk, seq: seq++}
    if (broken) return Promise.resolve(failedChunk(numbered, broken))
    let member = members[0]!
    for (const other of members) if (other.pending.size < member.pending.size) member = other

    return new Promise(function (resolve) {
      member.pending.set(numbered.seq, {chunk: numbered, resolve: (done) => void resolve(done)})
      member.worker.postMessage(numbered, [numbered.bytes.buffer])
    })
  }

  /**
   * Stop every worker.
   */
  async function close(): Promise<undefined> {
    closing = true
    await Promise.all(members.map((member) => member.worker.terminate()))
  }

  /**
   * Start a worker.
   *
   * @returns
   *   Member.
   */
  function start(): Member {
    const member: Member = {worker: spawn(options, limits), pending: new Map()}

    member.worker.on('message', function (done: Done) {
      const entry = member.pending.get(done.seq)
      member.pending.delete(done.seq)
      entry?.resolve(done)
    })
    member.worker.on('error', (error) => died(member, error))
    member.worker.on('exit', (code) => died(member, new Error('worker exited with code ' + code)))
    return member
  }

  /**
   * Turn the chunks of a dead worker into error records and replace it.
   *
   * @param member
   *   Member.
   * @param error
   *   Why it died.
   */
  function died(member: Member, error: Error): undefined {
    const index = members.indexOf(member)
    if (closing || index === -1) return
    deaths++
    if (deaths > size * 3) broken = error
    if (broken) members.splice(index, 1)
    else members[index] = start()
    for (const {chunk, resolve} of member.pending.values()) resolve(failedChunk(chunk, error))
    member.pending.clear()

    // No worker left: what the others had fails too.
    if (members.length === 0) return
    if (broken) {
      for (const other of [...members]) {
        died(other, error)
        void other.worker.terminate()
      }
    }
  }
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

  for (const line of chunk.numbers) {
    const record = {error: 'Worker failed: ' + error.message, line, ...(chunk.file === undefined ? {} : {file: chunk.file})}
    output += JSON.stringify(record) + '\n'
  }

  return {seq: chunk.seq, output: new TextEncoder().encode(output), count: chunk.numbers.length, failed: chunk.numbers.length}
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

  if (!import.meta.url.endsWith('.ts')) {
    // A worker inherits the process's flags, and one started from a file
    // fails on `--input-type` (as in `node --input-type=module -e …`).
    const execArgv = process.execArgv.filter(function (flag, index, flags) {
      return !flag.startsWith('--input-type=') && flag !== '--input-type' && flags[index - 1] !== '--input-type'
    })
    return new Worker(new URL('./worker.js', import.meta.url), {workerData, resourceLimits, execArgv})
  }

  // tsx hooks the main thread only: a worker registers them itself.
  const url = new URL('./worker.ts', import.meta.url).href
  const code = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(url)}, ${JSON.stringify(import.meta.url)}))`
  return new Worker(code, {eval: true, workerData, resourceLimits})
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
