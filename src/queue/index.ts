/**
 * `deboiler/queue`: clean JSON Lines records as jobs of a BullMQ queue on
 * Redis, with workers on any number of machines (Node only; `bullmq` and
 * `ioredis` are optional peer dependencies, loaded when first used).
 *
 * Records go in with `addJsonl()`, one job each, their ids kept in the order
 * they were added; `work()` cleans jobs (any number of workers, anywhere);
 * `writeResults()` writes the results in the order the records were added.
 * A job’s result is the line `deboiler batch` writes for its record: the
 * cleaned record, or an error record that keeps the record’s `id` and `url`.
 */

import type {Writable} from 'node:stream'
import type {Job, Queue, RedisOptions, Worker} from 'bullmq'
import type {Redis} from 'ioredis'
import type {CleanManyOptions} from '../index.js'
import {addKeys, checkOptions, resultsKeys, workKeys, type OptionKey} from '../options.js'
import {checkInputs, checkOutput, nameOf, totalSize, write} from '../node/files.js'
import {errorLine, unpack} from '../node/jsonl.js'
import {cleanLine} from '../node/line.js'
import {eachChunk} from '../node/reader.js'
import type {Input, Progress, Summary} from '../node/types.js'
import {connect, packages, QueueError, redisOptions, shownUrl, type Packages} from './redis.js'

export {QueueError} from './redis.js'
export type {Input, Progress} from '../node/types.js'

/**
 * Options of every function of `deboiler/queue`.
 */
export interface QueueOptions {
  /**
   * Redis URL: `redis://[user:password@]host[:port][/db]`, or `rediss://`.
   *
   * @default 'redis://127.0.0.1:6379'
   */
  redis?: string | null | undefined
  /** Name of the queue (required; no `:`). */
  queue: string
  /** Called as work goes on (records done, failed, bytes). */
  onProgress?: ((progress: Progress) => undefined) | null | undefined
  /**
   * Called with each error of a connection that BullMQ recovers from (Redis
   * restarted, a network blip); default: none.
   */
  onError?: ((error: Error) => undefined) | null | undefined
}

/**
 * Configuration for `addJsonl()`.
 */
export interface AddOptions extends QueueOptions {
  /**
   * Bytes of the longest line added as a job; a longer line becomes an error
   * record (in its place in the results) without reaching Redis.
   *
   * @default 4194304 (4 MB, what a batch worker cleans with its default heap)
   */
  maxRecordBytes?: number | null | undefined
}

/**
 * Result of `addJsonl()`.
 */
export interface AddSummary extends Summary {
  /** Jobs added (records whose id was new to the queue). */
  added: number
  /** Records whose id the queue had already: not added again. */
  duplicates: number
}

/**
 * Configuration for `work()`: those of `cleanRecord()` (mode, rules, format,
 * profile, …), plus how to work the queue.
 */
export interface WorkOptions extends QueueOptions, CleanManyOptions {
  /**
   * Jobs in hand at once (BullMQ’s `concurrency`): while one record is
   * cleaned, the next ones are fetched. Cleaning uses one thread: run one
   * worker per core.
   *
   * @default 8
   */
  concurrency?: number | null | undefined
  /**
   * Stop when the queue is empty (nothing waiting, and nothing in the hands
   * of any worker), instead of waiting for more.
   *
   * @default false
   */
  drain?: boolean | null | undefined
  /**
   * Seconds a job’s lock lasts unless its worker renews it (BullMQ’s
   * `lockDuration`, also the interval of the stalled-job check): the jobs of
   * a worker that died go back to the queue within about twice this.
   *
   * @default 30
   */
  lockDuration?: number | null | undefined
  /** Stops the worker: it finishes the jobs in hand, then `work()` returns. */
  signal?: AbortSignal | null | undefined
}

/**
 * Result of `work()`.
 */
export interface WorkSummary {
  /** Records this worker cleaned (cleaned or failed). */
  records: number
  /** Error records among them. */
  failed: number
}

