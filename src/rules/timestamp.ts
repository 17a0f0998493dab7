import {
  agoWords,
  broadcastLabels,
  clock,
  clockWords,
  dayWordsByLanguage,
  joiners,
  labels,
  labelWords,
  monthWords,
  months,
  oneWords,
  relative,
  timeWords,
  updatedWords,
  weekdayWords,
  weekdays
} from '../data/timestamp.js'
import {byLanguage} from '../util/languages.js'
import {allOf, alternation} from '../util/lexicon.js'
import {digitValue, lowerValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {readingTimeStart} from '../util/reading-time.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

const label = new Set<string>([...labels, ...allOf(labelWords)])
const updatedLabel = new Set<string>(['last', 'update', 'updated', 'modified', 'edited', ...allOf(updatedWords)])
const month = new Set<string>([...months, ...allOf(monthWords)])
const agoWord = new Set<string>(['ago', ...allOf(agoWords)])
const clockWord = new Set<string>(allOf(clockWords))
// A count without digits (`oneWords`): `an hour ago`, `vor einer Stunde`,
// `godzinę temu`.
const oneWord = new Set<string>(allOf(oneWords))
const known = new Set<string>([
  ...label,
  ...month,
  ...weekdays,
  ...allOf(weekdayWords),
  ...clock,
  ...relative,
  ...joiners,
  ...allOf(timeWords),
  ...oneWord
])

/**
 * Tokens of a line: runs of letters with their marks (the vowel signs of
 * Devanagari and Thai, Arabic vowel marks), runs of digits, single other
 * characters (groups 1 and 2 tell which).
 */
const token = /([\p{L}\p{M}]+)|(\p{N}+)|[^\s\p{L}\p{M}\p{N}]/gu

/**
 * A run of a script written without spaces between its words: Han, kana and
 * Hangul (`3時間前`, `三小时前`, `3시간전`), read word by word (`glued`).
 */
const unspaced = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}ー]+$/u

/**
 * Timestamp words of the scripts without spaces, by length, longest first
 * (`glued`).
 */
const unspacedWords = (function () {
  const found = [...known].filter((word) => unspaced.test(word))
  const lengths = [...new Set(found.map((word) => word.length))].sort((a, b) => b - a)
  return {words: new Set(found), lengths}
})()

/**
 * Arabic vowel marks (harakat, the dagger alif), which a page may print on
 * a word (`نُشر`) and the data writes without (`نشر`).
 */
const harakat = /[\u064B-\u065F\u0670]/gu

/**
 * Punctuation allowed between the parts of a timestamp.
 */
const punctuation = new Set([
  ',',
  '.',
  ':',
  '/',
  '-',
  '–',
  '—',
  '|',
  '(',
  ')',
  '@',
  // A zone's offset: `06:00 (GMT+7)`.
  '+',
  '·',
  '•',
  '：',
  '（',
  '）',
  '，',
  '、',
  "'",
  '’',
  // Arabic comma; zero-width non-joiner, inside Persian words (`سه‌شنبه`).
  '،',
  '\u200C'
])

/**
 * A time of day: `2:10`, `10:42:03`, `22.16`, `14h30`, `14時30分`, `14시 30분`.
 */
const time = /(?:\b|(?<=\p{L}))\d{1,2}\s?(?:[:.h]|時|时|点|시)\s?\d{2}(?!\d)/u

/**
 * A time with its `am`/`pm` or zone: `2:10 p.m.`, `10am`, `14:28 GMT`.
 */
const zonedTime =
  /\b\d{1,2}(?:[:.]\d{2}){0,2}\s?(?:[ap]\.?m\b\.?|(?:gmt|utc|et|est|edt|pt|pst|pdt|ct|cst|cdt|bst|cet|ist)\b)/iu

/**
 * A numeric date: `12/03/2019`, `2008-01-09`, `19.08.2003`, `20-Nov-06`.
 */
const numericDate = /\b\d{1,4}[/.-](?:\d{1,2}|\p{L}{3})[/.-]\d{2,4}\b/u

/**
 * A line that is only a time of day, or the length of a clip (`16:30`,
 * `10:42:03`, `45:47`): with a colon, or a dot or `h` and a clock word
 * (`15.44 Uhr`; `1.11` alone is a version).
 */
const loneTime = /^\D*\d{1,2}(?::\d{2}){1,2}\D*$/u

/**
 * A range of times, as opening hours and schedules give them (`8:00AM-4:30PM`,
 * `10:30am - 11:00am`, `8-10 am`): article, not a timestamp.
 */
const timeRange =
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?\s?(?:[-–—]|to)\s?\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b/iu

/**
 * Words of yesterday and today, in every language (a date without digits).
 */
const relativeDays = new Set<string>(['today', 'yesterday', ...allOf(dayWordsByLanguage)])

/**
 * Words that make a timestamp without digits: `an hour ago`, `Updated
 * yesterday`, `vor einer Stunde`.
 */
const dayWords = new Set<string>([...agoWord, ...relativeDays])

/**
 * Longest line judged as a timestamp: a timestamp is short.
 */
const maxStamp = 120

