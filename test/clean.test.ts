import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {retext} from 'retext'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  categories,
  clean,
  cleanText,
  deboilerCounter,
  deboilerLines,
  deboilerPreset,
  lineRule,
  stripper,
  type Place,
  type Stripped
} from '../src/index.js'
import {samplePage} from '../src/util/sample.js'
import {expectContract} from './util/contract.js'
import {seeds} from './util/seeds.js'

describe('clean()', function () {
  const all = seeds()

  it('should return `text` and `stripped`, as plain JSON data', function () {
    const result = clean(all[0]!.input)
    expect(Object.keys(result).sort()).toEqual(['format', 'language', 'page', 'stripped', 'text'])
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)

    const fields = new Set(['actual', 'category', 'note', 'place', 'reason', 'ruleId', 'source', 'url'])
    for (const item of result.stripped) {
      expect(Object.keys(item).filter((key) => !fields.has(key))).toEqual([])
      expect(Object.keys(item.place).sort()).toEqual(['end', 'start'])
      expect(Object.keys(item.place.start).sort()).toEqual(['column', 'line', 'offset'])
      expect(Object.keys(item.place.end).sort()).toEqual(['column', 'line', 'offset'])
    }
  })

  it('should strip the debris of the page it cleans once and keeps (`samplePage`), and keep its article', function () {
    // `clean()` keeps what it made of this page so that V8 keeps the shapes
    // of its objects: the page has to go through the rules and the locator.
    const result = clean(samplePage)
    expect(result.stripped.map((item) => item.ruleId)).toEqual([
      'navigation-skip-link',
      'navigation-menu-row',
      'chrome-outside-body',
      'timestamp-published',
      'photo-credit-label',
      'share-prompt',
      'share-buttons',
      'tags-list',
      'related-heading',
      'related-teaser',
      'related-teaser',
      'comments-heading',
      'comments-form',
      'copyright-notice',
      'site-credit-platform'
    ])
    const lines = samplePage.split('\n')
    const article = lines.slice(lines.indexOf('Town council approves plan for new riverside park'), lines.indexOf('Share this article') - 1)
    expect(result.text.split('\n').filter(Boolean)).toEqual(article.filter((line) => !/^(?:By |Published|Photo)/.test(line) && line !== ''))
    expect(result.page.kind).toBe('article')
  })

  it.each(all.map((seed) => [seed.name, seed.input] as const))(
    'should give built-in strips with full metadata (%s)',
    function (_, input) {
      for (const item of clean(input).stripped) {
        expect(categories).toContain(item.category)
        expect(item.source).toBe('deboiler')
        expect(item.ruleId).toMatch(new RegExp('^' + item.category + '-[a-z\\d]+(?:-[a-z\\d]+)*$'))
        expect(item.reason).toMatch(/^Unexpected [^\r\n]+$/)
        expect(item.url).toBe('https://github.com/deboiler/deboiler#' + item.category)
      }
    }
  )

  it.each(all.map((seed) => [seed.name, seed.input] as const))(
    'should sort `stripped` by place (%s)',
    function (_, input) {
      const offsets = clean(input).stripped.map((item) => item.place.start.offset)
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    }
  )

  it.each(all.map((seed) => [seed.name, seed.input] as const))(
    'should agree with the retext pipeline and its messages (%s)',
    function (_, input) {
      const file = retext().use(deboilerLines).use(deboilerPreset).processSync(input)
      const result = clean(input)
      expect(String(file)).toBe(result.text)
      // Messages come in rule order; `stripped` is sorted by place.
      const messages = [...file.messages].sort((a, b) => offset(a) - offset(b))
      expect(messages.map((message) => [message.ruleId, message.place, message.actual])).toEqual(
        result.stripped.map((item) => [item.ruleId, item.place, item.actual])
      )
      for (const message of file.messages) {
        expect({fatal: message.fatal, expected: message.expected}).toEqual({fatal: undefined, expected: ['']})
      }
    }
  )

  it('should give equal and independent results when called twice', function () {
    const input = 'Story.\nHits: 81\nMore story.\n'
    const first = clean(input)
    const second = clean(input)
    expect(second).toEqual(first)
    first.stripped[0]!.place.start.offset = -1
    first.stripped.pop()
    expect(clean(input)).toEqual(second)
  })

  it.each([
    ['Para one.\nHits: 81\nPara two.\n', 'Para one.\nPara two.\n'],
    ['Para one.\n\nHits: 81\n\nPara two.', 'Para one.\n\nPara two.'],
    ['Hits: 81\nPara one.\n', 'Para one.\n'],
    ['Para one.\nHits: 81', 'Para one.'],
    ['Para one.\nHits: 81\n\n\n', 'Para one.\n'],
    ['\n\nPara one.\n\n\n\nPara two.\n', 'Para one.\n\nPara two.\n'],
    ['Para one.\n  \t\n\n \nPara two.', 'Para one.\n  \t\nPara two.'],
    ['  Para one.  \n\tHits: 81\t\n  Para two.  ', '  Para one.  \n  Para two.  '],
    ['Para one.\r\n\r\nViews: 3\r\n\r\nPara two.\r\n', 'Para one.\r\n\r\nPara two.\r\n'],
    ['Hits: 81\nViews: 1,204\n5 min read', '']
  ])('should apply the whitespace rule to %j', function (input, text) {
    expect(clean(input).text).toBe(text)
    expect(cleanText(input, clean(input).stripped.map((item) => item.place))).toBe(text)
  })
})

