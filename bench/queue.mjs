#!/usr/bin/env node
// Queue benchmark: `deboiler queue work` (BullMQ on Redis) beside
// `deboiler batch` on the same records, in one run (dist/cli.js).
//
//   npm run bench:queue
//   node bench/queue.mjs [--passes N] [--rounds N] [--redis URL]
//
// Options:
//   --passes N   times the dev set is repeated as records (default 2)
//   --rounds N   runs of each configuration, interleaved; the best is shown
//                (default 2)
//   --redis URL  use this Redis (its queue `bench-…` is removed after);
//                default: start Debian's `redis-server` on a free loopback
//                port, persistence off
//
// What it prints: records/s (wall time of the whole processes, start-up
// included) of `deboiler batch --jobs 1` and `--jobs 2`, and of one and two
// `deboiler queue work --drain` processes on a queue filled beforehand by
// `deboiler queue add` (its own time is printed apart), and the ratio of one
// worker to `batch --jobs 1` (issue 20: at least 0.8). The load average is
// printed before and after: other work on the machine slows the runs.
// It never asserts.
//
// `shared/` is found beside the repository root (`<repo>/../shared`), or at
// `$DEBOILER_SHARED`.

import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {passes: {type: 'string', default: '2'}, rounds: {type: 'string', default: '2'}, redis: {type: 'string'}}
})
const root = new URL('..', import.meta.url).pathname
const shared = process.env.DEBOILER_SHARED ?? path.join(root, '..', 'shared')
const cli = path.join(root, 'dist', 'cli.js')
const passes = Number(values.passes)
const rounds = Number(values.rounds)

const cases = readFileSync(path.join(shared, 'bench', 'dev', 'cases.jsonl'), 'utf8').split('\n').filter(Boolean)
const lines = []
for (let pass = 0; pass < passes; pass++) {
  for (const line of cases) {
    const item = JSON.parse(line)
    lines.push(JSON.stringify({id: pass + ':' + item.id, url: item.url, text: item.input}))
  }
}

const folder = mkdtempSync(path.join(tmpdir(), 'deboiler-bench-queue-'))
const input = path.join(folder, 'records.jsonl')
writeFileSync(input, lines.join('\n') + '\n')
const megabytes = Buffer.byteLength(lines.join('\n')) / 1e6

const server = values.redis ? undefined : await startRedis()
const url = values.redis ?? server.url
let queues = 0

console.log(
  'records: %d (%d × the dev set, %s MB); Redis %s; load average %s',
  lines.length,
  passes,
  megabytes.toFixed(1),
  url,
  loadavg().map((value) => value.toFixed(2)).join(' ')
)

const best = {}
try {
  for (let round = 0; round < rounds; round++) {
    for (const [name, measure] of [
      ['batch --jobs 1', () => batch(1)],
      ['queue, 1 worker', () => queue(1)],
      ['batch --jobs 2', () => batch(2)],
      ['queue, 2 workers', () => queue(2)]
    ]) {
      const seconds = await measure()
      best[name] = Math.min(best[name] ?? Infinity, seconds)
    }
  }

  console.log('| run | records/s | seconds |')
  console.log('|---|---|---|')
  for (const [name, seconds] of Object.entries(best)) {
    if (name === 'add') continue
    console.log('| %s | %s | %s |', name, (lines.length / seconds).toFixed(1), seconds.toFixed(2))
  }

  console.log('| queue add (not in the rows above) | %s | %s |', (lines.length / best.add).toFixed(1), best.add.toFixed(2))
  console.log('one worker / batch --jobs 1: %s', (best['batch --jobs 1'] / best['queue, 1 worker']).toFixed(2))
  console.log('two workers / batch --jobs 2: %s', (best['batch --jobs 2'] / best['queue, 2 workers']).toFixed(2))
  console.log('load average after: %s', loadavg().map((value) => value.toFixed(2)).join(' '))
} finally {
  await server?.stop()
  rmSync(folder, {recursive: true, force: true})
}

/**
 * Time `deboiler batch --jobs N` over the records, output to /dev/null.
 *
 * @param jobs
 *   Worker threads.
 * @returns
 *   Seconds.
 */
async function batch(jobs) {
  const start = performance.now()
  await node(['batch', '--jobs', String(jobs), '--output', '/dev/null', input])
  return (performance.now() - start) / 1000
}

/**
 * Fill a new queue with the records, then time N `queue work --drain`
 * processes until all have exited.
 *
 * @param workers
 *   Processes.
 * @returns
 *   Seconds.
 */
async function queue(workers) {
  const name = 'bench-' + process.pid + '-' + ++queues
  const connection = ['--redis', url, '--queue', name]
  let start = performance.now()
  await node(['queue', 'add', ...connection, input])
  best.add = Math.min(best.add ?? Infinity, (performance.now() - start) / 1000)
  start = performance.now()
  await Promise.all(Array.from({length: workers}, () => node(['queue', 'work', ...connection, '--drain'])))
  const seconds = (performance.now() - start) / 1000
  await node(['queue', 'results', ...connection, '--output', '/dev/null'])
  return seconds
}

/**
 * Run the CLI; fail on a non-zero exit.
 *
 * @param args
 *   Arguments.
 */
async function node(args) {
  await new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, [cli, ...args], {stdio: ['ignore', 'ignore', 'inherit']})
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('deboiler ' + args[0] + ' exited with ' + code))))
  })
}

/**
 * Start `redis-server` on a free loopback port.
 *
 * @returns
 *   `{url, stop}`.
 */
async function startRedis() {
  const port = await new Promise(function (resolve) {
    const probe = createServer().listen(0, '127.0.0.1', function () {
      const {port} = probe.address()
      probe.close(() => resolve(port))
    })
  })
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  await new Promise(function (resolve, reject) {
    let output = ''
    child.on('error', reject)
    child.stdout.setEncoding('utf8').on('data', function (chunk) {
      output += chunk
      if (output.includes('Ready to accept connections')) resolve()
    })
  })
  return {
    url: 'redis://127.0.0.1:' + port,
    stop: () => new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'))
  }
}
