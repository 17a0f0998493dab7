import {categories, type CleanResult, type Stripped} from '../types.js'
import {palette, type Swatch} from './palette.js'
import {styles} from './style.js'

/**
 * Configuration for `renderHtml()`.
 */
export interface RenderOptions {
  /**
   * Title of the page (example: the file name).
   *
   * @default 'deboiler report'
   */
  title?: string | null | undefined
}

/**
 * Configuration for `renderDocument()`.
 */
export interface FragmentOptions {
  /**
   * Prefix of every element id, so several documents fit on one page.
   *
   * @default 'deboiler-'
   */
  idPrefix?: string | null | undefined
}

/**
 * One input of a batch report.
 */
export interface ReportDocument {
  /** Name shown for it (example: a file name). */
  name: string
  /** Text that was cleaned. */
  input: string
  /** What `clean(input)` returned. */
  result: CleanResult
}

/**
 * How much of an input was stripped.
 */
export interface Measure {
  /** Characters (UTF-16 code units) in the input. */
  characters: number
  /** Characters inside stripped spans. */
  stripped: number
  /** Number of stripped spans. */
  spans: number
  /** `stripped / characters` (0 for an empty input). */
  share: number
}

/**
 * Render a self-contained HTML page showing the whole input, every stripped
 * span highlighted by category, with a legend.
 *
 * ###### Notes
 * The page loads nothing (no scripts, styles inline) and its
 * `Content-Security-Policy` forbids scripts, so an input holding `<script>`
 * is only ever shown. Every character of the input is escaped; NUL, which
 * HTML cannot hold, is shown as U+FFFD.
 *
 * @param result
 *   What `clean(input)` returned.
 * @param input
 *   Text that was cleaned.
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML page.
 */
export function renderHtml(result: CleanResult, input: string, options?: Readonly<RenderOptions> | null): string {
  const title = options?.title ?? 'deboiler report'
  return page(title, '<h1>' + escapeHtml(title) + '</h1>\n' + renderDocument(result, input))
}

/**
 * Render one self-contained HTML page for several inputs: a table of the
 * documents with their share of stripped text, each linking to its section.
 *
 * @param documents
 *   Inputs with their results.
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML page.
 */
export function renderBatchHtml(
  documents: ReadonlyArray<ReportDocument>,
  options?: Readonly<RenderOptions> | null
): string {
  const title = options?.title ?? 'deboiler report'
  const rows: Array<string> = []
  const sections: Array<string> = []

  for (const [index, entry] of documents.entries()) {
    const id = 'doc-' + (index + 1)
    const name = escapeHtml(entry.name)
    const counts = measure(entry.result, entry.input)
    const cells = [counts.characters, counts.spans, counts.stripped, percent(counts.share)]
    rows.push(
      `<tr><th scope="row"><a href="#${id}">${name}</a></th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`
    )
    sections.push(
      `<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${name}</h2>\n` +
        renderDocument(entry.result, entry.input, {idPrefix: id + '-'}) +
        '\n<p><a href="#documents">Back to the table</a></p>\n</section>'
    )
  }

  const table = [
    `<table class="deboiler-batch" id="documents">\n<caption>${documents.length} documents</caption>`,
    '<thead><tr><th scope="col">Document</th><th scope="col">Characters</th><th scope="col">Stripped spans</th>' +
      '<th scope="col">Stripped characters</th><th scope="col">Share stripped</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>\n</table>'
  ].join('\n')
  return page(title, `<h1>${escapeHtml(title)}</h1>\n${table}\n${sections.join('\n')}`)
}

/**
 * Render the report of one input as an HTML fragment: summary, legend,
 * highlighted input and the list of stripped spans (needs `styles`).
 *
 * @param result
 *   What `clean(input)` returned.
 * @param input
 *   Text that was cleaned.
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML.
 */
export function renderDocument(result: CleanResult, input: string, options?: Readonly<FragmentOptions> | null): string {
  const prefix = escapeHtml(options?.idPrefix ?? 'deboiler-')
  const counts = measure(result, input)
  const items = spansOf(result, input).map(function ({item}, index) {
    return (
      `<li id="${prefix}s${index}">${key(item.category)} <code>${escapeHtml(item.ruleId)}</code>: ` +
      `${escapeHtml(item.reason)} (<a href="#${prefix}m${index}">line ${item.place.start.line}</a>)</li>`
    )
  })

  return [
    `<p class="deboiler-summary">${plural(counts.spans, 'stripped span')}, ${counts.stripped} of ` +
      `${counts.characters} characters (${percent(counts.share)}). Kept text is plain; hover or focus (Tab) a ` +
      'highlight for its rule and reason.</p>',
    renderLegend(result),
    renderText(result, input, options),
    '<details class="deboiler-items"><summary>All stripped spans</summary>\n<ol>',
    ...items,
    '</ol>\n</details>'
  ].join('\n')
}

/**
 * Render the legend: each category that has stripped spans, with counts.
 *
 * @param result
 *   What `clean()` returned.
 * @returns
 *   HTML list.
 */
