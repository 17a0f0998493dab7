import fc from 'fast-check'
import type {Paragraph, Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {clean, deboilerLines, deboilerPreset, stripper, type Cut} from '../../src/index.js'
import {lineValue} from '../../src/util/lines.js'

// Fixed, so a failure is the same failure on every machine.
const seed = 9_310_442

const meta = {category: 'template', ruleId: 'template-tag'} as const

/**
 * Cut batches of ranges out of the first line of a document, each batch as
 * one rule would, and say what came of it.
 *
 * @param value
 *   Document.
 * @param batches
 *   Ranges of each batch, as offsets in the first line's text, in order and
 *   apart.
 * @param parseFirst
 *   Read every line's sentences before the first cut (the cut then splits
 *   nodes at once), instead of leaving them to be parsed when read.
 * @returns
 *   The text of each line left, every message (place, text, rule), and the
 *   sentences of every line left.
 */
function run(value: string, batches: ReadonlyArray<ReadonlyArray<[number, number]>>, parseFirst: boolean) {
  const tree = unified().use(deboilerLines).parse(value) as Root
  const file = new VFile(value)
  const lines = () => tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
  if (parseFirst) for (const line of lines()) void line.children
  const first = lines()[0]!
  const offset = first.position!.start.offset!

  for (const [index, batch] of batches.entries()) {
    const strip = stripper(tree, file, meta)
    const cuts: Array<Cut> = batch.map(([start, end]) => ({
      start: offset + start,
      end: offset + end,
      verdict: {reason: 'Cut ' + index}
    }))
    strip.ranges(first, cuts)
    strip.apply()
  }

  return {
    values: lines().map((line) => lineValue(line)),
    messages: file.messages.map((message) => ({place: message.place, actual: message.actual, reason: message.reason})),
    sentences: JSON.parse(JSON.stringify(lines().map((line) => line.children))) as unknown
  }
}

/**
 * Text of a line: words, punctuation, symbols and every kind of white space
 * the sentence parser and JavaScript disagree on.
 */
const piece = fc.constantFrom('word', 'Two', '42', '.', ',', '!', '{mosads}', '<b>', '</p>', ' ', '  ', '\t', '\u00A0', '\u0085', '\uFEFF', '\u3000', '😀', 'é', '—')
const line = fc.array(piece, {minLength: 1, maxLength: 24}).map((pieces) => 'a ' + pieces.join('') + ' z')

/**
 * Batches of ranges inside a line of `length` characters.
 *
 * @param length
 *   Length of the line.
 * @returns
 *   Arbitrary.
 */
function batchesOf(length: number) {
  const batch = fc
    .uniqueArray(fc.integer({min: 0, max: length}), {minLength: 2, maxLength: 8})
    .map((points) => {
      const sorted = [...points].sort((a, b) => a - b)
      const ranges: Array<[number, number]> = []
      for (let index = 0; index + 1 < sorted.length; index += 2) ranges.push([sorted[index]!, sorted[index + 1]!])
      return ranges
    })
  return fc.array(batch, {minLength: 1, maxLength: 3})
}

/**
 * A document parsed with the line layer, and a stripper on it.
 *
 * @param value
 *   Document.
 * @returns
 *   Tree, file, the lines left, and the stripper.
 */
function setUp(value: string) {
  const tree = unified().use(deboilerLines).parse(value) as Root
  const file = new VFile(value)
  const lines = () => tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
  return {tree, file, lines, strip: stripper(tree, file, meta)}
}

describe('cuts in a line not parsed yet', () => {
  it('come out as cuts in a parsed line do: text, messages, sentences', () => {
    fc.assert(
      fc.property(
        line.chain((value) => fc.tuple(fc.constant(value), batchesOf(value.length))),
        fc.constantFrom('', '\nSecond line.', '\r\nSecond line.'),
        ([value, batches], rest) => {
          expect(run(value + rest, batches, false)).toEqual(run(value + rest, batches, true))
        }
      ),
      {seed, numRuns: 400}
    )
  })

  it('leave a line whose every piece is cut out to be stripped whole', () => {
    const {file, lines, strip} = setUp('Keep this line.\n<p> {mosads} </p>\nAnd this one.')
    strip.ranges(lines()[1]!, [
      {start: 16, end: 19, verdict: {reason: 'Tag'}},
      {start: 20, end: 28, verdict: {reason: 'Artifact'}},
      {start: 29, end: 33, verdict: {reason: 'Tag'}}
    ])
    strip.apply()
    expect(lines().map((node) => lineValue(node))).toEqual(['Keep this line.', 'And this one.'])
    expect(file.messages.map((message) => message.actual)).toEqual(['<p>', '{mosads}', '</p>'])
  })

  it('read the text left, and the sentences of it when asked', () => {
    const {lines, strip} = setUp('Read <b>this</b> now.')
    const only = lines()[0]!
    strip.ranges(only, [
      {start: 5, end: 8, verdict: {reason: 'Tag'}},
      {start: 12, end: 16, verdict: {reason: 'Tag'}}
    ])
    strip.apply()
    expect(lineValue(only)).toBe('Read this now.')
    const words = JSON.stringify(only.children).match(/"value":"[^"]*"/g)
    expect(words).toEqual(['"value":"Read"', '"value":" "', '"value":"this"', '"value":" "', '"value":"now"', '"value":"."'])
  })
})

describe('sentences set by a plugin', () => {
  it('replace the ranges waiting for the parse, and give the line its text', () => {
    const {lines, strip} = setUp('Read <b>this</b> now.')
    const only = lines()[0]!
    strip.ranges(only, [{start: 5, end: 8, verdict: {reason: 'Tag'}}])
    strip.apply()
    expect(lineValue(only)).toBe('Read this</b> now.')
    const other = unified().use(deboilerLines).parse('Something else.') as Root
    only.children = (other.children[0] as Paragraph).children
    expect(lineValue(only)).toBe('Something else.')
    expect(JSON.stringify(only.children)).toBe(JSON.stringify((other.children[0] as Paragraph).children))
  })
})

describe('a page’s HTML source', () => {
  const page = [
    '<!doctype html>',
    '<html><head><title>Page</title><script>var a = 1;</script></head><body>',
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
    '<h1>A <em>real</em> headline about the harbour</h1>',
    '<p>The harbour reopened on Monday after <b>three weeks</b> of repairs, the port authority said.</p>',
    '<p>Ships that had waited offshore began to unload on Tuesday morning. <!-- ad --></p>',
    '<footer>Copyright 2024 Harbour News. All rights reserved.</footer>',
    '</body></html>'
  ].join('\n')

  /**
   * Clean the page with the preset.
   *
   * @param parseFirst
   *   Read every line's sentences before the rules run.
   * @returns
   *   Output and messages.
   */
  function cleanPage(parseFirst: boolean) {
    const processor = unified()
      .use(deboilerLines)
      .use(function () {
        return function (tree: Root) {
          if (parseFirst) for (const child of tree.children) if (child.type === 'ParagraphNode') void child.children
        }
      })
      .use(deboilerPreset)
    const file = processor.processSync(page)
    return {
      text: String(file),
      messages: file.messages.map((message) => [message.ruleId, message.place, message.actual, message.reason])
    }
  }

  it('gives the same result whether its lines were parsed before the cuts or after', () => {
    const lazy = cleanPage(false)
    expect(lazy.text).toContain('The harbour reopened on Monday after three weeks of repairs')
    expect(lazy.text).not.toContain('<b>')
    expect(lazy.messages.some(([ruleId]) => ruleId === 'template-markup')).toBe(true)
    expect(cleanPage(true)).toEqual(lazy)
    expect(clean(page).text).toBe(lazy.text)
  })
})
