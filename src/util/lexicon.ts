import type {Lexicon} from '../data/lexicon.js'
import {toneless} from './line-text.js'

/**
 * Every entry of a lexicon, in all its languages: unique, sorted.
 *
 * @param lexicons
 *   Lexicons to merge.
 * @returns
 *   Entries (lower case, as written in the data).
 */
export function allOf(...lexicons: ReadonlyArray<Lexicon>): Array<string> {
  const entries = new Set<string>()
  for (const lexicon of lexicons) {
    for (const list of Object.values(lexicon)) {
      if (list) for (const entry of list) addEntry(entries, entry)
    }
  }

  return [...entries].sort()
}

/**
 * Add an entry of a lexicon to a set of entries, and its form in capitals
 * lower-cased where that differs (Greek in capitals has no tonos: `σχετικά
 * άρθρα` is also `σχετικα αρθρα`).
 *
 * @param entries
 *   Entries (changed in place).
 * @param entry
 *   Entry.
 * @returns
 *   Nothing.
 */
export function addEntry(entries: Set<string>, entry: string): undefined {
  entries.add(entry)
  const capitals = toneless(entry)
  if (capitals !== entry) entries.add(capitals)
}

/**
 * Source that matches nowhere: what a search for no entries is (a lexicon
 * without entries in a page’s languages).
 */
export const never = '(?!)'

/**
 * Something to test text with: a regular expression, or `nowhere`.
 */
export interface Search {
  /** Whether the text holds a match. */
  test(value: string): boolean
}

/**
 * A search that finds nothing, without reading the text (a pattern that
 * matches nowhere, `(?!)`, still tries every place of it).
 */
export const nowhere: Search = {
  test() {
    return false
  }
}

/**
 * A search for a source: `nowhere` for `never`.
 *
 * @param source
 *   Regular expression source.
 * @param flags
 *   Flags (default `u`).
 * @returns
 *   Search.
 */
export function searchOf(source: string, flags = 'u'): Search {
  return source === never ? nowhere : new RegExp(source, flags)
}

/**
 * A regular expression alternation of entries, longest first (`minuten`
 * before `min`), special characters escaped, as source: `a|b|c`, to put in
 * a group.
 *
 * @param entries
 *   Entries.
 * @returns
 *   Source.
 */
export function alternation(entries: ReadonlyArray<string>): string {
  if (entries.length === 0) return never
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => escapeRegExp(entry))
    .join('|')
}

/**
 * `alternation()` as a non-capturing group: `(?:a|b|c)`.
 *
 * @param entries
 *   Entries.
 * @returns
 *   Source.
 */
export function group(entries: ReadonlyArray<string>): string {
  return '(?:' + alternation(entries) + ')'
}

/**
 * Escape the special characters of a regular expression in text.
 *
 * @param value
 *   Text.
 * @returns
 *   Regular expression source that matches it.
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[$()*+.?[\\\]^{|}]/g, String.raw`\$&`)
}

/**
 * A regular expression that matches any of the entries, as source, written
 * as a trie (`ab(?:c|d)` for `abc` and `abd`): searching a line for a long
 * list of phrases then costs about the length of a phrase at each place, not
 * the number of phrases. Matches what `alternation()` matches; which entry
 * a match is may differ (for `test()`, not for `exec()` groups).
 *
 * @param entries
 *   Entries (matched as written; special characters escaped).
 * @returns
 *   Source, a group when needed.
 */
export function trieSource(entries: ReadonlyArray<string>): string {
  if (entries.length === 0) return never
  const root: Trie = new Map()

  for (const entry of entries) {
    let node = root
    for (const character of entry) {
      let next = node.get(character)
      if (!next) {
        next = new Map()
        node.set(character, next)
      }

      node = next
    }

    node.set('', new Map())
  }

  return emit(root)

  function emit(node: Trie): string {
    const branches: Array<string> = []
    let end = false

    for (const [character, next] of node) {
      if (character === '') end = true
      else branches.push(escapeRegExp(character) + emit(next))
    }

    if (branches.length === 0) return ''
    const body = branches.length === 1 ? branches[0]! : '(?:' + branches.join('|') + ')'
    return end ? '(?:' + body + ')?' : body
  }
}

/**
 * Most entries searched as a plain alternation by `cueSource()`.
 */
const plainMost = 16

/**
 * Source of a cheap cue that finds any of the entries: a plain alternation
 * of a few (`alternation()`), a trie of more (`trieSource()`).
 *
 * ###### Notes
 * V8 searches an alternation of a few literals faster than their trie (on
 * the lower-case lines of the dev set: the 12 cue words of disclaimers in
 * 92 ms, their trie in 165 ms; `cookie|cookies` in 43 ms, its trie in 54
 * ms), and a trie of many faster than their alternation.
 *
 * @param entries
 *   Entries (matched as written; special characters escaped).
 * @returns
 *   Source.
 */
export function cueSource(entries: ReadonlyArray<string>): string {
  return entries.length <= plainMost ? alternation(entries) : trieSource(entries)
}

/**
 * A node of `trieSource()`: the next characters (`''`: an entry ends here).
 */
type Trie = Map<string, Trie>

/**
 * A letter of a script whose words stand apart: spaces between them, and no
 * particles glued on (so not Korean, `쿠키를`).
 */
const spacedLetter =
  /^[\p{L}\p{M}](?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])$/u

/**
 * Whether an entry starts, or ends, with a letter of a script whose words
 * stand apart (`spacedLetter`): a search may then ask for a word's edge
 * there.
 *
 * @param entry
 *   Entry.
 * @param end
 *   Look at its last character, not its first.
 * @returns
 *   Whether it does.
 */
export function isSpacedEdge(entry: string, end = false): boolean {
  const characters = Array.from(entry)
  const character = end ? characters.at(-1) : characters[0]
  return character !== undefined && spacedLetter.test(character)
}

/**
 * A regular expression that matches any of the entries where a word starts,
 * as source, for a cheap first cue on lower-case, single-spaced text: an
 * entry that starts with a letter of a script whose words stand apart
 * (`alle akzeptieren`, `всі права`) at the start of the text or after a
 * space or an opening mark (`*`, `(`, `[`, `«`, `"`, `„`, `“`, `/`, `|`, `•`,
 * `·`, `>`, `»`), which the match then includes; any other (`©`, `版权所有`,
 * `由`) anywhere.
 *
 * ###### Notes
 * For `test()`. A search that must start after one of a few characters skips
 * most places of a line at once: about half the time of the bare trie of
 * `trieSource()` on the dev set. An entry glued to the end of another word
 * (`redesign part`, `reutilizamos`) is then no cue; glued menus
 * (`termsprivacy policydisclaimer`) are not either.
 *
 * @param entries
 *   Entries, lower case, single-spaced (matched as written; special
 *   characters escaped).
 * @returns
 *   Source (an alternation: put it in a group to add to it).
 */
export function wordStartSource(entries: ReadonlyArray<string>): string {
  const words = entries.filter((entry) => isSpacedEdge(entry))
  const others = entries.filter((entry) => !isSpacedEdge(entry))
  const sources: Array<string> = []
  if (words.length > 0) sources.push(String.raw`(?:^|[ *(\[«"„“/|•·>»])(?:` + trieSource(words) + ')')
  if (others.length > 0) sources.push(trieSource(others))
  return sources.join('|') || never
}