describe('clean() on texts longer than a block', function () {
  // 400,000 characters are judged at a time: places must still be those of
  // the whole input, across every kind of line break.
  const pages = 13_000

  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
    ['\r', 'CR']
  ])('should strip debris in every block and place it in the whole input (%j, %s)', function (eol) {
    const parts: Array<string> = []
    const stories: Array<string> = []
    for (let index = 0; index < pages; index++) {
      const story = 'Story ' + index + ' went on as the people of the town had hoped it would, slowly.'
      parts.push(story + eol + 'Hits: ' + ((index % 900) + 1) + eol + eol)
      stories.push(story)
    }

    const input = parts.join('')
    expect(input.length).toBeGreaterThan(1_000_000)
    const result = clean(input, {rules: {chrome: false}})
    expect(result.stripped.length).toBe(pages)
    expect(result.stripped.every((item) => item.category === 'counter')).toBe(true)
    expect(result.stripped.at(-1)!.actual).toBe('Hits: ' + (((pages - 1) % 900) + 1))
    expect(result.stripped.at(-1)!.place.start.line).toBe(pages * 3 - 1)
    expect(result.text).toBe(stories.join(eol + eol) + eol)
    expectContract(input, result)
  }, 120_000)

  it('should keep a line longer than a block whole', function () {
    const input = 'Hits: 1\n' + 'word '.repeat(300_000) + '\nHits: 2\n' + 'More of the story.\n'
    const result = clean(input)
    expect(result.stripped.map((item) => [item.actual, item.place.start.line])).toEqual([
      ['Hits: 1', 1],
      ['Hits: 2', 3]
    ])
    expectContract(input, result)
  }, 120_000)
})

describe('expectContract()', function () {
  it.each([
    ['a wrong line', (item: Stripped) => void (item.place.start.line = 1)],
    ['a wrong offset', (item: Stripped) => void (item.place.start.offset += 1)],
    ['a wrong `actual`', (item: Stripped) => void (item.actual = 'Hits: 82')]
  ])('should catch %s', function (_, tamper) {
    const input = 'Story.\r\nHits: 81\rMore story.\n'
    const result = clean(input)
    expectContract(input, result)
    tamper(result.stripped[0]!)
    expect(() => expectContract(input, result)).toThrow()
  })
})

