import type {Plugin} from 'unified'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {clean, cleanText, deboilerLines, detectLanguage, explainHtml, lineRule, type CleanOptions} from '../src/index.js'
import {metas} from '../src/preset.js'
import {pluginName} from '../src/util/rule.js'
import {expectContract} from './util/contract.js'
import {seeds} from './util/seeds.js'

// What `clean()` finds out about plain, unwrapped text.
const plain = {markup: 'text', wrap: undefined, html: false}
/** The page verdict of a text too short to judge. */
const short = {article: false, score: 0, kind: 'unknown', kinds: {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}}

describe('deboiler (api)', function () {
  it('should expose the public api', async function () {
    const api = await import('../src/index.js')
    // One plugin per category, named after it (`deboilerSiteCredit`).
    const plugins = metas.map((meta) => pluginName(meta.category))
    expect(Object.keys(api).sort()).toEqual(
      [
        ...plugins,
        'categories',
        'checkProfile',
        'clean',
        'cleanMany',
        'cleanRecord',
        'cleanText',
        'createLearner',
        'deboilerLines',
        'deboilerPreset',
        'deboilerProfile',
        'detectLanguage',
        'explainHtml',
        'learnProfile',
        'lineRule',
        'mergeProfiles',
        'ruleIds',
        'siteOf',
        'stripper'
      ].sort()
    )
    // Each is the rule of its meta.
    for (const meta of metas) expect((api as Record<string, unknown>)[pluginName(meta.category)]).toHaveProperty('meta', meta)
  })

  it.each([
    [42, 'number'],
    [undefined, 'undefined'],
    [null, 'null'],
    [{}, 'object'],
    [['Hits: 81'], 'array'],
    [Buffer.from('Hits: 81'), 'object']
  ])('should throw a TypeError naming `text` for %p', function (value, type) {
    expect(() => clean(value as unknown as string)).toThrow(
      new TypeError('Expected `text` to be a string, not `' + type + '`')
    )
  })

  it.each([
    ['tags', /`options`/],
    [['tags'], /`options`/],
    [{rule: {tags: false}}, /`rule`/],
    [{plugins: [], verbose: true}, /`verbose`/],
    [{rules: 'tags'}, /`options\.rules`/],
    [{rules: ['tags']}, /`options\.rules`/],
    [{rules: {tag: false}}, /`options\.rules\.tag`/],
    [{rules: {tags: 'off'}}, /`options\.rules\.tags`/],
    [{rules: {tags: 0}}, /`options\.rules\.tags`/],
    [{plugins: {}}, /`options\.plugins`/],
    [{plugins: 'deboiler-extra'}, /`options\.plugins`/]
  ])('should throw a TypeError naming the option for %j', function (options, name) {
    expect(() => clean('Hits: 81', options as CleanOptions)).toThrow(TypeError)
    expect(() => clean('Hits: 81', options as CleanOptions)).toThrow(name)
  })

  it.each([
    ['cleanText', () => cleanText(5 as unknown as string, []), 'Expected `value` to be a string, not `number`'],
    ['cleanText', () => cleanText('Hits: 81', null as never), 'Expected `places` to be an array, not `null`'],
    ['detectLanguage', () => detectLanguage(5 as never), 'Expected `text` to be a string, not `number`'],
    [
      'explainHtml',
      () => explainHtml('Hits: 81' as never, 'Hits: 81'),
      'Expected `result` to be what `clean()` returns (`{text, stripped}`), not `string`'
    ],
    ['explainHtml', () => explainHtml(clean('Hits: 81'), undefined as never), 'Expected `input` to be a string, not `undefined`'],
    [
      'lineRule',
      () => lineRule(null as never, () => false),
      'Expected `meta` to be an object with a `category` and a `ruleId` (strings), not `null`'
    ],
    ['lineRule', () => lineRule({category: 'advert', ruleId: 'my-rule'}, 'x' as never), 'Expected `test` to be a function, not `string`'],
    [
      'lineRule',
      () => lineRule({category: 'advert', ruleId: 'my-rule', maxLength: '80' as never}, () => false),
      'Expected `meta.maxLength` to be a number, not `string`'
    ],
    [
      'lineRule',
      () => lineRule({category: 'advert', ruleId: 'my-rule', box: {name: 'box', ruleId: 'my-rule', lines: 0, maxLength: 80}}, () => false),
      'Expected `meta.box` to be an object with a `name` and a `ruleId` (strings), `lines` (a positive integer) and `maxLength` (a number), not `object`'
    ]
  ])('should throw a TypeError naming the argument of `%s`', function (_, call, message) {
    expect(call).toThrow(new TypeError(message))
  })

  it.each([undefined, null, {}, {rules: null, plugins: null}, {rules: {}, plugins: []}])(
    'should accept empty options (%j)',
    function (options) {
      expect(clean('A sentence.\nHits: 81\n', options)).toEqual(clean('A sentence.\nHits: 81\n'))
    }
  )
})