/**
 * Configuration for `writeResults()`.
 */
export interface ResultsOptions extends QueueOptions {
  /**
   * First wait until every record added has been cleaned.
   *
   * @default false
   */
  wait?: boolean | null | undefined
  /** Seconds to wait at most (with `wait`; default: no limit). */
  timeout?: number | null | undefined
}

/**
 * Result of `writeResults()`.
 */
export interface ResultsSummary {
  /** Lines written. */
  records: number
  /** Error records among them. */
  failed: number
  /** Records not cleaned yet, so not written. */
  pending: number
}

/**
 * What a job holds: a line of JSONL, or why it was not added.
 */
interface JobData {
  /** The line (absent when `error` is set). */
  line?: string
  /** Why the line was not added (too large). */
  error?: string
  /** Line number in its input (1-indexed). */
  number: number
  /** Input name, for error records, when several inputs were added at once. */
  file?: string | undefined
}

/**
 * What a job returns: the output line (without its line feed).
 */
interface JobResult {
  line: string
  failed: boolean
}

/** Name of every job. */
const jobName = 'clean'
/** Prefix of BullMQ’s keys (its default). */
const prefix = 'bull'
/** Default Redis. */
const defaultRedis = 'redis://127.0.0.1:6379'
/** Ids asked of Redis at once when reading results. */
const window = 500

/**
 * Adds ids that are new to the set of ids (`KEYS[1]`) to the list of ids
 * in order (`KEYS[2]`), at once: two `add`s of the same records never list
 * one twice. Returns the (1-based) places in `ARGV` of the new ones.
 */
const addScript = `local added = {}
for index, id in ipairs(ARGV) do
  if redis.call('SADD', KEYS[1], id) == 1 then
    redis.call('RPUSH', KEYS[2], id)
    added[#added + 1] = index
  end
end
return added`

/**
 * Add JSON Lines records to a queue, one job per non-blank line.
 *
 * ###### Notes
 * A job’s id is the record’s `id` (a string or number) when it has one, else
 * `FILE:LINE` (`stdin:LINE` for standard input), written as BullMQ allows
 * (see `jobId()`). A record whose id the queue has already is not added
 * again (counted in `duplicates`): adding the same file twice cleans it
 * once. The lines are added as they are: a line that is not JSON becomes an
 * error record when a worker cleans it, in its place in the results. Gzip
 * inputs are unpacked.
 *
 * @param inputs
 *   Paths (`-` for stdin) or streams.
 * @param options
 *   Queue and Redis.
 * @returns
 *   Counts.
 * @throws {QueueError}
 *   When Redis cannot be reached or BullMQ is not installed.
 */
export async function addJsonl(inputs: ReadonlyArray<Input>, options: Readonly<AddOptions>): Promise<AddSummary> {
  checkInputs(inputs)
  const settings = queueSettings(options, addKeys)
  const largest = options.maxRecordBytes ?? 4 * 2 ** 20
  const open = await openQueue(settings)
  const summary: AddSummary = {records: 0, failed: 0, bytes: 0, total: totalSize(inputs), unreadable: [], added: 0, duplicates: 0}

  try {
    for (const input of inputs) {
      const name = nameOf(input)
      const key = name === '-' ? 'stdin' : name
      const file = inputs.length > 1 ? name : undefined

      await eachChunk(
        input,
        summary,
        largest,
        async function (numbers, bytes) {
          const lines = unpack(bytes, numbers)
          await addJobs(
            open,
            lines.map((line, index) => ({id: jobId(recordId(line) ?? key + ':' + numbers[index]), data: {line, number: numbers[index]!, file}})),
            summary
          )
        },
        async function (number, bytes) {
          const error = 'Record too large: ' + bytes + ' bytes, over the ' + largest + ' of `maxRecordBytes` (`--max-record-bytes`)'
          summary.failed++
          await addJobs(open, [{id: jobId(key + ':' + number), data: {error, number, file}}], summary)
        }
      )
    }
  } finally {
    await open.close()
  }

  return summary
}

