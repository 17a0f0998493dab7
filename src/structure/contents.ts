import {contentsHeadings, tableHeadings} from '../data/navigation.js'
import {allOf} from '../util/lexicon.js'
import {phraseKey} from '../util/line-text.js'
import {wordCount} from '../util/shape.js'
import {dropKept, type LineVerdict} from './verdict.js'

/**
 * Headings of a table of contents, as `phraseKey`s.
 */
const headings = new Set(allOf(contentsHeadings).map((value) => phraseKey(value)))

/**
 * Headings that only a table of contents has, as `phraseKey`s.
 */
const tableOnly = new Set(allOf(tableHeadings).map((value) => phraseKey(value)))

/**
 * Longest heading looked up, in characters.
 */
const maxHeading = Math.max(...[...headings].map((value) => value.length))

/**
 * Most words of an entry of a table of contents (a heading of the page).
 */
const maxEntryWords = 20

/**
 * Fewest entries under a heading for it to be a table of contents, and
 * most read under one (so a page of many such headings stays linear).
 */
const minEntries = 2
const maxEntries = 200

/**
 * Numbering before an entry, as `phraseKey` leaves it (`1. Why` → `# why`).
 */
const numbering = /^(?:# )+/u

/**
 * Drop a table of contents the cut kept: a heading such as `Table of
 * Contents` or `In this article`, and the lines under it that the page
 * prints again further down (the headings of its sections).
 *
 * ###### Notes
 * The entries read as the article’s own headings, so the cut keeps them,
 * and they come out twice (and `deboilerDuplicate`, which keeps the first
 * copy of a long line, took the heading in the body). An entry is a line of
 * 20 words or fewer whose key (`phraseKey`, numbering left out) is that of a
 * line after the last entry; the entries end at the first line that is not
 * one, and two at least make a table. Lines other rules took are looked
 * past. Only kept lines are dropped, and never one a category switched off
 * would have stripped (`keptFor`). A heading that only a table has
 * (`Table of Contents`, not `Contents`) goes alone when no entry follows it:
 * a table the page folds away (dev, html-to-text, Markdown and cheerio-text
 * +0.00001 each, 12 dev pages up by less than 0.001, one down as little,
 * where the gold keeps such a heading).
 *
 * Made on the balanced cut, before the other modes are nested in it
 * (`locate`), as `dropCopies`. On the dev set +0.0001 (8 pages better, by
 * up to +0.02; 1 worse by less than 0.001), html-to-text +0.0001 (3 up),
 * cheerio-text 1 page up, pagetypes 1 page down by 0.006, fundus and
 * Markdown unchanged.
 *
 * @param lines
 *   Every line of the page (`strippedBy`: another rule took it; `keptFor`:
 *   a category switched off would have).
 * @param verdicts
 *   Verdict of each line (changed in place).
 * @returns
 *   Nothing.
 */
export function dropContents(
  lines: ReadonlyArray<{readonly value: string; readonly strippedBy?: string | undefined; readonly keptFor?: string | undefined}>,
  verdicts: Array<LineVerdict>
): undefined {
  let keys: Array<string | undefined> | undefined
  let last: Map<string, number> | undefined

  for (const [index, line] of lines.entries()) {
    if (!verdicts[index]!.keep || line.strippedBy !== undefined || line.value.length > maxHeading + 8) continue
    const heading = phraseKey(line.value)
    if (!headings.has(heading)) continue
    // Keys of the short lines, and where each is printed last: once a page.
    if (!keys || !last) {
      keys = lines.map((other) =>
        other.strippedBy === undefined && wordCount(other.value, maxEntryWords + 1) <= maxEntryWords
          ? phraseKey(other.value).replace(numbering, '')
          : undefined
      )
      last = new Map()
      for (const [at, key] of keys.entries()) if (key) last.set(key, at)
    }

    const entries: Array<number> = []
    let end = index + 1
    for (; end < lines.length && entries.length < maxEntries; end++) {
      if (lines[end]!.strippedBy !== undefined) continue
      const key = keys[end]
      if (!key || (last.get(key) ?? -1) <= end) break
      entries.push(end)
    }

    // An entry is printed again after the table, not only inside it.
    const after = entries.findIndex((at) => last!.get(keys![at]!)! < end)
    if (after >= 0) entries.length = after
    // A heading only a table has, with no entry under it: the box of a table
    // the page folds away.
    const folded = entries.length === 0 && tableOnly.has(heading)
    if (!folded && entries.length < minEntries) continue
    for (const at of [index, ...entries]) {
      // What a category switched off would have stripped is the caller’s.
      if (lines[at]!.keptFor !== undefined) continue
      dropKept(verdicts, at, lines[at]!.value, {category: 'navigation', ruleId: 'navigation-contents', what: 'table of contents'})
    }
  }
}
