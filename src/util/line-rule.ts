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
export type LineTest = (line: Line, lines: ReadonlyArray<Line>) => Verdict | string | false | null | undefined

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
 *   Category, rule id, and for rules of your own, `source` (your package name).
 * @param test
 *   Decides on each line.
 * @returns
 *   Plugin.
 */
export function lineRule(meta: RuleMeta, test: LineTest): Plugin<[], Root> {
  const {category, ruleId} = (meta ?? {}) as Partial<RuleMeta>
  if (typeof category !== 'string' || typeof ruleId !== 'string') {
    throw new TypeError('Expected `meta` to be an object with a `category` and a `ruleId` (strings), not `' + typeOf(meta) + '`')
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
export function lineTransformer(meta: RuleMeta, test: LineTest): Transformer<Root> {
  return function (tree: Root, file: VFile) {
    const lines = linesOf(tree)
    const strip = stripper(tree, file, meta)

    for (const line of lines) {
      if (line.strippedBy !== undefined) continue
      const result = test(line, lines)
      if (result) strip.line(line.node, typeof result === 'string' ? {reason: result} : result)
    }

    strip.apply()
  }
}
