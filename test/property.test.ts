import fc from 'fast-check'
import {categories, clean, cleanText} from '../src/index.js'
import {expectContract} from './util/contract.js'
import {debris, prose, spaces} from './util/fuzz.js'
import {seeds} from './util/seeds.js'

// Fixed, so a failure is the same failure on every machine (fast-check
// prints the seed and path to replay it).
const seed = 6_020_231

/**
 * Debris of the fuzz lists and the seeds’ labelled debris.
 */
const debrisLines = [...new Set([...debris, ...seeds().flatMap((item) => item.stripped.map((label) => label.text))])]

/**
 * Characters that break naive code: NUL and C0/C1 controls, lone and paired
 * surrogates, emoji sequences, RTL letters and bidi controls, combining
 * marks, Unicode line and paragraph separators.
 */
const oddCharacter = fc.oneof(
  fc.integer({min: 0, max: 0x1f}).map((code) => String.fromCharCode(code)),
  fc.integer({min: 0x7f, max: 0x9f}).map((code) => String.fromCharCode(code)),
  fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code)),
  fc.constantFrom('😀', '👍🏽', '👩‍👩‍👧', '🇫🇷', '𝔘', '\uFE0F', '\u200D'),
  fc.constantFrom('א', 'ש', 'ب', 'ع', '\u200F', '\u200E', '\u202E', '\u202C', '\u2067', '\u2069', '\u061C'),
  fc.constantFrom('\u0301', '\u0308', 'ﬁ', 'İ', 'ß'),
  fc.constantFrom('\u2028', '\u2029', '\u0085'),
  fc.constantFrom(...spaces)
)

/**
 * A line break as the contract knows it.
 */
const lineBreak = fc.constantFrom('\n', '\r\n', '\r')

/**
 * White space at a line’s edge.
 */
const edge = fc.oneof(
  {weight: 3, arbitrary: fc.constant('')},
  {weight: 2, arbitrary: fc.array(fc.constantFrom(...spaces), {minLength: 1, maxLength: 3}).map((list) => list.join(''))}
)

/**
 * Join lines with one kind of line break, or a mix, ending in one or not.
 *
 * @param line
 *   Arbitrary of a line.
 * @param maxLength
 *   Most lines.
 * @returns
 *   Arbitrary of documents.
 */
function document(line: fc.Arbitrary<string>, maxLength = 30): fc.Arbitrary<string> {
  return fc
    .record({
      lines: fc.array(fc.tuple(edge, line, edge), {maxLength}),
      breaks: fc.array(lineBreak, {minLength: 1, maxLength: 8}),
      mixed: fc.boolean(),
      final: fc.boolean()
    })
    .map(function ({lines, breaks, mixed, final}) {
      let value = ''
      for (const [index, [before, content, after]] of lines.entries()) {
        const eol = mixed ? breaks[index % breaks.length]! : breaks[0]!
        value += before + content + after + (index < lines.length - 1 || final ? eol : '')
      }

      return value
    })
}

/**
 * Check the contract on an input, and that `clean()` gives the same result
 * twice.
 *
 * @param value
 *   Input.
 */
function holds(value: string): undefined {
  const result = clean(value)
  expectContract(value, result)
  expect(cleanText(value, result.stripped.map((item) => item.place))).toBe(result.text)
  expect(clean(value)).toEqual(result)
}

