import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {lowerValue} from '../util/line-text.js'
import {lines, lineValue} from '../util/lines.js'
import {unexpected} from '../util/quote.js'
import {wordCount} from '../util/shape.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {stripper} from '../util/strip.js'

/**
 * What `deboilerDuplicate` is and does.
 */
export const meta = {
  category: 'duplicate',
  ruleId: 'duplicate-line',
  ruleIds: ['duplicate-line'],
  strips: 'the second copy of a line of 6+ words (captions printed twice; in Chinese and Japanese, a word per two characters); `cause` points at the kept copy',
  example: 'A man rides a bicycle past the flooded market in Dhaka',
  group: 'chrome'
} as const satisfies RuleDocs

/**
 * Fewest words a line needs before a second copy of it is debris.
 *
 * ###### Notes
 * Short lines repeat in articles for good reasons (`* * *`, `Q:`,
 * `Advertisement`, `Step 2`, a chorus); other rules judge those. From six
 * words on, a repeat is seldom a coincidence: on the dev set, 88 % of the
 * second copies of such lines are debris (the rest are mostly table cells,
 * lyrics and interview questions, which the rule does strip).
 */
const minimumWords = 6
// A letter of a script written without spaces between words.
const caseless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const word = /[\p{L}\p{N}]+/gu

/**
 * What normalising changes: a quote, dash or prime that has a uniform form,
 * or white space that is not a single space.
 */
const variant = /[‘’‚‛′“”„‟″‐‑‒–—―]|[^\S ]| \s/

/**
 * Strip the second and later copies of a line seen before: captions printed
 * twice, a teaser list repeated at the foot of the page, a paragraph the
 * scraper saved twice.
 *
 * ###### Notes
 * Lines are compared after case folding and with white space, quotes and
 * dashes made uniform, in one pass with a map from each line to its first
 * copy, so time is linear in the input. Each message has a `cause` that
 * points at the copy that is kept. Lines an earlier rule stripped are gone
 * by then, so when the first copy was debris the second is the one kept.
 *
 * @returns
 *   Transformer.
 */
const deboilerDuplicate = defineRule(meta, function () {
  return function (tree: Root, file: VFile): undefined {
    const strip = stripper(tree, file, meta)
    const candidates: Array<{node: Paragraph; lower: string; start: string}> = []
    const starts = new Map<string, number>()

    // Two copies start with the same six words, made uniform: key the start
    // first (a few dozen characters), and make the key of a whole line only
    // where another line starts the same (the key of the start is a prefix
    // of the key of the line, as the sixth word ends with a letter or digit).
    for (const node of lines(tree)) {
      const lower = lowerValue(node)
      // Normalising changes no letter or digit: count words first.
      const end = sixthWordEnd(lower)
      if (end < 0) continue
      const start = normalise(lower.slice(0, end))
      starts.set(start, (starts.get(start) ?? 0) + 1)
      candidates.push({node, lower, start})
    }

    const seen = new Map<string, Paragraph>()

    for (const {node, lower, start} of candidates) {
      if (starts.get(start)! < 2) continue
      const key = normalise(lower)
      const first = seen.get(key)

      if (!first) {
        seen.set(key, node)
        continue
      }

      const cause = new VFileMessage('First copy of the line', {
        place: first.position,
        ruleId: meta.ruleId,
        source: 'deboiler'
      })
      strip.line(node, {
        reason: unexpected('duplicate of line ' + first.position!.start.line, lineValue(node)),
        cause
      })
    }

    strip.apply()
  }
})

export default deboilerDuplicate

/**
 * Normalise a lower-case line for comparison: one space between words, and
 * one form of quotes, dashes and spaces (`“Hi”` and `"hi"` are the same).
 *
 * @param value
 *   Line, lower case.
 * @returns
 *   Key.
 */
function normalise(value: string): string {
  // Most lines have none of these: one scan to tell.
  if (!variant.test(value)) return value.trim()
  return value
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Where the sixth word of a line ends, when it has enough words (runs of
 * letters or digits, so `* * *` has none) for a repeat of it to be debris.
 *
 * ###### Notes
 * Chinese and Japanese are written without spaces: there a run of Han or
 * kana counts a word per two characters (`wordCount()`), so a sentence
 * printed under every reaction button
 * (`記事に『リアクション』ができます。ご利用には会員登録が必要です。`) is long;
 * its whole length is returned.
 *
 * @param value
 *   Line.
 * @returns
 *   Offset after the sixth word, or `-1` when the line has fewer than
 *   `minimumWords` words.
 */
function sixthWordEnd(value: string): number {
  word.lastIndex = 0
  let count = 0
  while (count < minimumWords && word.test(value)) count++
  if (count === minimumWords) return word.lastIndex
  return count > 0 && caseless.test(value) && wordCount(value, minimumWords) >= minimumWords ? value.length : -1
}
