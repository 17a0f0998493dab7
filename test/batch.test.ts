import {clean, cleanMany, cleanRecord, learnProfile, type ManyResult} from '../src/index.js'
import {isBlank, pack, unpack} from '../src/node/jsonl.js'
import {cleanChunk} from '../src/node/worker.js'
import {seeds} from './util/seeds.js'

/**
 * Collect an async iterable.
 *
 * @param values
 *   Iterable.
 * @returns
 *   Values.
 */
async function all<T>(values: AsyncIterable<T>): Promise<Array<T>> {
  const result: Array<T> = []
  for await (const value of values) result.push(value)
  return result
}

/**
 * Lines as a worker gets them.
 *
 * @param lines
 *   Lines.
 * @returns
 *   Bytes.
 */
function packed(lines: Array<string>): Uint8Array<ArrayBuffer> {
  const bytes = lines.map((line) => new TextEncoder().encode(line))
  return pack(bytes, bytes.reduce((size, line) => size + line.length, 0))
}

const texts = Array.from({length: 40}, (_, index) => 'Story number ' + index + '.\nHits: ' + index + '\n')

describe('cleanMany', function () {
  it('should clean strings of a sync iterable, in order', async function () {
    expect(await all(cleanMany(texts))).toEqual(texts.map((text) => clean(text)))
  })

  it('should clean records of an async iterable, in order, keeping every other field', async function () {
    async function* docs() {
      for (const [index, text] of texts.entries()) {
        // Later records arrive sooner: order must still hold.
        await new Promise((resolve) => setTimeout(resolve, (40 - index) % 3))
        yield {id: index, body: text, extra: [index]}
      }
    }

    const results = (await all(cleanMany(docs(), {field: 'body', stripped: false}))) as Array<Record<string, unknown>>
    expect(results.map((result) => result.id)).toEqual(texts.map((_, index) => index))
    expect(results[3]).toEqual({id: 3, body: 'Story number 3.\n', extra: [3]})
  })

  it('should add `stripped` last, replacing a field of that name', async function () {
    const [result] = (await all(cleanMany([{stripped: 1, text: 'A.\nHits: 2'}]))) as Array<Record<string, unknown>>
    expect(Object.keys(result!)).toEqual(['text', 'stripped'])
    expect(result!.stripped).toEqual(clean('A.\nHits: 2').stripped)
  })

  it('should put the page verdict in `pageField`, replacing a field of that name', async function () {
    const seed = seeds()[0]!
    const [result] = (await all(cleanMany([{verdict: 1, text: seed.input}], {pageField: 'verdict', stripped: false}))) as Array<
      Record<string, unknown>
    >
    expect(Object.keys(result!)).toEqual(['text', 'verdict'])
    expect(result!.verdict).toEqual(clean(seed.input).page)
    expect(result!.verdict).toEqual({article: true, score: expect.any(Number), kind: 'article', kinds: expect.any(Object)})
    await expect(all(cleanMany(['A.'], {pageField: 3 as never}))).rejects.toThrow(
      new TypeError('Expected `options.pageField` to be a string, not `number`')
    )
  })

  it('should turn a record without its text into an error with its index, and go on', async function () {
    const results: Array<ManyResult> = await all(cleanMany([{text: 'A.'}, {title: 'x'}, {text: 3}, 'B.'] as never))
    expect(results).toEqual([
      {text: 'A.', stripped: []},
      {error: 'Missing field `text`', index: 1},
      {error: 'Expected field `text` to be a string, not number', index: 2},
      clean('B.')
    ])
  })

  it('should keep the identifying fields of a record in its error (`idFields`, default `id` and `url`)', async function () {
    const docs = [{id: 7, url: 'https://town.example/7', title: 'x'}, {key: 'k', text: null}]
    expect(await all(cleanMany(docs as never))).toEqual([
      {error: 'Missing field `text`', index: 0, id: 7, url: 'https://town.example/7'},
      {error: 'Expected field `text` to be a string, not null', index: 1}
    ])
    expect(await all(cleanMany(docs as never, {idFields: ['key', 'index']}))).toEqual([
      {error: 'Missing field `text`', index: 0},
      {error: 'Expected field `text` to be a string, not null', index: 1, key: 'k'}
    ])
    await expect(all(cleanMany([], {idFields: 'id' as never}))).rejects.toThrow(
      new TypeError('Expected `options.idFields` to be an array of field names, not `string`')
    )
  })

  it('should throw a `TypeError` for bad options, before any document', async function () {
    await expect(all(cleanMany(['A.'], {mode: 'fast' as never}))).rejects.toThrow(TypeError)
    await expect(all(cleanMany(['A.'], {field: 1 as never}))).rejects.toThrow(/`options.field`/)
    await expect(all(cleanMany(['A.'], {stripped: 'no' as never}))).rejects.toThrow(
      new TypeError('Expected `options.stripped` to be a boolean, not `string`')
    )
  })

  it('should throw a `TypeError` for documents that are not an iterable, or a string', async function () {
    await expect(all(cleanMany(5 as never))).rejects.toThrow(
      new TypeError('Expected `docs` to be an iterable or async iterable of documents, not `number`')
    )
    // A string is iterable by character: never what a caller means.
    await expect(all(cleanMany('A.\nHits: 1' as never))).rejects.toThrow(
      new TypeError('Expected `docs` to be an iterable or async iterable of documents, not `string` (wrap one document in an array)')
    )
    await expect(all(cleanMany(null as never))).rejects.toThrow(/not `null`/)
  })

  it('should use the site of each record with a profile', async function () {
    const pages = [1, 2, 3, 4, 5].map((index) => ({url: 'https://a.com/' + index, text: 'Edition of the week\nPage ' + 'abcde'[index - 1]}))
    const profile = learnProfile(pages)
    const [a, b] = (await all(cleanMany([{url: 'https://a.com/9', text: 'Edition of the week\nNew.'}, {url: 'https://b.com/', text: 'Edition of the week\nNew.'}], {profile}))) as Array<Record<string, unknown>>
    expect(a!.text).toBe('New.')
    expect(b!.text).toBe('Edition of the week\nNew.')
  })
})

