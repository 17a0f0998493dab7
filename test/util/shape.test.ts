import fc from 'fast-check'
import {endsSentence, isIn, isTeaser, isWhiteSpace, labelKey, quote, wordCount} from '../../src/util/shape.js'

// Fixed, so a failure is the same failure on every machine (fast-check
// prints the seed and path to replay it).
const seed = 5_310_442

/**
 * Random text made of characters that matter to these helpers: letters,
 * white space of several kinds, terminal punctuation and closers, emoji.
 */
const text = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      'é',
      '1',
      ' ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\v',
      '\u00a0',
      '\u2003',
      '\u2028',
      '\u3000',
      '\ufeff',
      '。',
      '」',
      '؟',
      '.',
      '!',
      '?',
      '"',
      "'",
      '”',
      '’',
      ')',
      ']',
      '…',
      ',',
      '😀'
    ),
    {maxLength: 24}
  )
  .map((list) => list.join(''))

describe('wordCount', function () {
  it.each([
    ['', 10, 0],
    ['one', 10, 1],
    ['one two  three', 10, 3],
    ['one\ttwo\nthree\u00a0four\u3000five', 10, 5],
    ['  one two  ', 10, 2],
    ['one two three four', 2, 2],
    ['one two three four', 0, 0],
    [' one two', 2, 1],
    ['one two ', 2, 2],
    ['Hello, world! 😀', 10, 3],
    // Written without spaces: Han and kana one word per two characters,
    // Thai per five, and the rest of the run one more.
    ['其他新闻', 10, 2],
    ['町議会は月曜日', 10, 4],
    ['新', 10, 1],
    ['Jリーグ', 10, 3],
    ['สภาเมืองเปิด', 10, 3],
    ['政治 経済', 10, 2]
  ])('should count runs of non-white space in %j, up to %j (%j)', function (value, most, expected) {
    expect(wordCount(value, most)).toBe(expected)
  })

  it('should equal `value.split(/\\s+/, most).filter(Boolean).length` on random strings', function () {
    fc.assert(
      fc.property(text, fc.integer({min: 0, max: 12}), function (value, most) {
        return wordCount(value, most) === value.split(/\s+/, most).filter(Boolean).length
      }),
      {seed, numRuns: 2000}
    )
  })
})

describe('endsSentence', function () {
  it.each([
    ['He left.', true],
    ['Really!', true],
    ['Why?', true],
    ['He said “go.”', true],
    ['He said “go”.', true],
    ['Say “go”', false],
    ['He said "go."', true],
    ['(See above.)', true],
    ['[Done!]', true],
    ['It’s over?’', true],
    ['Read more', false],
    ['Wait…', false],
    ['Hmm,', false],
    ['(aside)', false],
    ['.', true],
    [')', false],
    ['.))', false],
    ['', false],
    ['Ends in emoji 😀', false],
    ['町議会は新しい図書館を開館した。', true],
    ['「ようやく逮捕に至った。」', true],
    ['你知道吗？', true],
    ['هل هذا صحيح؟', true],
    ['यह नया पुस्तकालय है।', true],
    ['Գրադարանը բացվեց։', true],
    ['ቤተ መጻሕፍቱ ተከፈተ።', true],
    ['စာကြည့်တိုက် ဖွင့်လှစ်ခဲ့သည်။', true],
    ['បណ្ណាល័យបានបើក។', true],
    ['関連記事', false]
  ])('should tell whether %j ends like a sentence (%j)', function (value, expected) {
    expect(endsSentence(value)).toBe(expected)
  })

  it('should equal `/[.!?。！？؟۔।]["\'”’)\\]」』»]?$/u.test(value)` on random strings', function () {
    const expression = /[.!?。！？؟۔।]["'”’)\]」』»]?$/u
    fc.assert(
      fc.property(text, (value) => endsSentence(value) === expression.test(value)),
      {seed, numRuns: 2000}
    )
  })
})

describe('isTeaser', function () {
  it.each([
    'Teen chased by police breaks both legs',
    'Is this the best phone of the year?',
    'Teen chased by police breaks both legs with airport termin...',
    'Ten things you did not know about cats…',
    'Three word headline'
  ])('should take %j for a teaser', function (value) {
    expect(isTeaser(value, 150, 25)).toBe(true)
  })

  it.each([
    ['Two words', 'fewer than three words'],
    ['This is a whole sentence.', 'a sentence end'],
    ['A list of things, such as:', 'a colon at the end'],
    ['Before a list;', 'a semicolon at the end'],
    ['Some words then a comma,', 'a comma at the end'],
    ['Why would anyone ever ask a question that goes on and on for more than fifteen words here?', 'a long question'],
    ['word '.repeat(26).trim(), 'more words than the most'],
    ['A headline far longer than it should be ' + 'x'.repeat(150), 'more characters than the size']
  ])('should not take %j for a teaser (%s)', function (value) {
    expect(isTeaser(value, 150, 25)).toBe(false)
  })

  it('should allow exactly the most words and characters', function () {
    const value = 'word '.repeat(25).trim()
    expect(isTeaser(value, value.length, 25)).toBe(true)
    expect(isTeaser(value, value.length - 1, 25)).toBe(false)
    expect(isTeaser(value, value.length, 24)).toBe(false)
  })
})

describe('isIn', function () {
  it.each([
    ['.!?', '.', true],
    ['.!?', '?', true],
    ['.!?', ',', false],
    ['.!?', '', false],
    ['', '', false],
    ['', 'a', false]
  ])('should tell whether %j holds %j (%j)', function (characters, character, expected) {
    expect(isIn(characters, character)).toBe(expected)
  })
})

describe('labelKey', function () {
  it.each([
    ['• Related Posts:', 'related posts'],
    ['Related  Posts', 'related posts'],
    ['READ MORE »', 'read more'],
    ['Next ›', 'next'],
    ['Tags：', 'tags'],
    ['## Tags', 'tags'],
    ['* More…', 'more'],
    ['— More —', 'more'],
    ['> Share |', 'share'],
    ['A-Z', 'a-z'],
    ['Über uns', 'über uns'],
    ['Q&A.', 'q&a'],
    ['...', ''],
    ['', '']
  ])('should normalise %j to %j', function (value, expected) {
    expect(labelKey(value)).toBe(expected)
  })
})

describe('quote', function () {
  it.each([
    ['', ''],
    ['Short line', 'Short line'],
    ['x'.repeat(60), 'x'.repeat(60)]
  ])('should keep a line of 60 characters or fewer: %j', function (value, expected) {
    expect(quote(value)).toBe(expected)
  })

  it('should shorten a longer line to 59 characters and an ellipsis', function () {
    expect(quote('x'.repeat(61))).toBe('x'.repeat(59) + '…')
    expect(quote('y'.repeat(500))).toBe('y'.repeat(59) + '…')
  })

  it('should drop white space before the ellipsis', function () {
    expect(quote('x'.repeat(57) + '  ' + 'z'.repeat(10))).toBe('x'.repeat(57) + '…')
  })

  it('should not cut a surrogate pair in two', function () {
    const result = quote('x'.repeat(58) + '😀' + 'z'.repeat(10))
    expect(result).toBe('x'.repeat(58) + '…')
    expect(result).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    // An emoji that fits whole is kept.
    expect(quote('x'.repeat(57) + '😀' + 'z'.repeat(10))).toBe('x'.repeat(57) + '😀…')
  })
})

describe('isWhiteSpace', function () {
  it('is true for exactly the characters `\\s` matches', function () {
    const differ: Array<string> = []
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code.toString(16))
    }

    expect(differ).toEqual([])
  })
})
