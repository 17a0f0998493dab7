import fc from 'fast-check'
import {clean, cleanText, type Place} from '../src/index.js'
import {expectContract, lineStarts, pointAt, whitespaceRule} from './util/contract.js'
import {debris as debrisLines, prose} from './util/fuzz.js'
import {seeds} from './util/seeds.js'

// Fixed, so a failure is the same failure on every machine.
const seed = 20_190_323
const numRuns = 200

/**
 * Debris lines: those of the fuzz test, and the seeds’ labels.
 */
const debris = [...debrisLines, ...new Set(seeds().flatMap((item) => item.stripped.map((label) => label.text)))]

/**
 * White space around a line: nothing, spaces, tabs, NBSP.
 */
const edge = fc.constantFrom('', '', ' ', '  ', '\t', '\u00A0', ' \u00A0', '\u2003')

/**
 * A line: prose, debris, prose with inline debris, blank, or junk.
 */
const line = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...prose)},
  {weight: 4, arbitrary: fc.constantFrom(...debris)},
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...prose), fc.constantFrom('{mosads}', '[/caption]', 'Hits: 81'), fc.constantFrom(...prose))
      .map((parts) => parts.join(' '))
  },
  {weight: 2, arbitrary: fc.constantFrom('', '', ' ', '\t', '\u00A0')},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 40})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 20})}
)

/**
 * A document: lines with white space around them, joined by `\n`, `\r\n`
 * or `\r` (one kind per document, or mixed), ending in a line break or not.
 */
const documents = fc
  .record({
    lines: fc.array(fc.tuple(edge, line, edge), {maxLength: 30}),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
    mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n'), {minLength: 1, maxLength: 30}),
    final: fc.boolean()
  })
  .map(function ({lines, eol, mixed, final}) {
    let value = ''
    for (const [index, [before, content, after]] of lines.entries()) {
      const lineBreak = eol === 'mixed' ? mixed[index % mixed.length]! : eol
      value += before + content + after + (index < lines.length - 1 || final ? lineBreak : '')
    }

    return value
  })

describe('lossless output contract', function () {
  describe.each(seeds().map((item) => [item.name, item.input] as const))('seed %s', function (_, input) {
    it('should hold as given', function () {
      expectContract(input, clean(input))
    })

    it('should hold with CRLF line breaks', function () {
      const value = input.replace(/\r?\n/g, '\r\n')
      expectContract(value, clean(value))
    })

    it('should hold with CR line breaks', function () {
      const value = input.replace(/\r?\n/g, '\r')
      expectContract(value, clean(value))
    })
  })

  it('should hold on generated documents', function () {
    fc.assert(
      fc.property(documents, function (value) {
        expectContract(value, clean(value))
      }),
      {seed, numRuns}
    )
  })

  it('should hold on generated documents with repeated lines', function () {
    const repeated = fc
      .tuple(documents, fc.constantFrom(...prose, ...debris), fc.constantFrom('\n', '\r\n', '\n\n'))
      .map(([value, repeat, lineBreak]) => [repeat, value, repeat, value, repeat].join(lineBreak))
    fc.assert(
      fc.property(repeated, function (value) {
        expectContract(value, clean(value))
      }),
      {seed, numRuns: 50}
    )
  })

  it('should hold on the same input with each category off', function () {
    const input = seeds()[0]!.input
    for (const category of ['counter', 'related', 'share', 'duplicate'] as const) {
      expectContract(input, clean(input, {rules: {[category]: false}}))
    }
  })
})

