/**
 * The memo of each page: values computed from its lines, by the function
 * that computed them.
 *
 * ###### Notes
 * One weak map for all rules, with an entry per page (its lines and the
 * locator’s lines): a weak map per rule vocabulary (some twenty) made every
 * garbage collection trace that many ephemerons a page, and `clean()` took
 * about 12% more CPU time on the dev inputs (`npm run bench`). Not a slot on
 * the page either: an array given a property of its own gets a hidden class
 * of its own, which V8 frees at a full collection between two pages, and the
 * locator’s optimised code that checks for it was thrown away each time
 * (docs/measurements.md, session 38).
 */
const memos = new WeakMap<object, Map<object, unknown>>()

/**
 * Compute a value from the lines of a page once, and remember it with those
 * lines (the same array for every rule of one run).
 *
 * @param compute
 *   Compute the value from the lines.
 * @returns
 *   The value of some lines, computed on the first call.
 */
export function pageMemo<Page extends object, T>(compute: (page: Page) => T): (page: Page) => T {
  const key = {}

  return function (page) {
    let memo = memos.get(page)
    if (memo === undefined) {
      memo = new Map()
      memos.set(page, memo)
    }

    if (memo.has(key)) return memo.get(key) as T
    const value = compute(page)
    memo.set(key, value)
    return value
  }
}
