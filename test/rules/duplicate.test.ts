import {deboilerDuplicate} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerDuplicate', function () {
  it('should emit a message w/ metadata', function () {
    const caption = 'A man rides a bicycle past the flooded market in Dhaka, July 2, 2019.'
    const file = run(deboilerDuplicate, 'Title\n\n' + caption + '\n' + caption + '\n\nBody.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected duplicate of line 3 `A man rides a bicycle past the flooded market in Dhaka, Jul…`',
      ruleId: 'duplicate-line',
      source: 'deboiler',
      category: 'duplicate',
      actual: caption,
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#duplicate',
      place: {start: {line: 4, column: 1, offset: 77}, end: {line: 4, column: 70, offset: 146}}
    })
    const cause = message.cause as {reason: string; place: unknown; ruleId: string; source: string}
    expect({reason: cause.reason, place: cause.place, ruleId: cause.ruleId, source: cause.source}).toEqual({
      reason: 'First copy of the line',
      place: {start: {line: 3, column: 1, offset: 7}, end: {line: 3, column: 70, offset: 76}},
      ruleId: 'duplicate-line',
      source: 'deboiler'
    })
    expect(String(file.value)).toBe('Title\n\n' + caption + '\n\nBody.\n')
  })

  const notOk = [
    'Protesters gather outside parliament in Kyiv, Ukraine, on Tuesday.',
    'Firefighters battle a blaze in the hills above Malibu (Reuters)',
    'Sign up for our weekly newsletter and never miss a story',
    'Why the price of eggs keeps going up this winter',
    'The minister speaks to reporters after the cabinet meeting in Rome, Italy, June 4.',
    '“We will rebuild,” the mayor said at the news conference on Friday.',
    // Written without spaces: a word per two characters of Han or kana.
    '記事に『リアクション』ができます。ご利用には会員登録が必要です。',
    '东京电视台记者在新闻发布会上提问。'
  ] as const

  const ok = [
    '* * *',
    'Q:',
    'Advertisement',
    'Step 2: Mix well',
    'Read more',
    'Photo: Jane Doe / Reuters',
    '関連記事',
    'もっと知りたい 0'
  ] as const

  it.each(notOk)('should strip the second copy of %j', function (line) {
    expect(stripped(deboilerDuplicate, 'Intro.\n' + line + '\n' + line + '\nOutro.')).toEqual([line])
  })

  it.each(ok)('should keep a short line %j that repeats', function (line) {
    expect(stripped(deboilerDuplicate, 'Intro.\n\n' + line + '\nText.\n\n' + line + '\nMore text.')).toEqual([])
  })

  it('should keep long lines that differ', function () {
    const text = [
      'A cat walks past a destroyed building in the village, March 21, 2019.',
      'A cat walks past a destroyed building in the village, March 22, 2019.',
      'The council voted on the plan, which will cost more than expected.',
      'The council voted on the plan, which will cost less than expected.'
    ].join('\n')
    expect(stripped(deboilerDuplicate, text)).toEqual([])
  })

  it('should strip a copy whose first words are spaced otherwise, and keep one that ends otherwise', function () {
    const text = [
      'Intro.',
      'The  mayor\tsaid on Friday that the bridge would reopen in May.',
      'The mayor said on Friday that the bridge would reopen in May.',
      'The mayor said on Friday that the bridge would reopen in June.',
      'Outro.'
    ].join('\n')
    expect(stripped(deboilerDuplicate, text)).toEqual(['The mayor said on Friday that the bridge would reopen in May.'])
  })

  it('should strip later copies anywhere, ignoring case, spaces, quotes and dashes', function () {
    const file = run(
      deboilerDuplicate,
      [
        'Ten things to do in Lisbon this summer — a guide',
        '',
        'The article starts here and runs for a while.',
        '',
        'TEN THINGS TO DO IN LISBON  THIS SUMMER - A GUIDE',
        '“Rain is coming,” said the forecaster on Sunday night.',
        '"Rain is coming," said the forecaster on Sunday night.',
        'Ten things to do in Lisbon this summer – a guide',
        ''
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '5:1-5:50: Unexpected duplicate of line 1 `TEN THINGS TO DO IN LISBON  THIS SUMMER - A GUIDE`',
      '7:1-7:55: Unexpected duplicate of line 6 `"Rain is coming," said the forecaster on Sunday night.`',
      '8:1-8:49: Unexpected duplicate of line 1 `Ten things to do in Lisbon this summer – a guide`'
    ])
    expect(String(file.value)).toBe(
      'Ten things to do in Lisbon this summer — a guide\n\nThe article starts here and runs for a while.\n\n“Rain is coming,” said the forecaster on Sunday night.\n'
    )
  })
})
