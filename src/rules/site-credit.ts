import type {Paragraph} from 'nlcst'
import {
  companionWords,
  designCueWords,
  nameConnectors,
  platformCueWords,
  rightsWords
} from '../data/site-credit.js'
import {byLanguage, type Pick} from '../util/languages.js'
import {allOf, escapeRegExp, searchOf, wordStartSource} from '../util/lexicon.js'
import {lowerValue, spacedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick: Pick) {
  return {
    /**
     * Credits that make a footer on their own, each with its rule id and
     * what the reason calls it.
     */
    credits: [
      {
        ruleId: 'site-credit-platform',
        name: 'platform credit',
        // `Powered by WordPress`, `Proudly powered by WordPress`, `Blog at WordPress.com.`, `Propulsé par WordPress`.
        ...cues(pick(platformCueWords), '(?:blog|site|website) at (?=\\S+\\.\\p{L}{2,})')
      },
      {
        ruleId: 'site-credit-design',
        name: 'design credit',
        // `Theme by X`, `Designed by: Premium WordPress Themes`, `Website by Y`, `Site designed by Z`, `Design von X`.
        ...cues(
          pick(designCueWords),
          '(?:\\p{L}+ )?(?:theme|template)(?: by|:)|(?:web ?site|site|blog)(?: (?:design|designed|developed|built|created|made)(?: and (?:developed|built|hosted))?)? by|(?:web ?site |web )?design(?:ed)?(?: (?:and|&) (?:developed|development|built))? by'
        )
      }
    ] as const,
    /**
     * Credits that only go along with one of `credits`: `| Thanks to X`,
     * `Hosted by Y`.
     */
    companion: cues(pick(companionWords), '(?:site |and )?(?:developed|hosted|maintained)(?: and (?:hosted|maintained))? by')
      .prefix,
    /**
     * `©`, `All rights reserved`: a part that may stand next to a credit.
     */
    rights: new RegExp('^(?:©|\\(c\\))|' + pick(rightsWords).map((entry) => pattern(entry)).join('|'), 'iu'),
    /**
     * Cheap first cue of the other languages: a piece of one of their
     * credits where a word starts (tested on the single-spaced line: literal
     * pieces keep the search linear).
     */
    anyCue: searchOf(
      wordStartSource(
        [platformCueWords, designCueWords]
          .flatMap((lexicon) => pick({...lexicon, en: []}))
          .flatMap((entry) => entry.split('*'))
          .map((piece) => piece.replace(/[:：]$/u, '').trim())
          // `自豪地采用WordPress`: a space of the data may be missing in a line.
          .flatMap((piece) => [piece, piece.replaceAll(' ', '')])
          .filter(Boolean)
      ),
      'u'
    )
  }
})

/**
 * The searches of the rule for one page.
 */
type Searches = ReturnType<typeof searchesOf>

/**
 * A credit of `Searches`.
 */
type Credit = Searches['credits'][number]

// Han, kana and Hangul: a “word” of these is a whole clause, not a name.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * What separates the parts of a footer line: bars, bullets, dashes between
 * spaces, ends of sentences.
 */
const separator = /(?<!\s)\s*[|•·∙]\s*|(?<!\s)\s+[-–—]\s+|(?<=[.!])\s+/u

/**
 * Words that may join the words of a name: `Themes Gallery, Bromoney and
 * Wordpress Themes`.
 */
