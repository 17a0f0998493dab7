import type {Lexicon} from '../data/lexicon.js'

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
      if (list) for (const entry of list) entries.add(entry)
    }
  }

  return [...entries].sort()
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
 * A node of `trieSource()`: the next characters (`''`: an entry ends here).
 */
type Trie = Map<string, Trie>