describe('odd inputs', function () {
  it('should clean an empty string to an empty string', function () {
    expect(clean('')).toEqual({text: '', stripped: [], format: plain, page: short, language: 'und'})
  })

  it.each([' ', '\n', '\r\n', '\n\n\n', ' \t\n\u00A0\r\n\r', '\u2003\u3000'])(
    'should clean white space only (%j) to an empty string',
    function (value) {
      expect(clean(value)).toEqual({text: '', stripped: [], format: plain, page: short, language: 'und'})
    }
  )

  it('should keep CRLF line breaks and count lines and columns over them', function () {
    const value = 'Para one.\r\nHits: 81\r\nPara two.\r\n'
    const result = clean(value)
    expect(result.text).toBe('Para one.\r\nPara two.\r\n')
    expect(result.stripped.map((item) => [item.actual, item.place])).toEqual([
      ['Hits: 81', {start: {line: 2, column: 1, offset: 11}, end: {line: 2, column: 9, offset: 19}}]
    ])
    expectContract(value, result)
  })

  it('should treat a lone CR as a line break', function () {
    const value = 'Para one.\rHits: 81\rPara two.'
    const result = clean(value)
    expect(result.text).toBe('Para one.\rPara two.')
    expect(result.stripped.map((item) => item.place)).toEqual([
      {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 9, offset: 18}}
    ])
    expectContract(value, result)
  })

  it('should handle mixed line breaks', function () {
    const value = 'One.\r\nTwo.\rHits: 81\nThree.\n\r\nViews: 12\r'
    const result = clean(value)
    expect(result.text).toBe('One.\r\nTwo.\rThree.\n')
    expect(result.stripped.map((item) => [item.place.start.line, item.place.start.column])).toEqual([
      [3, 1],
      [6, 1]
    ])
    expectContract(value, result)
  })

  it('should keep NBSP inside and around kept lines, and trim it off stripped ones', function () {
    const value = 'Para\u00A0one.\u00A0\n\u00A0Hits:\u00A081\u00A0\n\u00A0Para two.'
    const result = clean(value)
    expect(result.text).toBe('Para\u00A0one.\u00A0\n\u00A0Para two.')
    expect(result.stripped.map((item) => [item.actual, item.place])).toEqual([
      ['Hits:\u00A081', {start: {line: 2, column: 2, offset: 12}, end: {line: 2, column: 10, offset: 20}}]
    ])
    expectContract(value, result)
  })

  it('should count offsets and columns in UTF-16 code units (emoji, astral characters)', function () {
    // The counter after two emoji (icons) ends at column 14: each emoji is
    // two code units.
    const value = '👍🏽 Great 𝔘𝔫𝔦 story.\n😀😀 Hits: 81\nHits: 81\n𝔘'
    const result = clean(value)
    expect(result.text).toBe('👍🏽 Great 𝔘𝔫𝔦 story.\n𝔘')
    expect(result.stripped.map((item) => item.place)).toEqual([
      {start: {line: 2, column: 1, offset: 25}, end: {line: 2, column: 14, offset: 38}},
      {start: {line: 3, column: 1, offset: 39}, end: {line: 3, column: 9, offset: 47}}
    ])
    expectContract(value, result)
  })

  it('should not split a surrogate pair when it parses a long line in pieces', function () {
    // No white space to cut at: the parser gets pieces of `chunkSize` units.
    const value = 'a' + '😀'.repeat(5000) + '\nHits: 81'
    const tree = unified().use(deboilerLines).parse(value)
    const split: Array<string> = []
    visit(tree, function (node) {
      const leaf = node as {value?: string}
      if (typeof leaf.value === 'string' && /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(leaf.value)) {
        split.push(leaf.value.slice(0, 2) + '…' + leaf.value.slice(-2))
      }
    })
    expect(split).toEqual([])

    const result = clean(value)
    expect(result.text).toBe('a' + '😀'.repeat(5000))
    expectContract(value, result)
  })

  it.each([
    ['control characters', Array.from({length: 32}, (_, code) => String.fromCharCode(code)).join('') + '\u007F'],
    ['NUL bytes around a counter', '\u0000Story.\u0000\nHits: 81\n\u0000\u0000'],
    ['lone surrogates', '\uD800 a \uDC00\nHits: 81\n\uDBFF'],
    ['random bytes as latin1', junk(1, 4000)],
    ['more random bytes as latin1', junk(2, 4000)],
    ['random bytes mixed with debris', junk(3, 500) + '\nHits: 81\n' + junk(4, 500) + '\r\nRelated Posts\r\n' + junk(5, 500)]
  ])('should lose nothing on binary junk (%s)', function (_, value) {
    expectContract(value, clean(value))
  })

  it('should finish on a 1 MB single line of prose', function () {
    const value = 'The quick brown fox jumps over the lazy dog. '.repeat(23_302)
    expect(value.length).toBeGreaterThan(1 << 20)
    expect(clean(value)).toEqual({text: value, stripped: [], format: plain, page: expect.any(Object), language: 'en'})
  }, 120_000)

  it('should finish on a 1 MB single line without white space', function () {
    const value = 'x'.repeat(1 << 20)
    expect(clean(value)).toEqual({text: value, stripped: [], format: plain, page: expect.any(Object), language: 'und'})
  }, 120_000)

  it('should write nothing to stdout or stderr', function () {
    const spies = [
      jest.spyOn(process.stdout, 'write'),
      jest.spyOn(process.stderr, 'write'),
      jest.spyOn(console, 'log'),
      jest.spyOn(console, 'info'),
      jest.spyOn(console, 'warn'),
      jest.spyOn(console, 'error'),
      jest.spyOn(console, 'debug')
    ]
    const calls: Array<number> = []

    try {
      for (const seed of seeds()) clean(seed.input)
      clean('')
      clean(junk(6, 2000))
      clean('A.\nHits: 81\n', {rules: {counter: false}})
      calls.push(...spies.map((spy) => spy.mock.calls.length))
    } finally {
      for (const spy of spies) spy.mockRestore()
    }

    expect(calls).toEqual(spies.map(() => 0))
  })
})

