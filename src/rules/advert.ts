import {labels, promos} from '../data/advert.js'
import {allOf} from '../util/lexicon.js'
import {lowerValue, singleSpaced} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

const label = new Set<string>(allOf(labels))
const promo = new Set<string>(allOf(promos))

/**
 * Bullets, arrows, brackets and separators around a link or label
 * (`• Advertise With Us`, `Advertise with Us|`, `(Advertisement)`,
 * `Sponsored Links:`, `【广告】`, `［PR］`).
 */
const edge = /[\s•·∙»›>|:.\-–—()[\]*?!：（）【】［］「」〔〕]/u

/**
 * What sets a label apart after a short name: a bracket or a separator
 * (`Gutscheine (Anzeige)`, `Kooperationspartner | ANZEIGE`, `Mediadaten /
 * Werbung`, `Kooperationspartner -ANZEIGE-`).
 */
const marker = /[(|/（｜]|\s[-–—]|[-–—]\s/u

/**
 * Most words of the name before a marked label.
 */
const maxNameWords = 4

/**
 * A numbered ad slot: `Advertisement 1`, `Ad 2`.
 */
const numbered = /^(?:advertisement|ad) \d{1,2}$/u

/**
 * Longest line judged: ad labels are short.
 */
const maxLength = 80

/**
 * The mark Russian law asks of an advertisement: `Реклама`, the advertiser,
 * and the token of the ad registry at the end (`Реклама. ООО «Ромашка», ИНН
 * 7701234567, erid: 2SDnjeZnX1R`), on the trimmed lower-case line.
 */
const registered = /^реклама(?![\p{L}]).{0,70}(?<![\p{L}\p{N}])erid(?:\s*[:：])?\s*[\p{L}\p{N}]{6,}$/u

/**
 * `Sponsored by Acme`, `Sponsored content provided by Acme`, `Advertise
 * with the Times`: a label or promo with a short name after it.
 */
const named =
  /^(?:(sponsored (?:by|content (?:by|from|provided by))|presented by|paid (?:for|content) by)|(advertise (?:with|on|in)))\s+\S.{0,40}$/iu

/**
 * A label that heads the title of paid content: in brackets at the start of
 * the line (`[광고] …`, `【广告】…`, `(PR) …`, `[Advertorial] …`), or before a
 * colon (`Paid Post: …`); the groups are the label and the title.
 */
const headed = /^(?:[[(【［（]([^\])】］）]{1,30})[\])】］）]|([^:：[(【［（]{2,30})[:：])\s*(\S.*)$/u

/**
 * What `deboilerAdvert` is and does.
 */
export const meta = {
  category: 'advert',
  ruleId: 'advert-label',
  ruleIds: ['advert-label', 'advert-promo'],
  maxLength,
  strips: 'advertisement labels',
  example: 'Sponsored Content',
  group: 'ads'
} as const satisfies RuleDocs

/**
 * Strip ad slot labels and ad-sales links left on their own line:
 * `Advertisement`, `Sponsored Content`, `Story continues below
 * advertisement`, `Advertise with us`, `Ad`.
 *
 * ###### Notes
 * The whole line must be the label, so a sentence such as “The
 * advertisement was banned by regulators.” is kept.
 */
const deboilerAdvert = defineLineRule(
  meta,
  function (line) {
    const value = line.value
    // Trimming and spacing touch no letter: start from the shared lower case.
    const bare = singleSpaced(trimEdges(lowerValue(line.node)))

    // Advertisement; Sponsored Content; Story continues below advertisement;
    // Advertisement 2 (a numbered slot); Anzeige; Gutscheine (Anzeige)
    if (label.has(bare) || numbered.test(bare) || markedLabel(bare) || registered.test(bare)) {
      return {ruleId: 'advert-label', reason: unexpected('ad label', value)}
    }

    // [광고] 송림농협 여름맞이 특판 정기예금; Paid Post: Five reasons to…
    if (isHeaded(lowerValue(line.node).trim())) {
      return {ruleId: 'advert-label', reason: unexpected('ad label', value)}
    }

    // Advertise with us; Ad Choices
    if (promo.has(bare)) {
      return {ruleId: 'advert-promo', reason: unexpected('ad link', value)}
    }

    // Sponsored by Acme; Advertise with the Times
    const match = named.exec(bare)
    if (match && !/[.!?]\s/u.test(bare)) {
      return match[1]
        ? {ruleId: 'advert-label', reason: unexpected('ad label', value)}
        : {ruleId: 'advert-promo', reason: unexpected('ad link', value)}
    }

    return undefined
  }
)

export default deboilerAdvert

/**
 * Remove bullets, brackets and separators from both ends of a line.
 *
 * @param value
 *   Line.
 * @returns
 *   Line without them.
 */
function trimEdges(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && edge.test(value.charAt(start))) start++
  while (end > start && edge.test(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

/**
 * Whether a line is a short name and an ad label after a bracket or a
 * separator (`gutscheine (anzeige`, edges trimmed).
 *
 * @param value
 *   Line, lower case, edges trimmed.
 * @returns
 *   Whether it is.
 */
function markedLabel(value: string): boolean {
  const match = marker.exec(value)
  if (!match || /[.!?]/u.test(value)) return false
  const name = value.slice(0, match.index).trimEnd()
  const rest = trimEdges(value.slice(match.index + match[0].length))
  // `ad` and `pr` are too short to tell from a source: `ANP / AD`.
  return rest.length > 2 && name.split(' ').length <= maxNameWords && label.has(rest)
}

/**
 * Whether a line is the title of paid content headed by its label: in
 * brackets (`[광고] 송림농협 특판 정기예금`, `(pr) ngân hàng…`), or before a
 * colon (`paid post: five reasons…`), where the title is no sentence (a
 * sentence ends in a full stop: `Werbung: Die Kampagne war ein Erfolg.`) and
 * a label before a colon is not one of two letters (`ad`, `pr`).
 *
 * @param value
 *   Line, lower case, trimmed.
 * @returns
 *   Whether it is.
 */
function isHeaded(value: string): boolean {
  const match = headed.exec(value)
  if (!match) return false
  const bracketed = match[1] !== undefined
  const name = singleSpaced((match[1] ?? match[2]!).trim())
  if (!label.has(name) || (!bracketed && name.length <= 2)) return false
  return bracketed || !/[.!?。！？]$/u.test(match[3]!)
}
