import {spawn} from 'node:child_process'
import {readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {Job, Queue} from 'bullmq'
import {cleanRecord} from '../src/index.js'
import {addJsonl, jobId, QueueError, work, writeResults} from '../src/queue/index.js'
import {run, scratchFolder, type Run} from './util/cli.js'
import {freePort, hasRedis, startRedis, type RedisServer} from './util/redis.js'

// Against a real `redis-server` (Debian's package), started on a free
// loopback port with persistence off. Every CLI run starts Node and tsx.
jest.setTimeout(240_000)

if (!hasRedis) {
  process.stderr.write('test/queue.test.ts: skipped, no `redis-server` (install it: `apt-get install redis-server`, as .ci/run does)\n')
}

const describeRedis = hasRedis ? describe : describe.skip
const root = path.join(__dirname, '..')
const cli = path.join(root, 'src', 'cli', 'index.ts')
const {folder, file} = scratchFolder('deboiler-queue-')

/** 800 dev records (795 of `dev/cases.jsonl`, 5 of `fundus/dev.jsonl`) as scrapers save them. */
function devRecords(): Array<Record<string, unknown>> {
  const read = (name: string) =>
    readFileSync(path.join(root, '..', 'shared', 'bench', name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as {id: string; url: string; input: string})
  const cases = [...read('dev/cases.jsonl'), ...read('fundus/dev.jsonl')].slice(0, 800)
  return cases.map((item) => ({id: item.id, url: item.url, text: item.input}))
}

let redis: RedisServer
let queues = 0

/** A queue name of its own for each test. */
function queueName(): string {
  return 'test-' + ++queues
}

/** Start the CLI as a process of its own (to kill it). */
function start(args: Array<string>): {child: ReturnType<typeof spawn>; done: Promise<Run>} {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {cwd: root})
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const done = new Promise<Run>(function (resolve, reject) {
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
  child.stdin.end()
  return {child, done}
}

/** Lines of JSONL as records. */
function parse(output: string): Array<Record<string, unknown>> {
  return output
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** Collect what is written to a stream. */
function sink(): {stream: PassThrough; text: () => string} {
  const stream = new PassThrough()
  let text = ''
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
  return {stream, text: () => text}
}

describeRedis('deboiler queue (BullMQ on a real redis-server)', function () {
  const records = devRecords()
  const dev = file('dev.jsonl', records.map((record) => JSON.stringify(record)).join('\n') + '\n')
  let cleaned: Array<unknown> | undefined
  /** The records as `cleanRecord()` cleans them in this process (once). */
  const expected = (): Array<unknown> => (cleaned ??= records.map((record) => cleanRecord(record).record))

  beforeAll(async function () {
    redis = await startRedis()
  })

  afterAll(async function () {
    await redis?.stop()
    rmSync(folder, {recursive: true, force: true})
  })

  it('should clean 800 dev records with two workers, each once, in order, as `cleanRecord()` does', async function () {
    const queue = ['--redis', redis.url, '--queue', queueName()]
    const added = await run(['queue', 'add', ...queue, dev])
    expect(added).toEqual({code: 0, stdout: 'added 800 records to queue test-1\n', stderr: ''})

    const workers = await Promise.all([run(['queue', 'work', ...queue, '--drain']), run(['queue', 'work', ...queue, '--drain'])])
    expect(workers.map((worker) => [worker.code, worker.stderr])).toEqual([
      [0, ''],
      [0, '']
    ])

    const results = await run(['queue', 'results', ...queue, '--wait'])
    expect(results.code).toBe(0)
    expect(results.stderr).toBe('')
    expect(parse(results.stdout)).toEqual(expected())

    // Adding the same records again adds none, and cleans none twice.
    const again = await run(['queue', 'add', ...queue, dev])
    expect(again.stdout).toBe('added 0 records to queue test-1 (800 already there, not added again)\n')
    expect(parse((await run(['queue', 'results', ...queue])).stdout)).toHaveLength(800)
  })

  it('should lose no record when a worker is killed with SIGKILL while it holds jobs', async function () {
    const name = queueName()
    const queue = ['--redis', redis.url, '--queue', name]
    expect((await run(['queue', 'add', ...queue, dev])).code).toBe(0)
    const lock = ['--lock-duration', '2', '--concurrency', '4']

    const victim = start(['queue', 'work', ...queue, ...lock])
    const bull = new Queue(name, {connection: {host: '127.0.0.1', port: redis.port}})

    try {
      // Let the victim clean some records: it holds the next ones.
      for (;;) {
        const counts = await bull.getJobCounts('completed', 'active')
        if ((counts.completed ?? 0) >= 20 && (counts.active ?? 0) > 0) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }

      const others = [start(['queue', 'work', ...queue, ...lock, '--drain']), start(['queue', 'work', ...queue, ...lock, '--drain'])]
      victim.child.kill('SIGKILL')
      const killed = await victim.done
      expect(killed.code).toBe(null)

      const survivors = await Promise.all(others.map((other) => other.done))
      expect(survivors.map((survivor) => survivor.code)).toEqual([0, 0])

      const results = await run(['queue', 'results', ...queue, '--wait', '--timeout', '60'])
      expect(results.code).toBe(0)
      expect(parse(results.stdout)).toEqual(expected())

      // Some job was taken back from the dead worker by the stalled check.
      const jobs = await Promise.all(records.map(async (record) => Job.fromId(bull, jobId(String(record.id)))))
      expect(jobs.some((job) => (job?.stalledCounter ?? 0) > 0)).toBe(true)
    } finally {
      victim.child.kill('SIGKILL')
      await bull.close()
    }
  })

  it('should make error records of malformed, textless and oversized records, in their place, and lose nothing else', async function () {
    const queue = ['--redis', redis.url, '--queue', queueName()]
    const input = file(
      'bad.jsonl',
      [
        '{"id":"a:1","text":"First story.\\nHits: 81"}',
        '{oops',
        '',
        '{"id":7,"url":"https://a.example/7"}',
        JSON.stringify({id: 'big', text: 'x'.repeat(2000)}),
        '{"url":"https://a.example/5","text":"Last story.\\nShare this story!"}'
      ].join('\n')
    )

    const added = await run(['queue', 'add', ...queue, '--max-record-bytes', '1000', input])
    expect(added.stdout).toBe('added 5 records to queue test-3\n')
    expect((await run(['queue', 'work', ...queue, '--drain'])).code).toBe(0)
    const results = await run(['queue', 'results', ...queue, '--wait'])
    expect(results.code).toBe(1)
    expect(results.stderr).toBe('deboiler: 3 of 5 records failed: their lines hold "error" (and "line", "file")\n')
    expect(parse(results.stdout)).toEqual([
      cleanRecord({id: 'a:1', text: 'First story.\nHits: 81'}).record,
      {error: expect.stringMatching(/^Malformed JSON: /) as unknown, line: 2},
      {error: 'Missing field `text`', line: 4, id: 7, url: 'https://a.example/7'},
      {error: 'Record too large: 2022 bytes, over the 1000 of `maxRecordBytes` (`--max-record-bytes`)', line: 5},
      cleanRecord({url: 'https://a.example/5', text: 'Last story.\nShare this story!'}).record
    ])
  })

  it('should clean with the options of `work` (mode, categories, fields)', async function () {
    const queue = ['--redis', redis.url, '--queue', queueName()]
    await run(['queue', 'add', ...queue], '{"id":1,"body":"A story.\\nTags: a, b"}\n')
    expect((await run(['queue', 'work', ...queue, '--drain', '--field', 'body', '--no-tags', '--no-stripped'])).code).toBe(0)
    expect((await run(['queue', 'results', ...queue])).stdout).toBe('{"id":1,"body":"A story.\\nTags: a, b"}\n')
  })

  it('should finish the jobs in hand and exit 0 on SIGTERM', async function () {
    const name = queueName()
    const queue = ['--redis', redis.url, '--queue', name]
    const worker = start(['queue', 'work', ...queue])
    const bull = new Queue(name, {connection: {host: '127.0.0.1', port: redis.port}})

    try {
      // The worker waits for jobs: give it one, then stop it.
      await run(['queue', 'add', ...queue], '{"id":"x","text":"A story.\\nHits: 3"}\n')
      for (;;) {
        if (((await bull.getJobCounts('completed')).completed ?? 0) === 1) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }

      worker.child.kill('SIGTERM')
      expect(await worker.done).toEqual({code: 0, stdout: '', stderr: ''})
    } finally {
      await bull.close()
    }
  })

  it('should say clearly when Redis cannot be reached, the URL is wrong, or the queue has no records', async function () {
    const closed = await freePort()
    const unreachable = await run(['queue', 'add', '--redis', 'redis://127.0.0.1:' + closed, '--queue', 'q'], '{"text":"A."}\n')
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(new RegExp('^deboiler: Cannot reach Redis at redis://127\\.0\\.0\\.1:' + closed + ': .*ECONNREFUSED.*\\n$'))

    const wrongUrl = await run(['queue', 'work', '--redis', 'http://127.0.0.1:6379', '--queue', 'q', '--drain'])
    expect(wrongUrl).toEqual({
      code: 1,
      stdout: '',
      stderr: 'deboiler: Expected a Redis URL such as `redis://127.0.0.1:6379`, not `http://127.0.0.1:6379`\n'
    })

    const secret = await run(['queue', 'results', '--redis', 'redis://me:secret@127.0.0.1:' + closed, '--queue', 'q'])
    expect(secret.stderr).toContain('redis://me:***@127.0.0.1:')
    expect(secret.stderr).not.toContain('secret')

    const empty = await run(['queue', 'results', '--redis', redis.url, '--queue', 'nothing-here'])
    expect(empty).toEqual({
      code: 1,
      stdout: '',
      stderr: 'deboiler: Queue `nothing-here` at ' + redis.url + ' has no records: add them with `deboiler queue add`\n'
    })

    const idle = await run(['queue', 'work', '--redis', redis.url, '--queue', 'nothing-here', '--drain'])
    expect(idle.code).toBe(0)
    expect(idle.stderr).toBe('deboiler: queue nothing-here had no records to clean (add them with `deboiler queue add`)\n')
  })

  it('should report usage errors with exit code 2', async function () {
    expect(await run(['queue', 'add'], '')).toEqual({code: 2, stdout: '', stderr: expect.stringContaining('needs `--queue <name>`') as unknown})
    expect((await run(['queue', 'sweep', '--queue', 'q'])).stderr).toContain('unknown command `queue sweep`')
    expect((await run(['queue', 'work', '--queue', 'q', '--concurrency', '0'])).stderr).toContain(
      'Expected `--concurrency` to be a positive integer, not `0`'
    )
    expect((await run(['queue', 'results', '--queue', 'a:b'])).stderr).toContain('Expected `--queue` to be a queue name (not empty, without `:`)')
    expect((await run(['queue', 'results', '--queue', 'q', '--timeout', '5'])).stderr).toContain('give `--wait` too')
    expect((await run(['queue', '--help'])).stdout).toMatch(/^Usage: deboiler queue add/)
  })

  it('should work from the API: streams, a signal, results in order', async function () {
    const queue = queueName()
    const lines = ['{"id":1,"text":"One.\\nHits: 1"}', '{"id":2,"text":"Two."}', '{"id":1,"text":"One again."}']
    const added = await addJsonl([Readable.from([lines.join('\n')])], {redis: redis.url, queue})
    expect(added).toMatchObject({records: 3, added: 2, duplicates: 1, failed: 0})

    const controller = new AbortController()
    const progress: Array<number> = []
    const working = work({
      redis: redis.url,
      queue,
      signal: controller.signal,
      onProgress(value) {
        progress.push(value.records)
        if (value.records === 2) controller.abort()
      }
    })
    expect(await working).toEqual({records: 2, failed: 0})
    expect(progress).toEqual([1, 2])

    const out = sink()
    expect(await writeResults(out.stream, {redis: redis.url, queue})).toEqual({records: 2, failed: 0, pending: 0})
    expect(parse(out.text())).toEqual([cleanRecord({id: 1, text: 'One.\nHits: 1'}).record, cleanRecord({id: 2, text: 'Two.'}).record])
  })

  it('should throw a `QueueError` for Redis away, a `TypeError` for bad options', async function () {
    const closed = await freePort()
    await expect(addJsonl([Readable.from([''])], {redis: 'redis://127.0.0.1:' + closed, queue: 'q'})).rejects.toThrow(QueueError)
    await expect(work({redis: 'redis://127.0.0.1:' + closed, queue: 'q', drain: true})).rejects.toThrow(/^Cannot reach Redis/)
    await expect(work({queue: 'q', concurrency: 1.5})).rejects.toThrow(new TypeError('Expected `options.concurrency` to be a positive integer, not `1.5`'))
    await expect(writeResults(new PassThrough(), {queue: undefined as unknown as string})).rejects.toThrow(TypeError)
  })
})

describe('jobId', function () {
  it('should keep ids as BullMQ allows them', function () {
    expect(jobId('cleaneval:dev-27')).toBe('cleaneval%3Adev-27')
    expect(jobId('42')).toBe('#42')
    expect(jobId('#42')).toBe('##42')
    expect(jobId('042')).toBe('042')
    expect(jobId('100%:a')).toBe('100%25%3Aa')
    expect(jobId('stdin:3')).toBe('stdin%3A3')
  })
})
