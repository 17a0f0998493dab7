import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {commentCounter, commentHeadings} from '../data/comments.js'
import {closingHeadings, moreLinks, relatedHeadings, relatedLabels, relatedPrefixes} from '../data/related.js'
import {creditEnds, creditRoles, creditWords} from '../data/tail.js'
import {caselessStops} from '../structure/chars.js'
import {gluedRuns} from '../util/glued.js'
import {allOf, group} from '../util/lexicon.js'
import {linesOf, type Line} from '../util/lines.js'
import {endsSentence, isTeaser, labelKey, quote, wordCount} from '../util/shape.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {stripper, type Verdict} from '../util/strip.js'
import {dotless} from '../util/line-text.js'

/**
 * What `deboilerRelated` is and does.
 */
export const meta = {
  category: 'related',
  ruleId: 'related-heading',
  ruleIds: ['related-heading', 'related-teaser', 'related-also-on', 'related-glued-teaser', 'related-after-credit'],
  strips:
    '“Related Posts” / “Most Popular” headings with the teasers they own (and their section labels), “Also on …” links, teasers before a comments tail, a headline with its date in parentheses (`Hughes Focused On Rovers (Sunday January 13 2008)`), runs of three or more teaser cards flattened into lines (headline glued to its summary), news rails of three or more headlines each under its time (`19:00` / `Minister resigns`), runs of two or more teasers that end in a link to their story (`Find out how to make it stop here. More`) with their headlines, what follows the credit line that closes a wire story (`Reporting by …; Editing by …`)',
  example: 'Also on rt.com',
  group: 'links'
} as const satisfies RuleDocs

