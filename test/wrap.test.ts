import {clean} from '../src/index.js'
import {linkShape} from '../src/util/markup.js'
import {wrapJoins} from '../src/util/wrap.js'
import {parseLines} from '../src/util/lines.js'
import {ParseEnglish} from 'parse-english'
import {expectContract} from './util/contract.js'
import {fold} from './util/fold.js'
import {seeds} from './util/seeds.js'

function words(value: string): Array<string> {
  return value.match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * The source lines of a document, as `parseLines` sees them.
 */
function joinsOf(value: string): Array<number> | undefined {
  const tree = parseLines(value, new ParseEnglish())
  const lines = tree.data!.deboilerLines!
  // Lines of the page that span more than one source line.
  const spans = lines.map((line) => line.node.position!.end.line - line.node.position!.start.line + 1)
  return spans.some((span) => span > 1) ? spans : undefined
}

const paragraph =
  'The council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had moved since the floods of last winter. Residents who live on the east bank said they had not been asked, and that the detour would add twenty minutes to every trip into town.'

const another =
  'Work on a new crossing is to start in the autumn. The county said that it would pay for a ferry for people on foot and on bicycles until the new bridge opens, which it hopes will be in three years, and that buses would run every quarter of an hour.'

describe('hard-wrapped text', function () {
  it('should make each wrapped paragraph one line of the page', function () {
    const value = [fold(paragraph, 72), '', fold(paragraph, 72), '', 'Hits: 81', '', fold(paragraph, 72)].join('\n')
    const spans = joinsOf(value)
    expect(spans).toEqual([5, 5, 1, 5])
  })

  it('should cut a text wrapped with no blank line into paragraphs of at most 10,000 characters', function () {
    const value = fold(Array.from({length: 100}, () => paragraph).join(' '), 72)
    const tree = parseLines(value, new ParseEnglish())
    const sizes = tree.data!.deboilerLines!.map((line) => line.node.position!.end.offset! - line.node.position!.start.offset!)
    expect(sizes.length).toBeGreaterThan(2)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10_000)
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(value.length - sizes.length * 2)
  })

  it('should join nothing in text with one paragraph per line', function () {
    expect(joinsOf([paragraph, paragraph, 'Hits: 81', paragraph].join('\n'))).toBe(undefined)
  })

  it('should join nothing where sentences of about the same length sit above short labels', function () {
    const page = Array.from({length: 20}, (_, index) =>
      ['Story ' + index + ' went on as the people of the town had hoped it would, slowly.', 'Hits: ' + index, ''].join('\n')
    ).join('\n')
    expect(joinsOf(page)).toBe(undefined)
  })

  it('should not join a note that opens with a label in capitals to the full line above it', function () {
    const value = [
      fold(paragraph, 72),
      '',
      'Talk about this story on our boards [/board/talkbacks?board=river-bank]',
      'NOTE: Please post your comments using the link above, and use the title',
      'of the story as the subject of your post.',
      '',
      fold(paragraph, 72)
    ].join('\n')
    expect(joinsOf(value)).toEqual([5, 1, 2, 5])
  })

  it('should join lines wrapped by hand, of no fixed width, where the next starts in lower case', function () {
    const value = [
      'The vision expressed by the founder and president emeritus',
      'is today realized more than ever in education and training programs',
      'designed to build a global citizenry. Indeed, the school',
      'is now recognized for its focus on practical skills.',
      'Next spring, the school will cap the year-long celebration.'
    ].join('\n')
    expect(joinsOf(value)).toEqual([4, 1])
  })

  it('should not join short lines, or a line that ends a clause, to a line in lower case', function () {
    expect(joinsOf(['Home', 'news', 'sport and weather', 'contact us'].join('\n'))).toBe(undefined)
    expect(joinsOf(['The reasons the council gave for the overrun are these:', 'higher prices, and rain'].join('\n'))).toBe(undefined)
  })

  it('should make each wrapped paragraph of a block quote one line, under its quote marks (html-to-text)', function () {
    const quote = (marks: string) =>
      fold(another, 72 - marks.length)
        .split('\n')
        .map((line) => marks + line)
        .join('\n')
    const value = [fold(paragraph, 72), '', quote('> '), '> ', quote('> '), '', quote('> > '), '', fold(paragraph, 72)].join('\n')
    expect(joinsOf(value)).toEqual([5, 4, 1, 4, 4, 5])
    // A quote does not go on from the text above it, nor a quote in a quote from the quote.
    expect(joinsOf([fold(paragraph, 72), quote('> '), quote('> > ')].join('\n'))).toEqual([5, 4, 4])
  })

  it('should not join an image alone on a line (html-to-text) to the lines around it', function () {
    const lines = fold(paragraph + ' ' + paragraph, 60).split('\n')
    // Each fills the width: only what it is keeps it apart.
    lines.splice(3, 0, '[https://example.com/uploads/2025/12/bridge-300x261.jpg]', 'https://example.com/uploads/2025/12/bridge.jpg')
    const joins = wrapJoins(lines.join('\n'), sourceLines(lines))!.joins
    expect([joins[2], joins[3], joins[4]]).toEqual([0, 0, 0])
    expect(joinsOf(['The picture that the council showed on Tuesday, of the bridge', 'https://example.com/uploads/2025/12/bridge.jpg'].join('\n'))).toBe(undefined)
  })

  it('should not join a list item or a heading to the line above', function () {
    const lines = fold(paragraph + ' ' + paragraph, 60).split('\n')
    lines.splice(3, 0, '* An item of a list that follows the line above')
    expect(wrapJoins(lines.join('\n'), sourceLines(lines))?.joins[2]).toBe(0)
  })

  it('should not join an item that opens with an image glued to its words (html-to-text) to the line above', function () {
    const lines = fold(paragraph + ' ' + paragraph, 60).split('\n')
    lines.splice(3, 0, '[http://example.com/images/bullet1.gif]Keegan arrival to take headlines')
    const joins = wrapJoins(lines.join('\n'), sourceLines(lines))!.joins
    expect(joins[2]).toBe(0)
    // An image in the middle of a wrapped paragraph, with a space after it, is not an item.
    lines[3] = '[http://example.com/images/smile.gif] and the rest of the sentence went on'
    expect(wrapJoins(lines.join('\n'), sourceLines(lines))!.joins[2]).toBe(1)
  })

  it('should make a script address that html-to-text broke over lines one line with the link before it', function () {
    const tools = [
      "View Larger Image [javascript:void window.open('storyimage.html?id=1f',",
      "'storyimage', 'width=760,height=550')]",
      "Email to a friend [javascript:void window.open('/components/email.aspx?id=1f',",
      "'',",
      "'width=450')]",
      "Printer friendly [javascript:void window.open('/components/print.aspx?id=1f',",
      "'', 'width=700')]"
    ]
    const value = [fold(paragraph, 72), '', ...tools, '', fold(another, 72)].join('\n')
    expect(joinsOf(value)).toEqual([5, 2, 3, 2, 4])
    const result = clean(value)
    expectContract(value, result)
    expect(result.text).toBe([fold(paragraph, 72), '', fold(another, 72)].join('\n'))
    expect(result.stripped.map((item) => item.actual)).toEqual([tools.slice(0, 2), tools.slice(2, 5), tools.slice(5)].map((lines) => lines.join('\n')))
    expect(result.stripped.map((item) => item.ruleId)).toEqual(['navigation-link-line', 'navigation-link-line', 'navigation-link-line'])
    // The joined line is a link: its address is no words.
    expect(linkShape(tools.slice(5).join('\n'), 'text')).toMatchObject({text: 'Printer friendly', links: 1, plainWords: 0})
    // One left open, or closed too far down, is not joined; nor is one in Markdown.
    expect(joinsOf(['Printer friendly [javascript:void', 'window.open(', '', "'')]"].join('\n'))).toBe(undefined)
    const far = ['Printer friendly [javascript:void', ...Array.from({length: 9}, () => 'window.open(x,'), "'')]"]
    expect(joinsOf(far.join('\n'))).toBe(undefined)
    const tree = parseLines(tools.join('\n') + '\n\n# Title', new ParseEnglish(), 'markdown')
    expect(tree.data!.deboilerLines!.length).toBe(8)
  })

  it('should strip the same debris from a folded article, at its exact place', function () {
    const value = ['Share this story!', '', fold(paragraph, 72), '', 'Hits: 81', '', fold(another, 72)].join('\n')
    const result = clean(value)
    expectContract(value, result)
    expect(result.stripped.map((item) => item.actual)).toEqual(['Share this story!', 'Hits: 81'])
    expect(result.text).toBe([fold(paragraph, 72), '', fold(another, 72)].join('\n'))
  })

  describe.each(seeds().map((seed) => [seed.name, seed] as const))('seed %s', function (_, seed) {
    const unfolded = clean(seed.input)

    it.each([60, 72, 80])('should keep the same words and strip the same text when folded at %i columns, each at its exact place', function (width) {
      const folded = fold(seed.input, width)
      const result = clean(folded)
      expectContract(folded, result)
      expect(words(result.text).join(' ')).toBe(words(unfolded.text).join(' '))
      // The same text stripped (a word longer than the fold is cut in two).
      expect(strippedText(result)).toBe(strippedText(unfolded))
    })
  })
})

/**
 * Everything a result stripped, without white space.
 */
function strippedText(result: ReturnType<typeof clean>): string {
  return result.stripped.map((item) => item.actual.replace(/\s+/g, '')).join('')
}

/**
 * Offsets of the lines of `lines` joined by `\n` (none blank).
 */
function sourceLines(lines: Array<string>) {
  const starts: Array<number> = []
  const tos: Array<number> = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    tos.push(offset + line.trimEnd().length)
    offset += line.length + 1
  }

  return {starts, froms: starts, tos, blankBefore: lines.map(() => false)}
}
