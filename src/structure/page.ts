import {wordCount} from '../util/shape.js'
import {template} from '../profile.js'
import type {LineVerdict} from './verdict.js'

/**
 * A line that reads as prose: enough words, and a sentence end.
 */
const prose = /^(?:\S+\s+){7,}\S*[.!?]["'”’)\]]?$/u

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