const connectors = new Set(allOf(nameConnectors))

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
  function (line, lines) {
    const searches = searchesOf(lines)
    const {credits, companion, rights} = searches
    if (!mayBeCredit(line.node, searches)) return undefined
    let found: Credit | undefined

    for (const part of line.value.split(separator)) {
      if (part === '') continue
      const forms = formsOf(part)
      const credit = credits.find((credit) => nameOf(credit, forms) !== undefined)

      if (credit) {
        // `Powered by` alone: the name was a logo.
        const name = nameOf(credit, forms)!
        if (name !== '' && !named(name, maxName)) return undefined
        found ??= credit
      } else if (!companion.test(part) || !named(part.replace(companion, ''), maxName)) {
        // `© 2024 X`, `All rights reserved.`, `Privacy Policy`.
        if (!rights.test(part) && !named(part, maxLink)) return undefined
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
 * @param node
 *   Line.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether the line may hold a credit.
 */
function mayBeCredit(node: Paragraph, searches: Searches): boolean {
  const lower = lowerValue(node)
  return (
    lower.includes('by') ||
    lower.includes('theme') ||
    lower.includes('template') ||
    lower.includes('ite at ') ||
    lower.includes('log at ') ||
    searches.anyCue.test(spacedValue(node))
  )
}

/**
 * A cue around a name (`* ile güçlendirilmiştir`, `由 * 驱动`): what comes
 * before it and after it, lower case.
 */
interface Around {
  head: string
  tail: string
}

/**
 * Compile the cues of a lexicon: those before the name (`Powered by`), and
 * those around it (`* ile güçlendirilmiştir`, `由 * 驱动`).
 *
 * @param entries
 *   Cues (see `platformCueWords`).
 * @param english
 *   English cues that a list cannot say, as a regular expression.
 * @returns
 *   Expression of the cues before a name (with the colon and spaces after
 *   them), and expressions with the name as their first group.
 */
function cues(entries: ReadonlyArray<string>, english: string): {prefix: RegExp; around: Array<Around>} {
  const before = entries.filter((entry) => !entry.includes('*')).map((entry) => pattern(entry))
  const around = entries
    .filter((entry) => entry.includes('*'))
    .map(function (entry) {
      const [head = '', tail = ''] = entry.split('*').map((piece) => piece.trim())
      return {head, tail}
    })
  return {prefix: new RegExp('^(?:' + [english, ...before].join('|') + ')\\s*[:：]?\\s*', 'iu'), around}
}

/**
 * A cue as a regular expression: spaces match any run of white space or
 * none, a colon at the end is one of `:` and `：`.
 *
 * @param entry
 *   Cue, lower case.
 * @returns
 *   Source.
 */
function pattern(entry: string): string {
  const colon = /[:：]$/u.test(entry)
  const source = escapeRegExp(colon ? entry.slice(0, -1).trimEnd() : entry).replaceAll(' ', '\\s*')
  return colon ? source + '\\s*[:：]' : source
}

/**
 * A part of a line, and how credits compare it: single-spaced, without a
 * final full stop, and that in lower case.
 */
interface Forms {
  part: string
  spaced: string
  folded: string
}

/**
 * The forms of a part of a line, made once for all credits.
 *
 * @param part
 *   Part of a line.
 * @returns
 *   Forms.
 */
function formsOf(part: string): Forms {
  // Compared by hand (a pattern `^(.+?)\s*cue$` is cubic on white space).
  const spaced = part.trim().replace(/\s+/gu, ' ').replace(/[.。!]$/u, '').trimEnd()
  return {part, spaced, folded: spaced.toLowerCase()}
}

/**
 * The name a credit gives in a part of a line.
 *
 * @param credit
 *   Credit.
 * @param forms
 *   Part of a line (`formsOf()`).
 * @returns
 *   Name (`''` for a cue alone), or `undefined` when the part is not this
 *   credit.
 */
function nameOf(credit: Credit, forms: Forms): string | undefined {
  const {part, spaced, folded} = forms
  for (const {head, tail} of credit.around) {
    if (folded.length !== spaced.length || !folded.startsWith(head) || !folded.endsWith(tail)) continue
    const name = spaced.slice(head.length, spaced.length - tail.length).trim()
    // `WordPress ile güçlendirilmiştir`, not a clause before `で構築されています`.
    if (name !== '' && !cjk.test(name)) return name
  }

  return credit.prefix.test(part) ? part.replace(credit.prefix, '') : undefined
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
    const bare = word.replace(/^[^\p{L}\p{N}_]+|(?<=[\p{L}\p{N}_])[^\p{L}\p{N}_]+$/gu, '')
    return (
      bare === '' ||
      connectors.has(bare.toLowerCase()) ||
      /^[\p{Lu}\p{N}]/u.test(bare) ||
      bare.includes('.')
    )
  })
}
