import {hitWords, shareWords, timesWords, viewedWords} from '../data/counter.js'
import {allOf, alternation} from '../util/lexicon.js'
import {digitValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {isReadingTime, readingTime} from '../util/reading-time.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * Kinds of counter, each with its rule id and the words that name it
 * (reading time is `readingTime`).
 */
const kinds = [
  {ruleId: 'counter-hits', name: 'hit counter', words: alternation(allOf(hitWords))},
  {ruleId: 'counter-shares', name: 'share counter', words: alternation(shareWords)},
  {ruleId: 'counter-reading-time', name: 'reading time', words: undefined}
] as const

/**
 * A number as counters print it: `81`, `1234`, `1,204`, `1.2K`, `3 M`,
 * `1.2万`, `1,2만`.
 */
const number = String.raw`(?:\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:[.,]\d+)?\s?[kKmM万萬千만천]?`

/**
 * Longest line judged: counters are short.
 */
const maxLength = 120

/**
 * Icons before a counter (`⏱ 4 phút đọc`, `👁 1,204`).
 */
const icon = /^[\p{So}\p{Extended_Pictographic}\uFE0F\s]+/u

/**
 * Pieces of one line between separators: `5 min read | 1.2K shares`.
 */
const separator = /[|•·∙/｜]/u

/**
 * A digit, which every counter has (in `number`).
 */
const digit = /\d/

const label = kinds.map(function (kind) {
  // Hits: 81; Views 1,204; Просмотров: 120; 阅读 1234
  return kind.words === undefined ? undefined : new RegExp(String.raw`^(?:${kind.words})\s*(?:[:：]\s*)?${number}$`, 'iu')
})

/**
 * A view counter that says how many times: `Read 1,234 times`, `Läst 4 567
 * gånger`, `Dibaca: 1.234 kali`, `Přečteno 5 871×`.
 */
const times = new RegExp(
  String.raw`^(?:${alternation(allOf(viewedWords))})\s*(?:[:：]\s*)?${number}\s*(?:${alternation(allOf(timesWords))})$`,
  'iu'
)

const count = kinds.map(function (kind) {
  // 1.2K shares; 81 hits; 1.204 Aufrufe; 1234次阅读
  return kind.words === undefined ? undefined : new RegExp(String.raw`^${number}\s*(?:${kind.words})$`, 'iu')
})

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
    const value = digitValue(line.node)
    if (!digit.test(value)) return undefined
    const parts = value.split(separator).map((part) => part.trim()).filter(Boolean)
    let first: (typeof kinds)[number] | undefined

    for (const part of parts) {
      const kind = which(part.replace(icon, '').trim())
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
 * The length of an audio, a video or a read in the short unit alone (`5
 * min`, `1 Min`, `00:21 Min.`, `12 мин`), as players and teaser cards print
 * it; the word spelled out (`10 mins`, `5 minutes`) is a recipe’s time too.
 */
const duration = /^(?:\d{1,3}|\d{1,2}:\d{2}(?::\d{2})?)\s?(?:min|мин)\.?$/iu

/**
 * Which kind of counter a piece of a line is.
 *
 * @param value
 *   Piece.
 * @returns
 *   Kind, if any.
 */
function which(value: string): (typeof kinds)[number] | undefined {
  if (duration.test(value)) return kinds[2]
  if (isReadingTime(readingTime.exec(value))) return kinds[2]
  if (times.test(value)) return kinds[0]
  let index = -1
  while (++index < kinds.length) {
    if (label[index]?.test(value) || count[index]?.test(value)) return kinds[index]
  }

  return undefined
}
