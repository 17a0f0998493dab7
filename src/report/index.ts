import type {CleanResult} from '../types.js'
import {typeOf} from '../util/check.js'
import {renderBatchHtml, renderHtml, type ReportDocument} from './render.js'

export {escapeHtml, measure, renderBatchHtml, renderDocument, renderHtml, renderLegend, renderText} from './render.js'
export {contrast, palette} from './palette.js'
export {styles} from './style.js'
export type {FragmentOptions, Measure, RenderOptions, ReportDocument} from './render.js'
export type {Swatch} from './palette.js'

/**
 * Explain a result as a self-contained HTML page: the whole input with every
 * stripped span highlighted by category, the rule and reason on hover and
 * focus, and a legend with counts.
 *
 * ###### Notes
 * Pure (no I/O, no Node APIs): the same code renders the CLI’s report and
 * the browser playground. The page runs no script and loads nothing.
 *
 * @param result
 *   What `clean(input)` returned.
 * @param input
 *   Text that was cleaned.
 * @returns
 *   HTML page.
 */
export function explainHtml(result: CleanResult, input: string): string {
  if (typeof result !== 'object' || result === null || !Array.isArray(result.stripped)) {
    throw new TypeError('Expected `result` to be what `clean()` returns (`{text, stripped}`), not `' + typeOf(result) + '`')
  }

  if (typeof input !== 'string') throw new TypeError('Expected `input` to be a string, not `' + typeOf(input) + '`')

  return renderHtml(result, input)
}

/**
 * Explain several results on one self-contained HTML page: a table of the
 * documents with their share of stripped text, then one section each.
 *
 * @param documents
 *   Inputs with their names and results.
 * @returns
 *   HTML page.
 */
export function explainBatchHtml(documents: ReadonlyArray<ReportDocument>): string {
  return renderBatchHtml(documents)
}
