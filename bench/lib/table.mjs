// Printing figures: numbers and aligned tables.

/**
 * A number with `digits` decimals, `-` when it is not a finite number.
 *
 * @param {unknown} value
 * @param {number} [digits]
 * @returns {string}
 */
export function fmt(value, digits = 3) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '-'
  return value.toFixed(digits)
}

/**
 * Lines of an aligned table: the first column to the left, the others to
 * the right, each as wide as its widest cell.
 *
 * @param {Array<Array<string | number>>} rows
 *   Rows of cells, the header first.
 * @param {string} [indent]
 * @returns {Array<string>}
 */
export function table(rows, indent = '') {
  const widths = []
  for (const row of rows) {
    for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, String(cell).length)
  }

  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, index) => (index ? String(cell).padStart(widths[index]) : String(cell).padEnd(widths[index])))
        .join('  ')
        .trimEnd()
  )
}
