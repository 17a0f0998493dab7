import {breakFinder, breakSize} from '../../src/util/breaks.js'

/**
 * Every line break of a text, as offset and size, found by `breakFinder`.
 *
 * @param value
 *   Text.
 * @returns
 *   Breaks.
 */
function breaks(value: string): Array<[number, number]> {
  const next = breakFinder(value)
  const result: Array<[number, number]> = []
  let from = 0
  for (;;) {
    const found = next(from)
    if (found < 0) return result
    const size = breakSize(value, found)
    result.push([found, size])
    from = found + size
  }
}

describe('breakFinder', function () {
  it('should find `\\n`, `\\r\\n` and a lone `\\r`, in order, as vfile counts them', function () {
    expect(breaks('a\nb\r\nc\rd')).toEqual([
      [1, 1],
      [3, 2],
      [6, 1]
    ])
  })

  it('should count `\\n\\r` as two breaks and `\\r\\r\\n` as two', function () {
    expect(breaks('a\n\rb\r\r\nc')).toEqual([
      [1, 1],
      [2, 1],
      [4, 1],
      [5, 2]
    ])
  })

  it('should find none in a text without breaks, and a break at the end', function () {
    expect(breaks('')).toEqual([])
    expect(breaks('one line')).toEqual([])
    expect(breaks('end\r\n')).toEqual([[3, 2]])
  })

  it('should answer searches from offsets that grow, past breaks of either kind', function () {
    const next = breakFinder('ab\ncd\ref\ng')
    expect(next(1)).toBe(2)
    expect(next(2)).toBe(2)
    expect(next(3)).toBe(5)
    expect(next(6)).toBe(8)
    expect(next(9)).toBe(-1)
  })
})