/**
 * Clean jobs of a queue until stopped (`signal`), or with `drain` until the
 * queue is empty.
 *
 * ###### Notes
 * Any number of workers may work one queue, on any machines; each job is
 * cleaned by one. A worker that dies (killed, its machine lost) holds jobs
 * whose locks it no longer renews: BullMQ’s stalled-job check, run by every
 * worker, puts them back in the queue after `lockDuration`, and another
 * worker cleans them. The options of `cleanRecord()` are those of this
 * worker: give every worker of a queue the same ones. Plugins work (the
 * record is cleaned in this thread).
 *
 * @param options
 *   Queue, Redis, and options of `cleanRecord()`.
 * @returns
 *   Counts of this worker.
 * @throws {QueueError}
 *   When Redis cannot be reached or BullMQ is not installed.
 */
export async function work(options: Readonly<WorkOptions>): Promise<WorkSummary> {
  const settings = queueSettings(options, workKeys)
  const {redis, queue: name, onProgress, onError, concurrency, drain, lockDuration, signal, ...clean} = options
  const open = await openQueue(settings)
  const summary: WorkSummary = {records: 0, failed: 0}
  const progress: Progress = {records: 0, failed: 0, bytes: 0, total: undefined}
  const lock = (lockDuration ?? 30) * 1000

  const worker = new open.packages.bullmq.Worker<JobData, JobResult>(
    name,
    async function (job) {
      const {line, error, number, file} = job.data
      const done = line === undefined ? {output: errorLine(error ?? 'No line', number, file), failed: true} : cleanLine(line, number, file, clean)
      summary.records++
      progress.records++
      progress.bytes += line?.length ?? 0
      if (done.failed) {
        summary.failed++
        progress.failed++
      }

      onProgress?.({...progress})
      return {line: done.output.slice(0, -1), failed: done.failed}
    },
    {
      connection: settings.connection,
      prefix,
      concurrency: concurrency ?? 8,
      lockDuration: lock,
      stalledInterval: lock,
      autorun: false
    }
  )
  worker.on('error', (error) => onError?.(error))

  try {
    // Ready before running, so that a worker that cannot connect fails here.
    await worker.waitUntilReady()
    const running = worker.run()
    await stopped(worker, open.queue, drain ?? false, signal ?? undefined)
    await running
  } finally {
    await worker.close()
    await open.close()
  }

  return summary
}

/**
 * Write the results of a queue as JSON Lines, in the order the records were
 * added.
 *
 * ###### Notes
 * Each line is the line `deboiler batch` writes for the record: the cleaned
 * record, or an error record (`{"error": …, "line": N}`, with `file` when
 * several inputs were added at once, and the record’s `id` and `url`).
 * Records not cleaned yet are not written (`pending`); with `wait`, this
 * first waits until every record is done.
 *
 * @param output
 *   Where the JSON Lines go.
 * @param options
 *   Queue, Redis, whether to wait.
 * @returns
 *   Counts.
 * @throws {QueueError}
 *   When Redis cannot be reached, the queue has no records, or `timeout`
 *   passes first.
 */
export async function writeResults(output: Writable, options: Readonly<ResultsOptions>): Promise<ResultsSummary> {
  checkOutput(output)
  const settings = queueSettings(options, resultsKeys)
  const open = await openQueue(settings)
  const summary: ResultsSummary = {records: 0, failed: 0, pending: 0}

  try {
    const total = await open.client.llen(open.orderKey)
    if (total === 0) {
      throw new QueueError('Queue `' + options.queue + '` at ' + shownUrl(settings.url) + ' has no records: add them with `deboiler queue add`')
    }

    if (options.wait) await waitFor(open.queue, total, options.timeout ?? undefined, options.onProgress ?? undefined)
    const encoder = new TextEncoder()

    for (let start = 0; start < total; start += window) {
      const ids = await open.client.lrange(open.orderKey, start, start + window - 1)
      const jobs = await Promise.all(ids.map(async (id) => open.packages.bullmq.Job.fromId(open.queue, id) as Promise<Job<JobData, JobResult> | undefined>))
      let lines = ''

      for (const [index, job] of jobs.entries()) {
        const line = resultLine(ids[index]!, job)
        if (line === undefined) {
          summary.pending++
          continue
        }

        lines += line.line + '\n'
        summary.records++
        if (line.failed) summary.failed++
      }

      await write(output, encoder.encode(lines))
    }
  } finally {
    await open.close()
  }

  return summary
}

