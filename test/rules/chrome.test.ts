import {clean, deboilerChrome} from '../../src/index.js'
import {metadata, run} from '../util/run.js'

/**
 * Paragraphs of a made-up article (plain, stopword-dense prose).
 */
const body = [
  'The town council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had been worn down by years of floods.',
  'Residents who live on the east bank said they were worried about the longer drive to the school and the market, and several of them asked the council to pay for a shuttle bus.',
  'The mayor said that the town would look at the cost of a bus over the summer, and that a new bridge could be built within four years if the region agreed to share the bill.',
  'Work on the piers will start in April, and the footpath on the north side of the bridge will stay open for people on foot and on bikes while the repairs are being done.'
]

/**
 * Join lines into a page, the body paragraphs between blank lines.
 *
 * @param before
 *   Lines before the body.
 * @param after
 *   Lines after the body.
 * @returns
 *   Page.
 */
function page(before: Array<string>, after: Array<string>): string {
  return [...before, '', body.join('\n\n'), '', ...after].join('\n')
}

/**
 * What the rule strips from a page, as `category/ruleId text`.
 *
 * @param value
 *   Page.
 * @param mode
 *   Mode (optional).
 * @returns
 *   Stripped items.
 */
function strips(value: string, mode?: 'balanced' | 'precision' | 'recall'): Array<string> {
  const file = run(mode ? {plugins: [[deboilerChrome, {mode}]]} : deboilerChrome, value)
  return file.messages.map(function (message) {
    return message.category + '/' + message.ruleId + ' ' + message.actual
  })
}

