import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {lowerValue} from '../util/line-text.js'
import {lines, lineValue} from '../util/lines.js'
import {unexpected} from '../util/quote.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {endsSentence} from '../util/shape.js'
import {stripper} from '../util/strip.js'

/**
 * A short line that may be a pull quote.
 */
interface Candidate {
  node: Paragraph
  index: number
}

/**
 * A node of the trie of candidate words.
 */
interface Branch {
  next: Map<string, Branch>
  /** Candidates whose words end here, in document order, from `live` on. */
  ends: Array<Candidate>
  live: number
}

/**
 * What `deboilerPullQuote` is and does.
 */
export const meta = {
  category: 'pull-quote',
  ruleId: 'pull-quote-repeat',
  ruleIds: ['pull-quote-repeat'],
  strips: 'a short line that repeats words of an earlier sentence; `cause` points at it',
  example: 'They are losers and barely breathing',
  group: 'furniture'
} as const satisfies RuleDocs

/**
 * Fewest and most words of a pull quote.
 *
 * ###### Notes
 * Below six words, list items and sub-headings (`Open a business bank
 * account`) repeat the words of a sentence above them by chance.
 */
const fewest = 6
const most = 25
const word = /[\p{L}\p{N}]+/gu
const closers = '"\'”’)]'

/**
 * Most cues looked for in a sentence before walking the trie; with more, the
 * walk is as cheap.
 */
const maxCues = 16

/**
 * Strip pull quotes: short lines that repeat, word for word, part of a body
 * sentence earlier in the article.
 *
 * ###### Notes
 * A pull quote is a line of six to 25 words without terminal punctuation,
 * not in title case or capitals (so sub-headings such as `HIDDEN CAVES` and
 * product names stay), whose words occur in the same order in one earlier
 * line that is a sentence at least three words longer. Each message has a
 * `cause` that points at that sentence.
 * Time is linear: the candidates go in a trie of words, and each word of
 * each sentence starts at most one walk of at most 25 steps down it.
 *
 * @returns
 *   Transformer.
 */
const deboilerPullQuote = defineRule(meta, function () {
  return function (tree: Root, file: VFile): undefined {
    const all = lines(tree)
    const strip = stripper(tree, file, meta)
    const root: Branch = {next: new Map(), ends: [], live: 0}
    // The longest word of each candidate: a sentence without one of them
    // repeats no candidate, and needs no walk.
    const cues = new Set<string>()
    let last = -1

    for (const [index, node] of all.entries()) {
      const words = candidate(lineValue(node), node)
      if (!words) continue
      cues.add(longest(words))
      last = index
      let branch = root
      for (const item of words) {
        let next = branch.next.get(item)
        if (!next) branch.next.set(item, (next = {next: new Map(), ends: [], live: 0}))
        branch = next
      }

      branch.ends.push({node, index})
    }

    // Only a sentence above the last candidate can be quoted by one.
    for (let index = 0; index < last; index++) {
      const node = all[index]!
      if (!endsSentence(lineValue(node))) continue
      const lower = lowerValue(node)
      if (cues.size > maxCues || holdsCue(lower)) find(index, node, tokens(lower))
    }

    strip.apply()

    // Whether a lower-case line holds one of `cues`.
    function holdsCue(lower: string): boolean {
      for (const cue of cues) if (lower.includes(cue)) return true
      return false
    }

    // Walk the trie from each word of the sentence on line `index`.
    function find(index: number, node: Paragraph, words: Array<string>): undefined {
      for (let start = 0; start < words.length; start++) {
        let branch: Branch | undefined = root
        let end = start

        while (end < words.length && end - start < most) {
          branch = branch.next.get(words[end]!)
          if (!branch) break
          end++
          // The sentence must be longer than the quote, and come before it.
          if (branch.ends.length > branch.live && words.length >= end - start + 3) {
            take(branch, index, node)
          }
        }
      }
    }

    // Strip the live candidates that end at `branch` and come after `source`.
    function take(branch: Branch, index: number, source: Paragraph): undefined {
      while (branch.live < branch.ends.length) {
        const item = branch.ends[branch.live++]!
        // Copies above the sentence can never match a later one.
        if (item.index > index) report(item, source)
      }
    }

    // Strip a pull quote, with the sentence it repeats as `cause`.
    function report(item: Candidate, source: Paragraph): undefined {
      strip.line(item.node, {
        reason: unexpected('pull quote', lineValue(item.node)),
        cause: new VFileMessage('Quoted sentence', {
          place: source.position,
          ruleId: meta.ruleId,
          source: 'deboiler'
        })
      })
    }
  }
})

export default deboilerPullQuote

/**
 * The words of a line that may be a pull quote.
 *
 * @param value
 *   Line.
 * @param node
 *   Its node.
 * @returns
 *   Its words, lower case, or nothing when it is not short, open-ended and
 *   in sentence case.
 */
function candidate(value: string, node: Paragraph): Array<string> | undefined {
  if (value.length > 250) return undefined
  // Pull quotes have no terminal punctuation, but may sit inside quotes.
  let end = value.length
  while (end > 0 && closers.includes(value.charAt(end - 1))) end--
  if (end === 0 || '.!?:;,'.includes(value.charAt(end - 1))) return undefined
  const lower = lowerValue(node)
  if (!mayHaveWords(lower, fewest)) return undefined
  const words = tokens(lower)
  if (words.length < fewest || words.length > most) return undefined
  // Title Case and CAPITALS are headings and names, not quotes.
  const capitals = value.match(/(?:^|\s)["'“‘(]?\p{Lu}/gu)?.length ?? 0
  return capitals * 2 > words.length ? undefined : words
}

/**
 * Whether a line may have so many words, without splitting it: every word
 * but the first comes after a character that is not a letter or a digit, so
 * a line with fewer such characters has fewer words (most lines of a menu;
 * this spares their split).
 *
 * @param lower
 *   Line, lower case.
 * @param count
 *   Words.
 * @returns
 *   Whether it may.
 */
function mayHaveWords(lower: string, count: number): boolean {
  let breaks = 1
  for (let index = 0; index < lower.length && breaks < count; index++) {
    const code = lower.charCodeAt(index)
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) breaks++
  }

  return breaks >= count
}

/**
 * Words of a line: runs of letters and digits.
 *
 * @param lower
 *   Line, lower case.
 * @returns
 *   Words.
 */
function tokens(lower: string): Array<string> {
  return lower.match(word) ?? []
}

/**
 * The longest of some words (the first, of equals).
 *
 * @param words
 *   Words.
 * @returns
 *   Longest word.
 */
function longest(words: ReadonlyArray<string>): string {
  let result = ''
  for (const item of words) if (item.length > result.length) result = item
  return result
}
