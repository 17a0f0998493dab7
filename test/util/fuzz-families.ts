import {fold} from './fold.js'
import {breaks, debris, prefixes, prose, spaces, units} from './fuzz-data.js'

// The families of generated inputs (pages, hostile runs, Unicode, binary,
// repeats, empty lines, tiny and long lines, edges, HTML source), each a
// function of a random source.

/**
 * A source of random numbers in `[0, 1)`.
 */
export type Random = () => number

/**
 * Families of inputs and how often each comes up (out of the sum).
 */
export const families: Array<[string, number, (random: Random) => string]> = [
  ['page', 40, page],
  ['hostile', 18, hostile],
  ['unicode', 12, unicode],
  ['binary', 8, binary],
  ['repeat', 8, repeat],
  ['empty-lines', 4, emptyLines],
  ['tiny', 9, tiny],
  ['long-line', 1, longLine],
  ['shaped', 10, shaped],
  ['html', 6, html]
]

export const weights = families.reduce((sum, family) => sum + family[1], 0)


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
 * A page in the shape other converters give it: hard-wrapped at a width
 * (`fold -s`), or as Markdown (links, images, headings, emphasis, list
 * items, a table), or as html-to-text prints links (`text [url]`).
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function shaped(random: Random): string {
  const value = page(random)
  const roll = random()
  if (roll < 0.4) return fold(value, 30 + Math.floor(random() * 90))
  const lines = value.split(/\r\n|\n|\r/)
  return lines
    .map(function (text) {
      const words = text.split(' ')
      const at = Math.floor(random() * words.length)
      const link = roll < 0.8 ? '[' + words[at] + '](https://example.com/' + at + ' "t")' : words[at] + ' [https://example.com/' + at + ']'
      words[at] = link
      return one(random, markdownPrefixes) + words.join(' ') + (random() < 0.1 ? '\n| a | b |\n| --- | --- |\n| ' + text + ' | x |' : '')
    })
    .join('\n')
}

/**
 * A page as HTML source: its lines in tags, with a head, scripts, styles and
 * comments (some left open), stray `<` and `>`, on one line (minified),
 * hard-wrapped, or a line a block; sometimes a fragment without page tags.
 *
 * @param random
 *   Random source.
 * @returns
 *   Text.
 */
function html(random: Random): string {
  const blocks = page(random)
    .split(/\r\n|\n|\r/)
    .map(function (text) {
      const roll = random()
      if (roll < 0.1) return '<script type="text/javascript">var a = "' + text + '" < 3;</script>'
      if (roll < 0.15) return '<!-- ' + text + ' -->'
      if (roll < 0.2) return '<a href="/x?a=1&b=2"\nclass="link">' + text + '</a>'
      if (roll < 0.25) return '<p>' + text + (random() < 0.5 ? ' < ' : '') + '<img src="/a.jpg" alt=">"/>'
      return one(random, ['<p>', '<div class="a">', '<li>', '<H2>', '<td>']) + text + one(random, ['</p>', '</div>', '</li>', '</H2>', ''])
    })
  const head =
    random() < 0.7
      ? ['<!DOCTYPE html>', '<html lang="en"><head><title>T</title>', '<style>p > a {color: red}</style>', '</head><body>']
      : []
  const tail = random() < 0.1 ? ['<script>unclosed('] : random() < 0.1 ? ['<!-- open comment'] : ['</body></html>']
  const lines = [...head, ...blocks, ...tail]
  const roll = random()
  if (roll < 0.2) return lines.join('')
  if (roll < 0.4) return fold(lines.join(' '), 60 + Math.floor(random() * 40))
  return lines.join(one(random, breaks))
}

/**
 * What Markdown puts before a line.
 */
const markdownPrefixes = ['', '', '', '# ', '## ', '*   ', '1.  ', '> ', '**', '![x](y.png) ', '\\* ', '_']

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
export function tiny(random: Random): string {
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
export function run(unit: string, length: number): string {
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
export function one<T>(random: Random, list: ReadonlyArray<T>): T {
  return list[Math.floor(random() * list.length)]!
}
