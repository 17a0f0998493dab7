import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {retext} from 'retext'
import {unified} from 'unified'
import {deboilerCounter, deboilerLines, deboilerTemplate} from '../src/index.js'
import {lineBreaks, linesOf} from '../src/util/lines.js'

/**
 * Parse with the line layer only.
 */
function parse(value: string): Root {
  return unified().use(deboilerLines).parse(value) as Root
}

describe('deboilerLines', function () {
  it('should make one paragraph per source line, with white space between them', function () {
    const tree = parse('One. Two three.\n\n  Hits: 81 \r\nEnd')
    expect(tree.children.map((child) => [child.type, toString(child)])).toEqual([
      ['ParagraphNode', 'One. Two three.'],
      ['WhiteSpaceNode', '\n\n  '],
      ['ParagraphNode', 'Hits: 81'],
      ['WhiteSpaceNode', ' \r\n'],
      ['ParagraphNode', 'End']
    ])
    // The white space before a line ends where the line starts.
    expect(tree.children[1]!.position!.end).toEqual({line: 3, column: 3, offset: 19})
    expect(tree.children[2]!.position!.start).toEqual({line: 3, column: 3, offset: 19})
  })

  it('should give each line sentences with the positions of the document, as a plain property', function () {
    const tree = parse('Intro\n  Mr. Smith left. He came back.')
    const line = tree.children[2] as Paragraph
    expect(Object.keys(line)).toContain('children')
    expect(line.children.map((child) => child.type)).toEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode'])
    expect(line.children[2]!.position).toEqual({
      start: {line: 2, column: 19, offset: 24},
      end: {line: 2, column: 32, offset: 37}
    })
    // A copy through JSON keeps the sentences.
    const copy = JSON.parse(JSON.stringify(line)) as Paragraph
    expect(copy.children[0]!.type).toBe('SentenceNode')
    expect(toString(copy)).toBe('Mr. Smith left. He came back.')
  })

  it('should keep sentences a plugin sets on a line', function () {
    const tree = parse('Hello there.')
    const line = tree.children[0] as Paragraph
    line.children = []
    expect(line.children).toEqual([])
    expect(toString(line)).toBe('')
  })

  it('should parse every line of one document on its own', function () {
    const tree = parse('First line\nSecond line.')
    const [first, , second] = tree.children as [Paragraph, unknown, Paragraph]
    expect(first.children.length).toBe(1)
    expect(second.children[0]!.position!.start).toEqual({line: 2, column: 1, offset: 11})
  })
})

describe('lineBreaks', function () {
  it.each([
    ['', 0],
    ['no break', 0],
    ['a\nb', 1],
    ['a\r\nb', 1],
    ['a\rb', 1],
    ['a\n\nb', 2],
    ['a\r\n\r\nb', 2],
    ['a\r\rb', 2],
    ['a\n\rb', 2],
    ['\r\r\n\n', 3],
    ['a\n\r\n\rb\n', 4],
    ['\u2028\u0085', 0]
  ])('should count `\\n`, `\\r\\n` and lone `\\r` as one break each in %j', function (value, expected) {
    expect(lineBreaks(value)).toBe(expected)
  })

  it.each([
    ['a\nb\nc', 2, undefined, 1],
    ['a\nb\nc', 0, 2, 1],
    ['a\nb\nc', 2, 3, 0],
    ['\r\n\r\n', 2, undefined, 1],
    ['\r\n\r\n', 0, 2, 1],
    ['x\r\n', 2, undefined, 1],
    ['a\n\nb\n', 1, 3, 2]
  ])('should count only from start to end: %j from %j to %j', function (value, start, end, expected) {
    expect(lineBreaks(value, start, end)).toBe(expected)
  })
})

describe('linesOf', function () {
  it('should list every line with its index and whether a blank line comes before it, whatever the line breaks', function () {
    const tree = parse('One\nTwo\n\nThree\r\n \r\nFour\r\nFive\r\rSix')
    expect(linesOf(tree).map((line) => [line.index, line.value, line.blankBefore, line.strippedBy])).toEqual([
      [0, 'One', false, undefined],
      [1, 'Two', false, undefined],
      [2, 'Three', true, undefined],
      [3, 'Four', true, undefined],
      [4, 'Five', false, undefined],
      [5, 'Six', true, undefined]
    ])
    // The list is the tree’s own, made once.
    expect(linesOf(tree)).toBe(tree.data?.deboilerLines)
  })

  it('should mark the lines a rule stripped whole, which leave the tree but stay in the list', function () {
    const processor = unified().use(deboilerLines).use(deboilerCounter)
    const tree = processor.parse('A sentence.\nHits: 81\nAnother sentence.') as Root
    processor.runSync(tree, 'A sentence.\nHits: 81\nAnother sentence.')
    expect(linesOf(tree).map((line) => [line.value, line.strippedBy])).toEqual([
      ['A sentence.', undefined],
      ['Hits: 81', 'counter-hits'],
      ['Another sentence.', undefined]
    ])
    expect(tree.children.filter((child) => child.type === 'ParagraphNode').map((child) => toString(child))).toEqual([
      'A sentence.',
      'Another sentence.'
    ])
  })

  it('should give a line’s text less what a rule cut out of it', function () {
    const value = 'Kept text {mosads} and more.'
    const processor = unified().use(deboilerLines).use(deboilerTemplate)
    const tree = processor.parse(value) as Root
    processor.runSync(tree, value)
    const [line] = linesOf(tree)
    expect(line?.strippedBy).toBe(undefined)
    expect(line?.value).not.toContain('{mosads}')
  })

  it('should take a line of quote marks alone as the blank line between two quoted paragraphs', function () {
    const tree = unified().use(deboilerLines).parse('Intro.\n> First quoted paragraph.\n>\n> Second quoted paragraph.\n> > \nAfter.') as Root
    expect(linesOf(tree).map((line) => [line.value, line.blankBefore])).toEqual([
      ['Intro.', false],
      ['> First quoted paragraph.', false],
      ['>', true],
      ['> Second quoted paragraph.', true],
      ['> >', true],
      ['After.', true]
    ])
  })

  it('should make the list from the paragraphs of a tree from another parser', function () {
    const tree = retext().parse('One.\n\nTwo.') as Root
    expect(linesOf(tree).map((line) => [line.value, line.blankBefore])).toEqual([
      ['One.', false],
      ['Two.', true]
    ])
  })
})
