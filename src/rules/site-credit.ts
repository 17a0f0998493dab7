import {nameConnectors} from '../data/site-credit.js'
import {lowerValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * Credits that make a footer on their own, each with its rule id and what the
 * reason calls it.
 */
const credits = [
  {
    ruleId: 'site-credit-platform',
    name: 'platform credit',
    // `Powered by WordPress`, `Proudly powered by WordPress`, `Blog at WordPress.com.`
    cue: /^(?:(?:proudly )?powered by|(?:blog|site|website) at (?=\S+\.\p{L}{2,}))\s*:?\s*/iu
  },
  {
    ruleId: 'site-credit-design',
    name: 'design credit',
    // `Theme by X`, `Designed by: Premium WordPress Themes`, `Website by Y`, `Site designed by Z`.
    cue: /^(?:(?:\p{L}+ )?(?:theme|template)(?: by|:)|(?:web ?site|site|blog)(?: (?:design|designed|developed|built|created|made)(?: and (?:developed|built|hosted))?)? by|(?:web ?site |web )?design(?:ed)?(?: (?:and|&) (?:developed|development|built))? by)\s*:?\s*/iu
  }
] as const

/**
 * Credits that only go along with one of `credits`: `| Thanks to X`,
 * `Hosted by Y`.
 */
const companion =
  /^(?:(?:site |and )?(?:developed|hosted|maintained)(?: and (?:hosted|maintained))? by|thanks to|(?:built|made|crafted) with(?: love)?|(?:theme )?images by|icons by)\s*:?\s*/iu

/**
 * What separates the parts of a footer line: bars, bullets, dashes between
 * spaces, ends of sentences.
 */
const separator = /(?<!\s)\s*[|•·∙]\s*|(?<!\s)\s+[-–—]\s+|(?<=[.!])\s+/u

/**
 * Words that may join the words of a name: `Themes Gallery, Bromoney and
 * Wordpress Themes`.
 */
const connectors = new Set(nameConnectors)

/**
 * Most words in a name, or in a link next to a credit (`Privacy Policy`).
 */
const maxName = 8
const maxLink = 4

/**
 * Longest footer; longer lines are prose.
 */
const maxLength = 300

/**
 * What `deboilerSiteCredit` is and does.
 */
export const meta = {
  category: 'site-credit',
  ruleId: 'site-credit-platform',
  ruleIds: ['site-credit-platform', 'site-credit-design'],
  maxLength,
  strips: '“Powered by …”, “Designed by …” footers',
  example: 'Proudly powered by WordPress',
  group: 'credits'
} as const satisfies RuleDocs

/**
 * Strip “Powered by”, “Designed by” and “Theme by” credits of the site.
 *
 * ###### Notes
 * A line is a credit when one of its parts (between `|`, `•` or ` - `) opens
 * with a credit and names a product or a firm, and the other parts are
 * credits too (`Thanks to …`, `Hosted by …`), a copyright notice, or short
 * links such as `Privacy Policy`. The name must look like one (capitalised
 * words, a domain, or a single word): “Powered by solar panels, the plant
 * runs all year.” and “The plant is powered by solar panels.” are kept.
 */
const deboilerSiteCredit = defineLineRule(
  meta,
  function (line) {
    if (!mayBeCredit(lowerValue(line.node))) return undefined
    let found: (typeof credits)[number] | undefined

    for (const part of line.value.split(separator)) {
      if (part === '') continue
      const credit = credits.find((credit) => credit.cue.test(part))

      if (credit) {
        // `Powered by` alone: the name was a logo.
        const name = part.replace(credit.cue, '')
        if (name !== '' && !named(name, maxName)) return undefined
        found ??= credit
      } else if (!companion.test(part) || !named(part.replace(companion, ''), maxName)) {
        // `© 2024 X`, `All rights reserved.`, `Privacy Policy`.
        if (!/^©|rights reserved/iu.test(part) && !named(part, maxLink)) return undefined
      }
    }

    if (!found) return undefined
    return {ruleId: found.ruleId, reason: unexpected(found.name, line.value)}
  }
)

export default deboilerSiteCredit

/**
 * Cheap first cue: a line with a credit holds what each cue starts or ends
 * with (in words without `s` or `k`, which `/iu` also matches as `ſ` and the
 * Kelvin sign).
 *
 * @param lower
 *   Line, lower case.
 * @returns
 *   Whether the line may hold a credit.
 */
function mayBeCredit(lower: string): boolean {
  return (
    lower.includes('by') ||
    lower.includes('theme') ||
    lower.includes('template') ||
    lower.includes('ite at ') ||
    lower.includes('log at ')
  )
}

/**
 * Whether text looks like a name: a single word, or capitalised words,
 * numbers and domains joined by connectors.
 *
 * @param value
 *   Text after a credit (`WordPress.com VIP`).
 * @param max
 *   Most words.
 * @returns
 *   Whether it is a name.
 */
function named(value: string, max: number): boolean {
  const words = value.split(/[\s,]+/u).filter(Boolean)
  if (words.length === 0 || words.length > max) return false
  if (words.length === 1) return true

  return words.every(function (word) {
    const bare = word.replace(/^\W+|(?<!\W)\W+$/gu, '')
    return (
      bare === '' ||
      connectors.has(bare.toLowerCase()) ||
      /^[\p{Lu}\p{N}]/u.test(bare) ||
      bare.includes('.')
    )
  })
}
