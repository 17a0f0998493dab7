import {colonLabels, headingLabels, tagConnectors, tagLabels} from '../data/tags.js'
import {allOf, alternation} from '../util/lexicon.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * A tag line: a label, an optional colon, and the rest of the line.
 *
 * ###### Notes
 * `Tags Donald Trump`, `Tags: Syria, ISIS`, `Filed under: Politics`,
 * `Topics: …`, `Categories: News, World`, `Posted in Uncategorized`,
 * `Tagged with: …`. Groups: label, colon, rest. Longer labels first, so
 * that the label is the longest that fits (`Tagged with`, not `Tagged`).
 */
const tagLine = new RegExp(
  String.raw`^(${alternation(allOf(tagLabels))})(?![\p{L}\p{N}])(?:\s*([:：|｜]))?\s*(.*)$`,
  'isu'
)

/**
 * Labels that only make a tag line when a colon follows them, as they start
 * sentences, headings and prompts too (`Category winners`, `Tag us`).
 */
const needsColon = new Set(allOf(colonLabels))

/**
 * Labels that make a tags heading without a colon (`Tags`, `Filed under`).
 */
const headings = new Set(allOf(headingLabels))

/**
 * One item of a tag list: `Donald Trump`, `#Local Markets`, `Election
 * 2012`, `tips and tricks`.
 */
const item = /^#?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.+-]*(?:\s+#?[\p{L}\p{N}&][\p{L}\p{M}\p{N}'’&.+-]*)*$/u

/**
 * A number alone after the label: a count (`Topics: 8`, `Tags: 1,204`).
 */
const count = /^\d[\d.,]*$/u

/**
 * Separators between tags, full-width ones and the Arabic comma included
 * (`政治、経済`, `سياسة، اقتصاد`).
 */
const separator = /[,;|•·/、，；｜／،؛]|\s#/u

/**
 * Longest line judged: a long line is not a tag list.
 */
const maxLength = 400

/**
 * A lower-case word other than a connector: a sentence, when it sits in a
 * tag line without a colon (`Tags were attached to the birds’ legs`).
 */
const lowerWord = new RegExp(String.raw`(?:^|\s)(?!(?:${allOf(tagConnectors).join('|')})\s)\p{Ll}`, 'u')

/**
 * Most items in a tag list.
 */
const maxItems = 40

/**
 * Most words in one item, and in a list of one item after a colon
 * (`Tags: advent of code computing rust`).
 */
const maxItemWords = 6
const maxSingleWords = 12

/**
 * A row of hashtags alone, two or more (`#Písek #doprava #zastupitelstvo`,
 * `#江南大桥通车# #城市建设#`, Weibo's topics closed by a second `#`), in any
 * language: an article's sentence has words between them.
 */
const hashtag = String.raw`#[\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*#?`
const hashtags = new RegExp(String.raw`^${hashtag}(?:[\s,、，·|]+${hashtag})+$`, 'u')

/**
 * What `deboilerTags` is and does.
 */
export const meta = {
  category: 'tags',
  ruleId: 'tags-list',
  ruleIds: ['tags-list', 'tags-heading'],
  maxLength,
  strips: 'tag and category lists',
  example: 'Tags Donald Trump',
  group: 'links'
} as const satisfies RuleDocs

/**
 * Strip tag, topic and category lines under an article: `Tags Donald
 * Trump`, `Filed under: Politics`, `Posted in Uncategorized`.
 *
 * ###### Notes
 * The rest of the line must be a list of short items. Without a colon, each
 * word must be capitalised (or a `#hashtag`), as in `Tags Donald Trump`, so
 * a sentence such as “Tags were attached to the birds’ legs.” is kept. A
 * lone `Tags` or `Filed under:` heading is stripped too, and so is a row of
 * two hashtags or more without a label (`#Písek #doprava`).
 */
const deboilerTags = defineLineRule(
  meta,
  function (line) {
    const value = line.value.trim()
    if (value.startsWith('#') && hashtags.test(value)) {
      return {ruleId: 'tags-list', reason: unexpected('row of hashtags', line.value)}
    }

    const match = tagLine.exec(line.value)
    if (!match) return undefined
    const label = match[1]!.toLowerCase()
    const colon = match[2] !== undefined
    const rest = match[3]!.trim()

    // Tags: / Filed under:
    if (!rest) {
      if (!colon && !headings.has(label)) return undefined
      return {ruleId: 'tags-heading', reason: unexpected('tags heading', line.value)}
    }

    if (!colon && needsColon.has(label)) return undefined
    // `Topics: 8` on a forum’s index: a count, not a tag.
    if (count.test(rest) || !isList(rest, colon)) return undefined
    return {ruleId: 'tags-list', reason: unexpected('tag list', line.value)}
  }
)

export default deboilerTags

/**
 * Whether text is a list of tags rather than a sentence.
 *
 * @param value
 *   Text after the label.
 * @param colon
 *   Whether a colon (or bar) followed the label.
 * @returns
 *   Whether it is a list.
 */
function isList(value: string, colon: boolean): boolean {
  // A sentence ends in a full stop; a tag list does not (`Tags: Syria, ISIS`).
  if (/[.!?:。！？]$/u.test(value) && !/\b[A-Z]\.$/u.test(value)) return false
  // Without a colon, a list starts with a word (`Publicado en 05/06/2025` is a
  // date).
  if (!colon && !/^[#\p{L}]/u.test(value)) return false
  const items = value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
  if (items.length === 0 || items.length > maxItems) return false

  const most = colon && items.length === 1 ? maxSingleWords : maxItemWords

  for (const part of items) {
    if (!item.test(part) || part.split(/\s+/u).length > most) return false
  }

  // Without a colon, `Tags Donald Trump` is a list but `Tags were attached…`
  // and `Topics include Watershed Ecology, …` are sentences; one lower-case
  // word is a tag (`Filed under afghanistan , hostages`).
  const first = items[0]!
  return colon || !/\s/u.test(first) || !lowerWord.test(first)
}
