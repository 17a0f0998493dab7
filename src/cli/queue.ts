import {createWriteStream} from 'node:fs'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import type {ParseArgsConfig} from 'node:util'
import {badSwitch, cause, cleanSwitches, modeAliases, parseSwitches, settingsFrom, shown, usage} from './util.js'
import type {Progress} from '../node/index.js'
import {progressBar} from './progress.js'

const connection: NonNullable<ParseArgsConfig['options']> = {
  help: {type: 'boolean', short: 'h'},
  queue: {type: 'string'},
  redis: {type: 'string'}
}

const switches: Record<Verb, NonNullable<ParseArgsConfig['options']>> = {
  add: {...connection, 'max-record-bytes': {type: 'string'}},
  work: {
    ...connection,
    ...cleanSwitches,
    concurrency: {type: 'string'},
    drain: {type: 'boolean'},
    field: {type: 'string'},
    'id-field': {type: 'string', multiple: true},
    'lock-duration': {type: 'string'},
    'no-stripped': {type: 'boolean'},
    'page-field': {type: 'string'},
    'site-field': {type: 'string'}
  },
  results: {...connection, output: {type: 'string', short: 'o'}, timeout: {type: 'string'}, wait: {type: 'boolean'}}
}

const help = `Usage: deboiler queue add --redis URL --queue NAME [file.jsonl...]
       deboiler queue work --redis URL --queue NAME [--concurrency N] [--drain] [options]
       deboiler queue results --redis URL --queue NAME [--wait] [--timeout S]

Clean JSON Lines records as jobs of a BullMQ queue on Redis, with workers on
any number of machines (needs the packages bullmq and ioredis). A worker
that dies leaves its jobs to the others: nothing is lost.

add: one job per JSON Lines record of the files (stdin when none is given or
for \`-\`; gzip is unpacked). The job id is the record's "id", else FILE:LINE;
a record whose id the queue has is not added again. Prints how many were
added.

work: clean jobs until SIGINT or SIGTERM (then finish the jobs in hand and
exit 0), or with --drain until the queue is empty. Run one per core, on as
many machines as you like, with the same options.

results: print the results as JSON Lines in the order the records were
added (as \`deboiler batch\` prints them: the cleaned record, or an error
record with "error" and "line"); records not cleaned yet are left out.

Options:
  --redis <url>        Redis: redis://[user:password@]host[:port][/db] or
                       rediss:// (default: redis://127.0.0.1:6379)
  --queue <name>       name of the queue (required)
  --max-record-bytes <n>
                       longest line added as a job (add; default: 4194304);
                       a longer one becomes an error record in the results
  --concurrency <n>    jobs in hand at once, fetched while one is cleaned
                       (work; default: 8)
  --drain              stop when the queue is empty (work)
  --lock-duration <s>  seconds before the jobs of a worker that died go back
                       to the queue (work; default: 30)
  --field, --site-field, --id-field, --page-field, --no-stripped,
  --mode, --precision, --recall, --format, --no-<category>
                       as for \`deboiler batch\` (work)
  --wait               first wait until every record is cleaned (results)
  --timeout <s>        give up waiting after this many seconds (results)
  -o, --output <file>  write to this file instead of stdout (results)
  -h, --help           print this help and exit

Exit status: 0 on success; 1 when Redis cannot be reached, the queue has no
records (results), records are not cleaned yet (results without --wait) or
a record failed (results); 2 on a usage error.
`

/**
 * A verb of `deboiler queue`.
 */
type Verb = 'add' | 'results' | 'work'

/**
 * Run `deboiler queue <verb>`.
 *
 * @param args
 *   Arguments after `queue`.
 */
export async function queueCommand(args: Array<string>): Promise<undefined> {
  const verb = args[0]
  if (verb === undefined || verb === '-h' || verb === '--help') return void process.stdout.write(help)
  if (verb !== 'add' && verb !== 'work' && verb !== 'results') {
    return usage('unknown command `queue ' + verb + '`: expected `queue add`, `queue work` or `queue results`')
  }

  const parsed = parseSwitches(args.slice(1), switches[verb])
  if (!parsed) return undefined
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(help)
  if (typeof values.queue !== 'string') return usage('`queue ' + verb + '` needs `--queue <name>`')
  const bad = badSwitch({queue: values.queue, redis: values.redis}, values)
  if (bad !== undefined) return usage(bad)
  if (verb !== 'add' && positionals.length > 0) return usage('`queue ' + verb + '` takes no files, not ' + shown(positionals[0]!))

  const queue = await import('../queue/index.js')
  const common = {redis: values.redis as string | undefined, queue: values.queue, onError: reportOnce()}

  try {
    if (verb === 'add') await add(queue, positionals, values, common)
    else if (verb === 'work') await work(queue, values, common)
    else await results(queue, values, common)
  } catch (error) {
    // A bad option is a usage error; Redis away, an empty queue, a timeout
    // are errors of the run. Never a stack trace.
    if (error instanceof TypeError) return usage(error.message)
    process.stderr.write('deboiler: ' + cause(error) + '\n')
    process.exitCode = 1
  }

  return undefined
}

/**
 * The queue module.
 */
