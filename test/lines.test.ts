import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import {deboilerLines} from '../src/index.js'

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
