import {authorLabels, bylineWords} from '../data/byline.js'
import {allOf} from '../util/lexicon.js'
import {bioClosingTrades, bioRoles, bioTrades, notNames} from '../data/locator.js'
import {months} from '../data/timestamp.js'
import type {Analysis} from './analyse.js'
import type {LineFeatures, LocatorLine} from './features.js'
import {dropAs, dropAsTail, isKept, keep, keptWords, wordsIfKept} from './kept.js'
import type {LineVerdict} from './verdict.js'

/**
 * Lines (stripped by other rules, or short labels such as a date or a
 * kicker) that may sit between a headline and the body, or between the body
 * and its credit line.
 */
const edgeGap = 3

/**
 * A credit for the reporting at the end of a story: `Jane Roe contributed
 * to this report.`, `Reporting by …; Editing by …`, `Additional reporting
 * by …`.
 */
const creditExpression =
  /(?:^[([]?(?:additional |writing and )?(?:reporting|writing|editing|compiled|research) by\b|\bcontributed (?:reporting )?to this (?:report|story|article)\b)/i

/**
 * A note about the author at either end of a post: `Jane Roe is a freelance
 * writer based in Toronto.`, `Sean Higgins is a content marketing strategist
 * …`, `John Doe is the editor of …`. A name (one to four capitalised words,
 * with `van`, `de` and the like between; not a pronoun such as `It` or
 * `There`), perhaps a title between commas, `is` or `serves as`, then a trade
 * within a few words (the words are in `src/data/locator.ts`).
 */
const bioExpression = new RegExp(
  String.raw`^(?!(?:${notNames.join('|')}) )(?:(?:Dr|Prof)\.? )?(?:(?:[A-Z][\p{L}'.-]+|van|der|de|da|von|la) ){0,3}[A-Z][\p{L}'.-]+(?:, [^,]{2,60},)? (?:is|serves as) ` +
    String.raw`(?:(?:a|an) (?:[\p{L}&/-]+,? ){0,6}(?:${bioTrades.join('|')})\b|the (?:[\p{L}&-]+ ){0,3}(?:${bioRoles.join('|')}) (?:of|at)\b)`,
  'u'
)

/**
 * A note about the author that closes a post, in forms that name no trade
 * of `bioTrades`: `Matt Miller has been with Game Informer since 2004.`,
 * `Sarah joined The Society in March 2014 …`, `Adrien has over 4 years of
 * experience …`, `Ray graduated from NYU …`, `Kaavya is a creative
 * enthusiast at …`. Read only near the end of the kept text: in the body of
 * a story, `Kavanaugh joined the dissenters` is the news.
 */
const closingBioExpression = new RegExp(
  String.raw`^(?!(?:${notNames.join('|')}) )(?:[A-Z][\p{L}'.-]+ ){0,2}[A-Z][\p{L}'.-]+ (?:has been with |graduated from |` +
    String.raw`has (?:over |more than |nearly )?\d+\+? years\b|joined [^.,]{2,40}? (?:in (?:(?:${capitalised(months).join('|')}) )?\d{4}\b|as an? )|` +
    String.raw`is (?:a|an) (?:[\p{L}&/-]+,? ){0,4}(?:${bioClosingTrades.join('|')})\b)`,
  'u'
)

/**
 * Words with a capital first letter (`march` → `March`).
 *
 * @param words
 *   Lower-case words.
 * @returns
 *   Capitalised words.
 */
function capitalised(words: ReadonlyArray<string>): Array<string> {
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
}

/**
 * Byline words and author labels, longest first (`written by` before `by`).
 */
const bylineStarts = allOf(bylineWords).sort((a, b) => b.length - a.length)
const labelStarts = allOf(authorLabels).sort((a, b) => b.length - a.length)

/**
 * A colon after an author label (`Autor: …`, `文：…`).
 */
const colon = /^\s*[:：]\s*\S/u

/**
 * Lower-case words of a byline’s names: joints of two names (`By Jane Roe
 * and John Doe`) and particles of one (`Jan de Vries`, `Ursula von der
 * Leyen`).
 */
const nameJoints = new Set([
  'and', 'und', 'et', 'y', 'e', 'i', 'og', 'och', 'en', 've', 'и', 'і', 'dan', 'và', 'a',
  'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'ter', 'ten', 'al', 'bin'
])

/**
 * Whether the rest of a line is names only: one to eight words, each
 * capitalised or joining two names (`and`, `und`), with commas; or a CJK or
 * Hangul name.
 *
 * @param rest
 *   Text after the byline word.
 * @returns
 *   Whether it is.
 */
function isNames(rest: string): boolean {
  if (!/^\s/.test(rest)) return false
  const words = rest.split(/[\s,]+/).filter(Boolean)
  if (words.length === 0 || words.length > 8) return false
  return words.every((word) => /^\p{Lu}/u.test(word) || nameJoints.has(word) || /^[\u3400-\u9fff\uac00-\ud7af]/.test(word))
}

/**
 * Whether a line is a byline (`By Jane Roe`, `Written by: AFP`, `Von Nina
 * Magoley`, `Autor: Jan Novák`, `文：山田太郎`): not the headline, which may sit
 * just above it. `Por qué …`, `Von Berlin nach Rom` and `Text Messages Show
 * …` are no bylines.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is a byline.
 */
export function isByline(value: string): boolean {
  const head = value.slice(0, 24).toLowerCase()
  for (const start of bylineStarts) {
    if (!head.startsWith(start)) continue
    const rest = value.slice(start.length)
    if (colon.test(rest) || isNames(rest)) return true
  }

  for (const start of labelStarts) {
    if (head.startsWith(start) && colon.test(value.slice(start.length))) return true
  }

  return false
}

/**
 * Kept lines at either end of the article where an author note may sit.
 */
const bioReach = 3

/**
 * An author box in the first person: `Hi, I'm Lucy`, `Hey, I’m Jessica!
 * Welcome to …` (near the end only: a post may open that way).
 */
const greeting = /^(?:[Hh]i|[Hh]ey|[Hh]ello)(?: there)?[,!.]? I['’]m \p{Lu}/u

/**
 * Last kept lines in which an author note ends the article.
 */
const bioTailReach = 25

/**
 * Most of the kept words that may lie beyond a line that opens or closes the
 * article (before it or after it).
 */
const edgeShare = 0.4

/**
 * Most kept words that may lie beyond a line that opens or closes the
 * article: a long document (a live blog with a time stamp on every entry)
 * does not lose a large part of itself.
 */
const edgeWords = 500

/**
 * Longest author note, in words.
 */
const bioWords = 80

/**
 * Keep the headline above the body and the credit line below it.
 *
 * ###### Notes
 * The article starts with its headline: the line just above the first kept
 * line (over lines other rules took and short labels), when it reads as a
 * headline — 3 to 25 words, not a sentence ending in a full stop, no links
 * or menu separators, not a phrase of page chrome, not a byline (`Written
 * by: AFP` is passed over to the headline above it). A credit for the
 * reporting (`… contributed to this report.`) just after the last kept line
 * is the end of the story.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @returns
 *   Nothing.
 */
export function keepEdges(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis
): undefined {
  let first = -1
  let last = -1
  for (let index = 0; index < verdicts.length; index++) {
    if (isKept(lines, verdicts, index)) {
      if (first < 0) first = index
      last = index
    }
  }

  if (first < 0) return
  const headline = edgeLine(lines, analysis, first, -1, isHeadline)
  if (headline >= 0) keep(verdicts, headline)
  const credit = edgeLine(lines, analysis, last, 1, isCredit)
  if (credit >= 0) keep(verdicts, credit)
}

/**
 * Drop a note about the author among the first kept lines, or among the
 * last ones together with what follows it.
 *
 * ###### Notes
 * Only at the ends: in the middle of the body, `X is a reporter who …` is
 * the story. Near the end (the last 25 kept lines, and the second half of
 * them), the note closes the article: the teasers or the sign-up box after
 * it go too (on the dev set: 13 pages better, 1 worse).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @returns
 *   Nothing.
 */
export function dropBios(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis
): undefined {
  const kept: Array<number> = []
  for (let index = 0; index < verdicts.length; index++) {
    if (isKept(lines, verdicts, index)) kept.push(index)
  }

  for (const index of kept.slice(0, bioReach)) {
    if (isBio(lines, analysis, index)) dropBio(lines, verdicts, index)
  }

  // Near the end, the note closes the article: what follows it (teasers,
  // a sign-up box) is not the story either.
  const end = kept.slice(Math.max(-bioTailReach, -Math.floor(kept.length / 2)))
  const at = end.findIndex(
    (index) =>
      isBio(lines, analysis, index) ||
      isBio(lines, analysis, index, closingBioExpression) ||
      greeting.test(lines[index]?.value.trim() ?? '')
  )
  if (at < 0) return
  dropBio(lines, verdicts, end[at]!)
  for (const index of end.slice(at + 1)) dropAsTail(lines, verdicts, index)
}

/**
 * Drop what is kept after a line that marks the end of an article (a rights
 * notice, the tags, a share prompt, a time stamp; see `LocateOptions.closing`)
 * when little of the kept text comes after it.
 *
 * ###### Notes
 * Such a line in the first part of the text is a photo credit (`© 2008
 * eFluxMedia`), a dateline or the notice of an excerpt, and the article goes
 * on; near the end, what follows it is the page (teasers, comments, the
 * footer). On the dev set, with at most two fifths of the kept words after
 * the line: 51 pages better, 2 worse (a photo credit `© 2008 eFluxMedia`
 * with 40 % of the article after it); with half, four more pages lose a
 * large part of their article. Chosen leaving one source out, the share is
 * two fifths in four of the five folds (pooled F1 0.9319 against 0.9288
 * without the cut).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @param closing
 *   Indices of the lines another rule took that close an article.
 * @returns
 *   Nothing.
 */
export function dropAfterClose(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis,
  closing: ReadonlySet<number>
): undefined {
  const total = keptWords(lines, verdicts, analysis)
  let after = total
  let close = -1
  for (let index = 0; index < verdicts.length; index++) {
    if (closing.has(index) && after < total && after <= Math.min(total * edgeShare, edgeWords)) {
      close = index
      break
    }

    after -= wordsIfKept(lines, verdicts, analysis, index)
  }

  if (close < 0) return
  for (let index = close + 1; index < verdicts.length; index++) {
    if (isKept(lines, verdicts, index)) dropAsTail(lines, verdicts, index)
  }
}

/**
 * Drop what is kept before a line that marks the start of an article (the
 * site’s menu, a time stamp, the reading time, a share prompt; see
 * `LocateOptions.opening`) when little of the kept text comes before it: the last
 * such line in the first two fifths of the kept words.
 *
 * ###### Notes
 * What comes before is the page above the article (teasers, promotions,
 * another menu). The headline, just above such a line, is kept again by
 * `keepEdges`, which runs after. On the dev set: 60 pages better, 9 worse
 * (mean F1 0.9326 → 0.9356); chosen leaving one source out, the share is a
 * half or two fifths (pooled F1 0.9356), and the curve is flat between.
 * Both cuts drop at most `edgeWords`, and the chrome rule leaves out the
 * lines of a rule that struck more than three (a live blog’s time stamps):
 * together 98 pages better, 9 worse (F1 0.9288 → 0.9352).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @param opening
 *   Indices of the lines another rule took that open an article.
 * @returns
 *   Nothing.
 */
export function dropBeforeOpen(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis,
  opening: ReadonlySet<number>
): undefined {
  const total = keptWords(lines, verdicts, analysis)
  let before = 0
  let open = -1
  for (let index = 0; index < verdicts.length; index++) {
    if (before > Math.min(total * edgeShare, edgeWords)) break
    if (opening.has(index) && before > 0) open = index
    before += wordsIfKept(lines, verdicts, analysis, index)
  }

  for (let index = 0; index < open; index++) {
    if (isKept(lines, verdicts, index)) {
      dropAs(lines, verdicts, index, 'chrome-outside-body', 'line outside the article body')
    }
  }
}

/**
 * Whether a line is a note about the author.
 *
 * @param lines
 *   Lines of the page.
 * @param analysis
 *   Analysis of the document.
 * @param index
 *   Line.
 * @param expression
 *   Form of the note (default: a name, `is`, a trade).
 * @returns
 *   Whether it is.
 */
function isBio(
  lines: ReadonlyArray<LocatorLine>,
  analysis: Analysis,
  index: number,
  expression = bioExpression
): boolean {
  const words = analysis.features[index]?.words ?? 0
  return words <= bioWords && expression.test(lines[index]?.value.trim() ?? '')
}

/**
 * Drop a note about the author.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param index
 *   Line.
 */
function dropBio(lines: ReadonlyArray<LocatorLine>, verdicts: Array<LineVerdict>, index: number): undefined {
  dropAs(lines, verdicts, index, 'chrome-author-bio', 'note about the author')
}

/**
 * Find the line next to the body (over a small gap) that passes a test.
 *
 * @param lines
 *   Lines of the page.
 * @param analysis
 *   Analysis of the document.
 * @param from
 *   First or last kept line.
 * @param step
 *   -1 to look up, 1 to look down.
 * @param test
 *   Whether a line is the one sought.
 * @returns
 *   Its index, or -1.
 */
function edgeLine(
  lines: ReadonlyArray<LocatorLine>,
  analysis: Analysis,
  from: number,
  step: number,
  test: (line: LineFeatures, value: string, index: number, analysis: Analysis) => boolean
): number {
  for (let gap = 1; gap <= edgeGap + 1; gap++) {
    const index = from + step * gap
    const line = lines[index]
    const features = analysis.features[index]
    if (!line || !features) return -1
    if (line.strippedBy !== undefined) continue
    if (test(features, line.value, index, analysis)) return index
    // A short label (a date, a kicker) may sit between; anything else ends the search.
    if (features.words > 3) return -1
  }

  return -1
}

/**
 * Whether a line reads as a headline.
 *
 * @param line
 *   Features.
 * @param value
 *   Text.
 * @param index
 *   Index.
 * @param analysis
 *   Analysis of the document.
 * @returns
 *   Whether it does.
 */
function isHeadline(line: LineFeatures, value: string, index: number, analysis: Analysis): boolean {
  if (line.words < 3 || line.words > 25 || line.urls > 0 || line.separators > 0) return false
  if (line.colon || value.endsWith('.') || line.sentences > 1 || line.bullet) return false
  if (isByline(value)) return false
  return analysis.chrome[index] === undefined && analysis.tail[index] === undefined
}

/**
 * Whether a line credits the reporting.
 *
 * @param line
 *   Features.
 * @param value
 *   Text.
 * @returns
 *   Whether it does.
 */
function isCredit(line: LineFeatures, value: string): boolean {
  return line.words <= 40 && creditExpression.test(value)
}