describe('whitespace rule (`cleanText`)', function () {
  it('should equal the documented rule for places inside lines', function () {
    fc.assert(
      fc.property(documentsWithCuts(false), function ([value, cuts]) {
        expect(cleanText(value, cuts)).toBe(whitespaceRule(value, cuts))
      }),
      {seed, numRuns}
    )
  })

  it('should equal the documented rule without places', function () {
    fc.assert(
      fc.property(documents, function (value) {
        expect(cleanText(value, [])).toBe(whitespaceRule(value, []))
      }),
      {seed, numRuns}
    )
  })

  it('should cut a line break inside a place, as the contract says', function () {
    // A place from the middle of one line to the middle of the next: the
    // `\n` is in `actual`, so it must not also be in `text`.
    const value = 'Kept xx\nyy kept'
    expect(cleanText(value, [cut(value, 5, 10)])).toBe('Kept  kept')
    const crlf = 'Kept\r\nxx\r\nyy kept\r\nMore'
    expect(cleanText(crlf, [cut(crlf, 6, 12)])).toBe('Kept\r\n kept\r\nMore')
  })

  it('should equal the documented rule for places across lines', function () {
    fc.assert(
      fc.property(documentsWithCuts(true), function ([value, cuts]) {
        expect(cleanText(value, cuts)).toBe(whitespaceRule(value, cuts))
      }),
      {seed, numRuns}
    )
  })

  it.each([
    ['<html><body><p>One.</p><p>Two.</p></body></html>', 'One.\nTwo.'],
    ['<html><body>\r\n  <p>One.</p> <p>Two.</p>\r\n</body></html>\r\n', 'One.\r\nTwo.\r\n'],
    ['<!doctype html><p>One <b>two</b> <i>three</i>.</p>', 'One two three.'],
    ['<html><body><p>One.</p>\n\n<p>Two.</p><!-- x -->Three.', 'One.\n\nTwo.\nThree.'],
    // Not a page's source: a cut tag breaks nothing.
    ['Use <p> for a paragraph.', 'Use  for a paragraph.']
  ] as const)('should break the line at a block’s markup in a page’s source: %j', function (value, text) {
    const places = [...value.matchAll(/<[^<>]*>/g)].map((match) => cut(value, match.index, match.index + match[0].length))
    expect(cleanText(value, places)).toBe(text)
    expect(whitespaceRule(value, places)).toBe(text)
  })

  it.each([
    ['A.\nHits: 81\nB.\n', [3, 11], 'A.\nB.\n'],
    ['A.\n\nHits: 81\n\nB.', [4, 12], 'A.\n\nB.'],
    ['Hits: 81\r\nA.', [0, 8], 'A.'],
    ['A.\rHits: 81', [3, 11], 'A.'],
    ['\n\nA.\n \n\t\nB. x\n\n', [12, 13], 'A.\n \nB. \n']
  ] as const)('should have a reference that cuts %j at %j to %j', function (value, [start, end], text) {
    expect(whitespaceRule(value, [cut(value, start, end)])).toBe(text)
  })
})

/**
 * A place from offsets, with line and column counted from the input.
 *
 * @param value
 *   Input.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Place.
 */
function cut(value: string, start: number, end: number): Place {
  const starts = lineStarts(value)
  return {start: {...pointAt(starts, start), offset: start}, end: {...pointAt(starts, end), offset: end}}
}

/**
 * Documents with random disjoint cuts that never split a `\r\n`.
 *
 * @param across
 *   Whether cuts may hold line breaks.
 * @returns
 *   Arbitrary of documents and their cuts.
 */
function documentsWithCuts(across: boolean): fc.Arbitrary<[string, Array<Place>]> {
  return documents.chain(function (value) {
    return fc
      .uniqueArray(fc.nat({max: value.length}), {maxLength: 12})
      .map(function (offsets) {
        const bounds = offsets
          .filter((offset) => !(value.charAt(offset - 1) === '\r' && value.charAt(offset) === '\n'))
          .sort((a, b) => a - b)
        const cuts: Array<Place> = []
        for (let index = 0; index + 1 < bounds.length; index += 2) {
          const start = bounds[index]!
          const end = bounds[index + 1]!
          if (across || !/[\r\n]/.test(value.slice(start, end))) cuts.push(cut(value, start, end))
        }

        return [value, cuts] as [string, Array<Place>]
      })
  })
}
