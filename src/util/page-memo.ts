/**
 * Slot of the memo on the lines of a page.
 */
const memoSlot = Symbol('deboiler.memo')

/**
 * The lines of a page, which carry the values computed from them.
 */
type Carrier = object & {[memoSlot]?: Map<object, unknown>}

/**
 * Compute a value from the lines of a page once, and remember it on those
 * lines (the same array for every rule of one run).
 *
 * ###### Notes
 * Not a `WeakMap` keyed by the page: every garbage collection has to trace
 * the entries of a weak map whose keys are young objects as ephemerons, in
 * the collector’s own threads too. With a weak map of the page per rule
 * vocabulary (some twenty), `clean()` took about 12% more CPU time on the
 * dev inputs (`npm run bench`). A `Map` on the page is garbage with it.
 *
 * @param compute
 *   Compute the value from the lines.
 * @returns
 *   The value of some lines, computed on the first call.
 */
export function pageMemo<Page extends object, T>(compute: (page: Page) => T): (page: Page) => T {
  const key = {}

  return function (page) {
    const carrier = page as Carrier
    let memo = carrier[memoSlot]
    if (memo === undefined) {
      memo = new Map()
      // Not enumerable: the lines compare and print as before.
      Object.defineProperty(carrier, memoSlot, {value: memo})
    }

    if (memo.has(key)) return memo.get(key) as T
    const value = compute(page)
    memo.set(key, value)
    return value
  }
}
