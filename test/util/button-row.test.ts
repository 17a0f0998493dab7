import fc from 'fast-check'
import {isButtonRow, readRow, type Buttons, type Row} from '../../src/util/button-row.js'

// Fixed, so a failure is the same failure on every machine.
const seed = 7_120_443

const buttons: Buttons = {
  strong: new Set(['reply with quote', 'add to cart', 'click to expand']),
  weak: new Set(['reply', 'quote', 'like', 'share', 'report'])
}

/**
 * `readRow()` as it reads a line without its cheap first cues: split, then
 * buttons longest first, word by word.
 *
 * @param value
 *   Lower-case line.
 * @returns
 *   Row, or `undefined`.
 */
function reference(value: string): Row | undefined {
  const words = value
    .split(/[\s|•·∙,;/:>»›<«‹…()[\]!?"]+|\.{2,}|\.$/u)
    .filter((word) => word !== '' && word !== '-' && word !== '.')
  const weak = new Set<string>()
  let strong = 0
  let counts = 0
  let index = 0

  words: while (index < words.length) {
    for (let size = Math.min(5, words.length - index); size > 0; size--) {
      const phrase = words.slice(index, index + size).join(' ')
      if (buttons.strong.has(phrase) || buttons.weak.has(phrase)) {
        if (buttons.strong.has(phrase)) strong++
        else weak.add(phrase)
        index += size
        continue words
      }
    }

    if (!/^(?:[$€£¥]|usd|eur|gbp)?\d[\d.,]*[km+]?(?:[$€£¥]|usd|eur|kr|zł|₽)?$|^[$€£¥]$/u.test(words[index]!)) {
      return undefined
    }

    counts++
    index++
  }

  return {strong, weak: weak.size, counts}
}

describe('readRow', function () {
  it.each([
    ['reply with quote 0', {strong: 1, weak: 0, counts: 1}],
    ['reply | quote | like', {strong: 0, weak: 3, counts: 0}],
    ['$115 add to cart', {strong: 1, weak: 0, counts: 1}],
    ['click to expand...', {strong: 1, weak: 0, counts: 0}],
    ['- reply -', {strong: 0, weak: 1, counts: 0}]
  ])('should read a row of buttons: %j', function (value, expected) {
    expect(readRow(value, buttons)).toEqual(expected)
  })

  it.each(['reply to the mayor', 'the reply', 'like a rolling stone', 'share.prices fell'])(
    'should read no row in a line with other words: %j',
    function (value) {
      expect(readRow(value, buttons)).toBeUndefined()
      expect(isButtonRow(readRow(value, buttons))).toBe(false)
    }
  )

  it('should read what the plain split reads, on any mix of buttons, counts, words and separators', function () {
    const pieces = fc.constantFrom(
      'reply',
      'quote',
      'with',
      'add',
      'to',
      'cart',
      'click',
      'expand',
      'the',
      '0',
      '$5',
      ' ',
      ' | ',
      '.',
      '..',
      '-',
      ' - ',
      '…',
      '(',
      '!'
    )
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 8}), function (parts) {
        const value = parts.join('')
        expect(readRow(value, buttons)).toEqual(reference(value))
      }),
      {seed, numRuns: 2000}
    )
  })
})
