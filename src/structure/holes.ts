import type {Analysis} from './analyse.js'
import type {LocatorLine} from './features.js'
import type {LineFeatures} from './line.js'
import {isKept, keep, keptWords, wordsIfKept} from './kept.js'
import type {LineVerdict} from './verdict.js'
import {isWhiteSpace} from '../util/shape.js'
import {itemRuns} from './items.js'

/**
 * Share of the kept words that must lie on each side of a stretch of dropped
 * lines for the stretch to be inside the article.
 */
const sideShare = 0.1

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
 * Most lines between the last kept line and the first record of a
 * directory that continues the article.
 */
const recordGap = 2

/**
 * Fewest lines with words of a record of a directory, on average (a name,
 * an address, a phone number, a fee): a list of teasers is a title a block,
 * or a number and a title.
 */
const recordLines = 2.5

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
 * +0.0002, fundus and Markdown flat. When nothing kept follows, the list
 * runs to the page's footer (`announcedEnd`): dev +0.0003 (a tour's dates
 * 0.76 → 1.00), html-to-text +0.0016 and Markdown +0.0011 (the 60 players,
 * where the converter's footnote was cut, 0.54 → 0.97), cheerio-text,
 * fundus and pagetypes flat; 4 pages lose 0.01–0.02 (teasers after `More
 * Helpful Articles by …:`). The announcement holds through the list's
 * first items when the core kept them (short lines, no sentence): dev
 * +0.0002 (a list of product features 0.84 → 0.99, one page −0.003),
 * pagetypes −0.0004 (with the kind model refit: a service page crosses a
 * cut, 0.92 → 0.80), html-to-text −0.00002, the others flat; on the dev
 * pages' gold given as input (`bench/extracted.mjs`) 70 pages lose more
 * than a tenth of their words where 74 did.
 *
 * A stretch that is a table of figures (of its lines with words, eight in
 * ten or more are dates or values, six at least: `1/1/2013`, `+13.1%`) is
 * kept whole, its labels too, but for lines a rule or a chrome phrase took:
 * a menu is words, and a news rail (`19:00`, a headline) is half figures.
 * On the dev set: 2 pages better (a page of home prices 0.42 → 0.82), none
 * worse; no other set moves.
 *
 * A table printed a cell a line (its rows a period of 3 to 12 lines: model,
 * layout, price, feature; `flatTables`) is kept whole with its row of
 * labels, whatever else the stretch holds, and the rest of the stretch is
 * judged without it. On the dev set: +0.0003, 12 pages better
 * (a ranking of states +0.09, a comparison of keyboards +0.03), 4 worse by
 * 0.01 or less; pagetypes +0.0014 (14 up, 13 down: a nutrition table a
 * product page's gold leaves out −0.06), Markdown +0.0004, cheerio-text and
 * html-to-text +0.0001, fundus flat (with the kind model refit).
 *
 * When nothing kept follows, a directory right after the last kept line
 * (`recordsEnd`: records of a few lines each, a name, an address, a phone
 * number, with a line alike in each) is kept too: dev +0.0008 (a list of
 * clinics under its intro 0.34 → 0.96), no other page of any set moves.
 * So are tables printed a cell a line under their row of labels there
 * (`tablesEnd`: a training plan week by week, table after table). With
 * the tables made of whole rows, split where the labels of another table
 * are inside a run, and started after a row of labels the run began in
 * (kind model refit): dev +0.0006 (a training plan 0.65 → 0.87, a
 * scoreboard 0.83 → 0.96), pagetypes +0.0011, fundus +0.0014 (a page whose
 * kind changed with the refit, 0.82 → 0.95), Markdown +0.0006, cheerio-text
 * and html-to-text +0.00003; no page loses more than 0.01.
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
      const features = analysis.features[index]
      // An item of the list kept under it does not end the announcement.
      announces =
        ((features?.words ?? 0) >= announceWords && endsInColon(lines[index]?.value ?? '')) ||
        (announces && features !== undefined && !features.terminal && features.words < announceWords * 2)
      index++
      continue
    }

    let end = index
    while (end < verdicts.length && !isKept(lines, verdicts, end)) end++
    const after = total - before
    if (before > 0 && end < verdicts.length && before >= side && (after >= side || (announces && after > 0))) {
      fillHole(lines, verdicts, analysis, index, end)
    } else if (before > 0 && announces && after === 0) {
      const stop = announcedEnd(lines, verdicts, analysis, index, end)
      if (stop > index) fillHole(lines, verdicts, analysis, index, stop)
    } else if (before > 0 && after === 0) {
      const stop = Math.max(
        recordsEnd(lines, verdicts, analysis, index, end),
        tablesEnd(lines, verdicts, analysis, index, end)
      )
      for (let line = index; line < stop; line++) {
        if (lines[line]?.strippedBy === undefined) keep(verdicts, line)
      }
    }

    index = end
  }
}

