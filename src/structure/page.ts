import type {Paragraph} from 'nlcst'
import type {PageLine} from '../util/lines.js'
import type {SpacedLine} from '../util/shape.js'
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