/**
 * Most characters a reading time after a timestamp adds to it
 * (`· Lesezeit: ca. 3 Min.`).
 */
const maxReading = 40

/**
 * Longest line judged: a video teaser with its date and length
 * (`… schärfere Sanktionen beschlossen. 18.04.2024 | 0:21 min`).
 */
const maxLength = 400

/**
 * A numeric date and, soon after it, the length of a clip: `18.04.2024 |
 * 0:21 min`, `Politik 28.04.2023 01:48 min`, `22.04.2024. 00:21 Min.`, `Do
 * 27.04.2023 15:17Uhr 01:00 min`. A line with one is the stamp of a video or
 * audio item (rule id `timestamp-date`), with its teaser if any.
 */
const clip =
  /\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})?\.?\s?[|.,·•-]?\s?(?:\d{1,2}[:.]\d{2}\s?(?:uhr)?\s)?\d{1,3}:\d{2}(?::\d{2})?\s?mins?\b/iu

/**
 * Longest broadcast line: `Sendung: Antenne Brandenburg, 24.04.2024, 15:10
 * Uhr`.
 */
const maxBroadcast = 160

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick) {
  /**
   * The label of a broadcast or media line (`Sendung:`, `Audio:`,
   * `Émission :`), at its start.
   */
  const broadcast = new RegExp(String.raw`^(?:${alternation(pick(broadcastLabels))})\s?[:：]\s?\S`, 'iu')
  return {broadcast}
})

/**
 * What `deboilerTimestamp` is and does.
 */
export const meta = {
  category: 'timestamp',
  ruleId: 'timestamp-updated',
  ruleIds: ['timestamp-updated', 'timestamp-published', 'timestamp-relative', 'timestamp-date'],
  maxLength,
  strips: 'lone update and publication stamps',
  example: 'Updated 2:10 p.m.',
  group: 'furniture'
} as const satisfies RuleDocs

/**
 * Strip timestamps left on their own line: `Updated 2:10 p.m.`, `Published 3
 * hours ago`, `Last updated: March 23, 2019`, `Posted on 12/03/2019 at
 * 10:42`, `2 hours ago`, `March 23, 2019 10:42 AM ET`, a time alone (`16:30`,
 * `15:44 Uhr`); in 30 languages
 * (`Stand: 22.04.2024, 06:00 Uhr`, `vor 2 Stunden`, `Publié le 5 juin 2025 à
 * 14h30`, `公開日：2025/01/31 11:30`, `3시간 전`).
 *
 * ###### Notes
 * Every word of the line must be a label, a month or weekday, a clock or
 * relative-time word; so a headline that starts with “Updated” (`Updated
 * guidance on vaccines leaves parents confused`), a dateline (`MADRID —`)
 * and a sentence with a date are kept. A date without a time or label is
 * kept too, as an article’s own date often stands alone under its headline.
 */
const deboilerTimestamp = defineLineRule(
  meta,
  function (line, lines) {
    const {broadcast} = searchesOf(lines)
    // Numbers in any script's digits (`۱۴:۳۰`); the reason quotes the line.
    const value = digitValue(line.node)
    const source = line.value
    // 18.04.2024 | 0:21 min; Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr
    // Most lines have no clip length: a look for `min` in the shared lower
    // case first.
    const lower = lowerValue(line.node)
    if (lower.includes('min') && clip.test(value)) {
      return {ruleId: 'timestamp-date', reason: unexpected('media stamp', source)}
    }

    if (value.length <= maxBroadcast && numericDate.test(value) && !/[.!?]\s/u.test(value) && broadcast.test(value)) {
      return {ruleId: 'timestamp-published', reason: unexpected('broadcast line', source)}
    }

    // Most lines fail at their first word: read an ASCII one by hand first
    // (the stamp before a reading time starts with it too).
    const first = firstAsciiWord(lower)
    if (first !== undefined && !known.has(first)) return undefined

    // Updated 2:10 p.m.; 2 hours ago; March 23, 2019 10:42 AM ET
    if (value.length <= maxStamp) {
      const verdict = stamp(value, lower, source)
      if (verdict) return verdict
    }

    // 22.04.2024, 06:00 Uhr · Lesezeit: 3 Min.; March 23, 2019 10:42 AM 5 min
    // read: the stamp before a reading time.
    if (value.length > maxStamp + maxReading) return undefined
    const end = readingTimeStart(value)
    if (end <= 0 || end > maxStamp) return undefined
    const rest = value.slice(0, end)
    return stamp(rest, lower.length === value.length ? lower.slice(0, end) : rest.toLowerCase(), source)
  }
)

export default deboilerTimestamp

/**
 * Judge a short line as a timestamp.
 *
 * @param value
 *   Line (digits of any script as ASCII).
 * @param lower
 *   Same, lower case.
 * @param source
 *   Line as printed, for the reason.
 * @returns
 *   Verdict, if it is one.
 */
