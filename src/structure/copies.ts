import type {PageKind} from '../types.js'
import {wordCount} from '../util/shape.js'
import {threadPageLines, threadRules} from './analyse.js'
import type {LocatorLine} from './features.js'
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

/**
 * Fewest lines of a run that a page prints twice for it to be a menu.
 */
const menuLines = 6

/**
 * Longest line of such a run, in characters (trimmed): menu items are short.
 */
const menuItemLength = 40

/**
 * Most words of a line of such a run.
 */
const menuItemWords = 5

/**
 * What a menu item has not: a colon (`Starter: $5,000 per month`, `- name:
 * Create a login user`), or an end of a sentence or a clause.
 */
const notItem = /:|[.!?,;…]$/u

/**
 * Drop the kept lines of a menu that a page that is not an article prints
 * twice: a run of six or more short lines that comes again, in the same
 * order, elsewhere in the page.
 *
 * ###### Notes
 * Shops, forums and service pages print their menu for wide screens and
 * again for narrow ones (`Coffee`, `Subscribe & Save`, `Light Roast`, …).
 * The gentler cut of such a page (`relaxLevels`) keeps short lines between
 * its header and footer, and so keeps both copies. An article's cut drops
 * them already, and documentation prints its table of contents twice (in a
 * side bar and above the text), which is its content: the caller asks only
 * for pages of the other kinds. Lines taken by other rules count for the
 * runs, so a copy with a line another rule took still matches. A run of a
 * page's content printed twice (a price table, a recipe's steps, code) has
 * colons, sentences or longer lines (`isMenuItem`). Session 40: pagetypes
 * 0.7761 → 0.7767, dev −0.00002 (0.7779 and −0.0001 with the kind model
 * refit after it).
 *
 * @param lines
 *   Every line of the page (`strippedBy`: another rule took it; `keptFor`:
 *   the rule of a category switched off would have).
 * @param verdicts
 *   Verdict of each line (changed in place).
 * @returns
 *   Nothing.
 */
export function dropMenuCopies(
  lines: ReadonlyArray<{readonly value: string; readonly strippedBy?: string | undefined; readonly keptFor?: string | undefined}>,
  verdicts: Array<LineVerdict>
): undefined {
  // Each non-blank line, trimmed; `''` for one that is not a menu item (it
  // breaks a run).
  const indices: Array<number> = []
  const values: Array<string> = []
  for (const [index, line] of lines.entries()) {
    const value = line.value.trim()
    if (value === '') continue
    indices.push(index)
    values.push(isMenuItem(value) ? value : '')
  }

  // The key of each run of `menuLines` items, by its first line, and how
  // often each key comes.
  const keys: Array<string | undefined> = []
  const counts = new Map<string, number>()
  let items = 0
  for (const [at, value] of values.entries()) {
    items = value === '' ? 0 : items + 1
    if (items < menuLines) continue
    const key = values.slice(at - menuLines + 1, at + 1).join('\n')
    keys[at - menuLines + 1] = key
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }

  for (const [start, key] of keys.entries()) {
    if (key === undefined || counts.get(key)! < 2) continue
    for (let at = start; at < start + menuLines; at++) {
      const index = indices[at]!
      const line = lines[index]!
      // Taken by another rule, or what a category switched off would have
      // taken: the caller’s.
      if (line.strippedBy !== undefined || line.keptFor !== undefined) continue
      dropKept(verdicts, index, line.value, {
        category: 'chrome',
        ruleId: 'chrome-menu',
        what: 'menu printed twice'
      })
    }
  }
}

/**
 * Whether a line may be an item of a menu: short, a few words, no colon, no
 * end of a sentence (a run of a page’s content printed twice, such as a
 * price table, a recipe’s steps or code, has them).
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Whether it may.
 */
function isMenuItem(value: string): boolean {
  return value.length <= menuItemLength && !notItem.test(value) && wordCount(value, menuItemWords + 1) <= menuItemWords
}

/**
 * Lines of a post above the first line the forum rule takes (the member's
 * name and title above `Joined:`).
 */
const postHead = 2

/**
 * Lines of the last post below the last line the forum rule takes (a short
 * reply under its header, `Thanks`).
 */
const postTail = 3

/**
 * The span of a forum thread's posts: from the first line the forum rule
 * took as a post's (a member line, a counter, a post number) to the last,
 * with the lines a post has around them.
 *
 * @param lines
 *   Lines of the page.
 * @param kind
 *   Kind of the page.
 * @returns
 *   Span, when the page is a thread with `threadPageLines` such lines.
 */
export function threadSpan(
  lines: ReadonlyArray<LocatorLine>,
  kind: PageKind | undefined
): {from: number; to: number} | undefined {
  if (kind !== 'forum') return undefined
  let first = -1
  let last = -1
  let count = 0
  for (const [index, line] of lines.entries()) {
    if (line.strippedBy === undefined || !threadRules.has(line.strippedBy)) continue
    if (first < 0) first = index
    last = index
    count++
  }

  if (count < threadPageLines) return undefined
  return {from: Math.max(0, first - postHead), to: Math.min(lines.length, last + 1 + postTail)}
}

/**
 * Drop the menu items a cut keeps around a forum's thread: outside the span
 * of its posts (`threadSpan()`), lines that read as a menu's (`isMenuItem`:
 * short, a few words, no colon, no end of a sentence), unless the posts print
 * them too (a member's name).
 *
 * ###### Notes
 * A thread's gentler cut keeps short lines, and so kept the site's menus
 * above the first post and below the last (`Mark forums read`, `Contact
 * us`). They are `chrome-menu`. Forum pages 0.798 → 0.806 (20 better, none
 * worse), no page of another kind moved (docs/measurements.md, session 44).
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param span
 *   Span of the posts.
 * @returns
 *   Nothing.
 */
export function dropAroundPosts(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  span: {from: number; to: number}
): undefined {
  const inside = new Set<string>()
  for (let index = span.from; index < span.to; index++) inside.add(lines[index]!.value.trim())

  for (const [index, line] of lines.entries()) {
    if (index >= span.from && index < span.to) continue
    const value = line.value.trim()
    // Taken by another rule, or what a category switched off would have
    // taken: the caller's.
    if (line.strippedBy !== undefined || line.keptFor !== undefined || value === '') continue
    if (!isMenuItem(value) || inside.has(value)) continue
    dropKept(verdicts, index, line.value, {category: 'chrome', ruleId: 'chrome-menu', what: 'menu item around the posts of a thread'})
  }
}
