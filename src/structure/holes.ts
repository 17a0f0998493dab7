import type {Analysis} from './analyse.js'
import type {LocatorLine} from './features.js'
import {isKept, keep, keptWords, wordsIfKept} from './kept.js'
import type {LineVerdict} from './verdict.js'

/**
 * Share of the kept words that must lie on each side of a stretch of dropped
 * lines for the stretch to be inside the article.
 */
const sideShare = 0.1

/**
 * A line that ends in a colon after a letter: it announces what follows
 * (`Below is the list of players who have been invited:`).
 */
const colonEnd = /\p{L}[:：]\s*$/u

/**
 * Fewest words of a line that announces a list (`else:`, `for item in
 * items:` are code).
 */
const announceWords = 6

/**
 * Share of the lines with words of a stretch that must read as body for it
 * to be taken back (fewer: the stretch is a menu, a footer, a teaser box).
 */
const bodyShare = 0.3

/**
 * Fewest words of a line taken back into the article (shorter lines are
 * labels and controls as often as list items).
 */
const holeWords = 4

/**
 * Share of the lines with words of a stretch that must be data (every word
 * has a digit: `1/1/2013`, `+13.1%`, `$1,250`) for it to be a table of the
 * article, and fewest such lines.
 */
const tableShare = 0.8
const tableRows = 6

/**
 * Drops of the locator that a table of the article may have taken: a run of
 * short lines (a menu), a line outside the core, a line outside prose.
 */
const tableDrops: ReadonlySet<string | undefined> = new Set(['chrome-menu', 'chrome-outside-body', 'chrome-line'])

/**
 * Keep the lines of the body that the core left out between two large kept
 * parts of the article: a list, a table, a block of code.
 *
 * ###### Notes
 * A long list of short lines without stopwords reads as a menu, so it costs
 * the core more than opening a new run, and the article comes out in two
 * parts with its list missing. A stretch of dropped lines with a tenth of
 * the kept words or more on each side is inside the article when at least
 * three in ten of its lines with words were dropped only for lying outside
 * the core (`chrome-outside-body`, 4 words or more): those are kept again.
 * Menus (runs of short lines), link lists, chrome phrases, what follows a
 * tail heading and what other rules took stay dropped. On the dev set: 22
 * pages better, 10 worse (mean F1 +0.002); on every other set but fundus
 * (flat), better too.
 *
 * After a kept line of six words or more that ends in a colon (`Below is
 * the list of players who have been invited:`), the stretch is the list
 * that line announces: kept text after it is enough, however short (a
 * footnote to the list). On the dev set: 8 pages better (a list of 60
 * players between its intro and a footnote +0.39), none worse; pagetypes
 * +0.0005 (2 up, 1 down by 0.002), html-to-text +0.0004, cheerio-text
 * +0.0002, fundus and Markdown flat.
 *
 * A stretch that is a table of figures (of its lines with words, eight in
 * ten or more are dates or values, six at least: `1/1/2013`, `+13.1%`) is
 * kept whole, its labels too, but for lines a rule or a chrome phrase took:
 * a menu is words, and a news rail (`19:00`, a headline) is half figures.
 * On the dev set: 2 pages better (a page of home prices 0.42 → 0.82), none
 * worse; no other set moves.
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
export function fillHoles(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis
): undefined {
  const total = keptWords(lines, verdicts, analysis)
  const side = total * sideShare
  let before = 0
  let index = 0
  let announces = false

  while (index < verdicts.length) {
    if (isKept(lines, verdicts, index)) {
      before += wordsIfKept(lines, verdicts, analysis, index)
      announces = (analysis.features[index]?.words ?? 0) >= announceWords && colonEnd.test(lines[index]?.value ?? '')
      index++
      continue
    }

    let end = index
    while (end < verdicts.length && !isKept(lines, verdicts, end)) end++
    const after = total - before
    if (before > 0 && end < verdicts.length && before >= side && (after >= side || (announces && after > 0))) {
      fillHole(lines, verdicts, analysis, index, end)
    }

    index = end
  }
}

/**
 * Keep the body lines of one stretch of dropped lines, if enough of it is
 * body.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @param start
 *   First line of the stretch.
 * @param end
 *   Line after the stretch.
 * @returns
 *   Nothing.
 */
function fillHole(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis,
  start: number,
  end: number
): undefined {
  const body: Array<number> = []
  let worded = 0
  let data = 0
  for (let index = start; index < end; index++) {
    const features = analysis.features[index]
    const words = features?.words ?? 0
    if (words > 0) worded++
    if (words > 0 && features?.digits === words) data++
    if (isInnerBody(lines, verdicts, analysis, index)) body.push(index)
  }

  if (data >= tableRows && data >= worded * tableShare) {
    // A table of figures (dates and values, one a line) is no menu: its
    // rows and labels stay, unless a rule or a phrase took them.
    for (let index = start; index < end; index++) {
      const verdict = verdicts[index]
      if (lines[index]?.strippedBy === undefined && analysis.chrome[index] === undefined && tableDrops.has(verdict?.ruleId)) {
        keep(verdicts, index)
      }
    }

    return
  }

  if (body.length === 0 || body.length < worded * bodyShare) return
  for (const index of body) keep(verdicts, index)
}

/**
 * Whether a dropped line was dropped only for lying outside the core.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts.
 * @param analysis
 *   Analysis of the document.
 * @param index
 *   Line.
 * @returns
 *   Whether it was.
 */
function isInnerBody(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  analysis: Analysis,
  index: number
): boolean {
  return (
    lines[index]?.strippedBy === undefined &&
    verdicts[index]?.ruleId === 'chrome-outside-body' &&
    (analysis.features[index]?.words ?? 0) >= holeWords
  )
}