/**
 * Write a record’s key as a BullMQ job id: BullMQ refuses ids with `:` and
 * ids that are integers, so `%` is written `%25` and `:` `%3A`, and an id
 * that reads as an integer (or starts with `#`) gets a `#` before it.
 *
 * @param key
 *   Key: the record’s id, or `FILE:LINE`.
 * @returns
 *   Job id.
 */
export function jobId(key: string): string {
  const id = key.replaceAll('%', '%25').replaceAll(':', '%3A')
  return id.startsWith('#') || String(Number.parseInt(id, 10)) === id ? '#' + id : id
}

/**
 * A queue opened for one call.
 */
interface Open {
  packages: Packages
  queue: Queue
  /** Our own connection, for the set and list of ids. */
  client: Redis
  idsKey: string
  orderKey: string
  close(): Promise<undefined>
}

/**
 * Checked settings of a call.
 */
interface Settings {
  url: string
  name: string
  connection: RedisOptions
  onError: ((error: Error) => undefined) | undefined
}

/**
 * Check the options of a call.
 *
 * @param options
 *   Options.
 * @param keys
 *   Keys the call takes.
 * @returns
 *   Settings.
 * @throws {TypeError}
 *   When an option is bad or `queue` is missing.
 * @throws {QueueError}
 *   When `redis` is no Redis URL.
 */
function queueSettings(options: Readonly<QueueOptions>, keys: ReadonlyArray<OptionKey>): Settings {
  if (typeof options !== 'object' || options === null || options.queue === undefined || options.queue === null) {
    throw new TypeError('Expected `options.queue`, the name of the queue')
  }

  checkOptions(options, keys)
  const url = options.redis ?? defaultRedis
  // BullMQ’s blocking connections must retry forever.
  return {url, name: options.queue, connection: {...redisOptions(url), maxRetriesPerRequest: null}, onError: options.onError ?? undefined}
}

/**
 * Connect (failing fast when Redis is not there) and open the queue.
 *
 * @param settings
 *   Settings.
 * @returns
 *   Open queue.
 */
async function openQueue(settings: Settings): Promise<Open> {
  const loaded = await packages()
  const client = await connect(loaded.Redis, settings.url, settings.connection)
  const queue: Queue = new loaded.bullmq.Queue(settings.name, {connection: settings.connection, prefix})
  queue.on('error', (error) => settings.onError?.(error))
  const base = prefix + ':' + settings.name + ':deboiler:'

  return {
    packages: loaded,
    queue,
    client,
    idsKey: base + 'ids',
    orderKey: base + 'order',
    async close() {
      await queue.close()
      client.disconnect()
      return undefined
    }
  }
}

/**
 * Add jobs whose ids are new, and list their ids in order.
 *
 * @param open
 *   Open queue.
 * @param jobs
 *   Ids and data, in order.
 * @param summary
 *   Counts (changed).
 */
async function addJobs(open: Open, jobs: ReadonlyArray<{id: string; data: JobData}>, summary: AddSummary): Promise<undefined> {
  // BullMQ never adds a job whose id it has (so a record is never cleaned
  // twice); the script lists an id once. Jobs first: a crash in between
  // leaves a job that the next `add` lists, never a listed id without a job.
  await (open.queue as Queue<JobData>).addBulk(jobs.map(({id, data}) => ({name: jobName, data, opts: {jobId: id}})))
  const added = (await open.client.eval(addScript, 2, open.idsKey, open.orderKey, ...jobs.map((job) => job.id))) as Array<number>
  summary.records += jobs.length
  summary.added += added.length
  summary.duplicates += jobs.length - added.length
}

