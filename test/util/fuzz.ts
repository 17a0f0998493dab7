import type {CleanResult} from '../../src/index.js'
import {lineStarts, pointAt, whitespaceRule} from './contract.js'
import {families, tiny, weights, type Random} from './fuzz-families.js'

export {breaks, debris, prefixes, prose, spaces, units} from './fuzz-data.js'

/**
 * One generated input.
 */
export interface Generated {
  /** Index of the input in its run (with the seed, enough to make it again). */
  index: number
  /** Family it comes from (`page`, `hostile`, `long`…). */
  kind: string
  /** The text. */
  input: string
}


/**
 * Make input number `index` of a run with `seed`: the same pair always
 * gives the same input, so a failure found at index 81,234 of a run of
 * 100,000 can be made again alone.
 *
 * @param seed
 *   Seed of the run.
 * @param index
 *   Index of the input.
 * @returns
 *   Input.
 */
export function generate(seed: number, index: number): Generated {
  const random = mulberry32(hash(seed, index))
  let pick = random() * weights

  for (const [kind, weight, make] of families) {
    pick -= weight
    if (pick < 0) return {index, kind, input: make(random)}
  }

  return {index, kind: 'tiny', input: tiny(random)}
}

/**
 * One block of hostile lines, the same every time: `npm run bench` repeats it
 * to make the hostile inputs of its scaling runs (1 to 50 MB).
 *
 * Long runs without spaces or sentence structure, unclosed templates and
 * brackets (a regex that scans ahead for the closer is quadratic), a long
 * single word, emoji, and runs of short repeated and distinct lines
 * (menu-like, and a worst case for duplicate search).
 *
 * @returns
 *   Text.
 */
export function hostileBlock(): string {
  const long = [
    '{'.repeat(20_000),
    '}'.repeat(5000) + '{'.repeat(5000),
    '|'.repeat(10_000),
    '| '.repeat(8000),
    '0123456789'.repeat(3000),
    '1,'.repeat(6000),
    ' '.repeat(20_000) + '.',
    'x' + ' '.repeat(20_000) + 'x',
    '.'.repeat(20_000),
    '!?.,;:'.repeat(4000),
    '-'.repeat(20_000),
    '=*#~_'.repeat(4000),
    '{{{{ }}}} '.repeat(3000),
    '{mosads' + 'x'.repeat(20_000),
    '{loadposition ' + 'a '.repeat(10_000),
    '[caption id="' + 'attachment_'.repeat(2000),
    '(AP Photo/' + 'A '.repeat(10_000),
    '('.repeat(10_000),
    'Hits: ' + '9'.repeat(20_000),
    '© ' + '2019 '.repeat(5000),
    'Share '.repeat(5000),
    'Related Posts '.repeat(2000),
    'https://' + 'a/'.repeat(10_000),
    'a'.repeat(50_000),
    'A. '.repeat(8000),
    '😀'.repeat(8000),
    '\t'.repeat(10_000) + 'x',
    '» › • '.repeat(4000)
  ]
  const short: Array<string> = []
  for (let index = 0; index < 400; index++) {
    // Repeated short lines and distinct short lines, alternating.
    short.push(['{', '|', '1', '.', '}', '©', '» ›', 'Advertisement', 'Share', '12:30'][index % 10]!)
    short.push(`Item ${index} | Home | News | ${index * 7}`)
  }

  return [...long, short.join('\n')].join('\n\n')
}

/**
 * What is wrong with a result of `clean()`, checked against the contract
 * of `test/util/contract.ts` without `expect`, so that a script can use it.
 *
 * @param input
 *   Input of `clean()`.
 * @param result
 *   Its result.
 * @returns
 *   First violation, or `undefined` when the contract holds.
 */
export function contractError(input: string, result: CleanResult): string | undefined {
  if (typeof result.text !== 'string' || !Array.isArray(result.stripped)) return 'malformed result'
  const starts = lineStarts(input)
  let previousEnd = 0

  for (const [index, item] of result.stripped.entries()) {
    const {start, end} = item.place
    const where = 'stripped[' + index + '] (' + item.ruleId + ')'
    if (!(end.offset > start.offset)) return where + ': empty or reversed place'
    if (start.offset < previousEnd) return where + ': overlaps the place before it'
    if (end.offset > input.length) return where + ': ends after the input'
    if (input.slice(start.offset, end.offset) !== item.actual) return where + ': `actual` is not the input at its place'
    for (const [name, point] of [['start', start] as const, ['end', end] as const]) {
      const expected = pointAt(starts, point.offset)
      if (point.line !== expected.line || point.column !== expected.column) {
        return (
          where + ': ' + name + ' is ' + point.line + ':' + point.column + ', expected ' + expected.line + ':' + expected.column
        )
      }
    }

    previousEnd = end.offset
  }

  const expected = whitespaceRule(
    input,
    result.stripped.map((item) => item.place)
  )
  if (result.text !== expected) {
    return 'text differs from the whitespace rule at offset ' + firstDifference(result.text, expected)
  }

  return undefined
}

/**
 * Mix a seed and an index into one 32-bit state.
 *
 * @param seed
 *   Seed.
 * @param index
 *   Index.
 * @returns
 *   State.
 */
function hash(seed: number, index: number): number {
  let state = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0
  state = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35) >>> 0
  return (state ^ (state >>> 16)) >>> 0
}

/**
 * A small seeded generator (mulberry32).
 *
 * @param seed
 *   State.
 * @returns
 *   Random source.
 */
function mulberry32(seed: number): Random {
  let state = seed
  return function () {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * Offset where two strings first differ.
 *
 * @param a
 *   One.
 * @param b
 *   Other.
 * @returns
 *   Offset.
 */
function firstDifference(a: string, b: string): number {
  let index = 0
  while (index < a.length && index < b.length && a.charCodeAt(index) === b.charCodeAt(index)) index++
  return index
}
