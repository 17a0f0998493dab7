import type {Paragraph} from 'nlcst'
import type {PageLine} from '../util/lines.js'
import {wordCount, type SpacedLine} from '../util/shape.js'
import {template} from '../profile.js'
import type {LineVerdict} from './verdict.js'

/**
 * A line that reads as prose: enough words, and a sentence end.
 */
const prose = /^(?:\S+\s+){7,}\S*[.!?]["'”’)\]]?$/u

/**
 * Where each line left in the tree is on the page, and which page lines are
 * still in the tree.
 *
 * ###### Notes
 * Rules only remove lines, so the lines left are the page’s in order: one
 * walk pairs them up. Should a plugin have added or moved lines, they are
 * paired by node instead.
 *
 * @param page
 *   Lines of the page as parsed.
 * @param lines
 *   Lines left in the tree.
 * @returns
 *   Page index of each line left (`-1`: not on the page), and whether each
 *   page line is left.
 */
export function placesOnPage(
  page: ReadonlyArray<PageLine>,
  lines: ReadonlyArray<SpacedLine>
): {at: Array<number>; left: Array<boolean>} {
  const at: Array<number> = []
  const left: Array<boolean> = []
  for (const [index, line] of page.entries()) {
    const here = at.length < lines.length && lines[at.length]!.node === line.node
    if (here) at.push(index)
    left.push(here)
  }

  if (at.length === lines.length) return {at, left}
  const byNode = new Map<Paragraph, number>()
  for (const [index, line] of page.entries()) byNode.set(line.node, index)
  const found = new Set(lines.map((line) => line.node))
  return {
    at: lines.map((line) => byNode.get(line.node) ?? -1),
    left: page.map((line) => found.has(line.node))
  }
}

/**
 * Never leave a page with prose empty: when the named rules and the
 * locator together would drop every line, keep the lines that read as
 * prose, or else the line most likely to be article text.
 *
 * @param lines
 *   Lines left by the named rules.
 * @param verdicts
 *   Verdict of each (changed in place).
 */
export function keepSomething(
  lines: ReadonlyArray<{value: string}>,
  verdicts: Array<LineVerdict | undefined>
): undefined {
  let best = -1
  for (const [index, verdict] of verdicts.entries()) {
    if (!verdict || verdict.keep) return
    if (best < 0 || verdict.score > verdicts[best]!.score) best = index
  }

  let any = false
  for (const [index, line] of lines.entries()) {
    if (prose.test(line.value)) {
      verdicts[index] = {keep: true, score: verdicts[index]?.score ?? 0}
      any = true
    }
  }

  if (!any && best >= 0) verdicts[best] = {keep: true, score: verdicts[best]!.score}
}

/**
 * A line of `spacedLines` as a page line (for a tree from another parser).
 *
 * @param line
 *   Line.
 * @returns
 *   Page line.
 */
export function fromSpaced(line: SpacedLine): PageLine {
  return {node: line.node, value: line.value, blankBefore: line.blank}
}

/**
 * Lines above the article looked at for lines of the page’s own.
 */
const ownLinesUp = 8

/**
 * Lines that are no headline: too short to be one (`Nicholas Tuths`), or a
 * byline (`Posted by …`, `By …`, `Jane Roe, @janeroe`) or a link.
 */
const notOwn = /@|:\/\/|^(?:by|posted)\b/i

/**
 * Keep the lines just above the article that its site does not repeat: its
 * headline and standfirst.
 *
 * ###### Notes
 * The locator cannot always tell a headline from the menu items around it:
 * both are short lines without a full stop. A site profile can: menus repeat
 * on the site’s pages, a headline is the page’s own. Walking up from the
 * first kept line over the lines left by the named rules, every line the
 * locator dropped that is not a template of the site is kept (bylines, links
 * and lines under 3 words apart), until a template of the site or
 * `ownLinesUp` lines.
 *
 * @param lines
 *   Lines left by the named rules.
 * @param verdicts
 *   Verdict of each (changed in place).
 * @param templates
 *   Templates the site repeats (from its profile).
 */
export function keepOwnLines(
  lines: ReadonlyArray<{value: string}>,
  verdicts: Array<LineVerdict | undefined>,
  templates: ReadonlySet<string>
): undefined {
  const first = verdicts.findIndex((verdict) => verdict?.keep)
  let seen = 0

  for (let index = first - 1; index >= 0 && seen < ownLinesUp; index--) {
    const value = lines[index]!.value
    seen++
    if (templates.has(template(value))) return
    const verdict = verdicts[index]
    if (!verdict || wordCount(value, 3) < 3 || notOwn.test(value)) continue
    verdicts[index] = {keep: true, score: verdict.score}
  }
}
