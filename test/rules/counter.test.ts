import {deboilerCounter} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerCounter', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerCounter, 'Para one.\nHits: 81\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected hit counter `Hits: 81`',
      ruleId: 'counter-hits',
      source: 'deboiler',
      category: 'counter',
      actual: 'Hits: 81',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#counter',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 9, offset: 18}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Hits: 81',
    'Views: 1,204',
    '1.2K shares',
    '5 min read',
    '12 minute read',
    '3,457 views',
    'Page views: 9 876',
    'Reading time: 4 minutes',
    '5 min read | 1.2K shares',
    '24 Comments',
    'Visits 12'
  ] as const

  const ok = [
    'The video had 2 million views.',
    'Share prices fell 3% on Monday.',
    'It takes 5 min to read the whole report, she said.',
    'Views differ on the new law.',
    'Hits of the 80s',
    '81'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerCounter, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerCounter, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(deboilerCounter, ['Title', '', '5 min read', 'Text of the article.', '', 'Views: 3', ''].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '3:1-3:11: Unexpected reading time `5 min read`',
      '6:1-6:9: Unexpected hit counter `Views: 3`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['counter-reading-time', 'counter-hits'])
    expect(String(file.value)).toBe('Title\n\nText of the article.\n')
  })
})