describe('cleanRecord', function () {
  it('should return `{record}` or `{error}`', function () {
    expect(cleanRecord({text: 'A.\nHits: 1', id: 1}, {stripped: false})).toEqual({record: {text: 'A.', id: 1}})
    expect(cleanRecord([1])).toEqual({error: 'Expected a JSON object, not an array'})
  })
})

describe('worker chunks', function () {
  it('should turn bad lines into error records with their line number, in order', function () {
    const done = cleanChunk(
      {seq: 4, numbers: [1, 2, 4, 5], bytes: packed(['{"text":"A.\\nHits: 1"}', '{"text":', '[]', '{"id":2}']), file: 'x.jsonl'},
      {stripped: false}
    )
    expect(done.seq).toBe(4)
    expect(done.count).toBe(4)
    expect(done.failed).toBe(3)
    const lines = new TextDecoder().decode(done.output).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines[0]).toEqual({text: 'A.'})
    expect(lines.slice(1).map((line) => [line.line, line.file])).toEqual([[2, 'x.jsonl'], [4, 'x.jsonl'], [5, 'x.jsonl']])
    expect(lines[1]!.error).toMatch(/^Malformed JSON/)
    expect(lines[3]!.error).toBe('Missing field `text`')
  })

  it('should encode output past its first megabyte, each chunk in bytes of its own', function () {
    // Multi-byte characters (and surrogate pairs) where the buffer grows.
    const records = [1, 2, 3].map((id) => ({id, text: 'A.\nHits: 1', pad: 'é€😀x'.repeat(60_000 * id)}))
    const first = cleanChunk({seq: 0, numbers: [1, 2, 3], bytes: packed(records.map((record) => JSON.stringify(record)))}, {})
    const expected = records.map((record) => JSON.stringify(cleanRecord(record).record) + '\n').join('')
    expect(first.output.length).toBeGreaterThan(2 ** 21)
    expect(new TextDecoder().decode(first.output)).toBe(expected)
    const second = cleanChunk({seq: 1, numbers: [1], bytes: packed(['{"text":"B."}'])}, {})
    expect(new TextDecoder().decode(second.output)).toBe('{"text":"B.","stripped":[]}\n')
    expect(new TextDecoder().decode(first.output)).toBe(expected)
  })
})

describe('JSONL bytes', function () {
  const bytes = (value: string) => new TextEncoder().encode(value)

  it('should tell blank lines as `String#trim` does', function () {
    expect(['', ' \t\r', '\u00A0', '\uFEFF', '\u3000 '].map((line) => isBlank(bytes(line)))).toEqual([true, true, true, true, true])
    expect(['{}', ' x', '\u00E9', '\u00A0.'].map((line) => isBlank(bytes(line)))).toEqual([false, false, false, false])
    expect(isBlank(new Uint8Array([0x20, 0xff]))).toBe(false)
  })

  it('should pack lines into a buffer of its own and unpack them', function () {
    const lines = [bytes('\uFEFF{"a":1}\r'), bytes('{"b":"Caf\u00E9 \u{1F600}"}'), new Uint8Array([0x7b, 0xff, 0x7d])]
    const packed = pack(lines, lines.reduce((size, line) => size + line.length, 0))
    expect(packed.byteOffset).toBe(0)
    expect(packed.buffer.byteLength).toBe(packed.length)
    expect(unpack(packed, [1, 2, 4])).toEqual(['{"a":1}', '{"b":"Caf\u00E9 \u{1F600}"}', '{\uFFFD}'])
    // Only line 1 loses a byte order mark.
    expect(unpack(packed, [2, 3, 4])[0]).toBe('\uFEFF{"a":1}')
    expect(unpack(pack([], 0), [])).toEqual([])
  })
})
