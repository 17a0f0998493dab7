// Printing figures.

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
