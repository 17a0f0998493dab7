import {licensePhrases, reservedPhrases} from '../data/copyright.js'
import {byLanguage} from '../util/languages.js'
import {cueSource, escapeRegExp} from '../util/lexicon.js'
import {lowerValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * A copyright sign, also as mis-decoded UTF-8 (`Â©`) or an HTML entity.
 */
const sign = String.raw`(?:Â?[©ⓒⒸ]|&copy;)`

/**
 * The word, in the cases notices write it (a case-sensitive regex, as `\p{Lu}`
 * matches every letter under the `i` flag).
 */
const word = '(?:[Cc]opyright|COPYRIGHT)'

/**
 * A line that opens with a copyright notice: `© 2019 X`, `(c) 2021 Foo
 * Media`, `Copyright © 2003-2024 Example Ltd`, `Copyright, respective
 * author`.
 *
 * ###### Notes
 * `(c)` needs a year (`(c) To provide a forum…` is a list item) and the word
 * `Copyright` a sign, a year or `by`/`of`/`,` after it (“Copyright law
 * protects…” is a sentence).
 */
const opening = new RegExp(
  String.raw`^[\s•·*|>-]*(?:${sign}|\(c\)(?=\s*\d{4})|copyright\b(?=\s*(?:$|[©(,:]|\d|&copy;|by\b|of\b)))`,
  'iu'
)

/**
 * A notice inside a line: a sign before a year or a name (`guardian.co.uk ©
 * Guardian News and Media Limited 2008`; in a script without case, any
 * letter: `저작권자 © 마포신문 무단전재 및 재배포 금지`), or `copyright ©`.
 */
const inside = new RegExp(
  String.raw`(?:^|\s)(?:${sign}\s*(?:${word}\s*)?(?:\d{4}|\p{Lu}|\p{Lo})|${word}\s*${sign})`,
  'u'
)

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick) {
  const phrases = pick(reservedPhrases)
  const licenses = pick(licensePhrases)
  return {
    /**
     * A licence notice (`licensePhrases`) at the start of the line or of a
     * sentence, on the lower-case line.
     */
    license: new RegExp(
      String.raw`(?:^|[.,;:]\s+)(?:` + licenses.map((phrase) => escapeRegExp(phrase)).join('|') + ')',
      'u'
    ),
    /**
     * `All rights reserved` as a sentence of its own, in the languages of
     * `reservedPhrases`: after the start of the line, a separator, a sign or a
     * year, and before the end of the line, a separator or a closing bracket
     * (`<저작권자 © 한국일보, 무단 전재 및 재배포 금지>`; the Arabic comma and
     * semicolon and the Devanagari danda among them); the capital is
     * checked apart, as the phrases match in any case.
     */
    reserved: new RegExp(
      String.raw`(?:^|[.,;:|©–—\-。，；：｜،؛।]\s*|\d\s+)(` +
        phrases.map((phrase) => escapeRegExp(phrase)).join('|') +
        String.raw`)(?=\s*(?:$|[.,;:|©–—\-。，；：｜>)）」،؛।]))`,
      'iu'
    ),
    /**
     * Cheap first cue: words and signs of which every notice holds one (the
     * rights notices hold their phrase). One expression: faster than a
     * look-up per word on every line.
     */
    noticeCue: new RegExp(String.raw`copyright|©|ⓒ|&copy;|\(c\)|material|` + cueSource([...phrases, ...licenses]), 'u')
  }
})

/**
 * The wire-service line under syndicated stories.
 */
const wire = /\bthis material may not be published, broadcast, rewritten,? (?:or|and) redistributed\b/iu

/**
 * The name of a licence, in a notice that gives one (`Creative Commons`,
 * `GNU Free Documentation License`, `CC BY-SA`, `Lizenz`, `licencia`,
 * `лицензии`, `ライセンス`, `知识共享`).
 */
const licenseName =
  /licen[cs]|lizenz|licenz|licenç|licentie|licencj|licensen|licensierat|creative commons|gnu free|cc by|лиценз|ліценз|ライセンス|クリエイティブ・コモンズ|知识共享|知識共享/u

/**
 * A footer link to the copyright page: `Copyright`, `Copyright Notice`.
 */
const link = /^copyright(?: (?:notice|policy|information|statement))?$/iu

/**
 * Most words before a sign inside a line: `Contact Us © 1995-2006 AAMC` is
 * a footer, `May/June 2003 pp. 26-33 (vol. 59, no. 03) © 2003 Bulletin of
 * the Atomic Scientists` a citation.
 */
const maxLead = 4

/**
 * Longest notice; longer lines are prose.
 */
const maxLength = 400

/**
 * What `deboilerCopyright` is and does.
 */
export const meta = {
  category: 'copyright',
  ruleId: 'copyright-notice',
  ruleIds: ['copyright-notice', 'copyright-reserved', 'copyright-link', 'copyright-license'],
  maxLength,
  strips: 'copyright notices, and the notices that give the page’s licence (`Text is available under the Creative Commons Attribution-ShareAlike 4.0 License`)',
  example: 'Copyright 2024 Nexstar Media Inc. All rights reserved.',
  group: 'credits'
} as const satisfies RuleDocs

/**
 * Strip copyright notices, `All rights reserved` lines and links to the
 * copyright page.
 *
 * ###### Notes
 * The notice is one line, so the whole line goes: `Copyright 2024 X Inc. All
 * rights reserved. This material may not be published, broadcast,
 * rewritten, or redistributed.` Sentences about copyright (“The court ruled
 * that the copyright had expired in 2019.”) are kept: they neither open with
 * a notice nor hold a sign before a year or a name.
 */
const deboilerCopyright = defineLineRule(
  meta,
  function (line, lines) {
    const {license, noticeCue, reserved} = searchesOf(lines)
    const lower = lowerValue(line.node)
    if (!noticeCue.test(lower)) return undefined
    const value = line.value.replace(/\s+/gu, ' ')

    if (link.test(value)) {
      return {ruleId: 'copyright-link', reason: unexpected('copyright link', line.value)}
    }

    if (opening.test(value) || signed(value)) {
      return {reason: unexpected('copyright notice', line.value)}
    }

    if (isReserved(value, reserved) || wire.test(value)) {
      return {ruleId: 'copyright-reserved', reason: unexpected('rights notice', line.value)}
    }

    if (license.test(lower) && licenseName.test(lower)) {
      return {ruleId: 'copyright-license', reason: unexpected('licence notice', line.value)}
    }

    return undefined
  }
)

export default deboilerCopyright

/**
 * Whether a line holds a copyright sign after a short lead.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is a notice.
 */
function signed(value: string): boolean {
  const match = inside.exec(value)
  if (!match) return false
  const lead = value.slice(0, match.index).trim()
  return lead === '' || /[|.•]$/u.test(lead) || lead.split(' ').length <= maxLead
}

/**
 * Whether a line holds `All rights reserved` (in any language) as a
 * sentence of its own, capitalised (or in a script without case).
 *
 * @param value
 *   Line.
 * @param reserved
 *   Search for the phrase in the page’s languages.
 * @returns
 *   Whether it does.
 */
function isReserved(value: string, reserved: RegExp): boolean {
  // The `i` flag does not fold a Turkish `İ` to `i` (`İzinsiz kopyalanamaz`).
  const match = reserved.exec(value.includes('İ') ? value.replaceAll('İ', 'I') : value)
  return match !== null && !/^\p{Ll}/u.test(match[1]!)
}