describe('output contract (property)', function () {
  it('should hold on random lines (any UTF-16, graphemes, binary)', function () {
    const line = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 60}),
      fc.string({unit: 'binary', maxLength: 60}),
      fc.string({unit: fc.constantFrom('a', ' ', '.', '|', ':', '-', '©', '1', '\t', '{', '[', '<'), maxLength: 40}),
      fc.string({maxLength: 40})
    )
    fc.assert(fc.property(document(line), holds), {seed, numRuns: 150})
  })

  it('should hold on real debris lines mixed with prose', function () {
    const line = fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom(...prose)},
      {weight: 4, arbitrary: fc.constantFrom(...debrisLines)},
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...prose), fc.constantFrom(...debrisLines), fc.constantFrom(...prose))
          .map((parts) => parts.join(' '))
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...debrisLines), fc.constantFrom(' | ', ' • ', ' / ', '  '), fc.constantFrom(...debrisLines))
          .map((parts) => parts.join(''))
      },
      {weight: 1, arbitrary: fc.constant('')}
    )
    fc.assert(fc.property(document(line, 60), holds), {seed, numRuns: 150})
  })

  it('should hold with CRLF, lone CR and LF mixed in one document, and with empty lines between', function () {
    const value = fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...prose), fc.constantFrom(...debrisLines), fc.constant('')),
          fc.constantFrom('\n', '\r\n', '\r', '\r\r', '\n\r', '\r\n\r\n', '\n\n\n', '\r\r\n')
        ),
        {maxLength: 40}
      )
      .map((pairs) => pairs.flat().join(''))
    fc.assert(fc.property(value, holds), {seed, numRuns: 150})
  })

  it('should hold with U+2028, U+2029 and NEL inside lines (they are not line breaks)', function () {
    const line = fc
      .tuple(fc.constantFrom(...prose, ...debrisLines), fc.constantFrom('\u2028', '\u2029', '\u0085'), fc.constantFrom(...prose, ...debrisLines))
      .map(([a, separator, b]) => a + separator + b)
    fc.assert(fc.property(document(fc.oneof(line, fc.constantFrom(...debrisLines))), holds), {seed, numRuns: 100})
  })

  it('should hold with NBSP and other spaces around and inside debris', function () {
    const line = fc
      .tuple(fc.constantFrom(...debrisLines, ...prose), fc.constantFrom(...spaces))
      .map(([text, space]) => text.replace(/ /g, space))
    fc.assert(fc.property(document(line), holds), {seed, numRuns: 100})
  })

  it('should hold with emoji, lone surrogates, NUL, controls and RTL text', function () {
    const line = fc.oneof(
      fc.string({unit: oddCharacter, maxLength: 40}),
      fc
        .tuple(fc.constantFrom(...debrisLines, ...prose), fc.string({unit: oddCharacter, minLength: 1, maxLength: 4}))
        .map(([text, odd]) => (text.length % 2 === 0 ? odd + text : text + odd)),
      fc.constantFrom(...prose)
    )
    fc.assert(fc.property(document(line), holds), {seed, numRuns: 150})
  })

  it('should hold on lines of 100,000 characters', function () {
    const long = fc
      .tuple(
        fc.constantFrom(...prose.map((text) => text + ' '), 'x', '😀', '\uD800', 'a b ', '| ', '1,', '-', ' ', '\u00A0'),
        fc.integer({min: 99_000, max: 101_000})
      )
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))
    const value = fc
      .tuple(fc.constantFrom(...prose), long, fc.constantFrom(...debrisLines), lineBreak)
      .map(([before, line, after, eol]) => [before, line, after].join(eol))
    fc.assert(
      fc.property(value, function (value) {
        expectContract(value, clean(value))
      }),
      {seed, numRuns: 6}
    )
  }, 60_000)

  it('should hold on thousands of empty lines', function () {
    const value = fc
      .tuple(
        fc.integer({min: 1000, max: 5000}),
        lineBreak,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...prose, ...debrisLines, ' ', '\t', '\u00A0')), {maxLength: 20})
      )
      .map(function ([count, eol, inserts]) {
        const lines = Array.from({length: count}, () => '')
        for (const [at, text] of inserts) lines[at % count] = text
        return lines.join(eol)
      })
    fc.assert(
      fc.property(value, function (value) {
        expectContract(value, clean(value))
      }),
      {seed, numRuns: 15}
    )
  }, 60_000)

  it('should strip nothing and keep lines byte for byte with every category off', function () {
    const all = Object.fromEntries(categories.map((category) => [category, false]))
    fc.assert(
      fc.property(document(fc.constantFrom(...prose, ...debrisLines)), function (value) {
        const result = clean(value, {rules: all})
        expect(result.stripped).toEqual([])
        expect(result.text).toBe(cleanText(value, []))
      }),
      {seed, numRuns: 50}
    )
  })
})
