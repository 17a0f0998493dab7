import {hitWords, readingLabels, shareWords} from '../data/counter.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * Kinds of counter, each with its rule id and the words that name it.
 */
const kinds = [
  {ruleId: 'counter-hits', name: 'hit counter', words: hitWords.join('|')},
  {ruleId: 'counter-shares', name: 'share counter', words: shareWords.join('|')},
  {ruleId: 'counter-reading-time', name: 'reading time', words: 'min(?:ute)?s?\\.? read|minutes? to read'}
] as const

/**
 * A number as counters print it: `81`, `1,204`, `1.2K`, `3 M`.
 */
const number = String.raw`\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d+)?\s?[kKmM]?`

/**
 * Longest line judged: counters are short.
 */
const maxLength = 120

/**
 * Pieces of one line between separators: `5 min read | 1.2K shares`.
 */
const separator = /[|•·∙/]/u

/**
 * A digit, which every counter has (in `number`).
 */
const digit = /\d/

const label = kinds.map(function (kind) {
  // Hits: 81; Views 1,204; Reading time: 5 min
  return new RegExp(String.raw`^(?:${kind.words})\s*(?:[:：]\s*)?${number}$`, 'iu')
})
const count = kinds.map(function (kind) {
  // 1.2K shares; 5 min read; 81 hits
  return new RegExp(String.raw`^${number}\s*(?:${kind.words})$`, 'iu')
})
const readingTime = new RegExp(String.raw`^(?:${readingLabels.join('|')})\s*(?:[:：]\s*)?${number}\s*min(?:ute)?s?\.?$`, 'iu')

/**
 * What `deboilerCounter` is and does.
 */
export const meta = {
  category: 'counter',
  ruleId: 'counter-hits',
  ruleIds: ['counter-hits', 'counter-shares', 'counter-reading-time'],
  maxLength,
  strips: 'hit, view and share counters, reading time',
  example: 'Hits: 81',
  group: 'engagement'
} as const satisfies RuleDocs

/**
 * Strip lines that are only counters: hits, views, shares, reading time.
 *
 * ###### Notes
 * The whole line must be counters (with separators such as `|` or `•`
 * between them); a sentence that contains a count, such as “The video had 2
 * million views.”, is kept.
 */
const deboilerCounter = defineLineRule(
  meta,
  function (line) {
    // Every counter has a number: a cheap first cue.
    if (!digit.test(line.value)) return undefined
    const parts = line.value.split(separator).map((part) => part.trim()).filter(Boolean)
    let first: (typeof kinds)[number] | undefined

    for (const part of parts) {
      const kind = which(part.trim())
      if (!kind) return undefined
      first ??= kind
    }

    if (!first) return undefined
    return {
      ruleId: first.ruleId,
      reason: unexpected(first.name, line.value)
    }
  }
)

export default deboilerCounter

/**
 * Which kind of counter a piece of a line is.
 *
 * @param value
 *   Piece.
 * @returns
 *   Kind, if any.
 */
function which(value: string): (typeof kinds)[number] | undefined {
  if (readingTime.test(value)) return kinds[2]
  let index = -1
  while (++index < kinds.length) {
    if (label[index]!.test(value) || count[index]!.test(value)) return kinds[index]
  }

  return undefined
}
