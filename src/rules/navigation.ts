import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {moreLinks, sections, siteLinks, sizeToggles, skipLinks} from '../data/navigation.js'
import {lowerValue, singleSpaced} from '../util/line-text.js'
import {lines, lineValue} from '../util/lines.js'
import {isIn, quote, wordCount} from '../util/shape.js'
import {stripper, type RuleMeta} from '../util/strip.js'

/**
 * Kind of navigation a line is: its rule id, and what the reason calls it.
 */
type Kind = readonly [ruleId: string, name: string]

/**
 * What a line looks like.
 */
interface Shape {
  /** Number of words, up to ten. */
  words: number
  /** At most three words, no digits, no sentence end, not a byline or dateline. */
  label: boolean
  /** Ten words or more, ending like a sentence. */
  prose: boolean
  /** A byline, a date or prose: what follows a headline. */
  opener: boolean
}

const meta: RuleMeta = {category: 'navigation', ruleId: 'navigation-link'}
const skip: Kind = ['navigation-skip-link', 'skip link']
const more: Kind = ['navigation-more', 'more link']
const link: Kind = ['navigation-link', 'site link']
const crumbs: Kind = ['navigation-breadcrumb', 'breadcrumb']
const row: Kind = ['navigation-menu-row', 'menu row']
const toggle: Kind = ['navigation-size-toggle', 'size toggle']
const label: Kind = ['navigation-label', 'section label']
const item: Kind = ['navigation-menu', 'menu item']
// A section name on its own: stripped only in a menu or as a label.
const section: Kind = ['navigation-menu', 'section name']
const phrases = new Map<string, Kind>([
  ...sections.map((value) => [value, section] as const),
  ...siteLinks.map((value) => [value, link] as const),
  ...moreLinks.map((value) => [value, more] as const),
  ...skipLinks.map((value) => [value, skip] as const)
])
const toggles = new Set(sizeToggles)

// Arrows, bullets, colons and icons around a link: `» Print`, `Next »`, `Search:`.
const decorative = /[\s«»‹›<>←→↑^*•·|:.…+×✕▼▾☰-]/u
const closeButton = /^[×✕☰]$/u
// Home | News | Sport; Print • Email.
const rowSeparator = /(?<!\s)\s*[|•·]\s*/u
const rowItem = /^\p{L}[^\d:()]{0,39}$/u
// Home » News » World; Home > Politics; home / blogs; Home /.
const crumbSeparator = /(?<!\s)\s*[»›>]\s*|(?<!\s)\s+\/\s*|(?<!\s)\s*\/$/u
const home = /^(?:home|homepage|home page|main page|you are here:?(?: home)?)(?:\s*[»›>/]|\s+\/)/iu
// See all Hill.TV See all Video; View All Recipe Collections.
const seeAll = /^(?:see|view|show) all(?: [^\s!?]+){0,3}$/iu
const seeAllStart = /(?<!\s)\s+(?=(?:see|view|show) all\b)/iu
const seeAllFirst = /^(?:see|view|show) all\b/iu
// Text size: S M L XL.
const sizeLabel = /^(?:text|font) ?size:?\s*/iu
// What text size buttons and the separators between them are made of.
const toggleCharacters = new RegExp('^[\\s|/' + classOf(sizeToggles) + ']*$', 'iu')
// What a sentence or a quote ends in (as the last character).
const terminal = '.!?…"”’)'
const digit = /\d/u
// By Jane Doe; Posted: …; MADRID — (a dash at the end is looked for apart)
const byline = /^(?:by|posted|published|updated|written by)\b/iu
const lowerLabel = /^\p{Ll}[\p{Ll}-]*$/u

/**
 * Strip navigation: skip links, site links, menus and menu rows,
 * breadcrumbs, `Load more` and `See all` links, text size toggles, and lone
 * section labels in the head of the document.
 *
 * ###### Notes
 * Only whole lines are judged, so a sentence that starts with `Search` or
 * `Print` is kept. A section name (`Business`, `World`) counts only in a menu
 * (four or more short lines in a row, two of them known; in the body, a
 * third) or above the headline. In the head (before the first prose line), a
 * label above the headline is a section label (`Defense`, `Breaking News`),
 * unless a byline, a date or prose follows it, which makes it the headline;
 * below the headline only a lower-case word is (`update`), as bylines,
 * datelines and sub-headings are article. Use after `deboilerLines`.
 *
 * @returns
 *   Transformer.
 */
export default function deboilerNavigation() {
  return function (tree: Root, file: VFile): undefined {
    const all = lines(tree)
    const values = all.map((node) => lineValue(node))
    const shapes = values.map((value) => shape(value))
    const buttons = values.map((value) => sizes(value))
    const kinds = values.map(function (value, index) {
      // XS, SM, MD, LG one a line: a size button next to another one.
      const next = (buttons[index - 1] ?? 0) > 0 || (buttons[index + 1] ?? 0) > 0
      const kind = judge(value, all[index]!, buttons[index]!)
      return kind ?? (buttons[index] === 1 && next ? toggle : undefined)
    })
    const first = shapes.findIndex((line) => line.prose)
    let last = shapes.length
    while (--last > first && !shapes[last]!.prose) {
      // Find the last prose line: menus after it need less evidence.
    }

    menus(shapes, kinds, first, last)
    head(values, shapes, kinds, first)

    const strip = stripper(tree, file, meta)
    for (const [index, kind] of kinds.entries()) {
      if (kind && kind !== section) {
        const reason = 'Unexpected ' + kind[1] + ' `' + quote(values[index]!) + '`'
        strip.line(all[index]!, {ruleId: kind[0], reason})
      }
    }

    strip.apply()
  }
}

