import {sizeToggles} from '../data/navigation.js'
import {singleSpaced} from './line-text.js'
import {isIn, isWhiteSpace, wordCount} from './shape.js'

/**
 * What a line looks like, for telling menus and labels from headlines and
 * prose.
 */
export interface Shape {
  /** Number of words, up to ten. */
  words: number
  /** At most three words, no digits, no sentence end, not a byline or dateline. */
  label: boolean
  /** Ten words or more, ending like a sentence. */
  prose: boolean
  /** A byline, a date or prose: what follows a headline. */
  opener: boolean
}

// Arrows, bullets, colons and icons around a link: `» Print`, `Next »`, `Search:`
// (with white space).
const decorations = new Set([...'«»‹›<>←→↑^*•·|:.…+×✕▼▾☰-'].map((character) => character.charCodeAt(0)))
// Home » News » World; Home > Politics; home / blogs; Home /.
const crumbSeparator = /(?<!\s)\s*[»›>]\s*|(?<!\s)\s+\/\s*|(?<!\s)\s*\/$/u
const home = /^(?:home|homepage|home page|main page|you are here:?(?: home)?)(?:\s*[»›>/]|\s+\/)/iu
// See all Hill.TV See all Video; View All Recipe Collections.
const seeAll = /^(?:see|view|show) all(?: [^\s!?]+){0,3}$/iu
const seeAllStart = /(?<!\s)\s+(?=(?:see|view|show) all\b)/iu
const seeAllFirst = /^(?:see|view|show) all\b/iu
// Text size: S M L XL.
const sizeLabel = /^(?:text|font) ?size:?\s*/iu
const toggles = new Set(sizeToggles)
// What text size buttons and the separators between them are made of.
const toggleCharacters = new RegExp('^[\\s|/' + classOf(sizeToggles) + ']*$', 'iu')
// What a sentence or a quote ends in (as the last character).
const terminal = '.!?…"”’)'
const digit = /\d/u
// By Jane Doe; Posted: …; MADRID — (a dash at the end is looked for apart)
const byline = /^(?:by|posted|published|updated|written by)\b/iu
// Camel-case glue of buttons saved without a space (`AcceptRejectRead More`,
// `Cookie settingsACCEPT`).
const glue = /(\p{Ll})(\p{Lu})/gu

/**
 * Work out what a line looks like.
 *
 * @param value
 *   Line.
 * @returns
 *   Shape.
 */
export function lineShape(value: string): Shape {
  const end = isIn(terminal, value.charAt(value.length - 1))
  // Ten words are enough to tell prose from a label.
  const words = wordCount(value, 10)
  const prose = end && words >= 10
  const bylined = byline.test(value) || isIn('—–-', value.charAt(value.length - 1))
  // Digits matter on short lines only: look for them last.
  const label = value.length <= 30 && words < 4 && !end && !bylined && !digit.test(value)
  return {words, label, prose, opener: prose || bylined || (words <= 8 && digit.test(value))}
}

/**
 * Whether a step of a breadcrumb or an item of a menu row is short enough to
 * be a link.
 *
 * @param value
 *   Piece.
 * @returns
 *   Whether it is.
 */
export function isShortLink(value: string): boolean {
  const last = value.charAt(value.length - 1)
  return value.length <= 40 && wordCount(value, 5) < 5 && !isIn(terminal, last)
}

/**
 * Normalise a link (a line or a piece of a row) for matching against a
 * phrase list: without the decoration around it, single spaced.
 *
 * @param value
 *   Text, lower case.
 * @returns
 *   Key.
 */
export function linkKey(value: string): string {
  // Trim decoration, as `value.replace(decoration, '')` would.
  let start = 0
  let end = value.length
  while (start < end && isDecoration(value.charCodeAt(start))) start++
  while (end > start && isDecoration(value.charCodeAt(end - 1))) end--
  return singleSpaced(value.slice(start, end))
}

/**
 * Whether a character is decoration around a link, or white space.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isDecoration(code: number): boolean {
  return isWhiteSpace(code) || decorations.has(code)
}

/**
 * Whether a line is only `See all` links (`See all Video`, `View All Recipe
 * Collections`, several in a row).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
export function isSeeAll(value: string): boolean {
  return seeAllFirst.test(value) && value.split(seeAllStart).every((piece) => seeAll.test(piece))
}

/**
 * Whether a line is a breadcrumb: `Home` and short steps, with separators
 * (`Home » News » World`).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
export function isBreadcrumb(value: string): boolean {
  return home.test(value) && value.split(crumbSeparator).every((step) => isShortLink(step))
}

/**
 * How many text size buttons a line is (`XS`, `A- A+`, `Text size: S M L`).
 *
 * @param value
 *   Line.
 * @returns
 *   How many, or 0 when it is something else.
 */
export function sizeButtons(value: string): number {
  if (value.length > 40) return 0
  const rest = value.replace(sizeLabel, '')
  // Cheap first cue: buttons are made of these characters alone.
  if (!toggleCharacters.test(rest)) return 0
  const tokens = rest.split(/[\s|/]+/u)
  return tokens.every((token) => toggles.has(token.toLowerCase())) ? tokens.length : 0
}

/**
 * Lower-case words of a short line of buttons, with camel-case glue undone
 * (a word keeps the marks on its letters: `सभी स्वीकार करें`).
 *
 * @param value
 *   Line.
 * @returns
 *   Words.
 */
export function buttonWords(value: string): Array<string> {
  return value.replace(glue, '$1 $2').toLowerCase().match(/[\p{L}&][\p{L}\p{M}&]*/gu) ?? []
}

/**
 * The characters of some words, for a regex character class.
 *
 * @param words
 *   Words.
 * @returns
 *   Characters, punctuation escaped.
 */
function classOf(words: ReadonlyArray<string>): string {
  let result = ''
  for (const character of new Set(words.join(''))) {
    result += /\w/.test(character) ? character : '\\' + character
  }

  return result
}
