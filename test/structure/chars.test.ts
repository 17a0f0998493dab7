import {isWordCharacter} from '../../src/structure/chars.js'

/**
 * The benchmark's token characters, which the line scanner's fast paths
 * stand in for.
 */
const wordCharacter = /^[\p{L}\p{N}]$/u

describe('isWordCharacter', () => {
  it('agrees with \\p{L}\\p{N} on every code point', () => {
    const differ: string[] = []

    for (let code = 0; code <= 0x10_ff_ff; code++) {
      if (code >= 0xd8_00 && code <= 0xdf_ff) continue
      const value = String.fromCodePoint(code)
      if (isWordCharacter(value, 0, value.charCodeAt(0), value.length) !== wordCharacter.test(value)) {
        differ.push('U+' + code.toString(16).toUpperCase())
      }
    }

    expect(differ).toEqual([])
  })

  it('splits words at the kana middle dot, Greek signs and Cyrillic marks', () => {
    for (const value of ['・', '゛', '゠', '͵', '΄', '҃', '҈']) {
      expect(isWordCharacter(value, 0, value.charCodeAt(0), 1)).toBe(false)
    }

    for (const value of ['ア', 'ひ', 'ー', '漢', 'Ω', 'ж', 'ґ']) {
      expect(isWordCharacter(value, 0, value.charCodeAt(0), 1)).toBe(true)
    }
  })

  it('reads a letter in the middle of a text by its surrogate pair', () => {
    const value = 'a𝒜b'
    expect(isWordCharacter(value, 1, value.charCodeAt(1), 2)).toBe(true)
  })
})
