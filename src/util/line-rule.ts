import type {Paragraph, Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {typeOf} from './check.js'
import {lines as linesOf, lineValue} from './lines.js'
import {stripper, type RuleMeta, type Verdict} from './strip.js'

/**
 * A line, as a line rule sees it.
 */
export interface Line {
  /** The line’s paragraph node. */
  node: Paragraph
  /** Its text, without the white space around it. */
  value: string
  /** Its index in `lines`. */
  index: number
  /** All lines of the document that are still there when the rule runs. */
  lines: ReadonlyArray<Paragraph>
}

/**
 * Decide on one line: the reason (or a whole verdict) when it is debris,
 * nothing when it is kept.
 */
export type LineTest<Id extends string = string> = (
  line: Line
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
    let index = -1

    while (++index < lines.length) {
      const node = lines[index]!
      const value = lineValue(node)
      // Too long for this kind of debris: prose, never scanned.
      if (value.length > maxLength) continue
      const result = test({node, value, index, lines})
      if (result) strip.line(node, typeof result === 'string' ? {reason: result} : result)
    }

    strip.apply()
  }
}
