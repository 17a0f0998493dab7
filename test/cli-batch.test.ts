import {rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {run, scratchFolder} from './util/cli.js'
import {clean, cleanRecord} from '../src/index.js'

// The CLI runs from source (through tsx), its workers too: each run starts
// Node, tsx and two workers, so allow a busy machine.
jest.setTimeout(120_000)

const {folder, file} = scratchFolder('deboiler-cli-batch-')


const texts = Array.from({length: 50}, (_, index) => 'Story ' + index + ' of the day.\nHits: ' + index)
const good = file('good.jsonl', texts.map((text, index) => JSON.stringify({id: index, text})).join('\n') + '\n')
// Records that take tens of milliseconds each (some 90 kB of lines): no
// worker cleans one within a millisecond, however warm.
const long = Array.from({length: 6}, (_, index) =>
  Array.from({length: 1000}, (_, line) => 'Story ' + index + ', part ' + line + ': the council met on Tuesday about the bridge.').join('\n')
)
const slow = file('slow.jsonl', long.map((text, index) => JSON.stringify({id: index, text})).join('\n') + '\n')
const bad = file('bad.jsonl', ['{"id":0,"text":"A.\\nHits: 1"}', '{oops', '', '{"id":3}', '{"id":4,"text":"B."}'].join('\n'))
const site = file(
  'site.jsonl',
  [1, 2, 3, 4, 5, 6]
    .map((index) => JSON.stringify({url: 'https://www.a.com/' + index, text: 'Edition of the week\nPage ' + 'abcdef'[index - 1] + '.'}))
    .join('\n')
)
const missing = path.join(folder, 'missing.jsonl')

// Bytes as scrapers write them: a byte order mark, CRLF, blank and
// whitespace-only lines, a byte that is not UTF-8, a character cut between
// two reads of the file (which reads a mebibyte at a time), no final break.
const oddRecords: Array<Buffer> = [
  Buffer.from('\uFEFF{"id":1,"text":"A.\\nHits: 1"}'),
  Buffer.from(' \t'),
  Buffer.from('{"id":3,"text":"Caf\u00E9 \u{1F600} ok."}'),
  Buffer.from('{oops'),
  Buffer.concat([Buffer.from('{"id":5,"text":"'), Buffer.from([0xff]), Buffer.from(' x."}')])
]
const oddHead = Buffer.concat(oddRecords.flatMap((bytes) => [bytes, Buffer.from('\r\n')]))
// `é` is two bytes: start it one byte before the mebibyte.
const oddPad = (oddHead.length + '{"id":6,"pad":"'.length) % 2 === 0 ? 'x' : ''
const oddLong = '{"id":6,"pad":"' + oddPad + '\u00E9'.repeat(2 ** 19) + '","text":"B."}'
const odd = path.join(folder, 'odd.jsonl')
writeFileSync(odd, Buffer.concat([oddHead, Buffer.from(oddLong + '\r\n\r\n{"id":8}')]))

afterAll(function () {
  rmSync(folder, {recursive: true, force: true})
})

describe('deboiler batch (cli)', function () {
  it.concurrent('should clean every record, in input order, with two workers, and exit 0', async function () {
    const result = await run(['batch', '--jobs', '2', good])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records).toEqual(texts.map((text, index) => ({id: index, text: clean(text).text, stripped: clean(text).stripped})))
  })

  it.concurrent('should read stdin and leave out `stripped` with `--no-stripped`', async function () {
    const result = await run(['batch', '--jobs', '1', '--no-stripped', '--field', 'body'], '{"body":"A.\\nHits: 1","n":1}\n')
    expect(result).toEqual({code: 0, stdout: '{"body":"A.","n":1}\n', stderr: ''})
  })

  it.concurrent('should add the page verdict with `--page-field`', async function () {
    const result = await run(['batch', '--jobs', '1', '--no-stripped', '--page-field', 'verdict'], '{"text":"A.\\nHits: 1"}\n')
    const verdict = {article: false, score: 0, kind: 'unknown', kinds: {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}}
    expect(result).toEqual({code: 0, stdout: JSON.stringify({text: 'A.', verdict}) + '\n', stderr: ''})
  })

  it.concurrent('should turn bad lines into error records with their line number, and exit 1', async function () {
    const result = await run(['batch', '--jobs', '2', '--no-stripped', bad])
    expect(result.code).toBe(1)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.map((record) => record.line ?? record.id)).toEqual([0, 2, 4, 4])
    expect(records[1]!.error).toMatch(/^Malformed JSON/)
    // The error record keeps the record’s own `id`, to join it back.
    expect(records[2]).toEqual({error: 'Missing field `text`', line: 4, id: 3})
    expect(records[3]).toEqual({id: 4, text: 'B.'})
  })

  it.concurrent('should read a BOM, CRLF, blank lines, bytes that are not UTF-8 and a character cut between reads', async function () {
    const result = await run(['batch', '--jobs', '2', '--no-stripped', odd])
    expect(result.code).toBe(1)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.map((record) => record.line ?? record.id)).toEqual([1, 3, 4, 5, 6, 8])
    expect(records[0]).toEqual(cleanRecord({id: 1, text: 'A.\nHits: 1'}, {stripped: false}).record)
    expect(records[1]).toEqual({id: 3, text: 'Caf\u00E9 \u{1F600} ok.'})
    expect(records[2]!.error).toMatch(/^Malformed JSON/)
    expect(records[3]).toEqual({id: 5, text: '\uFFFD x.'})
    expect(records[4]).toEqual({id: 6, pad: oddPad + '\u00E9'.repeat(2 ** 19), text: 'B.'})
    expect(records[5]).toEqual({error: 'Missing field `text`', line: 8, id: 8})
  })

  it.concurrent('should copy the fields `--id-field` names into error records', async function () {
    const input = '{"id":1,"url":"https://town.example/1","key":"k1"}\n{"key":"k2","text":5}\n'
    const byDefault = await run(['batch', '--jobs', '1'], input)
    expect(byDefault.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      {error: 'Missing field `text`', line: 1, id: 1, url: 'https://town.example/1'},
      {error: 'Expected field `text` to be a string, not number', line: 2}
    ])
    const named = await run(['batch', '--jobs', '1', '--id-field', 'key', '--id-field', 'line'], input)
    expect(named.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      {error: 'Missing field `text`', line: 1, key: 'k1'},
      {error: 'Expected field `text` to be a string, not number', line: 2, key: 'k2'}
    ])
  })

  it.concurrent('should turn a record over a 32nd of the worker heap into an error record, without reading it whole', async function () {
    // 32 MB heap: records up to 1 MB. Line 4 spans two reads of the file.
    const lines = ['{"id":1,"text":"A."}', JSON.stringify({id: 2, text: 'x'.repeat(1_200_000)}), '{"id":3,"text":"B."}']
    const large = file('large.jsonl', [...lines, JSON.stringify({id: 4, text: 'y'.repeat(3_000_000)}), '{"id":5,"text":"C."}'].join('\n'))
    const result = await run(['batch', '--jobs', '2', '--no-stripped', '--worker-heap', '32', large])
    expect(result.code).toBe(1)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.map((record) => record.id ?? record.line)).toEqual([1, 2, 3, 4, 5])
    expect(records[1]).toEqual({
      error: 'Record too large: 1.1 MB, over the 1.0 MB that a worker with a 32 MB heap cleans (raise `workerHeap`, `--worker-heap`)',
      line: 2
    })
    expect(records[3]!.error).toMatch(/^Record too large: 2\.9 MB/)
    expect(records[4]).toEqual({id: 5, text: 'C.'})
  })

  it.concurrent('should turn each record into an error record when no chunk can finish in time (`--timeout`)', async function () {
    // A millisecond is less than any chunk takes: every worker is stopped,
    // then again on each record alone.
    const result = await run(['batch', '--jobs', '2', '--timeout', '0.001', slow])
    expect(result.code).toBe(1)
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records).toEqual(
      long.map((_, index) => ({error: 'Worker failed: stopped after 0.001 s on it (raise `timeout`, `--timeout`)', line: index + 1}))
    )
  })

  it.concurrent('should name the file in error records for several files, and go on after a missing one', async function () {
    const result = await run(['batch', '--no-stripped', missing, bad, good])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'deboiler: cannot read ' +
        missing +
        ': no such file or directory\n' +
        'deboiler: 2 of ' +
        (4 + texts.length) +
        ' records failed: their lines hold "error" (and "line", "file")\n'
    )
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.length).toBe(4 + texts.length)
    expect(records[1]!.file).toBe(bad)
  })

  it.concurrent('should learn a profile, and strip with it (`--profile`, `--learn`)', async function () {
    const learned = await run(['learn', site])
    expect(learned.code).toBe(0)
    const profile = file('profile.json', learned.stdout)
    expect(JSON.parse(learned.stdout)).toMatchObject({type: 'deboiler-profile', version: 1, sites: {'a.com': {pages: 6}}})
    const withProfile = await run(['batch', '--no-stripped', '--profile', profile, site])
    const withLearn = await run(['batch', '--no-stripped', '--learn', site])
    expect(withProfile.code).toBe(0)
    expect(withLearn.stdout).toBe(withProfile.stdout)
    expect((JSON.parse(withProfile.stdout.split('\n')[0]!) as {text: string}).text).toBe('Page a.')
  })

  it.concurrent('should fail with exit code 2 on usage errors', async function () {
    // The options `cleanJsonl()` takes fail as they do there, with the
    // switch and what was given.
    for (const [args, message] of [
      [['batch', '--jobs', '0', good], 'Expected `--jobs` to be a positive integer, not `0`'],
      [['batch', '--frobnicate', good]],
      [['batch', '--learn']],
      [['batch', '--profile', missing, good]],
      [['batch', '--mode', 'fast', good], "Expected `--mode` to be `'balanced'`, `'precision'` or `'recall'`, not `fast`"],
      [['batch', '--worker-heap', '16', good], 'Expected `--worker-heap` to be a number of MB, at least 32, not `16`'],
      [['batch', '--timeout', '0', good], 'Expected `--timeout` to be a number of seconds, more than 0, not `0`'],
      [['batch', '--timeout', 'soon', good], 'Expected `--timeout` to be a number of seconds, more than 0, not `soon`']
    ] as Array<[Array<string>, string?]>) {
      const result = await run(args)
      expect({args, code: result.code, stdout: result.stdout}).toEqual({args, code: 2, stdout: ''})
      expect(result.stderr).toMatch(/^deboiler: [^\n]+\n$/)
      if (message) expect(result.stderr).toBe('deboiler: ' + message + ' (see `deboiler --help`)\n')
    }
  })

  it.concurrent('should print help', async function () {
    const result = await run(['batch', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: deboiler batch/)
  })
})


