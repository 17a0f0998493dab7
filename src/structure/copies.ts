import {wordCount} from '../util/shape.js'
import {dropKept, type LineVerdict} from './verdict.js'

/**
 * Fewest words of a line whose copy is judged: shorter lines repeat for good
 * reasons (`Advertisement`, `Step 2`), as `deboilerDuplicate` says.
 */
const minWords = 6

/**
 * Drop a kept line that stands alone between dropped lines when the cut
 * dropped another copy of it.
 *
 * ###### Notes
 * Pages print some blocks twice (a menu for phones and one for desktops,
 * with a blurb under each section; a rail at the top and at the foot): the
 * cut drops one copy for lying outside the article body, and may keep a
 * line of the other, between lines it drops. `deboilerDuplicate` runs after
 * the locator and sees only the copy the cut kept, so it keeps it: the
 * locator drops it here.
 * Only a line both of whose neighbours are dropped (the nearest lines no
 * other rule took, so an advert label above and below a paragraph does not
 * count): a copy inside kept text (a listing the scraper saved twice, a
 * paragraph printed again under a paywall) stays. Lines are compared in lower
 * case, trimmed.
 *
 * Made on the balanced cut, before the other modes are nested in it
 * (`locate`), so they stay nested. On the five article sets 28 pages
 * better and 11 worse, by 0.002 at most (fundus +0.002: a menu printed twice
 * on a French news site +0.16); on pagetypes 8 better, 6 worse (+0.001).
 *
 * @param lines
 *   Every line of the page (`strippedBy`: another rule took it).
 * @param verdicts
 *   Verdict of each line (changed in place).
 * @returns
 *   Nothing.
 */
export function dropCopies(
  lines: ReadonlyArray<{readonly value: string; readonly strippedBy?: string | undefined}>,
  verdicts: Array<LineVerdict>
): undefined {
  /**
   * Whether the nearest line in a direction that no other rule took is kept
   * (`false` when there is none).
   */
  function keptNext(index: number, step: 1 | -1): boolean {
    let at = index + step
    while (at >= 0 && at < lines.length && lines[at]!.strippedBy !== undefined) at += step
    return at >= 0 && at < lines.length && verdicts[at]!.keep
  }

  // Kept lines alone between dropped ones: few, and keyed first, so the
  // dropped lines of most pages are not read again.
  const alone = new Map<string, Array<number>>()
  const lengths = new Set<number>()
  for (const [index, line] of lines.entries()) {
    if (!verdicts[index]!.keep || line.strippedBy !== undefined || keptNext(index, -1) || keptNext(index, 1)) continue
    if (wordCount(line.value, minWords) < minWords) continue
    const key = line.value.trim().toLowerCase()
    const found = alone.get(key)
    if (found) found.push(index)
    else alone.set(key, [index])
    lengths.add(key.length)
  }

  if (alone.size === 0) return
  const drop: Array<number> = []
  for (const [index, line] of lines.entries()) {
    if (verdicts[index]!.keep || line.strippedBy !== undefined) continue
    const value = line.value.trim()
    if (!lengths.has(value.length)) continue
    const found = alone.get(value.toLowerCase())
    if (found) drop.push(...found)
  }

  for (const index of drop) {
    dropKept(verdicts, index, lines[index]!.value, {
      category: 'chrome',
      ruleId: 'chrome-outside-body',
      what: 'copy of a line outside the article body'
    })
  }
}
