import type {CleanResult} from '../../src/index.js'
import {lineStarts, pointAt, whitespaceRule} from './contract.js'

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
 * A source of random numbers in `[0, 1)`.
 */
type Random = () => number

/**
 * Article sentences, some of which look like debris, in several scripts.
 */
export const prose = [
  'The Kurdish-led forces said they had taken the last village held by the group.',
  'Share prices fell 3% on Monday after the report.',
  'If you just want Disney+, you can sign up for a free 7-day trial.',
  'Updated figures released on Friday show the deficit narrowing.',
  'The video had 2 million views, and the comments were closed by Tuesday.',
  '“We will not stop,” she said. “Not now.”',
  'Photos from the scene showed a crowd of about 200 people.',
  'The company said it uses cookies made from an old family recipe.',
  'Copyright law in the country dates back to 1911, lawyers said.',
  'Il a déclaré : « C’est terminé ».',
  'Цены выросли на 5 %.',
  '東京都は24日、新たに5人の感染を確認した。',
  'אמר ראש הממשלה ביום שני כי השיחות יימשכו.',
  'وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل.',
  'Emoji in text 👍🏽 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters stay.',
  'MADRID —',
  'HIDDEN CAVES',
  'The video had 2 million views.',
  'Editor’s note: An earlier version of this story misstated the date.'
] as const

/**
 * Debris lines in the wordings of several sites.
 */
export const debris = [
  'Hits: 81',
  'Views: 1,204',
  '1.2K shares',
  '5 min read',
  'Reading time: 4 minutes',
  'Share this story!',
  'Share on Facebook Share on Twitter',
  'Share this: Facebook | Twitter | Email',
  'Related Posts',
  'You may also like',
  'Related: Ten things to know about the vote',
  'Leave a Reply',
  'Comments are closed.',
  '12 comments',
  'Copyright 2024 X Inc. All rights reserved.',
  '© 2019 X',
  'Powered by WordPress | Designed by Someone',
  'Source Article from https://example.com/a',
  'This article originally appeared on The Site.',
  'Tags Donald Trump',
  'Filed under: Politics',
  'Getty',
  'Photo: Reuters',
  '(AP Photo/Jane Doe)',
  'Updated 2:10 p.m.',
  'Posted 3 hours ago',
  '{mosads}',
  '{loadposition user9}',
  '[caption id="attachment_12" align="alignnone"]',
  '[/caption]',
  '<!-- ad slot -->',
  'Advertisement',
  'Sponsored Content',
  'We use cookies to improve your experience. By continuing you agree.',
  'We use cookies to improve your experience.',
  'Skip to main content',
  'Home » News » World',
  'Breaking News',
  'Load more',
  'See all',
  'Subscribe to our newsletter',
  'Enter your email address',
  'XS SM MD LG'
] as const

/**
 * White space that is not a line break (a line's edges and inner runs).
 */
export const spaces = [
  ' ',
  '\t',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u2003',
  '\u2009',
  '\u200A',
  '\u202F',
  '\u205F',
  '\u3000',
  '\u000B',
  '\f',
  '\uFEFF',
  '\u200B'
] as const

/**
 * Line breaks: the contract's own (`\n`, `\r\n`, `\r`), and characters that
 * some tools treat as line breaks but the contract does not (NEL, U+2028,
 * U+2029), which must stay inside their line.
 */
export const breaks = ['\n', '\n', '\n', '\r\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029', '\u0085'] as const

/**
 * Starts of lines that rules look for, to put before hostile runs.
 */
export const prefixes = [
  '',
  'Hits:',
  'hit\t',
  'Views',
  'likes',
  'read time',
  'Reading time:',
  '5 min read |',
  'Tags',
  'tags',
  'Filed under:',
  'Source:',
  'Source Article from',
  'This article originally appeared on',
  'first ran in',
  'Photo:',
  'photo used under license from',
  'Image courtesy of',
  'Copyright',
  '©',
  'All rights reserved',
  'Share',
  'Share on',
  'Related:',
  'also on example.com',
  'Comments',
  '12 comments on “',
  'Leave a',
  'Posted by',
  'Updated',
  'Sponsored by',
  'Advertise with',
  'Powered by',
  'Website designed by',
  'See all',
  'Home »',
  'Subscribe to',
  'We use cookies',
  'www.',
  'https://',
  '{',
  '[',
  '<!--',
  '<!--[if',
  '{{',
  '${',
  '%%'
] as const

