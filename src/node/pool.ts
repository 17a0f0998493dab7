import {Worker, type ResourceLimits} from 'node:worker_threads'
import type {CleanManyOptions} from '../index.js'
import {errorLine} from './jsonl.js'
import type {Chunk, Done} from './worker.js'

/** Encodes the error records this thread makes. */
const encoder = new TextEncoder()

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
 * A pool of workers that clean chunks.
 *
 * ###### Notes
 * When a worker dies (out of memory, say), a new one takes its place. The
 * chunks it had not started go to the pool again; the one it was cleaning
 * goes again a record at a time, and a record that was being cleaned when a
 * second worker died becomes an error record: the record that kills workers
 * fails, the others are cleaned, and none is dropped. A worker that spends
 * more than `timeout` seconds on one chunk (from when it is ready and done
 * with the chunk before) is stopped, and dies the same way.
 */
export class Pool {
  readonly #members: Array<Member> = []
  readonly #size: number
  readonly #options: CleanManyOptions
  readonly #limits: ResourceLimits
  readonly #timeout: number
  readonly #watchdog: ReturnType<typeof setInterval> | undefined
  #seq = 0
  #closing = false
  /** Workers that cannot even start would be replaced forever: give up. */
  #failedStarts = 0
  #broken: Error | undefined

  /**
   * Start `size` workers.
   *
   * @param size
   *   Workers.
   * @param options
   *   Options for `cleanRecord()`, cloned into each worker.
   * @param limits
   *   Heap limits of each worker.
   * @param timeout
   *   Seconds a worker may spend on one chunk.
   */
  constructor(size: number, options: CleanManyOptions, limits: ResourceLimits, timeout: number) {
    this.#size = size
    this.#options = options
    this.#limits = limits
    this.#timeout = timeout
    const limit = timeout * 1000
    // Look often enough to stop a worker within a quarter of the timeout
    // (and at least once a second); the timer does not keep the process up.
    this.#watchdog = Number.isFinite(limit) ? setInterval(() => this.#watch(), Math.min(1000, Math.max(1, limit / 4))) : undefined
    this.#watchdog?.unref()
    for (let index = 0; index < size; index++) this.#members.push(this.#start())
  }

  /**
   * Clean a chunk on the least busy worker.
   *
   * @param chunk
   *   Chunk.
   * @returns
   *   Output.
   */
  run(chunk: Chunk): Promise<Done> {
    return this.#dispatch(chunk, false)
  }

  /**
   * Stop every worker.
   */
  async close(): Promise<undefined> {
    this.#closing = true
    clearInterval(this.#watchdog)
    await Promise.all(this.#members.map((member) => member.worker.terminate()))
  }

  /**
   * Stop the workers that have been on one chunk for too long.
   */
  #watch(): undefined {
    const now = performance.now()

    for (const member of this.#members) {
      if (!member.ready || member.pending.size === 0 || member.stopped || now - member.since <= this.#timeout * 1000) continue
      member.stopped = new Error('stopped after ' + this.#timeout + ' s on it (raise `timeout`, `--timeout`)')
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
  #dispatch(chunk: Chunk, suspect: boolean): Promise<Done> {
    const numbered = {...chunk, seq: this.#seq++}
    if (this.#broken) return Promise.resolve(failedChunk(numbered, this.#broken))
    let member = this.#members[0]!
    for (const other of this.#members) if (other.pending.size < member.pending.size) member = other

    return new Promise(function (resolve) {
      // An idle worker starts on it now.
      if (member.pending.size === 0) member.since = performance.now()
      member.pending.set(numbered.seq, {chunk: numbered, suspect, resolve: (done) => void resolve(done)})
      // Copied, not moved: the chunk may have to go again.
      member.worker.postMessage(numbered)
    })
  }

  /**
   * Start a worker.
   *
   * @returns
   *   Member.
   */
  #start(): Member {
    const member: Member = {worker: spawn(this.#options, this.#limits), ready: false, pending: new Map(), since: 0, stopped: undefined}

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
    member.worker.on('error', (error) => this.#died(member, error))
    member.worker.on('exit', (code) => this.#died(member, member.stopped ?? new Error('worker exited with code ' + code)))
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
  #died(member: Member, error: Error): undefined {
    const members = this.#members
    const index = members.indexOf(member)
    if (this.#closing || index === -1) return
    if (!member.ready) this.#failedStarts++
    if (this.#failedStarts > this.#size * 3) this.#broken = error
    if (this.#broken) members.splice(index, 1)
    else members[index] = this.#start()
    // The oldest chunk is the one it was cleaning, once it was ready.
    let cleaning = member.ready

    for (const job of member.pending.values()) {
      this.#again(job, cleaning, error)
      cleaning = false
    }

    member.pending.clear()

    // No worker left: what the others had fails too.
    if (this.#broken) {
      for (const other of [...members]) {
        this.#died(other, error)
        void other.worker.terminate()
      }
    }
  }

  /**
   * Send a chunk of a dead worker again.
   *
   * @param job
   *   Chunk and where its output goes.
   * @param cleaning
   *   Whether the worker was cleaning it when it died.
   * @param error
   *   Why the worker died.
   */
  #again(job: Job, cleaning: boolean, error: Error): undefined {
    const {chunk} = job

    if (!cleaning) {
      void this.#dispatch(chunk, job.suspect).then(job.resolve)
    } else if (chunk.numbers.length > 1) {
      void Promise.all(single(chunk).map((one) => this.#dispatch(one, true))).then((dones) => job.resolve(joined(chunk, dones)))
    } else if (job.suspect) {
      job.resolve(failedChunk(chunk, error))
    } else {
      void this.#dispatch(chunk, true).then(job.resolve)
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
  // worker registers them itself. Built, this module is part of
  // `dist/node.js` (or `dist/node.cjs`), next to `dist/worker.js`.
  const code = import.meta.url.endsWith('.ts')
    ? `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`
    : `import(${JSON.stringify(new URL('./worker.js', import.meta.url).href)})`
  return new Worker(code, {eval: true, workerData, resourceLimits})
}
