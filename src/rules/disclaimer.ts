import {advicePhrases, affiliatePhrases, cueWords, editorialPhrases, trustLines} from '../data/disclaimer.js'
import {byLanguage, type Pick} from '../util/languages.js'
import {escapeRegExp, never, searchOf, trieSource, wordStartSource} from '../util/lexicon.js'
import {lowerValue, spacedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * Kinds of disclaimer, each with its rule id, what the reason calls it, and
 * what it says.
 */
const kinds = [
  {
    ruleId: 'disclaimer-affiliate',
    name: 'affiliate disclosure',
    // `We may earn commission from links on this page…`, `As an Amazon Associate I earn from qualifying purchases.`,
    // `Purchases made through links earn us a small commission`
    phrases: 'affiliate',
    cue: /\b(?:we|i|may|site|blog) (?:may )?(?:also )?(?:earn|receive|get) (?:a )?(?:small )?(?:an )?(?:affiliate )?(?:commissions?|compensation)\b|\bpurchases made through (?:our )?links (?:may )?earn us\b|\baffiliate links?\b.{0,80}\b(?:commissions?|earn)\b|\bas an (?:amazon )?(?:associate|affiliate)\b.{0,40}\bearn\b/iu
  },
  {
    ruleId: 'disclaimer-advice',
    name: 'advice disclaimer',
    // `This article is for informational purposes only and does not constitute legal advice.`
    phrases: 'advice',
    cue: /\bfor (?:general )?(?:informational|information|educational)(?: (?:and|or) (?:informational|educational|entertainment))? purposes\b|\b(?:is|are|does) not (?:intended (?:as|to be|to replace)|meant to (?:be|constitute)|constitute|a substitute for)\b.{0,60}\b(?:medical|legal|financial|professional|investment|tax) advice\b|\b(?:not|n't) (?:(?:to )?(?:be )?(?:considered|construed|taken|used|intended|meant)(?: as)? |provide |offer |give |constitute |a (?:form of |substitute for )?)?(?:medical|legal|financial|investment|tax) advice\b|^[*_]{0,3}(?:risk disclosure|disclaimer)[*_]{0,3}\s*:/iu
  },
  {
    ruleId: 'disclaimer-editorial',
    name: 'editorial policy notice',
    // `Learn about our editorial policies`, `Healthline has strict sourcing guidelines and relies on…`
    phrases: 'editorial',
    cue: /\beditorial (?:policy|policies|guidelines|standards|process)\b|\bstrict sourcing guidelines\b|\brequires writers to use primary sources\b/iu
  },
  {
    ruleId: 'disclaimer-official-site',
    name: 'official site banner',
    // `Federal government websites often end in .gov or .mil.`, `Secure .gov websites use HTTPS`
    phrases: undefined,
    cue: /\b(?:websites often end in|official websites use) \.gov\b|\ba \.gov website belongs to\b|\bsecure \.gov websites use https\b|\bsafely connected to the \.gov website\b|\ban official website of the (?:united states|u\.s\.) government\b/iu
  }
] as const

/**
 * Longest line judged (disclaimers are a few sentences).
 */
const maxLength = 1000

/**
 * Longest line judged by the phrases of the other languages: a disclaimer
 * is a few sentences, a longer paragraph is the article’s.
 */
const maxPhraseLength = 400

/**
 * Cheap first cue: words of which every disclaimer has one (one expression:
 * faster than a look-up per word on every line; a plain alternation of
 * literals, which V8 searches faster than their trie).
 */
const cue = new RegExp(cueWords.map((word) => escapeRegExp(word)).join('|'), 'u')

// The site’s name, not a person or a thing (`Why you can trust my advice`).
const name = String.raw`(?!(?:my|me|him|her|them|it|this|these|those|his|their|your)\s)[^.!?]{1,40}`

/**
 * Longest line that points to why the site can be trusted.
 */
const maxTrustLength = 80

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick: Pick) {
  /**
   * Cheap first cue of the other languages: a phrase of any kind, a label
   * without its colon, where a word starts (one search on the many lines
   * that hold none, instead of one per kind).
   */
  const anyPhraseSource = wordStartSource(
    pick(affiliatePhrases, advicePhrases, editorialPhrases).map((phrase) => phrase.replace(/[:：]$/u, '').trimEnd())
  )
  /**
   * A whole line that points to why the site can be trusted (`Why you can
   * trust Forbes Advisor`), the site’s name a few words at most; the cheap
   * first cue of such a line: how its form starts (`why you can trust`),
   * or, where the name comes first, how it ends (`を信頼できる理由`).
   */
  const trustForms = pick(trustLines).map((form) => form.split('…'))
  return {
    anyPhrase: searchOf(anyPhraseSource),
    /**
     * Both cheap first cues in one search, for a short line (single-spaced:
     * the English words are found there too).
     */
    anyCue: anyPhraseSource === never ? cue : new RegExp(cue.source + '|' + anyPhraseSource, 'u'),
    trustLine: new RegExp(
      '^(?:' +
        (trustForms.map((parts) => parts.map((part) => escapeRegExp(part)).join(name)).join('|') || never) +
        // The question mark of Arabic and Persian (`؟`) and of Greek (`;`) too.
        ')[.!?؟;]?$',
      'u'
    ),
    trustStart: new RegExp('^(?:' + trieSource(trustForms.map((parts) => parts[0]!).filter(Boolean)) + ')', 'u'),
    trustEnds: trustForms.filter((parts) => parts[0] === '').map((parts) => parts.at(-1)!),
    phrases: {
      affiliate: phrasesOf(pick(affiliatePhrases)),
      advice: phrasesOf(pick(advicePhrases)),
      editorial: phrasesOf(pick(editorialPhrases))
    }
  }
})

