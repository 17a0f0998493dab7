import {clean, type CleanResult} from '../src/index.js'
import {contractError, generate, hostileBlock} from './util/fuzz.js'

// The first 2,000 inputs of `npm run fuzz` (same seed, same generator).
const seed = 20_190_323
const count = 2000

describe('fuzz (CI-sized run of `npm run fuzz`)', function () {
  it('should hold the output contract on ' + count + ' generated inputs', function () {
    const failures: Array<string> = []

    for (let index = 0; index < count; index++) {
      const {kind, input} = generate(seed, index)
      let problem: string | undefined

      try {
        problem = contractError(input, clean(input))
      } catch (error) {
        problem = 'crash: ' + String(error)
      }

      // Reproduce with `node bench/fuzz.mjs --src --only <index>`.
      if (problem) failures.push('#' + index + ' (' + kind + ', ' + input.length + ' chars): ' + problem)
    }

    expect(failures).toEqual([])
  }, 120_000)

  it('should hold the output contract on the hostile block of `npm run bench`', function () {
    const input = hostileBlock()
    expect(contractError(input, clean(input))).toBe(undefined)
  })

  it('should make the same input for the same seed and index', function () {
    expect(generate(seed, 1234)).toEqual(generate(seed, 1234))
    expect(generate(seed, 1234).input).not.toBe(generate(seed + 1, 1234).input)
  })
})

describe('contractError (the checker of `npm run fuzz`)', function () {
  const input = 'Story.\nHits: 81\nMore.'
  const result = clean(input)

  it('should accept a correct result', function () {
    expect(result.stripped.map((item) => item.actual)).toContain('Hits: 81')
    expect(contractError(input, result)).toBe(undefined)
  })

  it.each([
    ['a shifted place', shift(result, 1), /`actual` is not the input/],
    ['a wrong column', column(result, 2), /start is 2:2, expected 2:1/],
    ['a wrong text', {...result, text: result.text + 'x'}, /text differs/],
    ['overlapping places', {...result, stripped: [result.stripped[0]!, result.stripped[0]!]}, /overlaps/],
    ['an empty place', empty(result), /empty or reversed/]
  ] as Array<[string, CleanResult, RegExp]>)('should catch %s', function (_, broken, message) {
    expect(contractError(input, broken)).toMatch(message)
  })
})

/**
 * A result whose only place is moved by `by` code units (with its line
 * and column still right for the new offsets).
 *
 * @param result
 *   Result.
 * @param by
 *   Shift.
 * @returns
 *   Broken result.
 */
function shift(result: CleanResult, by: number): CleanResult {
  const item = result.stripped[0]!
  const {start, end} = item.place
  return {
    ...result,
    stripped: [
      {
        ...item,
        place: {
          start: {...start, column: start.column + by, offset: start.offset + by},
          end: {...end, column: end.column + by, offset: end.offset + by}
        }
      }
    ]
  }
}

/**
 * A result whose only place starts at a wrong column.
 *
 * @param result
 *   Result.
 * @param value
 *   Column.
 * @returns
 *   Broken result.
 */
function column(result: CleanResult, value: number): CleanResult {
  const item = result.stripped[0]!
  return {...result, stripped: [{...item, place: {...item.place, start: {...item.place.start, column: value}}}]}
}

/**
 * A result whose only place is empty.
 *
 * @param result
 *   Result.
 * @returns
 *   Broken result.
 */
function empty(result: CleanResult): CleanResult {
  const item = result.stripped[0]!
  return {...result, stripped: [{...item, actual: '', place: {...item.place, end: item.place.start}}]}
}
