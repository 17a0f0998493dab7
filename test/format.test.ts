import {retext} from 'retext'
import {clean, deboilerLines, deboilerNavigation} from '../src/index.js'
import {detectMarkup} from '../src/util/format.js'
import {formatOf} from '../src/util/lines.js'
import {expectContract} from './util/contract.js'
import {seeds} from './util/seeds.js'
import {fold} from './util/fold.js'

// An article written as turndown writes Markdown.
const markdown = [
  '[![Site](https://example.com/logo.png)](https://example.com/)',
  '',
  '*   [News](https://example.com/news/)',
  '*   [Sport](https://example.com/sport/)',
  '',
  '# A bridge reopens',
  '',
  'The old bridge over the river reopened on **Monday** after [two years of work](https://example.com/work), the city said.',
  '',
  'Engineers replaced the deck and strengthened the piers, and traffic is expected to return to its old level within weeks.'
].join('\n')

describe('format', function () {
  it('should find Markdown by its links, or by its syntax of two kinds', function () {
    expect(detectMarkup(markdown)).toBe('markdown')
    expect(detectMarkup('# Title\n\nSome text with \\* an escape.\n\n## More\n')).toBe('markdown')
    // One kind of syntax, or too little of it, is no evidence.
    expect(detectMarkup('**Note** one.\n\n**Note** two.\n\n**Note** three.\n')).toBe('text')
    expect(detectMarkup('See [the report](https://example.com/r).\n')).toBe('text')
    expect(detectMarkup('News [https://example.com/news]\nSport [https://example.com/sport]\n')).toBe('text')
    expect(detectMarkup('')).toBe('text')
  })

  it('should say what `auto` found, and take the option over it', function () {
    expect(clean(markdown).format).toEqual({markup: 'markdown', wrap: undefined, html: false})
    expect(clean(markdown, {format: 'text'}).format).toEqual({markup: 'text', wrap: undefined, html: false})
    expect(clean('Plain.', {format: 'markdown'}).format).toEqual({markup: 'markdown', wrap: undefined, html: false})
  })

  it('should read links in Markdown and take them for words in text', function () {
    const asMarkdown = clean(markdown)
    expectContract(markdown, asMarkdown)
    expect(asMarkdown.stripped.slice(0, 3).map((item) => item.ruleId)).toEqual([
      'navigation-image',
      'navigation-link-line',
      'navigation-link-line'
    ])
    expect(asMarkdown.text).toContain('[two years of work](https://example.com/work)')
    const asText = clean(markdown, {format: 'text'})
    expect(asText.stripped.map((item) => item.ruleId)).not.toContain('navigation-link-line')
  })

  it('should give the wrap width of a hard-wrapped text', function () {
    const seed = seeds()[0]!
    // `fold -s -w 72` keeps the space it breaks at: 71 characters of text.
    expect(clean(fold(seed.input, 72)).format).toEqual({markup: 'text', wrap: 71, html: false})
    expect(clean(seed.input).format.wrap).toBe(undefined)
  })

  it('should throw on a format it does not know', function () {
    expect(() => clean('a', {format: 'html' as never})).toThrow(
      "Expected `options.format` to be `'auto'`, `'text'` or `'markdown'`, not `html`"
    )
    expect(() => retext().use(deboilerLines, {format: 3 as never}).freeze()).toThrow(
      'Expected `options.format` to be'
    )
  })

  it('should set the format on the tree for other plugins', function () {
    const processor = retext().use(deboilerLines, {format: 'markdown'}).use(deboilerNavigation)
    const tree = processor.parse('Plain line.')
    expect(formatOf(tree)).toEqual({markup: 'markdown', wrap: undefined, html: false})
    const file = processor.processSync(markdown)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['navigation-image', 'navigation-link-line', 'navigation-link-line'])
  })
})
