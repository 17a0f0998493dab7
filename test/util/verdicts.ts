import type {LineVerdict} from '../../src/structure/verdict.js'

/**
 * Lines and verdicts of a page as the locator leaves them, from
 * `[text, kept, strippedBy]` rows (a line another rule took is dropped).
 *
 * @param rows
 *   Rows.
 * @returns
 *   Lines and verdicts.
 */
export function page(rows: Array<[string, boolean, string?]>) {
  const lines = rows.map(([value, , strippedBy]) => ({value, strippedBy}))
  const verdicts = rows.map(([, keep, strippedBy]): LineVerdict => {
    if (keep && !strippedBy) return {keep: true, score: 0.6}
    return {keep: false, score: 0.2, category: 'chrome', ruleId: 'chrome-menu'}
  })
  return {lines, verdicts}
}
