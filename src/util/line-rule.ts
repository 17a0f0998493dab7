import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {moreSentences} from '../structure/chars.js'
import {typeOf} from './check.js'
import {linesOf, type Line} from './lines.js'
import {unexpected} from './quote.js'
import {stripper, type RuleMeta, type Verdict} from './strip.js'

export type {Line} from './lines.js'

/**
 * Decide on one line: the reason (or a whole verdict) when it is debris,
 * nothing when it is kept. `lines` are every line of the page, those other
 * rules stripped too (`strippedBy`), so `lines[line.index - 1]` is the line
 * above.
 */
export type LineTest<Id extends string = string> = (
  line: Line,
  lines: ReadonlyArray<Line>
) => (Verdict & {ruleId?: Id | undefined}) | string | false | null | undefined

/**
 * Who reports the strips of a line rule, and which lines it judges.
 */
export interface LineRuleMeta extends RuleMeta {
  /**
   * Longest line the test sees: longer lines are kept without a test, so a
   * rule for short debris never scans a long paragraph.
   *
   * @default Infinity
   */
  maxLength?: number | undefined
  /**
   * What the debris comes in: a box whose lines between two the test strips
   * are the box’s too (a paywall’s list of perks between `SUBSCRIBE TO
   * UNLOCK` and `Sign In or Create an Account`). Up to `lines` lines of up
   * to `maxLength` characters and one sentence each (two or more are a
   * paragraph) that no rule has taken go with the box; without this, only
   * lines the test strips go.
   */
  box?: BoxMeta | undefined
}

/**
 * The box of a line rule’s debris (`LineRuleMeta.box`).
 */
export interface BoxMeta {
  /** What to call a line of the box in a reason (`sign-up box`). */
  name: string
  /** Rule id of those lines. */
  ruleId: string
  /** Most lines between two stripped ones. */
  lines: number
  /** Longest line taken with the box. */
  maxLength: number
}

/**
 * Make a retext plugin that strips whole lines.
 *
 * ###### Notes
 * This is the extension point for rules of your own, as `lintRule` is for
 * remark-lint: the factory owns the traversal, the removal and the
 * reporting, so every strip gets the same message fields as the built-in
 * rules. Use it after `deboilerLines`, which makes every source line its own
 * paragraph.
 *
 * @param meta
 *   Category, rule id, maybe the longest line judged, and for rules of your
 *   own, `source` (your package name).
 * @param test
 *   Decides on each line.
 * @returns
 *   Plugin.
 */
export function lineRule(meta: LineRuleMeta, test: LineTest): Plugin<[], Root> {
  const {category, ruleId, maxLength} = (meta ?? {}) as Partial<LineRuleMeta>
  if (typeof category !== 'string' || typeof ruleId !== 'string') {
    throw new TypeError('Expected `meta` to be an object with a `category` and a `ruleId` (strings), not `' + typeOf(meta) + '`')
  }

  if (maxLength !== undefined && typeof maxLength !== 'number') {
    throw new TypeError('Expected `meta.maxLength` to be a number, not `' + typeOf(maxLength) + '`')
  }

  const box = (meta as Partial<LineRuleMeta>).box
  if (
    box !== undefined &&
    (typeof box !== 'object' ||
      box === null ||
      typeof box.name !== 'string' ||
      typeof box.ruleId !== 'string' ||
      !Number.isInteger(box.lines) ||
      box.lines < 1 ||
      typeof box.maxLength !== 'number')
  ) {
    throw new TypeError(
      'Expected `meta.box` to be an object with a `name` and a `ruleId` (strings), `lines` (a positive integer) and `maxLength` (a number), not `' +
        typeOf(box) +
        '`'
    )
  }

  if (typeof test !== 'function') {
    throw new TypeError('Expected `test` to be a function, not `' + typeOf(test) + '`')
  }

  return function () {
    return lineTransformer(meta, test)
  }
}

/**
 * The transformer of a line rule, for plugins that resolve options first.
 *
 * @param meta
 *   Rule.
 * @param test
 *   Decides on each line.
 * @returns
 *   Transformer.
 */
export function lineTransformer(meta: LineRuleMeta, test: LineTest): Transformer<Root> {
  const maxLength = meta.maxLength ?? Number.POSITIVE_INFINITY

  return function (tree: Root, file: VFile) {
    const lines = linesOf(tree)
    const strip = stripper(tree, file, meta)
    const taken = new Map<number, Verdict>()

    for (const line of lines) {
      if (line.strippedBy !== undefined) continue
      const value = line.value
      // Too long for this kind of debris: prose, never scanned.
      if (value.length > maxLength) continue
      const result = test(line, lines)
      if (result) taken.set(line.index, typeof result === 'string' ? {reason: result} : result)
    }

    // Reported in the order of the lines, those of boxes among them.
    const all = meta.box ? withBoxes(lines, taken, meta.box) : taken
    for (const [index, verdict] of all) strip.line(lines[index]!.node, verdict)

    strip.apply()
  }
}

/**
 * Add the lines of boxes to what a rule took: the few short lines between
 * two lines it took that no rule has taken.
 *
 * @param lines
 *   Lines of the page.
 * @param taken
 *   Verdicts of the lines the rule took, by index, in order.
 * @param box
 *   What a box is.
 * @returns
 *   Verdicts of those lines and of the lines of boxes, by index, in order.
 */
function withBoxes(lines: ReadonlyArray<Line>, taken: ReadonlyMap<number, Verdict>, box: BoxMeta): Map<number, Verdict> {
  const result = new Map<number, Verdict>()
  let previous = -1

  for (const [index, verdict] of taken) {
    const inside = previous < 0 ? [] : lines.slice(previous + 1, index)
    if (
      inside.length <= box.lines &&
      inside.every(
        (line) => line.strippedBy === undefined && line.value.length <= box.maxLength && !moreSentences.test(line.value)
      )
    ) {
      for (const line of inside) {
        result.set(line.index, {ruleId: box.ruleId, reason: unexpected(box.name, line.value), note: 'Between two lines of the box'})
      }
    }

    result.set(index, verdict)
    previous = index
  }

  return result
}
