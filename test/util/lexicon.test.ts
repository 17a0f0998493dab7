import fc from 'fast-check'
import {allOf, alternation, trieSource, wordStartSource} from '../../src/util/lexicon.js'

// Fixed, so a failure is the same failure on every machine.
const seed = 5_310_284

const entries = ['all rights reserved', 'alle rechte vorbehalten', 'alle', 'tüm hakları saklıdır', '版权所有', '由', '©', 'a.b (c)']

describe('allOf', function () {
  it('should add the form in capitals of Greek entries, lower-cased', function () {
    expect(allOf({el: ['σχετικά άρθρα', 'σχόλια']}, {en: ['comments']})).toEqual([
      'comments',
      'σχετικά άρθρα',
      'σχετικα αρθρα',
      'σχολια',
      'σχόλια'
    ])
  })
})

describe('trieSource', function () {
  it('should match what the alternation of its entries matches', function () {
    const trie = new RegExp(trieSource(entries), 'u')
    const plain = new RegExp(alternation(entries), 'u')
    const pieces = fc.constantFrom(...entries, ' ', 'x', 'rechte', 'alle r', '版权', 'a.b', '(c)', 'ß')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 6}), function (parts) {
        const value = parts.join('')
        expect(trie.test(value)).toBe(plain.test(value))
      }),
      {seed, numRuns: 500}
    )
  })

  it('should escape special characters', function () {
    const trie = new RegExp('^(?:' + trieSource(['a.b (c)']) + ')$', 'u')
    expect(trie.test('a.b (c)')).toBe(true)
    expect(trie.test('axb c')).toBe(false)
  })
})

describe('wordStartSource', function () {
  const search = new RegExp(wordStartSource(entries), 'u')

  it.each([
    'alle rechte vorbehalten',
    '© 2024 firma. alle rechte vorbehalten.',
    '(all rights reserved)',
    '*alle rechte vorbehalten',
    '« tüm hakları saklıdır »',
    'home | alle rechte vorbehalten',
    'xx版权所有',
    '本站由wordpress驱动',
    'text©2024'
  ])('should find an entry where a word starts, or one of another script anywhere: %j', function (value) {
    expect(search.test(value)).toBe(true)
  })

  it.each(['hallerechte', 'overall rights reserved', 'xtüm hakları saklıdır', 'nothing here'])(
    'should not find an entry of a spaced script inside a word: %j',
    function (value) {
      // `alle` in `hallerechte`, `all rights…` in `overall rights…`, a glued `tüm…`.
      expect(search.test(value)).toBe(false)
    }
  )

  it('should find what the bare trie finds at the start of every word', function () {
    const trie = new RegExp('^(?:' + trieSource(entries) + ')', 'u')
    const pieces = fc.constantFrom(...entries, ' ', 'x', 'rechte', '(', '*', '|', '版权', 'ß')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 6}), function (parts) {
        const value = parts.join('')
        // Places where a word starts: the start, or after a space or a mark.
        const starts = [0, ...[...value.matchAll(/[ *([«"„“/|•·>»]/gu)].map((match) => match.index + 1)]
        if (starts.some((start) => trie.test(value.slice(start)))) expect(search.test(value)).toBe(true)
      }),
      {seed, numRuns: 500}
    )
  })
})