// Longest heading.
const maxLabel = 60
const headings = new Set(allOf(relatedHeadings, closingHeadings))
const prefixes = new Set(allOf(relatedPrefixes))
const tails = new Set(allOf(commentHeadings))
const labelSet = new Set(allOf(relatedLabels))
// Labels as regex source, longest first.
const labels = group([...labelSet])
// READ MORE: Tencent profit falls as Alibaba threat and economic woes weigh;
// Lesen Sie auch: …; ■関連記事：…; 【関連記事】…; [관련기사] …; >> Đọc thêm: …;
// LIRE AUSSI - …
const label = new RegExp(
  String.raw`^(?:[■□▶►]|>>?|»)?\s*(?:${labels}(?:\s*[:：|]|\s+[-–—](?=\s))|[【[［]\s*${labels}\s*[】\]］])\s*(\S.*)$`,
  'iu'
)
// Marks around a heading: `■関連記事`, `【関連記事】`, `▼ Lesen Sie auch`.
// The end is trimmed by hand: `[】」\s]+$` is quadratic on a long run of them.
const openingMarks = /^[■□◆◇▼▶►【「\s]+/u
const closingMarks = new Set(['】', '」'])
// Also on rt.com Time to celebrate? Trump say ISIS fully destroyed in Syria.
const alsoOnSite = /^also (?:on|in) [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\s+(\S.*)$/iu
// 3 Comments; Comments (2)
const commentCount = /^(?:\d+ (?:comments?|responses?|replies)|comments \(\d+\))$/
// Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr
const moreLink = new Set(allOf(moreLinks))
// Not a headline: `Posted by …`, `Tags: …`, `(Reporting by …)`, `A | B`, `… more...`.
const notHeadline = /^(?:by|filed|labels?|listed|posted|published|tagged|tags|updated)\b|^\(|^[^\s:]+(?: [^\s:]+){0,2}:\s|[|@]|(?:\.\.\.|…)$/iu
// Chrome that other rules own ends a teaser run: `Tags Donald Trump`, `A | B`.
const chrome = /^(?:©|\(c\)\s|(?:advertisement|copyright|filed under|follow us|leave a|posted|powered by|share|sign up|subscribe|tags)\b)|\s\|\s/iu
// Reporting by Jane Doe; Editing by John Smith; (Editing by Pritha Sarkar)
const creditStart = new RegExp(
  String.raw`^\(?${group(creditRoles.map((role) => role.charAt(0).toUpperCase() + role.slice(1)))} by \p{Lu}`,
  'u'
)
const creditWord = new Set([...creditWords, ...creditRoles.flatMap((role) => role.split(' '))])
// Longest closing credit line.
const maxCredit = 300
// Most section labels in a box of teasers (more: a listing).
const maxLabels = 6
// Lines after a closing credit within which the story may go on.
const creditReach = 8
// The time (or date) of a teaser in a news rail: `19:00`, `18.47`, `12:22AM`,
// `14:36 Uhr`, `12.12.2022, 08:30`.
const clock = /^(?:\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|am|pm|h))?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?:,?\s\d{1,2}:\d{2})?)$/iu
// Fewest teasers of a news rail (each under its time).
const railTeasers = 3
// Longest headline of a news rail.
const maxRailHeadline = 160
// Fewest words of a headline of a news rail (fewer: a table of figures).
const railWords = 3
// The words of `moreLinks` that lead to the story, not to a medium (`Video`,
// `Bilder`): after a sentence, only those make it a teaser.
const mediaLink = /audio|video|vídeo|wideo|видео|відео|動画|视频|동영상|gallery|galerie|bilder|photos|foto|podcast/u
const storyLink = new Set([...moreLink].filter((value) => !mediaLink.test(value)))
// A sentence, then the link to the story: `… how to make it stop here. More`.
const moreEnd = /[.!?…]["”’)]?\s(\p{L}+(?: \p{L}+)?)(?: ?[»›])?$/u
// Characters of the end of a line that hold the sentence end and the link.
const moreTail = 40
// Most lines between two teasers of a run, and most words of a headline.
const moreReach = 3
const maxMoreHeadline = 12

/**
 * Strip related-content boxes: their heading (`Related Posts`, `Most
 * Popular`, `Also on rt.com`), the teaser lines it owns, one-line cross links
 * (`READ MORE: …`), a teaser headline left just above a comments tail, and
 * runs of teaser cards flattened into lines (`…Troy SteakhouseA party of
 * six…`), and runs of teasers that end in a link to their story (`Find out
 * how to make it stop here. More`).
 *
 * ###### Notes
 * A heading owns the lines directly under it (up to a blank line) that do
 * not end like a sentence; when a blank line follows the heading, it owns the
 * run of short headline-like lines after it instead. A sentence of prose ends
 * either run, so an article paragraph after a `Related` label is kept.
 * Use after `deboilerLines`, and before the comments rule, whose tail lines
 * (`Leave a Reply`, `No comments:`, `Kommentare`) this rule looks for.
 * Headings, labels and prefixes in the other languages are the lexicons of
 * `src/data/related.ts` (`Lesen Sie auch:`, `Czytaj też:`, `【関連記事】`).
 * A sentence that ends in `More`, `Weiterlesen`, `Leer más` (`moreLinks`,
 * not `Video` or `Bilder`) is a teaser when another is within three lines,
 * and so is the short line above each (its headline): on the dev set +0.0007
 * (two pages of one news site's sponsored box, +0.24 and +0.29: the locator
 * then ends the article at the box), no other set moves.
 *
 * @returns
 *   Transformer.
 */
const deboilerRelated = defineRule(meta, function () {
  return function (tree: Root, file: VFile): undefined {
    const page = linesOf(tree)
    const all = page.filter((line) => line.strippedBy === undefined)
    // Labels are short: the key of each short line, once.
    const keys = all.map((line) => (line.value.length <= maxLabel ? keyOf(line.value) : ''))
    const strip = stripper(tree, file, meta)
    const taken = new Set<number>()
    const values = all.map((line) => line.value)
    const glued = gluedRuns(values)
    const rails = timedRails(values)
    const mores = moreTeasers(values)
    let index = 0

    while (index < all.length) {
      const value = all[index]!.value
      const ruleId = heading(value, keys[index]!)

      if (rails.has(index)) {
        const reason = 'Unexpected related teaser `' + quote(value) + '`'
        take(index++, {ruleId: 'related-teaser', reason, note: 'Headline of a news rail, each under its time'})
        continue
      }

      if (mores.has(index)) {
        const reason = 'Unexpected related teaser `' + quote(value) + '`'
        take(index++, {ruleId: 'related-teaser', reason, note: 'Summary with a link to its story after it'})
        continue
      }

      if (glued.has(index)) {
        const reason = 'Unexpected related teaser `' + quote(value) + '`'
        take(index++, {ruleId: 'related-glued-teaser', reason, note: 'Headline glued to its summary'})
        continue
      }

      if (ruleId) {
        const what = ruleId === 'related-also-on' ? 'link' : 'heading'
        take(index, {ruleId, reason: 'Unexpected related ' + what + ' `' + quote(value) + '`'})
        index = teasers(index + 1)
        continue
      }

      if (crossLink(value)) {
        take(index, {ruleId: 'related-also-on', reason: 'Unexpected related link `' + quote(value) + '`'})
      } else if (linkedTeaser(value)) {
        const reason = 'Unexpected related teaser `' + quote(value) + '`'
        take(index, {ruleId: 'related-teaser', reason, note: 'Headline with a link after a bar'})
      } else if (datedTeaser(value)) {
        const reason = 'Unexpected related teaser `' + quote(value) + '`'
        take(index, {ruleId: 'related-teaser', reason, note: 'Headline with its date in parentheses'})
      } else if (tail(value, keys[index]!)) {
        above(index)
      }

      index++
    }

    afterCredit()
    strip.apply()

    // Teasers owned by a heading: directly under it, or after a blank line;
    // with their section labels when those repeat (`Economy` over most
    // cards) or are kickers in capitals (`SHOCK SACK`), not an author’s name
    // over each card, and are few (more: the box is the page’s own listing).
    function teasers(from: number): number {
      const direct = all[from] !== undefined && !blankAbove(page, all, from)
      const run: Array<number> = []
      const names = new Set<string>()
      let firstLabel = -1
      let lastLabel = -1
      let labels = 0
      let index = from

      while (index < all.length) {
        const value = all[index]!.value
        const key = keys[index]!
        if (direct && blankAbove(page, all, index)) break
        if (heading(value, key) || tail(value, key) || chrome.test(value)) break
        const labelled = sectionLabel(index, lastLabel, direct)
        if (!labelled && !isCard(value, direct)) break
        if (labelled) {
          // Without labels, the run would end at the first that is no card.
          if (firstLabel < 0 && !isCard(value, direct)) firstLabel = run.length
          labels++
          lastLabel = index
          // A kicker in capitals (`SHOCK SACK`) is no name.
          if (value !== value.toUpperCase()) names.add(value)
        }

        run.push(index++)
      }

      const end = (labels > maxLabels || names.size * 2 > labels) && firstLabel >= 0 ? firstLabel : run.length
      for (const line of run.slice(0, end)) {
        take(line, {ruleId: 'related-teaser', reason: 'Unexpected related teaser `' + quote(all[line]!.value) + '`'})
      }

      return end === run.length ? index : run[end]!
    }

    // A card’s section label (`Economy`) over or under its headline, when
    // labels come every other line (`Mortgages` over a sub-heading of the
    // article and its paragraph is no card’s).
    function sectionLabel(index: number, last: number, direct: boolean): boolean {
      const after = all[index + 2]?.value ?? ''
      return (
        isLabel(all[index]!.value) &&
        (last === index - 2 || isLabel(after)) &&
        isCard(all[index + 1]?.value ?? '', direct) &&
        !isParagraph(after)
      )
    }

    // What follows the last closing credit of a wire story up to its
    // comments, unless the story goes on: two paragraphs in a row within a
    // few lines, or nothing but paragraphs up to the end (a credit inside a
    // text that was cut from its page already).
    function afterCredit(): undefined {
      let last = all.length - 1
      while (last >= 0 && !closingCredit(all[last]!.value)) last--
      if (last < 0) return

      for (let index = last + 1; index + 1 < all.length && index <= last + creditReach; index++) {
        if (isParagraph(all[index]!.value) && isParagraph(all[index + 1]!.value)) return
      }

      // Up to the comments, which are the comments rule’s.
      let end = last + 1
      while (end < all.length && !tail(all[end]!.value, keys[end]!)) end++
      let prose = true
      for (let index = last + 1; index < end && prose; index++) {
        prose = taken.has(index) || isParagraph(all[index]!.value)
      }

      if (prose && end === all.length) return

      for (let index = last + 1; index < end; index++) {
        if (taken.has(index)) continue
        const reason = 'Unexpected line after the closing credit `' + quote(all[index]!.value) + '`'
        take(index, {ruleId: 'related-after-credit', reason, note: 'The credit line ends the story'})
      }
    }

    // Headlines between the last body paragraph and a comments tail.
    // Hits: `Defiant ISIS fanatics release footage of their bloody final stand…`
    function above(end: number): undefined {
      let index = end - 1
      const run: Array<number> = []

      while (index >= 0 && run.length < 3 && !taken.has(index)) {
        const value = all[index]!.value
        if (!isTeaser(value, 150, 25) || notHeadline.test(value) || wordCount(value, 5) < 5) break
        run.push(index--)
      }

      // The line above them must be article prose.
      const value = all[index]?.value ?? ''
      if (taken.has(index) || !endsSentence(value) || wordCount(value, 8) < 8) return

      for (const line of run) {
        const reason = 'Unexpected related teaser `' + quote(all[line]!.value) + '`'
        take(line, {ruleId: 'related-teaser', reason, note: 'Headline between the article and its comments'})
      }
    }

    // Strip line `index`, once.
    function take(index: number, verdict: Verdict): undefined {
      taken.add(index)
      strip.line(all[index]!.node, verdict)
    }
  }
})

export default deboilerRelated

/**
 * The rule id for a heading line, if `value` is one.
 *
 * @param value
 *   Line.
 * @param key
 *   Its `labelKey`.
 * @returns
 *   `related-also-on` for `Also on …` and `See also`, `related-heading` for
 *   other headings, nothing for other lines.
 */
function heading(value: string, key: string): string | undefined {
  if (value.length > maxLabel) return undefined
  // `Read more` alone is a link; `Read more:`, `Lea más:` introduce teasers.
  const known = headings.has(key) || (labelSet.has(key) && /[:：]\s*$/.test(value))
  // A named heading is no sentence: `Mehr zum Preis sagte er nichts.` is prose.
  if (!known && (sentenceEnds.has(value.charAt(value.length - 1)) || !named(key))) return undefined
  return /^also |^(?:read|see) also$/.test(key) ? 'related-also-on' : 'related-heading'
}

/**
 * Whether `value` is the credit line that closes a wire story: `Reporting by
 * Jane Doe in Paris; Editing by John Smith`, `Associated Press writer Jane
 * Doe contributed to this report.`
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is; a sentence (`Reporting by the council showed that…`) is
 *   not: its lower-case words are roles, `by`, `in`, `and`, particles.
 */
function closingCredit(value: string): boolean {
  if (value.length > maxCredit) return false
  if (value.endsWith('.') && creditEnds.some((end) => value.endsWith(end))) return true
  if (!creditStart.test(value)) return false
  for (const word of value.split(/[\s,;()]+/u)) {
    if (/^\p{Ll}/u.test(word) && !creditWord.has(word)) return false
  }

  return true
}

/**
 * Whether `value` is a paragraph of prose: twenty words or more, ending like
 * a sentence.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
function isParagraph(value: string): boolean {
  return endsSentence(value) && wordCount(value, 20) >= 20
}

/**
 * A digit, and a letter (a label has letters and no digits).
 */
const digit = /\d/u
const letter = /\p{L}/u

/**
 * Whether `value` may be a teaser card’s section label: three words at most,
 * letters and no digits, no sentence (`Economy`, `Aerospace & Defense`; not
 * `1 min`, `—`).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it may.
 */
function isLabel(value: string): boolean {
  return value.length <= 30 && !endsSentence(value) && !digit.test(value) && letter.test(value) && wordCount(value, 4) <= 3
}

/**
 * Lines of news rails: three or more headlines, each under its time or date
 * (`19:00` / `Minister resigns over bridge plans` / `18:52` / …), with
 * nothing between them.
 *
 * ###### Notes
 * A live blog puts its posts under their times too, but a post is prose: a
 * line that ends like a sentence ends the rail. On every dev set, no line of
 * such a rail is in the gold.
 *
 * @param values
 *   Lines.
 * @returns
 *   Indices of the times and headlines of the rails.
 */
function timedRails(values: ReadonlyArray<string>): Set<number> {
  const found = new Set<number>()
  let index = 0

  while (index < values.length) {
    let end = index
    while (end + 1 < values.length && clock.test(values[end]!) && isRailHeadline(values[end + 1]!)) end += 2
    if (end - index >= railTeasers * 2) {
      for (let line = index; line < end; line++) found.add(line)
      index = end
    } else index++
  }

  return found
}

/**
 * Teasers that end in the link to their story (`Are you tired of working a
 * job that you don’t enjoy? Find out how. More`), with the headline above
 * each: in a run of two or more within a few lines of each other.
 *
 * @param values
 *   Lines.
 * @returns
 *   Indices of the teasers and their headlines.
 */
function moreTeasers(values: ReadonlyArray<string>): Set<number> {
  const found = new Set<number>()
  let previous = -moreReach - 1
  for (const [index, value] of values.entries()) {
    if (!isMoreTeaser(value)) continue
    if (index - previous <= moreReach) {
      for (const at of [previous, index]) {
        found.add(at)
        const above = values[at - 1]
        if (above !== undefined && at - 1 !== previous && isMoreHeadline(above)) found.add(at - 1)
      }
    }

    previous = index
  }

  return found
}

/**
 * Whether a line is a sentence with a link to its story after it.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
function isMoreTeaser(value: string): boolean {
  // The link is at most two words: the end of the line is enough.
  const match = moreEnd.exec(value.trimEnd().slice(-moreTail))
  return match !== null && storyLink.has(match[1]!.toLowerCase())
}

/**
 * Whether a line is the headline of a teaser: short, not a sentence.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
function isMoreHeadline(value: string): boolean {
  const trimmed = value.trim()
  return trimmed !== '' && wordCount(trimmed, maxMoreHeadline + 1) <= maxMoreHeadline && !sentenceEnds.has(trimmed.at(-1)!)
}

/**
 * Whether a line may be the headline of a teaser in a news rail.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it may.
 */
function isRailHeadline(value: string): boolean {
  return (
    value.length <= maxRailHeadline && !clock.test(value) && !endsSentence(value) && wordCount(value, railWords) >= railWords
  )
}

/**
 * Whether `value` is a teaser headline of a box.
 *
 * @param value
 *   Line.
 * @param direct
 *   Whether the box’s lines follow its heading with no blank line.
 * @returns
 *   Whether it is.
 */
function isCard(value: string, direct: boolean): boolean {
  return direct ? isTeaser(value, 250, 60) : isTeaser(value, 150, 25)
}

/**
 * What ends a sentence, and so no heading (Latin, and the scripts without
 * case: `caselessStops`).
 */
const sentenceEnds = new Set([...'.!?', ...caselessStops])

/**
 * The key of a short line: its `labelKey`, without the marks around a
 * heading (`■関連記事`, `【関連記事】`), `i` for a Turkish `İ`.
 *
 * @param value
 *   Line.
 * @returns
 *   Key.
 */
function keyOf(value: string): string {
  const key = labelKey(value).replace(openingMarks, '')
  let end = key.length
  while (end > 0 && (closingMarks.has(key[end - 1]!) || /\s/.test(key[end - 1]!))) end--
  return dotless(key.slice(0, end))
}

/**
 * Whether `value` is a teaser headline with its date in parentheses.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
function datedTeaser(value: string): boolean {
  return value.length <= 200 && value.endsWith(')') && dated.test(value) && wordCount(value, 21) <= 20
}

/**
 * A headline and its date in parentheses: `Hughes Focused On Rovers (Sunday
 * January 13 2008)`, `The Day's Best (December 2, 2007)`, `… (01/10/2008)`.
 */
const dated =
  /^\S.*\s\((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\)$|^\S.*\s\(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\)$/i

/**
 * Whether `value` is a teaser headline with its link after a bar: `Rund 400
 * Feuerwehrleute protestieren gegen späteren Ruhestand | mehr`, `… | audio`.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is; a row of links (`Sport | mehr`) has too few words.
 */
function linkedTeaser(value: string): boolean {
  if (value.length > 250) return false
  const bar = value.lastIndexOf('|')
  if (bar === -1 || !moreLink.has(value.slice(bar + 1).trim().toLowerCase())) return false
  const headline = value.slice(0, bar).trimEnd()
  return !headline.includes('|') && isTeaser(headline, 250, 30)
}

/**
 * Whether `value` is a one-line cross link: `READ MORE: <headline>`.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is; a sentence after the label (`Related: the council said
 *   it would.`) is prose.
 */
function crossLink(value: string): boolean {
  if (value.length > 250) return false
  // Turkish `İlgili haber:` under the `i` flag.
  const folded = value.replaceAll('İ', 'i')
  const rest = (label.exec(folded) ?? alsoOnSite.exec(value))?.[1]
  return rest !== undefined && isTeaser(rest, 250, 30)
}

/**
 * Whether a heading key opens with a known prefix (`more from`) and has at
 * most six words.
 *
 * @param key
 *   Key of a line.
 * @returns
 *   Whether it does.
 */
function named(key: string): boolean {
  // Prefixes are two words: the key up to its second space.
  const first = key.indexOf(' ')
  if (first === -1) return false
  const second = key.indexOf(' ', first + 1)
  if (!prefixes.has(second === -1 ? key : key.slice(0, second))) return false
  let spaces = 0
  for (let index = key.indexOf(' '); index !== -1; index = key.indexOf(' ', index + 1)) spaces++
  return spaces < 6
}

/**
 * Whether `value` starts the comments tail of a page.
 *
 * @param value
 *   Line.
 * @param key
 *   Its `labelKey`.
 * @returns
 *   Whether it does.
 */
function tail(value: string, key: string): boolean {
  if (value.length > 40) return false
  return tails.has(key) || commentCount.test(key) || commentCounter.test(key)
}

/**
 * Whether a blank line separates a line from the line left above it (lines
 * other rules took in between do not count as text, their blank lines do).
 *
 * @param page
 *   Every line of the page.
 * @param left
 *   The lines no rule took.
 * @param index
 *   Index of the line in `left` (not its first).
 * @returns
 *   Whether it is.
 */
function blankAbove(page: ReadonlyArray<Line>, left: ReadonlyArray<Line>, index: number): boolean {
  const from = index > 0 ? left[index - 1]!.index + 1 : 0
  for (let at = from; at <= left[index]!.index; at++) {
    if (page[at]!.blankBefore) return true
  }

  return false
}