describe('options', function () {
  it('should keep a category that is turned off (`{rules: {counter: false}}`)', function () {
    const value = 'A sentence.\nHits: 81\n'
    expect(clean(value).text).toBe('A sentence.\n')
    expect(clean(value, {rules: {counter: false}})).toEqual({text: value, stripped: [], format: plain, page: short, language: 'und'})
    expect(clean(value, {rules: {counter: true}})).toEqual(clean(value))
  })

  it('should keep the comments heading of a tail that starts at a related heading when comments are off', function () {
    const seed = seeds().find((item) => item.name.startsWith('001'))!
    const on = clean(seed.input).stripped.find((item) => item.actual === 'Leave a Reply')
    expect(on?.category).toBe('comments')
    const off = clean(seed.input, {rules: {comments: false}})
    expect(off.text).toContain('Leave a Reply')
    expect(off.stripped.map((item) => item.category)).not.toContain('comments')
  })

  it('should run a user line rule given in `plugins`', function () {
    const result = clean('Story.\nBuy now!\nHits: 81\n', {plugins: [buyNow()]})
    expect(result.text).toBe('Story.\n')
    expect(result.stripped).toEqual([
      {
        category: 'advert',
        ruleId: 'advert-buy-now',
        source: 'deboiler-buy-now',
        reason: 'Unexpected call to buy `Buy now!`',
        actual: 'Buy now!',
        place: {start: {line: 2, column: 1, offset: 7}, end: {line: 2, column: 9, offset: 15}}
      },
      expect.objectContaining({ruleId: 'counter-hits', actual: 'Hits: 81'})
    ])
  })

  it('should not test lines longer than the `maxLength` of a user line rule', function () {
    const seen: Array<string> = []
    const plugin = lineRule({category: 'advert', ruleId: 'advert-seen', maxLength: 8}, function (line) {
      seen.push(line.value)
      return undefined
    })
    clean('Buy now!\nA longer line.\n', {plugins: [plugin as Plugin]})
    expect(seen).toEqual(['Buy now!'])
  })

  it('should strip the few short lines between two strips of a user line rule with a `box`', function () {
    const plugin = lineRule(
      {category: 'advert', ruleId: 'advert-deal', box: {name: 'deal box', ruleId: 'advert-deal-line', lines: 2, maxLength: 40}},
      function (line) {
        return line.value.startsWith('DEAL') ? 'Unexpected deal `' + line.value + '`' : undefined
      }
    )
    const options = {plugins: [plugin as Plugin], rules: {chrome: false}}
    const result = clean('Story.\nDEAL OF THE DAY\nTwo for one\nOnly this week\nDEAL ENDS SOON\nMore story.\n', options)
    expect(result.text).toBe('Story.\nMore story.\n')
    expect(result.stripped.map((item) => [item.ruleId, item.reason])).toEqual([
      ['advert-deal', 'Unexpected deal `DEAL OF THE DAY`'],
      ['advert-deal-line', 'Unexpected deal box `Two for one`'],
      ['advert-deal-line', 'Unexpected deal box `Only this week`'],
      ['advert-deal', 'Unexpected deal `DEAL ENDS SOON`']
    ])
    // Three lines between: no box.
    const three = clean('Story.\nDEAL OF THE DAY\nTwo for one\nOnly this week\nToday only\nDEAL ENDS SOON\nMore story.\n', options)
    expect(three.stripped.map((item) => item.ruleId)).toEqual(['advert-deal', 'advert-deal'])
    // Two sentences between are a paragraph, whatever marks end them: no box.
    for (const between of ['Sold out. Back soon', 'نفدت الكمية؟ نعم', '売り切れ。また来週']) {
      const prose = clean('Story.\nDEAL OF THE DAY\n' + between + '\nDEAL ENDS SOON\nMore story.\n', options)
      expect(prose.stripped.map((item) => item.ruleId)).toEqual(['advert-deal', 'advert-deal'])
    }
  })

  it('should run a user line rule even when its category is turned off', function () {
    // `rules` turns off the built-in rule of a category, not rules of users.
    const result = clean('Story.\nBuy now!\n', {rules: {advert: false}, plugins: [buyNow()]})
    expect(result.text).toBe('Story.\n')
  })

  it('should not mutate options', function () {
    const plugin = buyNow()
    const options = {rules: {counter: false, tags: true}, plugins: [plugin]}
    clean('Story.\nBuy now!\nHits: 81\n', options)
    clean('Other story.\n', options)
    expect(options).toEqual({rules: {counter: false, tags: true}, plugins: [plugin]})
    expect(options.plugins[0]).toBe(plugin)

    // Frozen options work as well (a write would throw in strict mode).
    const frozen = Object.freeze({
      rules: Object.freeze({counter: false}),
      plugins: Object.freeze([plugin]) as unknown as Array<Plugin>
    })
    expect(clean('Buy now!\nHits: 81', frozen).text).toBe('Hits: 81')
  })
})

/**
 * A user rule made with `lineRule`.
 *
 * @returns
 *   Plugin stripping lines that say `Buy now!`.
 */
function buyNow(): Plugin {
  return lineRule(
    {category: 'advert', ruleId: 'advert-buy-now', source: 'deboiler-buy-now'},
    function (line) {
      return line.value === 'Buy now!' ? 'Unexpected call to buy `' + line.value + '`' : undefined
    }
  ) as Plugin
}

/**
 * Deterministic random bytes, read as latin1 (a linear congruential generator,
 * so the junk is the same on every run).
 *
 * @param seed
 *   Seed.
 * @param length
 *   Number of bytes.
 * @returns
 *   Junk.
 */
function junk(seed: number, length: number): string {
  let state = seed
  const bytes = new Uint8Array(length)
  for (let index = 0; index < length; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    bytes[index] = state >>> 16
  }

  return Buffer.from(bytes).toString('latin1')
}
