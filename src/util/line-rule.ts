import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {typeOf} from './check.js'
import {linesOf, type Line} from './lines.js'
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

    for (const line of lines) {
      if (line.strippedBy !== undefined) continue
      const value = line.value
      // Too long for this kind of debris: prose, never scanned.
      if (value.length > maxLength) continue
      const result = test(line, lines)
      if (result) strip.line(line.node, typeof result === 'string' ? {reason: result} : result)
    }

    strip.apply()
  }
}