/**
 * What hostile lines repeat: single characters and short units taken from
 * the quantified parts of the rules' patterns.
 */
export const units = [
  ...spaces,
  '\u0000',
  '\u0001',
  '|',
  ' |',
  '•',
  ' • ',
  '·',
  '∙',
  '/',
  ' / ',
  '»',
  '›',
  '>',
  '<',
  '.',
  '. ',
  '!',
  '?',
  ':',
  ' :',
  '：',
  '…',
  '*',
  '-',
  ' - ',
  '–',
  '—',
  ',',
  ';',
  '"',
  "'",
  '’',
  '“',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '[a ',
  '[a\t\u0000',
  '{a',
  '<!--',
  '![if[',
  '{{ a',
  '${a',
  '%%a',
  '=',
  'a="',
  '#',
  '#a ',
  '@',
  '&',
  '+',
  '©',
  '1',
  '1,',
  '1.',
  '12 ',
  'a',
  'A',
  'a.',
  'a-',
  '0-.a',
  'é',
  'word ',
  'Word ',
  'by ',
  'the ',
  'and ',
  'min ',
  'see all ',
  'share ',
  'cookies ',
  '😀',
  '👍🏽',
  '\uD800',
  '\uDC00',
  'א',
  '\u200F',
  '\u0301'
] as const

/**
 * Families of inputs and how often each comes up (out of the sum).
 */
const families: Array<[string, number, (random: Random) => string]> = [
  ['page', 40, page],
  ['hostile', 18, hostile],
  ['unicode', 12, unicode],
  ['binary', 8, binary],
  ['repeat', 8, repeat],
  ['empty-lines', 4, emptyLines],
  ['tiny', 9, tiny],
  ['long-line', 1, longLine]
]

const weights = families.reduce((sum, family) => sum + family[1], 0)

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
 * A page: prose and debris lines, some with debris inside, with white space
 * around them and line breaks of every kind.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function page(random: Random): string {
  const count = 1 + Math.floor(random() * random() * 80)
  const eol = random() < 0.5 ? one(random, breaks) : undefined
  let value = ''

  for (let index = 0; index < count; index++) {
    value += edge(random) + line(random) + edge(random)
    if (index < count - 1 || random() < 0.5) value += eol ?? one(random, breaks)
  }

  return value
}

/**
 * One line of a page.
 *
 * @param random
 *   Random source.
 * @returns
 *   Line (no line break).
 */
function line(random: Random): string {
  const roll = random()
  if (roll < 0.35) return one(random, prose)
  if (roll < 0.7) return one(random, debris)
  if (roll < 0.78) return one(random, prose) + ' ' + one(random, debris) + ' ' + one(random, prose)
  if (roll < 0.84) return one(random, debris) + one(random, [' | ', ' • ', ' / ', '  ', '\t']) + one(random, debris)
  if (roll < 0.9) return ''
  if (roll < 0.95) return noise(random, 1 + Math.floor(random() * 60))
  return run(one(random, units), 1 + Math.floor(random() * 200))
}

