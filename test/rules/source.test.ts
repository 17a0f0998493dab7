import {deboilerSource} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerSource', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerSource, 'Para one.\nSource: Reuters\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected source line `Source: Reuters`',
      ruleId: 'source-line',
      source: 'deboiler',
      category: 'source',
      actual: 'Source: Reuters',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#source',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 16, offset: 25}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Source Article from https://www.example.com/news/454555-talks-fail/?utm_source=rss&utm_medium=rss',
    'This article originally appeared on The Conversation.',
    'This story was first published by ProPublica.',
    'Originally published at example.com',
    'Originally posted on Medium',
    'Read the original article here',
    'Original article: https://example.org/2019/03/talks',
    'This article is republished from The Conversation under a Creative Commons license. Read the original article.',
    'SOURCE: News agencies',
    'Source: www.example.com',
    'Sources: AP, AFP'
  ] as const

  const ok = [
    'A source close to the minister said the talks had failed.',
    'Sources said the deal was off.',
    'This article was originally published on August 27, 2015. It has been updated since.',
    'This article was originally published on page 28 of The Sunday Tribune on December 30, 2007',
    'Editor’s note: This story was first published in 2012.',
    'Correction: An earlier version of this article misstated the date of the vote.',
    'Source: Bureau of Labor Statistics',
    'Original article titles were changed before print, she said.',
    'Source:'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerSource, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerSource, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerSource,
      ['Talks fail', '', 'The talks failed on Monday.', '', 'This article originally appeared on Example News.', 'Source Article from https://example.com/a', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '5:1-5:50: Unexpected syndication note `This article originally appeared on Example News.`',
      '6:1-6:42: Unexpected source link `Source Article from https://example.com/a`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['source-originally', 'source-article'])
    expect(String(file.value)).toBe('Talks fail\n\nThe talks failed on Monday.\n')
  })
})
