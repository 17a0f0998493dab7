import {spawn} from 'node:child_process'
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {scratchFolder} from './util/cli.js'
import {clean} from '../src/index.js'

// `deboiler/node` uses `import.meta` and worker threads: it runs from source
// in a Node process of its own (through tsx), not inside jest.
jest.setTimeout(120_000)

const {folder, file} = scratchFolder('deboiler-node-api-')
const api = path.join(__dirname, '..', 'src', 'node', 'index.ts')
const fixtures = path.join(__dirname, 'fixtures')

afterAll(function () {
  rmSync(folder, {recursive: true, force: true})
})

/**
 * Run a module that imports `cleanJsonl` and prints JSON.
 *
 * @param body
 *   Code after the import.
 * @returns
 *   What it printed, parsed.
 */
function script(body: string): Promise<unknown> {
  const code = `import {cleanJsonl} from ${JSON.stringify(api)}\nimport {Readable, Writable} from 'node:stream'\n${body}\n`
  const name = file('script-' + Math.random().toString(36).slice(2) + '.mts', code)

  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, ['--import', 'tsx', name], {cwd: path.join(__dirname, '..')})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', function (code) {
      if (code === 0) resolve(JSON.parse(stdout))
      else reject(new Error('exit ' + String(code) + ': ' + stderr))
    })
  })
}

/**
 * Run calls of `cleanJsonl` / `learnJsonl` (with `sink`, a writable stream,
 * at hand) and give what each threw.
 *
 * @param calls
 *   Expressions, each a call.
 * @returns
 *   `name: message` of each error, or `no error`.
 */
function thrown(calls: Array<string>): Promise<unknown> {
  return script(`
import {learnJsonl} from ${JSON.stringify(api)}
const sink = new Writable({write(chunk, encoding, callback) { callback() }})
const messages = []
for (const call of [${calls.map((call) => '() => ' + call).join(', ')}]) {
  try { await call(); messages.push('no error') } catch (error) { messages.push(error.name + ': ' + error.message) }
}
console.log(JSON.stringify(messages))
`)
}

/**
 * Real pages (the fixtures, repeated) in one text.
 *
 * @param size
 *   Characters.
 * @returns
 *   Text.
 */
function pages(size: number): string {
  const page = readdirSync(fixtures)
    .filter((name) => name.endsWith('.input.txt'))
    .map((name) => readFileSync(path.join(fixtures, name), 'utf8'))
    .join('\n\n')
  return page.repeat(Math.ceil(size / page.length)).slice(0, size)
}

