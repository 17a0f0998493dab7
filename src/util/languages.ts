import {lexiconLanguages, type Lexicon, type LexiconLanguage} from '../data/lexicon.js'
import {guessLanguage, languageSets, languages, masks, scriptLanguage} from '../structure/language.js'
import {stepTrie, stopwordTrie} from '../structure/trie.js'
import {addEntry} from './lexicon.js'
import type {Line} from './lines.js'
import {pageMemo} from './page-memo.js'

/**
 * The entries of lexicons in the languages of one page (see `byLanguage`).
 */
export type Pick = (...lexicons: ReadonlyArray<Lexicon>) => Array<string>

/**
 * Most characters of prose read to tell a page’s languages.
 */
const sample = 3000

/**
 * Shortest line read: prose, where the function words are (a menu has few).
 */
const shortest = 30

/**
 * Fewest words read to read the page in its languages only (about four
 * sentences of prose; `guessLanguage()` then asks its language for the
 * locator’s 8 hits and 8 % of the words): a shorter page is read in every
 * language, as a line or two cannot tell its language.
 */
const fewestWords = 60

/**
 * Share of the best language’s hits another lexicon language needs to be
 * read too: close languages (Danish and Norwegian, Spanish and Portuguese)
 * share many function words, and a page may mix two.
 */
const second = 0.5

/**
 * Every lexicon language: the key of pages whose language cannot be told.
 */
const every = '*'

/**
 * Slot of each lexicon language in `languages` (the stopword lists).
 */
const lexiconSlots = new Map<number, LexiconLanguage>(
  lexiconLanguages.flatMap((code) => {
    const slot = languages.indexOf(code)
    return slot < 0 ? [] : [[slot, code] as const]
  })
)

/**
 * A rule’s vocabulary built for the languages of the page: English, and the
 * lexicon languages the page is written in; every language when they cannot
 * be told (a short page, a language without a lexicon).
 *
 * ###### Notes
 * A search for the phrases of 30 languages at once costs several times one
 * for English’s: most letters start a phrase of some language, so a pattern
 * tries a branch at almost every place of every line. Sets of words cost the
 * same whatever their size and need no gate. English is always in: it is
 * the language of most sites’ furniture (`Share`, `Cookie settings`), whatever
 * the language of their articles. A page whose debris is in another language
 * than both its text and English keeps that debris.
 *
 * @param build
 *   Build the vocabulary from the entries `pick` gives, in the page’s
 *   languages.
 * @returns
 *   The vocabulary of the page of some lines (built once per set of
 *   languages, then reused).
 */
export function byLanguage<T>(build: (pick: Pick) => T): (lines: ReadonlyArray<Line>) => T {
  const built = new Map<string, T>()

  return pageMemo(function (lines: ReadonlyArray<Line>) {
    const key = languageKey(lines)
    let value = built.get(key)
    if (value === undefined) {
      value = build(picker(key))
      built.set(key, value)
    }

    return value
  })
}

/**
 * The lexicon languages a page is read in, as a key: `'en'`, `'de en'`, or
 * `'*'` (every language).
 *
 * ###### Notes
 * Told once per page from the stopwords of its first prose lines (at most
 * 3,000 characters of lines of 30 or more), stripped ones included, so
 * that it is the same whichever rule asks first; pages written without
 * spaces by their script (Japanese, Chinese, Korean).
 *
 * @param lines
 *   Lines of a page.
 * @returns
 *   Key.
 */
export const languageKey: (lines: ReadonlyArray<Line>) => string = pageMemo(tell)

/**
 * Tell the languages of a page.
 *
 * @param lines
 *   Lines.
 * @returns
 *   Key.
 */
function tell(lines: ReadonlyArray<Line>): string {
  // Hits per set of languages first (one count a word), spread after.
  const bySet = new Map<number, number>()
  const values: Array<string> = []
  let read = 0
  let words = 0

  for (const line of lines) {
    const value = line.value
    if (value.length < shortest) continue
    values.push(value)
    // A long paragraph is read up to the sample’s end.
    words += countStopwords(value, Math.min(value.length, sample - read), bySet)
    read += value.length
    if (read >= sample) break
  }

  const hits = new Array<number>(languages.length).fill(0)
  for (const [id, count] of bySet) {
    for (const slot of languageSets[id]!) hits[slot]! += count
  }

  const code = words < fewestWords ? 'und' : guessLanguage(hits, words)
  if (code === 'und') {
    const script = scriptLanguage(values)
    return (lexiconLanguages as ReadonlyArray<string>).includes(script) ? keyOf(['en', script]) : every
  }

  const best = languages.indexOf(code)
  if (!lexiconSlots.has(best)) return every
  const bestHits = hits[best] ?? 0
  const codes: Array<string> = ['en']
  for (const [slot, code] of lexiconSlots) {
    if ((hits[slot] ?? 0) >= bestHits * second) codes.push(code)
  }

  return keyOf(codes)
}

/**
 * Count the stopwords of a line by the set of languages that lists each.
 *
 * ###### Notes
 * By character code, as the locator reads words: ASCII letters walk the
 * stopword trie, so most words are looked up without slicing or
 * lower-casing them (a search for letters on every line took most of the
 * time of telling the language).
 *
 * @param value
 *   Line.
 * @param end
 *   Where to stop reading (a word across it is read whole).
 * @param bySet
 *   Hits per id of a set of languages (changed in place).
 * @returns
 *   Words read.
 */
function countStopwords(value: string, end: number, bySet: Map<number, number>): number {
  const trie = stopwordTrie(masks)
  let index = 0
  let words = 0

  while (index < end) {
    if (!isLetter(value.charCodeAt(index))) {
      index++
      continue
    }

    const start = index
    words++
    let node = 0
    let ascii = true
    while (index < value.length) {
      const code = value.charCodeAt(index)
      if (!isLetter(code)) break
      if (code < 128) node = stepTrie(trie, node, code)
      else ascii = false
      index++
    }

    const id = ascii ? (node < 0 ? 0 : (trie.masks[node] ?? 0)) : (masks.get(value.slice(start, index).toLowerCase()) ?? 0)
    if (id !== 0) bySet.set(id, (bySet.get(id) ?? 0) + 1)
  }

  return words
}

/**
 * Whether a character code is one of a word: an ASCII letter, or any
 * character from `À` on but general punctuation, symbols and CJK
 * punctuation (close enough to tell words apart for a count of stopwords).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122
  return (
    code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0x3000 && code <= 0x303f) &&
    !(code >= 0xff00 && code <= 0xff20)
  )
}

/**
 * Key of some languages.
 *
 * @param codes
 *   Codes.
 * @returns
 *   Key (unique codes, sorted, space-separated).
 */
function keyOf(codes: ReadonlyArray<string>): string {
  return [...new Set(codes)].sort().join(' ')
}

/**
 * The entries of lexicons in the languages of a key.
 *
 * @param key
 *   Key.
 * @returns
 *   Pick.
 */
function picker(key: string): Pick {
  const codes = key === every ? undefined : new Set(key.split(' '))
  return function (...lexicons) {
    const entries = new Set<string>()
    for (const lexicon of lexicons) {
      for (const [code, list] of Object.entries(lexicon) as Array<[LexiconLanguage, ReadonlyArray<string>]>) {
        if (codes && !codes.has(code)) continue
        for (const entry of list) addEntry(entries, entry)
      }
    }

    return [...entries].sort()
  }
}