/**
 * Where the list that the last kept line announces ends, when nothing kept
 * follows it: at the first line a named rule took (the page's rights
 * notice, its share buttons) or at the end of the page, when every line
 * before it with words was dropped only for lying outside the core. A list
 * that runs into a menu or a link list of the locator's is left as it is:
 * such lists are teasers (`Related articles that link to this one:`).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts.
 * @param analysis
 *   Analysis of the document.
 * @param start
 *   First dropped line after the announcing line.
 * @param end
 *   Line after the stretch of dropped lines.
 * @returns
 *   Line after the list, or `start` when there is none.
 */
function announcedEnd(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  analysis: Analysis,
  start: number,
  end: number
): number {
  let stop = start
  while (
    stop < end &&
    lines[stop]?.strippedBy === undefined &&
    (verdicts[stop]?.ruleId === 'chrome-outside-body' || (analysis.features[stop]?.words ?? 0) === 0)
  ) {
    stop++
  }

  return stop === end || lines[stop]?.strippedBy !== undefined ? stop : start
}

/**
 * Where the directory that follows the last kept line ends, when nothing
 * kept follows it.
 *
 * ###### Notes
 * A directory (of clinics, of offices) is a run of records, blocks of
 * lines without a blank line between them, `recordLines` lines or more
 * each on average, with a line alike in each (a phone number, `Fees based
 * on income`: `itemRuns`). Printed a field a line, its short lines read as
 * a menu. One that starts within `recordGap` lines of the last kept line,
 * where every line with words up to its end was dropped only as a menu or
 * for lying outside the core, continues the article. The lines a named rule
 * took in it stay stripped.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts.
 * @param analysis
 *   Analysis of the document.
 * @param start
 *   First dropped line after the last kept line.
 * @param end
 *   Line after the stretch of dropped lines.
 * @returns
 *   Line after the directory, or `start` when there is none.
 */
function recordsEnd(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  analysis: Analysis,
  start: number,
  end: number
): number {
  let stop = start
  const values: Array<string> = []
  for (let index = start; index < end; index++) values.push(lines[index]?.value ?? '')

  for (const run of itemRuns(values)) {
    if (run.start > recordGap) continue
    const first = start + run.start
    const last = start + run.end
    let worded = 0
    let records = 1
    let dropped = true
    for (let index = start; index <= last; index++) {
      if ((analysis.features[index]?.words ?? 0) === 0) continue
      const named = lines[index]?.strippedBy !== undefined
      // Nothing a rule took before the first record; in the run, lines the
      // locator dropped as a menu or outside the core (or a rule took).
      if (named ? index < first : !isMenuDrop(verdicts[index])) dropped = false
      if (index < first) continue
      worded++
      if (index > first && lines[index]?.blankBefore) records++
    }

    if (dropped && worded >= records * recordLines) stop = Math.max(stop, last + 1)
  }

  return stop
}

/**
 * Where the tables that follow the last kept line end, when nothing kept
 * follows it.
 *
 * ###### Notes
 * A table printed a cell a line (`flatTables`) that starts within
 * `recordGap` lines of the last kept line under a row of labels (`Week`,
 * `Monday`…), or `recordGap` and `maxColumns`
 * of a table before it (what the next table's labels left), where
 * the lines with words between them were dropped only as a menu or for
 * lying outside the core (its caption: `Zero to 5K Plan`), continues the
 * article: a training plan week by week, a schedule, a table of results.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts.
 * @param analysis
 *   Analysis of the document.
 * @param start
 *   First dropped line after the last kept line.
 * @param end
 *   Line after the stretch of dropped lines.
 * @returns
 *   Line after the last table, or `start` when there is none.
 */
function tablesEnd(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  analysis: Analysis,
  start: number,
  end: number
): number {
  const tables = flatTables(lines, analysis, start, end).sort((a, b) => a.start - b.start)
  let stop = start
  for (const {start: first, end: last, labelled} of tables) {
    if (stop === start && !labelled) continue
    if (first < stop) continue
    // After a table, the labels of the next may be left between them.
    if (first - stop > (stop === start ? recordGap : recordGap + maxColumns)) break
    for (let index = stop; index < first; index++) {
      const named = lines[index]?.strippedBy !== undefined
      if ((analysis.features[index]?.words ?? 0) > 0 && (named || !isMenuDrop(verdicts[index]))) return stop
    }

    stop = last
  }

  return stop
}