export function renderLegend(result: CleanResult): string {
  const counts = new Map<string, {spans: number; characters: number}>()
  // Known categories in table order, then any of a plugin of one’s own.
  for (const category of categories) counts.set(category, {spans: 0, characters: 0})

  for (const item of result.stripped) {
    const count = counts.get(item.category) ?? {spans: 0, characters: 0}
    count.spans++
    count.characters += item.place.end.offset - item.place.start.offset
    counts.set(item.category, count)
  }

  const entries = [...counts].flatMap(function ([category, count]) {
    if (count.spans === 0) return []
    const spans = plural(count.spans, 'span').replace(/^\d+/, '<span class="deboiler-count">$&</span>')
    return [
      `<li data-category="${escapeHtml(category)}">${key(category)} ${spans}, ${count.characters} characters</li>`
    ]
  })

  if (entries.length === 0) return '<p class="deboiler-legend-empty">Nothing was stripped.</p>'
  return '<ul class="deboiler-legend" aria-label="Categories stripped">\n' + entries.join('\n') + '\n</ul>'
}

/**
 * Render the whole input with each stripped span in a `<mark>`; the text
 * content of the result is exactly `input`.
 *
 * @param result
 *   What `clean(input)` returned.
 * @param input
 *   Text that was cleaned.
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML `<div>`.
 */
export function renderText(result: CleanResult, input: string, options?: Readonly<FragmentOptions> | null): string {
  const prefix = escapeHtml(options?.idPrefix ?? 'deboiler-')
  let html = ''
  let cursor = 0

  for (const [index, {item, start, end}] of spansOf(result, input).entries()) {
    const tip = escapeHtml(item.category + ' (' + item.ruleId + '): ' + item.reason)
    html +=
      escapeHtml(input.slice(cursor, start)) +
      `<mark class="deboiler-span deboiler-g-${swatchOf(item.category).group}" id="${prefix}m${index}" tabindex="0" ` +
      `data-category="${escapeHtml(item.category)}" data-rule="${escapeHtml(item.ruleId)}" data-tip="${tip}" ` +
      `title="${tip}" aria-describedby="${prefix}s${index}">${escapeHtml(input.slice(start, end))}</mark>`
    cursor = end
  }

  const label = 'Input, stripped spans highlighted'
  return `<div class="deboiler-text" role="region" aria-label="${label}">${html}${escapeHtml(input.slice(cursor))}</div>`
}

/**
 * Count what was stripped of an input.
 *
 * @param result
 *   What `clean(input)` returned.
 * @param input
 *   Text that was cleaned.
 * @returns
 *   Counts.
 */
export function measure(result: CleanResult, input: string): Measure {
  let stripped = 0
  const spans = spansOf(result, input)
  for (const {start, end} of spans) stripped += end - start
  return {
    characters: input.length,
    stripped,
    spans: spans.length,
    share: input.length === 0 ? 0 : stripped / input.length
  }
}

/**
 * Escape text for HTML content and quoted attribute values.
 *
 * ###### Notes
 * Carriage returns become `&#13;`, as an HTML parser turns a raw `\r\n`
 * into `\n`; NUL (dropped by parsers) becomes U+FFFD.
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\r\0]/g, function ($0) {
    return entities[$0 as keyof typeof entities]
  })
}

const entities = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\0': '\uFFFD'
} as const

/**
 * Stripped items clipped to the input, in order, without overlaps or empty
 * spans (so the highlighted text always adds up to the input).
 *
 * @param result
 *   What `clean(input)` returned.
 * @param input
 *   Text that was cleaned.
 * @returns
 *   Items with their start and end offsets.
 */
function spansOf(result: CleanResult, input: string): Array<{item: Stripped; start: number; end: number}> {
  const sorted = [...result.stripped].sort((a, b) => a.place.start.offset - b.place.start.offset)
  const spans: Array<{item: Stripped; start: number; end: number}> = []
  let cursor = 0

  for (const item of sorted) {
    const start = Math.max(cursor, item.place.start.offset)
    const end = Math.min(input.length, item.place.end.offset)
    if (end <= start) continue
    spans.push({item, start, end})
    cursor = end
  }

  return spans
}

/**
 * Render a category as a key: its name in the look of its highlight.
 *
 * @param category
 *   Category.
 * @returns
 *   HTML.
 */
function key(category: string): string {
  return '<span class="deboiler-key deboiler-g-' + swatchOf(category).group + '">' + escapeHtml(category) + '</span>'
}

/**
 * Look of a category; a category unknown to deboiler (from a plugin of
 * one’s own) looks like `chrome`.
 *
 * @param category
 *   Category.
 * @returns
 *   Swatch.
 */
function swatchOf(category: string): Swatch {
  return (palette as Record<string, Swatch | undefined>)[category] ?? palette.chrome
}

/**
 * Count something in words.
 *
 * @param count
 *   Count.
 * @param noun
 *   Singular noun.
 * @returns
 *   Count and noun (example: `'2 spans'`).
 */
function plural(count: number, noun: string): string {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}

/**
 * Format a share as a percentage with one decimal.
 *
 * @param value
 *   Share from 0 to 1.
 * @returns
 *   Percentage (example: `'34.7 %'`).
 */
function percent(value: number): string {
  return (value * 100).toFixed(1) + ' %'
}

/**
 * Wrap a body in a self-contained page.
 *
 * @param title
 *   Title (unescaped).
 * @param body
 *   HTML.
 * @returns
 *   HTML page.
 */
function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load or run: the input is data, whatever it holds.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="deboiler">',
    '<title>' + escapeHtml(title) + '</title>',
    '<style>\n' + styles + '\n</style>',
    '</head>',
    '<body class="deboiler">',
    '<main class="deboiler-page">',
    body,
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