function stamp(value: string, lower: string, source: string): {ruleId: (typeof meta.ruleIds)[number]; reason: string} | undefined {
  const words = wordsOf(lower)
  if (!words || timeRange.test(value)) return undefined
  const first = words[0] ?? ''
  const when = hasDate(value, words)
  // `17.05.2021` is a date, not the time `17.05`.
  const timed = time.test(value.replace(numericDate, ''))

  const relativeTime = words.some((word) => agoWord.has(word))

  // Updated 2:10 p.m.; Last updated: March 23, 2019; Stand: 22.04.2024
  if (label.has(first) && (when || timed || relativeTime)) {
    const updated = updatedLabel.has(first)
    return {
      ruleId: updated ? 'timestamp-updated' : 'timestamp-published',
      reason: unexpected('timestamp', source)
    }
  }

  // 2 hours ago; vor 2 Stunden; 3時間前
  if (relativeTime && (/\p{N}/u.test(value) || words.some((word) => oneWord.has(word)))) {
    return {ruleId: 'timestamp-relative', reason: unexpected('relative time', source)}
  }

  // March 23, 2019 10:42 AM ET; 10:42 AM; 16:30; 15.44 Uhr
  if (
    (when && timed) ||
    zonedTime.test(value) ||
    (!when && timed && words.every((word) => clockWord.has(word)) && (words.length > 0 || loneTime.test(value)))
  ) {
    return {ruleId: 'timestamp-date', reason: unexpected('timestamp', source)}
  }

  return undefined
}

/**
 * The words of a line that is only timestamp vocabulary.
 *
 * ###### Notes
 * Tokens of the lower-cased line are the lower-cased tokens of the line; a
 * CJK token may hold more than one word (`時間前`), so those are listed whole.
 *
 * @param value
 *   Line, lower case.
 * @returns
 *   Words, or `undefined` when a word or character is not timestamp
 *   vocabulary, or when there is no digit and no `ago`, `today` or
 *   `yesterday`.
 */
function wordsOf(value: string): Array<string> | undefined {
  const words: Array<string> = []
  let digits = false

  let match: RegExpExecArray | null

  token.lastIndex = 0
  while ((match = token.exec(value))) {
    if (match[2] !== undefined) {
      digits = true
    } else if (match[1] !== undefined) {
      const word = match[1].replace(harakat, '')
      if (known.has(word)) words.push(word)
      else {
        const parts = glued(word)
        if (!parts) return undefined
        words.push(...parts)
      }
    } else if (!punctuation.has(match[0])) {
      return undefined
    }
  }

  return digits || words.some((word) => dayWords.has(word)) ? words : undefined
}

/**
 * Read a run of a script without spaces as timestamp words (`三小时前` is
 * `三`, `小时前`; `3ヶ月前` reads `ヶ月前` as `ヶ月`, `前`), longest words
 * first.
 *
 * @param run
 *   Run of letters.
 * @returns
 *   Its words, or `undefined` when it is not made of timestamp words only.
 */
function glued(run: string): Array<string> | undefined {
  // A run of another script, or too long for a stamp (`二十三小时前` is six).
  if (run.length > maxGlued || !unspaced.test(run)) return undefined
  return split(run, 0)
}

/**
 * Longest run read word by word (`glued`).
 */
const maxGlued = 12

/**
 * Split the rest of a run into timestamp words, trying the longest first.
 *
 * @param run
 *   Run.
 * @param from
 *   Where the rest starts.
 * @param failed
 *   Places the rest from which cannot be split (each is tried once).
 * @returns
 *   Words, or `undefined` when the rest cannot be split so.
 */
function split(run: string, from: number, failed = new Set<number>()): Array<string> | undefined {
  if (from === run.length) return []
  if (failed.has(from)) return undefined
  for (const length of unspacedWords.lengths) {
    const word = run.slice(from, from + length)
    if (word.length !== length || !unspacedWords.words.has(word)) continue
    const rest = split(run, from + length, failed)
    if (rest) return [word, ...rest]
  }

  failed.add(from)
  return undefined
}

/**
 * The first token of a lower-case line when it is a word of ASCII letters
 * (what `token` would read first: white space is skipped, and the word ends
 * at a character that is no letter).
 *
 * @param value
 *   Line, lower case.
 * @returns
 *   Word, or `undefined` when the first token is something else or may go on
 *   with other letters.
 */
function firstAsciiWord(value: string): string | undefined {
  let start = 0
  while (start < value.length && value.charCodeAt(start) === 32) start++
  let end = start
  let code = value.charCodeAt(end)
  while (code >= 97 && code <= 122) code = value.charCodeAt(++end)
  // A letter beyond ASCII, or a character that is no letter but not plainly
  // one either: leave it to the pattern.
  if (end === start || (end < value.length && (code >= 128 || (code >= 65 && code <= 90)))) return undefined
  return value.slice(start, end)
}

/**
 * Whether a line of timestamp words holds a calendar date (a month with a
 * number, or a numeric date) or a relative day.
 *
 * @param value
 *   Line.
 * @param words
 *   Its words.
 * @returns
 *   Whether it holds a date.
 */
function hasDate(value: string, words: ReadonlyArray<string>): boolean {
  return (
    numericDate.test(value) ||
    (/\p{N}/u.test(value) && words.some((word) => month.has(word))) ||
    words.some((word) => relativeDays.has(word))
  )
}