/**
 * Whether the locator dropped a line only as a menu or for lying outside the
 * core: what a list, a directory or a table of the article is dropped as.
 *
 * @param verdict
 *   Verdict of the line.
 * @returns
 *   Whether it did.
 */
function isMenuDrop(verdict: LineVerdict | undefined): boolean {
  return verdict?.ruleId === 'chrome-menu' || verdict?.ruleId === 'chrome-outside-body'
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
    keepCells(lines, verdicts, analysis, start, end)
    return
  }

  // A table printed a cell a line (name, figure, label, in turn): its
  // columns give it a period no menu has. Its lines stay, and the rest of
  // the stretch is judged without them.
  const {cells, bodyCells} = keepTables(lines, verdicts, analysis, start, end)
  const rest = body.length - bodyCells
  if (rest === 0 || rest < (worded - cells) * bodyShare) return
  for (const index of body) keep(verdicts, index)
}

/**
 * Keep the tables printed a cell a line in a stretch of dropped lines.
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
 *   Lines with words in the tables, and those of them that read as body.
 */
function keepTables(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis,
  start: number,
  end: number
): {cells: number; bodyCells: number} {
  let cells = 0
  let bodyCells = 0
  for (const {start: first, end: last} of flatTables(lines, analysis, start, end)) {
    for (let index = first; index < last; index++) {
      if ((analysis.features[index]?.words ?? 0) > 0) cells++
      if (isInnerBody(lines, verdicts, analysis, index)) bodyCells++
    }

    keepCells(lines, verdicts, analysis, first, last)
  }

  return {cells, bodyCells}
}

/**
 * Keep the lines of a table that the cut dropped as a menu, outside the
 * core or outside prose: not those a rule or a chrome phrase took.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @param start
 *   First line of the table.
 * @param end
 *   Line after the table.
 * @returns
 *   Nothing.
 */
