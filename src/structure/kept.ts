import type {Analysis} from './analyse.js'
import type {LocatorLine} from './features.js'
import {excerpt, type LineVerdict} from './verdict.js'

/**
 * The lines the locator keeps, and the changes `edges.ts` makes to their
 * verdicts.
 */

/**
 * Whether a line is kept by the locator (and not taken by another rule).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts.
 * @param index
 *   Line.
 * @returns
 *   Whether it is.
 */
export function isKept(lines: ReadonlyArray<LocatorLine>, verdicts: ReadonlyArray<LineVerdict>, index: number): boolean {
  return verdicts[index]?.keep === true && lines[index]?.strippedBy === undefined
}

/**
 * Words of the lines kept (and not taken by another rule).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts.
 * @param analysis
 *   Analysis of the document.
 * @returns
 *   Words.
 */
export function keptWords(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  analysis: Analysis
): number {
  let total = 0
  for (let index = 0; index < verdicts.length; index++) total += wordsIfKept(lines, verdicts, analysis, index)
  return total
}

/**
 * Words of a line if it is kept (and not taken by another rule), else 0.
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
 *   Words.
 */
export function wordsIfKept(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  analysis: Analysis,
  index: number
): number {
  return isKept(lines, verdicts, index) ? (analysis.features[index]?.words ?? 0) : 0
}

/**
 * Drop a kept line as one after the end of the article.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param index
 *   Line.
 */
export function dropAsTail(lines: ReadonlyArray<LocatorLine>, verdicts: Array<LineVerdict>, index: number): undefined {
  dropAs(lines, verdicts, index, 'chrome-tail', 'line after the end of the article')
}

/**
 * Drop a line as page chrome.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param index
 *   Line.
 * @param ruleId
 *   Rule id.
 * @param what
 *   What the line is, for the reason.
 */
export function dropAs(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  index: number,
  ruleId: string,
  what: string
): undefined {
  verdicts[index] = {
    keep: false,
    category: 'chrome',
    ruleId,
    score: verdicts[index]?.score ?? 0,
    reason: 'Unexpected ' + what + ' `' + excerpt(lines[index]?.value.trim() ?? '') + '`'
  }
}

/**
 * Keep a line.
 *
 * @param verdicts
 *   Verdicts (changed in place).
 * @param index
 *   Line.
 * @returns
 *   Nothing.
 */
export function keep(verdicts: Array<LineVerdict>, index: number): undefined {
  const verdict = verdicts[index]
  if (verdict && !verdict.keep) verdicts[index] = {keep: true, score: verdict.score}
}