/**
 * The `id` of a record, when the line is a JSON object with a string or
 * finite number there.
 *
 * @param line
 *   Line.
 * @returns
 *   Id, or `undefined`.
 */
function recordId(line: string): string | undefined {
  // Only a line that mentions the field is parsed.
  if (!line.includes('"id"')) return undefined
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    return undefined
  }

  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, 'id')) return undefined
  const id = (record as {id: unknown}).id
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : undefined
}

/**
 * Wait until the queue is empty or the signal stops the worker, then close
 * it (it finishes the jobs in hand).
 *
 * @param worker
 *   Worker.
 * @param queue
 *   Queue.
 * @param drain
 *   Whether an empty queue stops it.
 * @param signal
 *   Signal.
 */
async function stopped(
  worker: Worker<JobData, JobResult>,
  queue: Queue,
  drain: boolean,
  signal: AbortSignal | undefined
): Promise<undefined> {
  await new Promise<undefined>(function (resolve, reject) {
    let checking = false
    const timer = drain ? setInterval(check, 250) : undefined
    if (signal?.aborted) return stop()
    signal?.addEventListener('abort', stop, {once: true})
    if (drain) worker.on('drained', check)

    async function check(): Promise<undefined> {
      if (checking) return
      checking = true
      try {
        // Empty means nothing waiting and nothing in any worker’s hands: the
        // jobs of a worker that died are active until the stalled check
        // puts them back, so this worker stays to clean them.
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children')
        if (Object.values(counts).every((count) => count === 0)) stop()
      } catch (error) {
        // Redis away for a moment: BullMQ reconnects; check again later.
        void error
      } finally {
        checking = false
      }
    }

    function stop(): undefined {
      clearInterval(timer)
      signal?.removeEventListener('abort', stop)
      worker.close().then(() => resolve(undefined), reject)
    }
  })
}

/**
 * Wait until every record added is done (completed or failed).
 *
 * @param queue
 *   Queue.
 * @param total
 *   Records added.
 * @param timeout
 *   Seconds to wait at most.
 * @param onProgress
 *   Called with the records done.
 * @throws {QueueError}
 *   When `timeout` passes first.
 */
async function waitFor(
  queue: Queue,
  total: number,
  timeout: number | undefined,
  onProgress: ((progress: Progress) => undefined) | undefined
): Promise<undefined> {
  const end = timeout === undefined ? Infinity : Date.now() + timeout * 1000

  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed')
    const done = (counts.completed ?? 0) + (counts.failed ?? 0)
    onProgress?.({records: done, failed: counts.failed ?? 0, bytes: 0, total: undefined})
    if (done >= total) return undefined
    if (Date.now() >= end) {
      throw new QueueError('Timed out after ' + timeout + ' s: ' + done + ' of ' + total + ' records cleaned (are workers running? `deboiler queue work`)')
    }

    await new Promise((resolve) => setTimeout(resolve, Math.min(250, Math.max(end - Date.now(), 0))))
  }
}

/**
 * The output line of a job.
 *
 * @param id
 *   Job id.
 * @param job
 *   Job, or `undefined` when it is gone.
 * @returns
 *   Line and whether it is an error record, or `undefined` when the job is
 *   not done.
 */
function resultLine(id: string, job: Job<JobData, JobResult> | undefined): JobResult | undefined {
  if (!job) {
    return {line: JSON.stringify({error: 'Job `' + id + '` is gone from the queue (removed outside deboiler)'}), failed: true}
  }

  if (job.finishedOn === undefined) return undefined
  if (job.failedReason !== undefined && job.failedReason !== null && job.returnvalue === null) {
    return {line: errorLine(job.failedReason, job.data.number, job.data.file).slice(0, -1), failed: true}
  }

  return job.returnvalue
}
