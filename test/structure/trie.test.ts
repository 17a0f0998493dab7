import fc from 'fast-check'
import {masks} from '../../src/structure/language.js'
import {stepTrie, stopwordTrie, type StopwordTrie} from '../../src/structure/trie.js'

// Fixed, so a failure is the same failure on every machine (fast-check
// prints the seed and path to replay it).
const seed = 7_140_318

/**
 * Look a word up letter by letter, as the line scanner does.
 *
 * @param trie
 *   Trie.
 * @param word
 *   Word of ASCII letters (either case).
 * @returns
 *   Language mask of the word, `0` when the trie does not have it.
 */
function lookUp(trie: StopwordTrie, word: string): number {
  let node = 0
  for (let index = 0; index < word.length; index++) node = stepTrie(trie, node, word.charCodeAt(index))
  return node < 0 ? 0 : (trie.masks[node] ?? 0)
}

/**
 * Random ASCII words, short like stopwords.
 */
const word = fc
  .array(fc.integer({min: 97, max: 122}), {minLength: 1, maxLength: 6})
  .map((codes) => String.fromCharCode(...codes))

/**
 * Words of the stopword lists made of `a`–`z` only (those the trie holds).
 */
const asciiStopwords = [...masks].filter(([key]) => /^[a-z]+$/.test(key))

describe('stopwordTrie', function () {
  const small = new Map([
    ['the', 1],
    ['then', 2],
    ['a', 4],
    ['an', 4 | 1],
    ['für', 8],
    ['The', 16],
    ['it’s', 32],
    ['x2', 64]
  ])

  it.each([
    ['the', 1],
    ['then', 2],
    ['a', 4],
    ['an', 5]
  ])('should give %j the mask it has in the map (%j)', function (key, mask) {
    expect(lookUp(stopwordTrie(small), key)).toBe(mask)
  })

  it.each(['t', 'th', 'thens', 'ann', 'b', 'he', 'x'])('should not find %j, which the map does not list', function (key) {
    expect(lookUp(stopwordTrie(small), key)).toBe(0)
  })

  it('should leave out words with characters other than `a`–`z`', function () {
    const trie = stopwordTrie(new Map([['für', 8], ['The', 16], ['it’s', 32], ['x2', 64]]))
    // Only the root: nothing was added.
    expect(trie.masks).toEqual(Int32Array.from([0]))
    expect(trie.children.every((child) => child === 0)).toBe(true)
    expect(lookUp(trie, 'f')).toBe(0)
    expect(lookUp(trie, 'the')).toBe(0)
  })

  it.each(['THE', 'The', 'tHeN', 'AN'])('should look %j up without regard to case', function (key) {
    expect(lookUp(stopwordTrie(small), key)).toBe(lookUp(stopwordTrie(small), key.toLowerCase()))
    expect(lookUp(stopwordTrie(small), key)).not.toBe(0)
  })

  it('should build the trie of a map once', function () {
    expect(stopwordTrie(small)).toBe(stopwordTrie(small))
    expect(stopwordTrie(new Map(small))).not.toBe(stopwordTrie(small))
  })

  it('should find every ASCII word of the stopword lists with its language mask', function () {
    const trie = stopwordTrie(masks)
    expect(asciiStopwords.length).toBeGreaterThan(100)
    const wrong = asciiStopwords.filter(([key, mask]) => lookUp(trie, key) !== mask)
    expect(wrong).toEqual([])
  })

  it('should find a random ASCII word exactly when the stopword lists have it', function () {
    const trie = stopwordTrie(masks)
    fc.assert(
      fc.property(fc.oneof(word, fc.constantFrom(...asciiStopwords.map(([key]) => key))), function (key) {
        return lookUp(trie, key) === (masks.get(key) ?? 0)
      }),
      {seed, numRuns: 3000}
    )
  })

  it('should find exactly the words of any list it is built from', function () {
    const entries = fc.uniqueArray(fc.tuple(word, fc.integer({min: 1, max: 0xffff})), {
      selector: ([key]) => key,
      maxLength: 40
    })
    fc.assert(
      fc.property(entries, fc.array(word, {maxLength: 20}), function (list, probes) {
        const map = new Map(list)
        const trie = stopwordTrie(map)
        return [...map.keys(), ...probes].every((key) => lookUp(trie, key) === (map.get(key) ?? 0))
      }),
      {seed, numRuns: 300}
    )
  })
})

describe('stepTrie', function () {
  const trie = stopwordTrie(new Map([['of', 1]]))

  it('should stay off the trie once off it', function () {
    expect(stepTrie(trie, -1, 'o'.charCodeAt(0))).toBe(-1)
    const off = stepTrie(trie, 0, 'x'.charCodeAt(0))
    expect(off).toBe(-1)
    expect(stepTrie(trie, off, 'o'.charCodeAt(0))).toBe(-1)
  })

  it('should step to a child that is not the root, and the same child for either case', function () {
    const lower = stepTrie(trie, 0, 'o'.charCodeAt(0))
    expect(lower).toBeGreaterThan(0)
    expect(stepTrie(trie, 0, 'O'.charCodeAt(0))).toBe(lower)
    // `o` alone is not a word; `of` is.
    expect(trie.masks[lower]).toBe(0)
    expect(trie.masks[stepTrie(trie, lower, 'f'.charCodeAt(0))]).toBe(1)
  })
})