describe('cleanJsonl (deboiler/node)', function () {
  it.concurrent('should fail only the record a worker runs out of memory on, and clean the others on new workers', async function () {
    // Real pages, 900 KB in one record: more than a 32 MB worker heap holds
    // while it is cleaned, though under the 1 MB it lets through. (With
    // 16 MB, a worker now and then ran out of memory on a one-line record
    // too: the library takes some 12 MB of it.)
    const big = pages(900_000)
    const records = [{id: 1, text: 'A.\nHits: 1'}, {id: 2, text: big}, {id: 3, text: 'B.\nHits: 2'}]
    const input = file('oom.jsonl', records.map((record) => JSON.stringify(record)).join('\n') + '\n')

    for (const jobs of [1, 2]) {
      const result = (await script(`
let out = ''
const sink = new Writable({write(chunk, encoding, callback) { out += chunk; callback() }})
const summary = await cleanJsonl([${JSON.stringify(input)}], sink, {jobs: ${jobs}, workerHeap: 32, stripped: false})
console.log(JSON.stringify({summary, lines: out.trimEnd().split('\\n').map((line) => JSON.parse(line))}))
`)) as {summary: {records: number; failed: number}; lines: Array<Record<string, unknown>>}

      expect(result.summary).toMatchObject({records: 3, failed: 1})
      expect(result.lines[0]).toEqual({id: 1, text: clean('A.\nHits: 1').text})
      expect(result.lines[1]).toEqual({error: expect.stringMatching(/^Worker failed: .*memory/), line: 2})
      expect(result.lines[2]).toEqual({id: 3, text: clean('B.\nHits: 2').text})
    }
  })

  it.concurrent('should throw a `TypeError` for inputs that are not an array of paths and streams, or no output', async function () {
    const messages = await thrown([
      "cleanJsonl('records.jsonl', sink)",
      'cleanJsonl([5], sink)',
      'cleanJsonl([], undefined)',
      "learnJsonl(Readable.from(['{}']))"
    ])
    expect(messages).toEqual([
      'TypeError: Expected `inputs` to be an array of file paths and readable streams, not `string` (wrap one input in an array)',
      'TypeError: Expected `inputs[0]` to be a file path or a readable stream, not `number`',
      'TypeError: Expected `output` to be a writable stream, not `undefined`',
      'TypeError: Expected `inputs` to be an array of file paths and readable streams, not `object` (wrap one input in an array)'
    ])
  })

  it.concurrent('should stop a worker that takes over `timeout` on a record, fail that record only, and clean the others', async function () {
    // Real pages, 12 MB in one record: seconds of work, where the others
    // take milliseconds (the clock of a chunk starts once its worker is ready).
    const big = pages(12_000_000)
    const records = [{id: 1, text: 'A.\nHits: 1'}, {id: 2, text: big}, {id: 3, text: 'B.\nHits: 2'}]
    const input = file('slow.jsonl', records.map((record) => JSON.stringify(record)).join('\n') + '\n')
    const result = (await script(`
let out = ''
const sink = new Writable({write(chunk, encoding, callback) { out += chunk; callback() }})
const summary = await cleanJsonl([${JSON.stringify(input)}], sink, {jobs: 1, workerHeap: 512, timeout: 0.5, stripped: false})
console.log(JSON.stringify({summary, lines: out.trimEnd().split('\\n').map((line) => JSON.parse(line))}))
`)) as {summary: {records: number; failed: number}; lines: Array<Record<string, unknown>>}

    expect(result.summary).toMatchObject({records: 3, failed: 1})
    expect(result.lines).toEqual([
      {id: 1, text: clean('A.\nHits: 1').text},
      {error: 'Worker failed: stopped after 0.5 s on it (raise `timeout`, `--timeout`)', line: 2},
      {id: 3, text: clean('B.\nHits: 2').text}
    ])
  })

  it.concurrent('should throw a `TypeError` for a timeout that is not a number of seconds over 0', async function () {
    for (const timeout of ['0', '-1', 'Number.NaN', "'60'"]) {
      await expect(script(`await cleanJsonl([], new Writable(), {timeout: ${timeout}})`)).rejects.toThrow(
        'Expected `options.timeout` to be a number of seconds, more than 0'
      )
    }
  })

  it.concurrent('should read streams of strings and of bytes, and report one of objects as unreadable', async function () {
    const result = await script(`
const outputs = []
for (const chunks of [['{"text":"A.\\\\nHits: 1"}\\n{"te', 'xt":"B."}\\n'], [new Uint8Array(Buffer.from('{"text":"C."}\\n'))], [{text: 'D.'}]]) {
  let out = ''
  const sink = new Writable({write(chunk, encoding, callback) { out += chunk; callback() }})
  const summary = await cleanJsonl([Readable.from(chunks)], sink, {jobs: 1, stripped: false})
  outputs.push({records: summary.records, unreadable: summary.unreadable.map((item) => item.error.message), out})
}
console.log(JSON.stringify(outputs))
`)
    expect(result).toEqual([
      {records: 2, unreadable: [], out: '{"text":"A."}\n{"text":"B."}\n'},
      {records: 1, unreadable: [], out: '{"text":"C."}\n'},
      {records: 0, unreadable: ['Expected the stream to give bytes or strings, not `object` (records go to `cleanMany()`)'], out: ''}
    ])
  })

  it.concurrent('should run the batch example of the README', async function () {
    const output = await new Promise<{stdout: string; stderr: string}>(function (resolve, reject) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join('examples', 'batch.ts')], {cwd: path.join(__dirname, '..')})
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      child.on('error', reject)
      child.on('close', () => resolve({stdout, stderr}))
    })
    expect(output.stderr).toBe('5 records, 0 failed\n')
    // The profile takes the site's own line, the rules the hit counter.
    expect(output.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((name) => ({url: 'https://news.example/' + name, text: 'Story ' + name + ' held the front page all day.'}))
    )
  })

  it.concurrent('should throw a `TypeError` for bad options before any record, not fail every record', async function () {
    const input = "[Readable.from(['{\"text\":\"A.\"}\\n'])]"
    const messages = await thrown([
      `cleanJsonl(${input}, sink, {mode: 'fast'})`,
      `cleanJsonl(${input}, sink, {profile: {}})`,
      `cleanJsonl(${input}, sink, {field: 5})`,
      `cleanJsonl(${input}, sink, {stripped: 'no'})`,
      `cleanJsonl(${input}, sink, {jobs: 0})`,
      `cleanJsonl(${input}, sink, {jobs: '2'})`,
      `cleanJsonl(${input}, sink, {frobnicate: true})`,
      `cleanJsonl(${input}, sink, {plugins: [() => undefined]})`,
      `cleanJsonl(${input}, sink, {onProgress: 5})`,
      `learnJsonl(${input}, {onProgress: 'yes'})`
    ])
    expect(messages).toEqual([
      "TypeError: Expected `options.mode` to be `'balanced'`, `'precision'` or `'recall'`, not `fast`",
      'TypeError: Expected `options.profile` to be a deboiler profile (`{type: "deboiler-profile", …}`)',
      'TypeError: Expected `options.field` to be a string, not `number`',
      'TypeError: Expected `options.stripped` to be a boolean, not `string`',
      'TypeError: Expected `options.jobs` to be a positive integer, not `0`',
      'TypeError: Expected `options.jobs` to be a positive integer, not `string`',
      'TypeError: Unexpected option `frobnicate`',
      'TypeError: Unexpected option `plugins`: rules of your own cannot cross to worker threads (use `cleanMany()`)',
      'TypeError: Expected `options.onProgress` to be a function, not `number`',
      'TypeError: Expected `options.onProgress` to be a function, not `string`'
    ])
  })

  it.concurrent('should throw a `TypeError` for a worker heap under 32 MB', async function () {
    await expect(script("await cleanJsonl([], new Writable(), {workerHeap: 24})")).rejects.toThrow(
      'Expected `options.workerHeap` to be a number of MB, at least 32, not `24`'
    )
  })
})
