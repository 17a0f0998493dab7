import {chromeLines, chromePrefixes} from '../data/locator.js'
import {commentControls, commenterWords, tailForms, tailHeadings, tailPrefixes} from '../data/tail.js'
import type {Category} from '../types.js'
import {wordCount} from '../util/shape.js'

/**
 * Look-ups in the whole-line phrases of page chrome and the headings that
 * open the tail of a page (the lists are in `src/data/locator.ts` and
 * `src/data/tail.ts`).
 *
 * ###### Notes
 * Lines are matched after `phraseKey`: lower case, every run of non-letters
 * and non-digits one space, digit runs `#`. Only whole short lines match, so
 * a sentence that mentions sharing or comments is never hit.
 */

/**
 * A phrase list ready for look-ups.
 */
interface PhraseList {
  /** Whole lines and their category (a map: faster than an object on arbitrary keys). */
  exact: ReadonlyMap<string, Category>
  /** Prefixes and their category, by their first word. */
  starts: ReadonlyMap<string, ReadonlyArray<readonly [string, Category]>>
  /** Longest key looked up, in characters. */
  maxLength: number
  /** Most words of a key that matches a prefix. */
  maxWords: number
}

/**
 * Tail headings.
 */
const tails = phraseList(tailHeadings, tailPrefixes, 40, 6)

/**
 * Chrome lines.
 */
const chromes = phraseList(chromeLines, chromePrefixes, 60, 8)

/**
 * Category of a tail heading, if the line is one.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Category of what follows, or `undefined`.
 */
export function tailCategory(key: string): Category | undefined {
  const found = categoryIn(tails, key)
  if (found || key.length > tails.maxLength) return found
  for (const [form, category] of tailForms) {
    if (form.test(key)) return category
  }

  return undefined
}

/**
 * Category of a chrome line, if the line is one.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Category, or `undefined`.
 */
export function chromeCategory(key: string): Category | undefined {
  return categoryIn(chromes, key)
}

/**
 * Make a phrase list ready for look-ups.
 *
 * @param exact
 *   Whole lines and their category.
 * @param prefixes
 *   Prefixes and their category.
 * @param maxLength
 *   Longest key looked up.
 * @param maxWords
 *   Most words of a key that matches a prefix.
 * @returns
 *   List.
 */
function phraseList(
  exact: Readonly<Record<string, Category>>,
  prefixes: ReadonlyArray<readonly [string, Category]>,
  maxLength: number,
  maxWords: number
): PhraseList {
  const starts = new Map<string, Array<readonly [string, Category]>>()
  for (const entry of prefixes) {
    const word = firstWord(entry[0])
    const list = starts.get(word)
    if (list) list.push(entry)
    else starts.set(word, [entry])
  }

  return {exact: new Map(Object.entries(exact)), starts, maxLength, maxWords}
}

/**
 * Category of a key in a phrase list: a whole line, or a prefix of a short key.
 *
 * @param list
 *   Phrase list.
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Category, or `undefined`.
 */
function categoryIn(list: PhraseList, key: string): Category | undefined {
  if (key.length > list.maxLength) return undefined
  const exact = list.exact.get(key)
  if (exact) return exact
  const prefixes = list.starts.get(firstWord(key))
  if (!prefixes || wordCount(key, list.maxWords + 1) > list.maxWords) return undefined
  for (const [prefix, category] of prefixes) {
    if (startsWithWords(key, prefix)) return category
  }

  return undefined
}

/**
 * Whether a key starts with whole words.
 *
 * @param key
 *   `phraseKey` of a line.
 * @param prefix
 *   Words to look for.
 * @returns
 *   Whether `key` is `prefix` or starts with `prefix` and a space.
 */
function startsWithWords(key: string, prefix: string): boolean {
  // Without building `prefix + ' '`: this runs for most lines of a page.
  return key.startsWith(prefix) && (key.length === prefix.length || key.charCodeAt(prefix.length) === 32)
}

/**
 * Whole lines that sit under each comment of a thread (`Reply`).
 */
const controls: ReadonlySet<string> = new Set(commentControls)

/**
 * `says` in the other languages (with the colon only).
 */
const commenters: ReadonlySet<string> = new Set(commenterWords)

/**
 * Whether a short line is a comment cue: a control under a comment
 * (`Reply`), a reply title (`Re: …`) or a commenter line (`Anna says:`).
 *
 * @param key
 *   `phraseKey` of the line (`''` for long lines).
 * @param value
 *   Line text.
 * @returns
 *   Whether it is a cue.
 */
export function isCommentCue(key: string, value: string): boolean {
  if (key === '') return false
  if (controls.has(key)) return true
  if (key.startsWith('re ')) return /^\s*re\s*:/i.test(value)
  if (commenters.has(lastWord(key))) return value.trimEnd().endsWith(':')
  if (key.endsWith(' says')) return true
  return (key.endsWith(' writes') || key.endsWith(' wrote')) && value.trimEnd().endsWith(':')
}

/**
 * Last word of a key.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Its last word.
 */
function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1)
}

/**
 * First word of a key.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Its first word.
 */
function firstWord(key: string): string {
  const space = key.indexOf(' ')
  return space < 0 ? key : key.slice(0, space)
}