/**
 * Judge one line on its own.
 *
 * @param value
 *   Line.
 * @param node
 *   Its node.
 * @param buttons
 *   How many text size buttons it is (`sizes(value)`).
 * @returns
 *   Kind of navigation, if any.
 */
function judge(value: string, node: Paragraph, buttons: number): Kind | undefined {
  // Navigation is short; most lines are not, so cheap tests go first.
  if (value.length > 200) return undefined
  const phrase = value.length <= 60 ? known(lowerValue(node)) : undefined
  if (phrase) return phrase
  if (buttons > 1) return toggle
  if (closeButton.test(value)) return skip
  if (seeAllFirst.test(value) && value.split(seeAllStart).every((piece) => seeAll.test(piece))) {
    return more
  }

  if (home.test(value) && value.split(crumbSeparator).every((step) => short(step))) return crumbs

  // Without a separator, a line is one piece, not a row.
  if (!value.includes('|') && !value.includes('•') && !value.includes('·')) return undefined
  const pieces = value.split(rowSeparator)
  const items = pieces.filter(Boolean)
  if (pieces.length < 2 || items.length === 0) return undefined
  if (items.every((piece) => known(piece.toLowerCase()))) return row
  // Home | News | Sport; `Content |`, an item whose separator is left.
  if (!value.includes('|') || !items.every((piece) => rowItem.test(piece) && short(piece))) return undefined
  return items.length > 2 || (items.length === 1 && pieces[0] !== '') ? row : undefined
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
function short(value: string): boolean {
  const last = value.charAt(value.length - 1)
  return value.length <= 40 && wordCount(value, 5) < 5 && !isIn(terminal, last)
}

/**
 * Whether a line (or a piece of a row) is a known link or section name.
 *
 * @param value
 *   Text, lower case.
 * @returns
 *   Kind, if known.
 */
function known(value: string): Kind | undefined {
  // Trim decoration, as `value.replace(decoration, '')` would.
  let start = 0
  let end = value.length
  while (start < end && decorative.test(value.charAt(start))) start++
  while (end > start && decorative.test(value.charAt(end - 1))) end--
  return phrases.get(singleSpaced(value.slice(start, end)))
}

/**
 * How many text size buttons a line is (`XS`, `A- A+`, `Text size: S M L`).
 *
 * @param value
 *   Line.
 * @returns
 *   How many, or 0 when it is something else.
 */
function sizes(value: string): number {
  if (value.length > 40) return 0
  const rest = value.replace(sizeLabel, '')
  // Cheap first cue: buttons are made of these characters alone.
  if (!toggleCharacters.test(rest)) return 0
  const tokens = rest.split(/[\s|/]+/u)
  return tokens.every((token) => toggles.has(token.toLowerCase())) ? tokens.length : 0
}

/**
 * Mark menus: runs of four or more short lines with at least two known
 * links or section names; in the body, between the first and the last prose
 * line, a third of the run must be known.
 *
 * @param shapes
 *   Lines.
 * @param kinds
 *   Judgements so far, changed in place.
 * @param first
 *   Index of the first prose line (`-1` when there is none).
 * @param last
 *   Index of the last prose line.
 */
function menus(shapes: Array<Shape>, kinds: Array<Kind | undefined>, first: number, last: number): undefined {
  let start = 0

  while (start < shapes.length) {
    let end = start
    let known = 0
    while (end < shapes.length && (kinds[end] || shapes[end]!.label)) {
      if (kinds[end]) known++
      end++
    }

    const outside = end <= first || start > last
    if (end - start > 3 && known > 1 && (outside || known * 3 >= end - start)) {
      for (let index = start; index < end; index++) {
        if (!kinds[index] || kinds[index] === section) kinds[index] = item
      }
    }

    start = end + 1
  }
}

/**
 * Mark labels in the head: labels above the headline, and lower-case words
 * between the headline and the first prose line.
 *
 * @param values
 *   Lines.
 * @param shapes
 *   Their shapes.
 * @param kinds
 *   Judgements so far, changed in place.
 * @param end
 *   Index of the first prose line (`-1` when there is none).
 */
function head(values: Array<string>, shapes: Array<Shape>, kinds: Array<Kind | undefined>, end: number): undefined {
  let headline = false

  for (let index = 0; index < end; index++) {
    const line = shapes[index]!
    if (kinds[index] && kinds[index] !== section) continue
    if (headline) {
      // update
      if (lowerLabel.test(values[index]!)) kinds[index] = label
    } else if (line.label && (kinds[index] === section || !shapes[index + 1]!.opener)) {
      // Defense; Breaking News
      kinds[index] = label
    } else if (line.label || line.words > 3) {
      headline = true
    }
  }
}

/**
 * Work out what a line looks like.
 *
 * @param value
 *   Line.
 * @returns
 *   Shape.
 */
function shape(value: string): Shape {
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