describe('deboilerChrome', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerChrome, page(['News', 'Sport', 'Weather'], []))
    expect(file.messages.length).toBe(3)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected menu item `News`',
      ruleId: 'chrome-menu',
      source: 'deboiler',
      category: 'chrome',
      actual: 'News',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#chrome',
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
    })
    expect(message.note).toMatch(/^score 0\.\d\d$/)
    expect(String(file.value)).toBe(body.join('\n\n') + '\n')
  })

  it('should strip a menu run', function () {
    expect(strips(page(['Home', 'News', 'Sport', 'Weather', 'Contact us'], []))).toEqual([
      'navigation/navigation-phrase Home',
      'chrome/chrome-menu News',
      'chrome/chrome-menu Sport',
      'chrome/chrome-menu Weather',
      'navigation/navigation-phrase Contact us'
    ])
  })

  it('should strip a teaser list after the body', function () {
    const teasers = [
      'Mayor opens new library wing',
      'Flood defences to be raised along the quay',
      'School bus routes change in autumn',
      'Market moves to the square for summer'
    ]
    expect(strips(page([], ['Related stories', '', ...teasers]))).toEqual([
      'related/related-heading Related stories',
      ...teasers.map(function (value) {
        return 'related/related-tail ' + value
      })
    ])
  })

  it('should strip a comment thread', function () {
    const thread = [
      'Anna says:',
      'I drive over that bridge every day and I am glad they finally looked at it.',
      'Reply',
      'Posted by: Ben | May 2, 2019 4:49 PM',
      'The bus is a good idea but who will pay for it in the end?',
      'Reply',
      'Carla says:',
      'Four years is a long time to wait for a new bridge in a town this size.',
      'Reply'
    ]
    const result = strips(page([], thread))
    expect(result.length).toBe(thread.length)
    for (const item of result) expect(item).toMatch(/^comments\//)
  })

  it('should keep a sub-heading between paragraphs', function () {
    const value = [body[0], '', body[1], '', 'What happens next', '', body[2], '', body[3]].join('\n')
    expect(strips(value)).toEqual([])
  })

  it('should keep the headline above the body and the credit line below it', function () {
    const value = page(
      ['Home', 'News', 'Sport', '', 'Council votes to close the old river bridge'],
      ['Jane Roe contributed to this report.', '', 'Privacy', 'Terms']
    )
    const result = strips(value)
    expect(result).not.toContain('chrome/chrome-outside-body Council votes to close the old river bridge')
    expect(result.join('\n')).not.toMatch(/Jane Roe/)
    expect(result).toContain('chrome/chrome-menu News')
    expect(result).toContain('chrome/chrome-outside-body Terms')
  })

  it('should keep the headline above a byline, not the byline as the headline', function () {
    const value = page(
      ['Home', 'News', 'Sport', '', 'Council votes to close the old river bridge', '', 'Written by: AFP'],
      ['', 'Privacy', 'Terms']
    )
    const result = strips(value)
    expect(result).not.toContain('chrome/chrome-outside-body Council votes to close the old river bridge')
    expect(result).toContain('chrome/chrome-menu News')
  })

  it('should end the article at a rights notice near its end, not at one near its start', function () {
    const teasers = [
      'Readers also liked our long story about the harbour festival, where the boats came in from the sea at dawn.',
      'Another story tells how the old mill by the river was turned into a library that the whole town now uses.'
    ]
    const notice = 'Copyright 2024 The Daily Planet. All rights reserved.'
    const {text, stripped} = clean(page([], [notice, '', teasers.join('\n\n')]))
    expect(text).toBe(body.join('\n\n'))
    expect(stripped.filter((item) => item.ruleId === 'chrome-tail').map((item) => item.actual)).toEqual(teasers)

    const credit = clean([body[0], '', '© 2008 eFluxMedia', '', body.slice(1).join('\n\n'), '', ...teasers].join('\n'))
    for (const paragraph of body) expect(credit.text).toContain(paragraph)
  })

  it('should start the article after the site’s menu near its start', function () {
    const promo = 'Readers also liked our long story about the harbour festival, where the boats came in at dawn.'
    const {text, stripped} = clean(page([promo, '', 'Home | News | Sport | Weather | Contact'], []))
    expect(text.trim()).toBe(body.join('\n\n'))
    expect(stripped.find((item) => item.actual === promo)?.ruleId).toBe('chrome-outside-body')
  })

  it('should not start the article after a product box inside it (two links and a name are no menu)', function () {
    // As html-to-text prints a shop box between paragraphs: images as their
    // addresses, links with their targets.
    const box = [
      '[https://example.com/img/river-boots.webp]',
      'Check Price [https://shop.example/a1]',
      '',
      'Riverside Boots',
      '',
      'Waterproof boots for the bridge walk',
      '[https://example.com/img/rain-coat.png]',
      'Check Price [https://shop.example/b2]'
    ]
    const {text, stripped} = clean([body[0], '', ...box, '', body.slice(1).join('\n\n')].join('\n'), {format: 'text'})
    expect(text).toBe(body.join('\n\n'))
    expect(stripped.find((item) => item.actual === 'Riverside Boots')?.ruleId).toBe('navigation-menu')

    // A menu of three items or more still marks where the article starts.
    const menu = [...box.slice(0, 4), '', 'Harbour Rain Coat', '', ...box.slice(5)]
    const cut = clean([body[0], '', ...menu, '', body.slice(1).join('\n\n')].join('\n'), {format: 'text'})
    expect(cut.stripped.find((item) => item.actual === body[0])?.ruleId).toBe('chrome-outside-body')
  })

  it('should end the article at an author box whose name html-to-text prints twice', function () {
    // The picture's text, then the name as a heading in capitals: one line,
    // not two items of a menu around the heading.
    const box = [
      'River-Towns [/topics/river-towns]',
      'About The Author',
      'Jane Roe [/pictures/jane-roe.jpeg]',
      'JANE ROE',
      'SENIOR EDITOR AND RIVER REPORTER',
      'Jane Roe is the senior editor of the Daily Planet, where she covers the towns along the river and their councils, and she has written about bridges, ferries and floods for twenty years.',
      'Read More from Jane Roe [/author/jane-roe]',
      'Advertisement',
      'Where Should You Build a Bridge?',
      'How Floods Wear Down Old Piers'
    ]
    const {text, stripped} = clean(page([], box), {format: 'text'})
    expect(text).toBe(body.join('\n\n') + '\n\nRiver-Towns [/topics/river-towns]')
    expect(stripped.find((item) => item.actual === 'About The Author')?.ruleId).toBe('chrome-heading')
    expect(stripped.find((item) => item.actual === 'JANE ROE')?.ruleId).toBe('chrome-tail')
  })

  it('should keep every entry of a live blog, with a time stamp over each', function () {
    const entry = (index: number) =>
      'The council met again at ' + index + ' o’clock, and the mayor said that the town would look at the cost of a bus over the summer if the region agreed to share the bill.'
    const entries = Array.from({length: 12}, (_, index) => ['Updated: March 23, 2019 10:' + (10 + index) + ' AM', '', entry(index), ''])
    const text = ['Home', 'News', 'Sport', '', 'Live: the river bridge vote', '', ...entries.flat(), 'Copyright 2019 The Daily Planet. All rights reserved.'].join('\n')
    const kept = clean(text).text.split('\n').filter((line) => line.startsWith('The council'))
    expect(kept.length).toBe(12)
  })

  it('should leave a short snippet alone', function () {
    expect(strips('Home\nNews\nThe council voted to close the bridge.\nContact us')).toEqual([])
  })

  it('should never leave a page with prose empty', function () {
    const value = 'Home\nNews\n' + body[0] + '\nContact us\nPrivacy\nTerms\nSport\nWeather\nJobs\nShop'
    const file = run(deboilerChrome, value)
    expect(String(file.value)).toContain(body[0])
  })

  it('should move the threshold with `mode`', function () {
    const value = page([], ['The bridge was built in 1902', '', 'Privacy', 'Terms'])
    const line = 'chrome/chrome-outside-body The bridge was built in 1902'
    expect(strips(value, 'precision')).toContain(line)
    expect(strips(value, 'recall')).not.toContain(line)
    // Nested: what `precision` keeps, `balanced` keeps, and `recall` too.
    for (const kept of ['Home', 'Privacy']) {
      if (!strips(value, 'precision').some((item) => item.endsWith(' ' + kept))) {
        expect(strips(value, 'balanced').some((item) => item.endsWith(' ' + kept))).toBe(false)
      }
    }
  })

  it('should throw on an unknown mode', function () {
    expect(function () {
      run({plugins: [[deboilerChrome, {mode: 'fast' as 'balanced'}]]}, page([], []))
    }).toThrow(/Expected `options.mode` to be `'balanced'`, `'precision'` or `'recall'`, not `fast`/)
  })
})