function keepCells(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  analysis: Analysis,
  start: number,
  end: number
): undefined {
  for (let index = start; index < end; index++) {
    if (lines[index]?.strippedBy === undefined && analysis.chrome[index] === undefined && tableDrops.has(verdicts[index]?.ruleId)) {
      keep(verdicts, index)
    }
  }
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

/**
 * A line cut short (`Reduce latency in autonomy st...`): a teaser of an item,
 * not a cell.
 */
const truncated = /(?:\.\.\.|…)\s*$/u

/**
 * A letter: a label has one (`Compare:`), a figure does not.
 */
const letter = /\p{L}/u

/**
 * Fewest and most cells of a row of a table printed a cell a line.
 */
const minColumns = 3
const maxColumns = 12

/**
 * Share of the lines of a run whose shape (`cellShape`) is that of the line
 * a row further down, for the run to be rows of one width.
 */
const periodShare = 0.75

/**
 * Share of the rows whose cell in a column has its most common shape, for
 * the column to be one; and share of the columns that must be.
 */
const columnPurity = 0.8
const pureColumns = 0.6

/**
 * Shape of a line as a cell of a table: no words, figures only (`$160`,
 * `60%`), words and figures (`USB-C 3.2`), or words by how many (1–3, 4–8,
 * more).
 *
 * @param features
 *   Features of the line.
 * @returns
 *   Shape.
 */
function cellShape(features: LineFeatures | undefined): number {
  const words = features?.words ?? 0
  if (words === 0) return 0
  if (features!.digits === words) return 1
  if (features!.digits > 0) return 2
  return words <= 3 ? 3 : words <= 8 ? 4 : 5
}

/**
 * The tables printed a cell a line in a stretch of lines: runs whose shapes
 * (`cellShape`) repeat with a period of 3 to 12 lines, whose columns mostly
 * keep one shape each, of two shapes or more, one of them figures; and the
 * row of labels above each.
 *
 * ###### Notes
 * A menu is words alike, line after line: its columns, if any, are all one
 * shape. A line that is a link, a tail heading, a chrome phrase, cut short
 * (a teaser), or that a rule took (but for a date) ends a run: so a grid of
 * products (name, price, `Add to cart`, `In stock`) or a news rail under its
 * heading is no table, nor is a run with a column of one label in every row
 * (`Compare:`). Linear in the lines of the stretch: each period is tried
 * over a sliding window of two rows of matches.
 *
 * @param lines
 *   Lines of the page.
 * @param analysis
 *   Analysis of the document.
 * @param start
 *   First line of the stretch.
 * @param end
 *   Line after the stretch.
 * @returns
 *   First line and line after each table.
 */
function flatTables(
  lines: ReadonlyArray<LocatorLine>,
  analysis: Analysis,
  start: number,
  end: number
): Array<FlatTable> {
  const size = end - start
  const tables: Array<FlatTable> = []
  if (size < 3 * minColumns) return tables
  // -1: a line no table holds.
  const shapes: Array<number> = []
  for (let index = start; index < end; index++) {
    const features = analysis.features[index]
    const rule = lines[index]?.strippedBy
    const barred =
      (features?.urls ?? 0) > 0 ||
      analysis.tail[index] !== undefined ||
      analysis.chrome[index] !== undefined ||
      truncated.test(lines[index]?.value ?? '') ||
      (rule !== undefined && !rule.startsWith('timestamp'))
    shapes.push(barred ? -1 : cellShape(features))
  }

  // Lower-case lines, made for the first run that is judged.
  let texts: Array<string> | undefined
  const taken = new Uint8Array(size)
  for (let width = minColumns; width <= maxColumns && 3 * width <= size; width++) {
    const span = 2 * width
    const same = (index: number): number => (shapes[index]! >= 0 && shapes[index] === shapes[index + width] ? 1 : 0)
    const agreement = (index: number): number => {
      let found = 0
      for (let cell = index; cell < index + width; cell++) found += same(cell)
      return found
    }
    let sum = 0
    let barred = 0
    let from = -1
    let to = -1
    const runs: Array<readonly [number, number]> = []
    for (let index = 0; index + width < size; index++) {
      sum += same(index)
      if (shapes[index + width]! < 0) barred++
      if (index >= span) {
        sum -= same(index - span)
        if (shapes[index - span + width]! < 0) barred--
      }

      if (index < span - 1 || sum < span * periodShare || barred > 0) continue
      // The window of two rows of matches holds three rows of lines.
      const first = index - span + 1
      if (first > to) {
        if (to > from) runs.push([from, to])
        from = first
      }

      to = index + width + 1
    }

    if (to > from) runs.push([from, to])

    for (let [first, last] of runs.flatMap((run) => splitAtLabels(shapes, run, width))) {
      // The window lets a cell or two differ: not at the ends of the run.
      while (first < last && same(first) === 0) first++
      // Nor in the row of labels above the first row: the first row starts
      // where a row of words ends, if its cells agree more with those below.
      for (let next = first + 1; next < first + width && last - next >= 3 * width; next++) {
        if (next >= width && labelsEnd(shapes, next, width) && agreement(next) > agreement(first)) {
          first = next
          break
        }
      }
      while (last > first + width && (shapes[last - 1]! < 0 || shapes[last - 1] !== shapes[last - 1 - width])) last--
      // Whole rows: not the labels of a table below.
      last = first + Math.floor((last - first) / width) * width
      if (taken.subarray(first, last).includes(1)) continue
      texts ??= lines.slice(start, end).map((line) => line.value.trim().toLowerCase())
      // The labels of the columns: a row of words just above.
      const labelled = first >= width && labelsEnd(shapes, first, width) && !taken.subarray(first - width, first).includes(1)
      if (!isTable(shapes, texts, first, last, width, labelled)) continue
      const top = labelled ? first - width : first
      taken.fill(1, top, last)
      tables.push({start: start + top, end: start + last, labelled})
    }
  }

  return tables
}

/**
 * A table printed a cell a line: its lines, and whether a row of labels is
 * the first of them.
 */
interface FlatTable {
  start: number
  end: number
  labelled: boolean
}

/**
 * Split a run of cells where a row of labels is inside it: two tables, one
 * under the other (a plan's weeks, table by table), each with its labels.
 *
 * ###### Notes
 * The window of the run lets a row or so differ, so the labels of the second
 * table do not always end the run. A table has a column of figures, so a
 * row's worth of lines of words (`labelsEnd`) inside its run is the labels
 * of another.
 *
 * @param shapes
 *   Shapes of the lines of the stretch.
 * @param run
 *   First line of the run, and the line after it.
 * @param width
 *   Period.
 * @returns
 *   Runs.
 */
function splitAtLabels(
  shapes: ReadonlyArray<number>,
  run: readonly [number, number],
  width: number
): Array<readonly [number, number]> {
  const [first, last] = run
  const pieces: Array<readonly [number, number]> = []
  let from = first
  for (let end = from + 2 * width; end + width <= last; end++) {
    // The last line of words: the end of the labels (and of a caption).
    if (labelsEnd(shapes, end, width) && shapes[end]! < 3) {
      pieces.push([from, end - width])
      from = end
      end += width
    }
  }

  pieces.push([from, last])
  return pieces
}

/**
 * Whether the lines before a place are a row of labels: words, one to eight
 * (`Week`, `Monday`…).
 *
 * @param shapes
 *   Shapes of the lines of the stretch.
 * @param end
 *   Line after the row.
 * @param width
 *   Period.
 * @returns
 *   Whether they are.
 */
function labelsEnd(shapes: ReadonlyArray<number>, end: number, width: number): boolean {
  for (let index = end - width; index < end; index++) if (shapes[index]! < 3) return false
  return true
}

/**
 * Whether a run of cells with a period is a table: six in ten of its columns
 * or more keep one shape in eight rows in ten, the shapes of those differ,
 * one of them is figures, and no column holds one label in every row (but
 * in a table under a row of labels whose rows are numbered: `Rest` every
 * Monday of a training plan, week by week).
 *
 * @param shapes
 *   Shapes of the lines of the stretch.
 * @param texts
 *   Its lines, trimmed, lower case.
 * @param first
 *   First line of the run.
 * @param last
 *   Line after the run.
 * @param width
 *   Period.
 * @param labelled
 *   Whether a row of labels is above the run.
 * @returns
 *   Whether it is.
 */
function isTable(
  shapes: ReadonlyArray<number>,
  texts: ReadonlyArray<string>,
  first: number,
  last: number,
  width: number,
  labelled: boolean
): boolean {
  const rows = Math.floor((last - first) / width)
  const tops = new Set<number>()
  let numbered: boolean | undefined
  let pure = 0
  let figures = false
  for (let column = 0; column < width; column++) {
    const tally = [0, 0, 0, 0, 0, 0]
    for (let row = 0; row < rows; row++) {
      const shape = shapes[first + row * width + column]!
      if (shape >= 0) tally[shape]!++
    }

    // A column of one label (`Compare:`, `Add to cart`): a grid of items,
    // unless the rows are numbered (a plan's `Rest` every Monday).
    const label = texts[first + column]!
    if (letter.test(label) && rowsAlike(texts, first + column, rows, width)) {
      numbered ??= labelled && hasCounter(texts, first, rows, width)
      if (!numbered) return false
    }
    const top = tally.indexOf(Math.max(...tally))
    if (tally[top]! < rows * columnPurity) continue
    pure++
    tops.add(top)
    if (top === 1 || top === 2) figures = true
  }

  return figures && tops.size > 1 && pure >= width * pureColumns
}

/**
 * Whether a column of a run counts its rows: `1`, `2`, `3`… (weeks, ranks).
 *
 * @param texts
 *   Lower-case lines of the stretch.
 * @param first
 *   First line of the run.
 * @param rows
 *   Rows.
 * @param width
 *   Period.
 * @returns
 *   Whether one does.
 */
function hasCounter(texts: ReadonlyArray<string>, first: number, rows: number, width: number): boolean {
  for (let column = 0; column < width; column++) {
    const start = Number.parseInt(texts[first + column]!, 10)
    let row = 0
    while (row < rows && texts[first + row * width + column] === String(start + row)) row++
    if (row === rows) return true
  }

  return false
}

/**
 * Whether every row of a column holds the same text.
 *
 * @param texts
 *   Lower-case lines of the stretch.
 * @param first
 *   First cell of the column.
 * @param rows
 *   Rows.
 * @param width
 *   Period.
 * @returns
 *   Whether it does.
 */
function rowsAlike(texts: ReadonlyArray<string>, first: number, rows: number, width: number): boolean {
  for (let row = 1; row < rows; row++) if (texts[first + row * width] !== texts[first]) return false
  return true
}

/**
 * Whether a line ends in a colon after a letter (white space aside): it
 * announces what follows (`Below is the list of players who have been
 * invited:`).
 *
 * ###### Notes
 * What `/\p{L}[:：]\s*$/u` tells, read from the end: the expression is tried
 * from every place of the line, and this is asked of every long kept line.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it does.
 */
export function endsInColon(value: string): boolean {
  let end = value.length
  while (end > 0 && isWhiteSpace(value.charCodeAt(end - 1))) end--
  const colon = value.charCodeAt(end - 1)
  if (end < 2 || (colon !== 58 /* `:` */ && colon !== 0xff_1a) /* `：` */) return false
  const code = value.charCodeAt(end - 2)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // A letter outside the BMP is a surrogate pair: read it whole.
  const high = end >= 3 ? value.charCodeAt(end - 3) : 0
  const pair = code >= 0xdc_00 && code <= 0xdf_ff && high >= 0xd8_00 && high <= 0xdb_ff
  return letter.test(pair ? value.slice(end - 3, end - 1) : value.charAt(end - 2))
}