type Module = typeof import('../queue/index.js')

/**
 * Options every verb passes.
 */
interface Common {
  redis: string | undefined
  queue: string
  onError: (error: Error) => undefined
}

/**
 * `deboiler queue add`.
 *
 * @param queue
 *   Queue module.
 * @param files
 *   Files.
 * @param values
 *   Switches.
 * @param common
 *   Connection.
 */
async function add(queue: Module, files: Array<string>, values: Record<string, unknown>, common: Common): Promise<undefined> {
  const maxRecordBytes = number(values['max-record-bytes'])
  const problem = badSwitch({maxRecordBytes}, values)
  if (problem !== undefined) return usage(problem)
  const bar = process.stderr.isTTY ? progressBar(process.stderr, 'added') : undefined
  const summary = await queue.addJsonl(files.length === 0 ? ['-'] : files, {
    ...common,
    maxRecordBytes,
    onProgress: bar && ((progress) => bar.update(progress))
  })
  bar?.done()

  for (const {input, error} of summary.unreadable) {
    process.stderr.write('deboiler: cannot read ' + shown(input) + ': ' + cause(error) + '\n')
    process.exitCode = 1
  }

  process.stdout.write(
    'added ' +
      summary.added +
      (summary.added === 1 ? ' record' : ' records') +
      ' to queue ' +
      common.queue +
      (summary.duplicates > 0 ? ' (' + summary.duplicates + ' already there, not added again)' : '') +
      '\n'
  )
}

/**
 * `deboiler queue work`.
 *
 * @param queue
 *   Queue module.
 * @param values
 *   Switches.
 * @param common
 *   Connection.
 */
async function work(queue: Module, values: Record<string, unknown>, common: Common): Promise<undefined> {
  const numbers = {concurrency: number(values.concurrency), lockDuration: number(values['lock-duration'])}
  const problem = modeAliases(values) ?? badSwitch({...numbers, mode: values.mode, format: values.format}, values)
  if (problem !== undefined) return usage(problem)

  // The first signal finishes the jobs in hand; a second one stops at once.
  const controller = new AbortController()
  const stop = (): undefined => {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
  }

  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const bar = process.stderr.isTTY ? progressBar(process.stderr, 'cleaned') : undefined

  try {
    const summary = await queue.work({
      ...common,
      ...settingsFrom(values),
      ...numbers,
      drain: values.drain === true,
      field: values.field as string | undefined,
      siteField: values['site-field'] as string | undefined,
      idFields: values['id-field'] as Array<string> | undefined,
      pageField: values['page-field'] as string | undefined,
      stripped: !values['no-stripped'],
      signal: controller.signal,
      onProgress: bar && ((progress: Progress) => bar.update(progress))
    })
    bar?.done()
    if (summary.records === 0 && values.drain) {
      process.stderr.write('deboiler: queue ' + common.queue + ' had no records to clean (add them with `deboiler queue add`)\n')
    }
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

/**
 * `deboiler queue results`.
 *
 * @param queue
 *   Queue module.
 * @param values
 *   Switches.
 * @param common
 *   Connection.
 */
async function results(queue: Module, values: Record<string, unknown>, common: Common): Promise<undefined> {
  const timeout = number(values.timeout)
  const problem = badSwitch({timeout}, values)
  if (problem !== undefined) return usage(problem)
  if (timeout !== undefined && !values.wait) return usage('`--timeout` is how long `--wait` waits: give `--wait` too')

  const file = values.output as string | undefined
  const stream: Writable = file === undefined || file === '-' ? process.stdout : createWriteStream(file)
  const bar = values.wait && process.stderr.isTTY ? progressBar(process.stderr, 'done', false) : undefined
  let summary

  try {
    summary = await queue.writeResults(stream, {
      ...common,
      wait: values.wait === true,
      timeout,
      onProgress: bar && ((progress) => bar.update(progress))
    })
  } finally {
    bar?.done()
    if (stream !== process.stdout) {
      stream.end()
      await finished(stream)
    }
  }

  if (summary.pending > 0) {
    process.stderr.write(
      'deboiler: ' + summary.pending + ' of ' + (summary.records + summary.pending) + ' records not cleaned yet, left out (`--wait` waits for them)\n'
    )
    process.exitCode = 1
  }

  if (summary.failed > 0) {
    process.stderr.write(
      'deboiler: ' + summary.failed + ' of ' + summary.records + ' records failed: their lines hold "error" (and "line", "file")\n'
    )
    process.exitCode = 1
  }
}

/**
 * A number switch.
 *
 * @param value
 *   Value as given.
 * @returns
 *   Number (`NaN` for junk, which the option check names), or `undefined`.
 */
function number(value: unknown): number | undefined {
  return typeof value === 'string' ? Number(value) : undefined
}

/**
 * Report connection errors on stderr, each message once (BullMQ retries, and
 * says so each time).
 *
 * @returns
 *   Handler.
 */
function reportOnce(): (error: Error) => undefined {
  const seen = new Set<string>()
  return function (error) {
    const message = cause(error)
    if (seen.has(message)) return
    seen.add(message)
    process.stderr.write('deboiler: Redis: ' + message + ' (retrying)\n')
  }
}
