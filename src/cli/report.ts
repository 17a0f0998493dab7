import {readFileSync, writeFileSync} from 'node:fs'
import {clean} from '../clean.js'
import type {CleanOptions} from '../types.js'
import {renderBatchHtml, renderHtml, type ReportDocument} from '../report/render.js'

/**
 * Write the HTML report of one or more cleaned inputs to a file: one
 * document gets a single-document page, several get the batch page (a table
 * of documents, then a section each).
 *
 * ###### Notes
 * Needs only the render code, not the rules: the CLI, which already reads and
 * cleans its inputs, calls this with its results.
 *
 * @param output
 *   Path of the page to write (replaced if it exists).
 * @param documents
 *   Inputs with their names and results.
 * @returns
 *   The HTML written.
 */
export function writeHtmlReport(output: string, documents: ReadonlyArray<ReportDocument>): string {
  const html = htmlReport(documents)
  writeFileSync(output, html)
  return html
}

/**
 * Read files as UTF-8, clean them, and write their HTML report to `output`.
 *
 * @param files
 *   Paths of the inputs.
 * @param output
 *   Path of the page to write.
 * @param options
 *   Options for `clean()` (optional).
 * @returns
 *   The documents reported on.
 */
export function explainFiles(
  files: ReadonlyArray<string>,
  output: string,
  options?: Readonly<CleanOptions> | null
): Array<ReportDocument> {
  const documents = files.map(function (name) {
    const input = readFileSync(name, 'utf8')
    return {name, input, result: clean(input, options)}
  })
  writeHtmlReport(output, documents)
  return documents
}

/**
 * The page for some documents: one document's own page, or the batch page.
 *
 * @param documents
 *   Inputs with their names and results.
 * @returns
 *   HTML page.
 */
export function htmlReport(documents: ReadonlyArray<ReportDocument>): string {
  const [first] = documents
  if (documents.length === 1 && first) return renderHtml(first.result, first.input, {title: first.name})
  return renderBatchHtml(documents)
}
