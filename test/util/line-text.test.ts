import fc from 'fast-check'
import type {Paragraph, Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {deboilerLines, stripper} from '../../src/index.js'
import {asciiDigits, dotless, foldedValue, lowerValue, ownCopy, phraseKey, singleSpaced, spacedValue, toneless} from '../../src/util/line-text.js'
import {lineValue} from '../../src/util/lines.js'

// Fixed, so a failure is the same failure on every machine.
const seed = 4_211_977

/**
 * Parse with the line layer only.
 *
 * @param value
 *   Document.
 * @returns
 *   Root with one paragraph per line.
 */
function parse(value: string): Root {
  return unified().use(deboilerLines).parse(value) as Root
}

/**
 * The lines of a document.
 *
 * @param tree
 *   Root from `deboilerLines`.
 * @returns
 *   Its paragraphs, in order.
 */
function linesOf(tree: Root): Array<Paragraph> {
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}

/**
 * The only line of a one-line document.
 *
 * @param value
 *   Line.
 * @returns
 *   Its paragraph.
 */
function onlyLine(value: string): Paragraph {
  const [line, ...rest] = linesOf(parse(value))
  expect(rest).toEqual([])
  return line!
}

const lines = [
  'Hello World',
  'READ MORE »',
  'ÄRGER über Öl und Übel',
  'İstanbul İzmir',
  'ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ',
  'Σ',
  'Don’t ‘Stop’ Believin’',
  '😀 Smile 👍🏽 NOW',
  'ǅemal ﬁnds STRASSE',
  '𝔘nicode Ⅻ'
]

describe('lowerValue', function () {
  it.each(lines)('should equal the line text in lower case: %j', function (value) {
    const line = onlyLine(value)
    expect(lowerValue(line)).toBe(asciiDigits(dotless(lineValue(line).toLowerCase())))
    // Asked again, the same text.
    expect(lowerValue(line)).toBe(asciiDigits(dotless(value.toLowerCase())))
  })

  it('should lower-case every line of a document on its own', function () {
    const tree = parse(lines.join('\n  \r\n'))
    const found = linesOf(tree)
    expect(found.map((line) => lowerValue(line))).toEqual(lines.map((value) => asciiDigits(dotless(value.toLowerCase()))))
  })

  it('should write a Turkish `İ` as `i`, as the data does, keeping the length', function () {
    const line = onlyLine('İLGİLİ HABERLER')
    expect(lowerValue(line)).toBe('ilgili haberler')
    expect(lowerValue(line).length).toBe(lineValue(line).length)
    expect(foldedValue(onlyLine('İstanbul’da'))).toBe("istanbul'da")
  })

  it.each([
    ['بازدید: ۱۲۰۴', 'بازدید: 1204'],
    ['١٢ مارس ٢٠٢٤', '12 مارس 2024'],
    ['２０２４年１月２１日', '2024年1月21日']
  ])('should write the digits of other scripts as ASCII digits, keeping the length: %j', function (value, expected) {
    const line = onlyLine(value)
    expect(lowerValue(line)).toBe(expected)
    expect(lowerValue(line).length).toBe(lineValue(line).length)
  })

  it.each([
    ['ΟΔΟΣ', 'οδος'],
    ['ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ', 'οδος σοφοκλεους'],
    ['Σ', 'σ']
  ])('should write a Greek sigma as final at the end of a word only: %j', function (value, expected) {
    expect(lowerValue(onlyLine(value))).toBe(expected)
  })

  it('should follow the line text after a rule cuts a range out of it', function () {
    const value = 'Intro\nÄRGER Read More İN ΟΔΟΣ\nEnd'
    const tree = parse(value)
    const file = new VFile(value)
    const line = linesOf(tree)[1]!
    // Fill the kept forms from the old text first.
    expect(lowerValue(line)).toBe('ärger read more in οδος')
    expect(foldedValue(line)).toBe('ärger read more in οδος')

    const start = value.indexOf('Read More ')
    const strip = stripper(tree, file, {category: 'template', ruleId: 'template-test'})
    strip.range(line, start, start + 'Read More '.length, {reason: 'Unexpected `Read More`'})
    strip.apply()

    expect(lineValue(line)).not.toContain('Read')
    expect(lowerValue(line)).toBe(dotless(lineValue(line).toLowerCase()))
    expect(lowerValue(line)).not.toContain('read')
    expect(foldedValue(line)).toBe(lowerValue(line))
  })

  it('should follow the line text when the folded form was asked for first', function () {
    const value = 'It’s Über Cool'
    const tree = parse(value)
    const line = linesOf(tree)[0]!
    expect(foldedValue(line)).toBe("it's über cool")

    const strip = stripper(tree, new VFile(value), {category: 'template', ruleId: 'template-test'})
    strip.range(line, value.indexOf(' Cool'), value.length, {reason: 'Unexpected `Cool`'})
    strip.apply()

    expect(foldedValue(line)).toBe("it's über")
    expect(lowerValue(line)).toBe('it’s über')
  })
})

describe('spacedValue', function () {
  it.each([
    ['Wir  VERWENDEN\tCookies', 'wir verwenden cookies'],
    ['One space only', 'one space only'],
    ['NBSP\u00A0and\u2003em', 'nbsp and em']
  ])('should be the lower-case line text, single-spaced: %j', function (value, expected) {
    const line = onlyLine(value)
    expect(spacedValue(line)).toBe(expected)
    expect(spacedValue(line)).toBe(singleSpaced(lowerValue(line)))
  })

  it('should follow the line text after a rule cuts a range out of it', function () {
    const value = 'Keep  THIS  Drop'
    const tree = parse(value)
    const line = linesOf(tree)[0]!
    expect(spacedValue(line)).toBe('keep this drop')
    const strip = stripper(tree, new VFile(value), {category: 'template', ruleId: 'template-test'})
    strip.range(line, value.indexOf('  Drop'), value.length, {reason: 'Unexpected `Drop`'})
    strip.apply()
    expect(spacedValue(line)).toBe('keep this')
  })
})

describe('foldedValue', function () {
  it.each(lines)('should equal the lower-case line text with straight apostrophes: %j', function (value) {
    const line = onlyLine(value)
    expect(foldedValue(line)).toBe(dotless(lineValue(line).toLowerCase()).replace(/[‘’]/gu, "'"))
  })

  it.each([
    ['Don’t ‘Stop’', "don't 'stop'"],
    ['‘’', "''"],
    ['“Quoted” stays', '“quoted” stays'],
    ["It's straight", "it's straight"]
  ])('should straighten only curly single quotes: %j', function (value, expected) {
    expect(foldedValue(onlyLine(value))).toBe(expected)
  })

  it('should not change the lower-case form', function () {
    const line = onlyLine('We’re HERE')
    expect(foldedValue(line)).toBe("we're here")
    expect(lowerValue(line)).toBe('we’re here')
  })
})

describe('asciiDigits', function () {
  // The zero of each script's digits that `asciiDigits` reads.
  const zeros = [0x06_60, 0x06_f0, 0x09_66, 0x09_e6, 0x0e_50, 0xff_10]

  it.each(zeros.map((zero) => [zero.toString(16), zero]))('should read the ten digits from U+%s', function (_, zero) {
    const digits = Array.from({length: 10}, (_, value) => String.fromCharCode(zero + value)).join('')
    expect(digits).toMatch(/^\p{Nd}{10}$/u)
    expect(asciiDigits('a ' + digits + ' b')).toBe('a 0123456789 b')
  })

  it('should leave every other character as it is', function () {
    const others = ['12', 'abc', 'Ⅻ', '²', '½', '𝟙', '〇', '十', '\u0659', '\u066A', '\u06FA', '\u0970', '\u09F0', '\u0E5A', '\uFF1A']
    for (const value of others) expect(asciiDigits(value)).toBe(value)
  })

  it('should keep the length of any string', function () {
    const character = fc.constantFrom('a', '1', '۱', '٣', '०', '৯', '๕', '７', ' ', '😀', 'İ')
    const text = fc.array(character, {maxLength: 20}).map((list) => list.join(''))
    fc.assert(
      fc.property(text, (value) => asciiDigits(value).length === value.length),
      {seed, numRuns: 300}
    )
  })
})

describe('toneless', function () {
  it('should read Greek in capitals and in lower case alike', function () {
    expect(toneless('σχετικά άρθρα')).toBe('ΣΧΕΤΙΚΑ ΑΡΘΡΑ'.toLowerCase())
    expect(toneless('ΐ ΰ ϊ')).toBe('ϊ ϋ ϊ')
    expect(phraseKey('ΣΧΕΤΙΚΑ ΑΡΘΡΑ')).toBe(phraseKey('Σχετικά άρθρα'))
  })

  it('should leave other text as it is', function () {
    for (const value of ['café', 'ñandú', 'σχετικα', 'ёлка', 'İ']) expect(toneless(value)).toBe(value)
  })
})

describe('singleSpaced', function () {
  it.each([
    ['', ''],
    ['one', 'one'],
    ['one two three', 'one two three'],
    [' one ', ' one '],
    ['one  two', 'one two'],
    ['one\ttwo', 'one two'],
    ['one\u00a0two', 'one two'],
    ['one \u2003 two', 'one two'],
    ['  lead', ' lead'],
    ['trail\r\n', 'trail '],
    ['a\n\nb c\t\td', 'a b c d']
  ])('should collapse each run of white space to one space: %j', function (value, expected) {
    expect(singleSpaced(value)).toBe(expected)
  })

  it('should equal `value.replace(/\\s+/gu, " ")` on random strings', function () {
    const character = fc.constantFrom('a', 'B', 'é', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '.', '😀')
    const text = fc.array(character, {maxLength: 20}).map((list) => list.join(''))
    fc.assert(
      fc.property(text, (value) => singleSpaced(value) === value.replace(/\s+/gu, ' ')),
      {seed, numRuns: 500}
    )
  })
})

describe('ownCopy', function () {
  it('should give back the same text, in any script, over many chunks', function () {
    const page = 'A line of the page’s text — with 😀 and 中文 and עברית.\n'.repeat(400)
    for (const [start, end] of [[0, 5], [0, 60], [3, 4200], [0, page.length], [4095, 8193]] as const) {
      const slice = page.slice(start, end)
      expect(ownCopy(slice)).toBe(slice)
    }

    expect(ownCopy('')).toBe('')
  })

  it('should give back any text as it is, as a property', function () {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 9000}), (value) => ownCopy(value) === value),
      {seed, numRuns: 200}
    )
  })
})