/**
 * Hostile lines: a rule's cue, a long run of one unit, and an end.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function hostile(random: Random): string {
  const count = 1 + Math.floor(random() * 4)
  const lines: Array<string> = []

  for (let index = 0; index < count; index++) {
    const length = Math.floor(10 ** (1 + random() * 2.6))
    lines.push(
      one(random, prefixes) +
        run(one(random, units), length) +
        (random() < 0.5 ? one(random, units) : '') +
        (random() < 0.5 ? one(random, ['x', 'w', 'min', '81', '.', '|', '\u0000/', '-->', ']', '}', '”']) : '')
    )
    if (random() < 0.3) lines.push(one(random, debris))
  }

  return lines.join(one(random, breaks))
}

/**
 * Lines of characters from odd corners of Unicode: controls, lone
 * surrogates, emoji sequences, RTL marks, combining marks.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function unicode(random: Random): string {
  const count = 1 + Math.floor(random() * 12)
  const lines: Array<string> = []
  for (let index = 0; index < count; index++) {
    lines.push(random() < 0.3 ? one(random, prose) : noise(random, Math.floor(random() * 120)))
  }

  return lines.join(one(random, breaks))
}

/**
 * Random bytes read as Latin-1 or as UTF-8 (with replacement characters).
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function binary(random: Random): string {
  const bytes = new Uint8Array(Math.floor(random() * 3000))
  for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(random() * 256)
  return Buffer.from(bytes).toString(random() < 0.5 ? 'latin1' : 'utf8')
}

/**
 * The same few lines many times (for the duplicate rule and the locator).
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function repeat(random: Random): string {
  const pool = [line(random), line(random), one(random, debris), one(random, prose)]
  const eol = one(random, breaks)
  const lines: Array<string> = []
  const count = 2 + Math.floor(random() * 60)
  for (let index = 0; index < count; index++) lines.push(edge(random) + one(random, pool))
  return lines.join(eol)
}

/**
 * Thousands of empty and blank lines with a few lines among them.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function emptyLines(random: Random): string {
  const eol = one(random, ['\n', '\r\n', '\r'] as const)
  const count = 1000 + Math.floor(random() * 4000)
  const lines: Array<string> = []

  for (let index = 0; index < count; index++) {
    const roll = random()
    lines.push(roll < 0.97 ? (roll < 0.8 ? '' : edge(random)) : line(random))
  }

  return lines.join(eol)
}

/**
 * A very short input: a few characters or one line.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function tiny(random: Random): string {
  const roll = random()
  if (roll < 0.2) return ''
  if (roll < 0.5) return noise(random, 1 + Math.floor(random() * 4))
  if (roll < 0.8) return edge(random) + one(random, debris) + (random() < 0.5 ? one(random, breaks) : '')
  return one(random, breaks).repeat(1 + Math.floor(random() * 5))
}

/**
 * A line of about 100,000 characters, among a few others.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function longLine(random: Random): string {
  const roll = random()
  const length = 100_000
  const long =
    roll < 0.4
      ? run(one(random, prose) + ' ', length)
      : roll < 0.6
        ? run(one(random, ['x', '😀', 'ab', 'א', '1,', '-', '.']), length)
        : noise(random, length)
  return [one(random, prose), long, one(random, debris)].join(one(random, breaks))
}

/**
 * Random text from characters that break naive code.
 *
 * @param random
 *   Random source.
 * @param length
 *   Number of pieces.
 * @returns
 *   Text (may hold line breaks).
 */
function noise(random: Random, length: number): string {
  let value = ''

  for (let index = 0; index < length; index++) {
    const roll = random()
    if (roll < 0.3) value += String.fromCharCode(0x61 + Math.floor(random() * 26))
    else if (roll < 0.4) value += ' '
    else if (roll < 0.5) value += one(random, spaces)
    else if (roll < 0.55) value += String.fromCharCode(Math.floor(random() * 32))
    else if (roll < 0.58) value += String.fromCharCode(0x7f + Math.floor(random() * 33))
    else if (roll < 0.63) value += String.fromCharCode(0xd800 + Math.floor(random() * 0x800))
    else if (roll < 0.7) value += one(random, ['😀', '👍🏽', '👩‍👩‍👧', '🇫🇷', '𝔘', '\uFE0F', '\u200D'])
    else if (roll < 0.78) value += one(random, ['א', 'ب', '\u200F', '\u200E', '\u202E', '\u202C', '\u2067', '\u2069'])
    else if (roll < 0.83) value += one(random, ['\u0301', '\u0308', 'é', 'ﬁ', 'ß', 'İ'])
    else if (roll < 0.88) value += one(random, units)
    else if (roll < 0.92) value += one(random, breaks)
    else value += String.fromCodePoint(Math.floor(random() * 0x110000))
  }

  return value
}

/**
 * White space at a line's edge: usually none.
 *
 * @param random
 *   Random source.
 * @returns
 *   White space.
 */
function edge(random: Random): string {
  if (random() < 0.6) return ''
  let value = ''
  const count = 1 + Math.floor(random() * 3)
  for (let index = 0; index < count; index++) value += one(random, spaces)
  return value
}

/**
 * A unit repeated to about `length` UTF-16 code units.
 *
 * @param unit
 *   Unit.
 * @param length
 *   Length.
 * @returns
 *   Run.
 */
function run(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length)))
}

/**
 * A random item of a list.
 *
 * @param random
 *   Random source.
 * @param list
 *   List.
 * @returns
 *   Item.
 */
function one<T>(random: Random, list: ReadonlyArray<T>): T {
  return list[Math.floor(random() * list.length)]!
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