/**
 * The searches of the rule for one page.
 */
type Searches = ReturnType<typeof searchesOf>

/**
 * What `deboilerDisclaimer` is and does.
 */
export const meta = {
  category: 'disclaimer',
  ruleId: 'disclaimer-advice',
  ruleIds: ['disclaimer-affiliate', 'disclaimer-advice', 'disclaimer-editorial', 'disclaimer-official-site'],
  maxLength,
  strips:
    'affiliate disclosures, “not medical advice” disclaimers, notes on the site’s editorial policy, the banner of official government sites',
  example: 'We may earn commission from links on this page.',
  group: 'ads'
} as const satisfies RuleDocs

/**
 * Strip the notices a site prints around its articles: affiliate
 * disclosures, “not medical advice” disclaimers, notes on the site’s
 * editorial policy, and the banner of official government sites.
 *
 * ###### Notes
 * Whole lines only, and only lines that say what a disclaimer says: that
 * the site earns a commission on links, that the text is for informational
 * purposes only or is not professional advice, or that official sites end in
 * `.gov`, or that point to its editorial policy. An article sentence about
 * commissions or advice has other words (“The agent earns a commission on
 * each sale.”). On the dev set the rule strips 137 lines, 21 of them in a
 * gold article (10 on one page that prints `BGR may receive a commission`
 * under each product: gold sets keep a disclosure that sits in the body).
 */
const deboilerDisclaimer = defineLineRule(
  meta,
  function (line, lines) {
    const lower = lowerValue(line.node)
    const searches = searchesOf(lines)
    if (lower.length <= maxTrustLength && isTrustLine(spacedValue(line.node).trim(), searches)) {
      return {ruleId: 'disclaimer-editorial', reason: unexpected('editorial policy notice', line.value)}
    }

    const short = lower.length <= maxPhraseLength
    // Most short lines hold neither cue: one search tells.
    if (short && !searches.anyCue.test(spacedValue(line.node))) return undefined
    const english = cue.test(lower)
    if (!english && !short) return undefined
    const spaced = short ? spacedValue(line.node) : lower
    const other = short && searches.anyPhrase.test(spaced)
    if (!english && !other) return undefined

    for (const kind of kinds) {
      if ((english && kind.cue.test(line.value)) || (other && kind.phrases !== undefined && searches.phrases[kind.phrases].test(spaced))) {
        return {ruleId: kind.ruleId, reason: unexpected(kind.name, line.value)}
      }
    }

    return undefined
  }
)

export default deboilerDisclaimer

/**
 * Whether a line points to why the site can be trusted.
 *
 * @param value
 *   Line, lower case, single-spaced and trimmed.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether it does.
 */
function isTrustLine(value: string, searches: Searches): boolean {
  const {trustStart, trustEnds, trustLine} = searches
  if (!trustStart.test(value) && !trustEnds.some((end) => value.endsWith(end) || value.endsWith(end + '.'))) return false
  return trustLine.test(value)
}

/**
 * Compile the phrases of a lexicon: anywhere in the line, or at its start
 * for a label that ends in a colon (`Haftungsausschluss:`, `免責事項：`).
 *
 * @param phrases
 *   Phrases, lower case.
 * @returns
 *   Expression.
 */
function phrasesOf(phrases: ReadonlyArray<string>): RegExp {
  // Phrases are single-spaced, and so is the line they are tested on.
  const labels = phrases.filter((phrase) => /[:：]$/u.test(phrase)).map((phrase) => phrase.slice(0, -1).trimEnd())
  const anywhere = phrases.filter((phrase) => !/[:：]$/u.test(phrase))
  const sources = []
  if (anywhere.length > 0) sources.push(trieSource(anywhere))
  if (labels.length > 0) sources.push('^(?:' + trieSource(labels) + ') ?[:：]')
  return new RegExp(sources.join('|') || never, 'u')
}