describe('clean() options', function () {
  const input = 'Story.\nHits: 81\nBuy now!\nMore story.\n'

  it('should turn off only the categories given', function () {
    expect(clean(input, {rules: {counter: false}}).stripped).toEqual([])
    expect(clean(input, {rules: {tags: false, share: false}})).toEqual(clean(input))
  })

  it('should strip nothing when every category is off', function () {
    const rules = Object.fromEntries(categories.map((category) => [category, false]))
    for (const seed of seeds()) {
      const result = clean(seed.input, {rules})
      expect(result).toEqual({
        text: cleanText(seed.input, []),
        stripped: [],
        format: {markup: 'text', wrap: undefined, html: false},
        // The page verdict is the locator’s, which `chrome: false` turns off.
        page: {article: false, score: 0, kind: 'unknown', kinds: {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}},
        language: 'en'
      })
    }
  })

  it('should match `.use(rule, false)` in a retext pipeline', function () {
    const file = retext().use(deboilerLines).use(deboilerPreset).use(deboilerCounter, false).processSync(input)
    expect(String(file)).toBe(clean(input, {rules: {counter: false}}).text)
    expect(file.messages).toEqual([])
  })

  it('should throw when a rule runs without `deboilerLines` (lines joined into paragraphs)', function () {
    // retext-english joins `Hits: 81` to the next line: the rule would find nothing.
    expect(() => retext().use(deboilerCounter).processSync('Story.\nHits: 81\nTags Syria\n')).toThrow(
      'Expected one paragraph per line (line 2 is joined to the next): use `deboilerLines` before the deboiler rules'
    )
    expect(String(retext().use(deboilerLines).use(deboilerCounter).processSync('Story.\nHits: 81\nTags Syria\n'))).toBe(
      'Story.\nTags Syria\n'
    )
  })

  it('should run `plugins` after the built-in rules', function () {
    const seen: Array<string> = []
    const spy = lineRule({category: 'counter', ruleId: 'counter-spy', source: 'spy'}, function (line) {
      seen.push(line.value)
      return line.value === 'Hits: 81' ? 'Unexpected hit counter `Hits: 81`' : undefined
    })
    const result = clean(input, {plugins: [spy]})
    // The built-in counter rule stripped `Hits: 81` before the user rule ran.
    expect(seen).toEqual(['Story.', 'Buy now!', 'More story.'])
    expect(result.stripped.map((item) => item.ruleId)).toEqual(['counter-hits'])
  })

  it('should take plugins with options and rules made with `stripper`', function () {
    const result = clean(input, {plugins: [[words, {words: ['Buy now!']}]]})
    expect(result.text).toBe('Story.\nMore story.\n')
    expect(result.stripped.map((item: Stripped) => [item.ruleId, item.source, item.actual])).toEqual([
      ['counter-hits', 'deboiler', 'Hits: 81'],
      ['advert-words', 'deboiler-words', 'Buy now!']
    ])
    expect(result.stripped[1]!.url).toBe(undefined)
  })

  it('should strip inside a line with `stripper().range`, keeping the rest of the line', function () {
    const value = 'Story {ad} goes on.\n'
    const result = clean(value, {plugins: [pattern(/\{ad\}/g, 'template-ad')]})
    expect(result.text).toBe('Story  goes on.\n')
    expect(result.stripped.map((item) => [item.actual, item.place.start.column, item.place.end.column])).toEqual([
      ['{ad}', 7, 11]
    ])
  })

  it('should strip many pieces of a line with `stripper().ranges`, each with its verdict', function () {
    const value = 'Story {ad} goes {ad2} on.\n'
    const plugin: Plugin<[], Root> = function () {
      return function (tree: Root, file: VFile) {
        const strip = stripper(tree, file, {category: 'template', ruleId: 'template-ads'})
        const line = tree.children.find((child) => child.type === 'ParagraphNode')!
        strip.ranges(line, [
          {start: 6, end: 10, verdict: {reason: 'Unexpected `{ad}`'}},
          // Runs past the end of the line: cut at its end.
          {start: 16, end: 21, verdict: {ruleId: 'template-ad2', reason: 'Unexpected `{ad2}`'}},
          {start: 24, end: 40, verdict: {reason: 'Unexpected `.`'}}
        ])
        strip.apply()
      }
    }

    const result = clean(value, {plugins: [plugin], rules: {template: false}})
    expect(result.text).toBe('Story  goes  on\n')
    expect(result.stripped.map((item) => [item.ruleId, item.actual, item.place.start.offset, item.place.end.offset])).toEqual([
      ['template-ads', '{ad}', 6, 10],
      ['template-ad2', '{ad2}', 16, 21],
      ['template-ads', '.', 24, 25]
    ])
    expectContract(value, result)
  })

  it('should not report again what an earlier rule stripped inside a line', function () {
    // The second rule’s range covers the hole the first one left.
    const value = 'Story {ad} goes on.\n'
    const result = clean(value, {
      plugins: [
        pattern(/\{ad\}/g, 'template-ad'),
        pattern(/Story \{ad\} goes/g, 'template-story')
      ]
    })
    expect(result.text).toBe(' on.\n')
    // Places never overlap, so the story rule reports the pieces around `{ad}`.
    expect(result.stripped.map((item) => [item.ruleId, item.place.start.offset, item.place.end.offset])).toEqual([
      ['template-story', 0, expect.any(Number)],
      ['template-ad', 6, 10],
      ['template-story', expect.any(Number), 15]
    ])
    expectContract(value, result)
  })
})

/**
 * Start offset of a message.
 *
 * @param message
 *   Message with a place.
 * @returns
 *   Offset.
 */
function offset(message: VFileMessage): number {
  return (message.place as Place).start.offset
}

/**
 * A user plugin with options, built on `stripper`: strips lines that are
 * one of `words`.
 *
 * @param options
 *   Lines to strip.
 * @returns
 *   Transformer.
 */
function words(options: {words: Array<string>}) {
  const list = new Set(options.words)

  return function (tree: Root, file: VFile) {
    const strip = stripper(tree, file, {category: 'advert', ruleId: 'advert-words', source: 'deboiler-words'})
    for (const node of tree.children) {
      if (node.type === 'ParagraphNode' && list.has(toString(node))) {
        strip.line(node, {reason: 'Unexpected word `' + toString(node) + '`'})
      }
    }

    strip.apply()
  }
}

/**
 * Make a user plugin that strips what `regex` matches inside lines, with
 * `stripper().range` (a new plugin each call, as unified merges the options
 * of a plugin used twice).
 *
 * @param regex
 *   Pattern (global).
 * @param ruleId
 *   Rule id.
 * @returns
 *   Plugin.
 */
function pattern(regex: RegExp, ruleId: string): Plugin<[], Root> {
  return function () {
    return function (tree: Root, file: VFile) {
      const value = String(file)
      const strip = stripper(tree, file, {category: 'template', ruleId, source: 'deboiler-pattern'})

      for (const line of tree.children) {
        if (line.type !== 'ParagraphNode') continue
        const from = line.position!.start.offset!
        const text = value.slice(from, line.position!.end.offset!)
        for (const match of text.matchAll(regex)) {
          strip.range(line, from + match.index, from + match.index + match[0].length, {
            reason: 'Unexpected template text `' + match[0] + '`'
          })
        }
      }

      strip.apply()
    }
  }
}
