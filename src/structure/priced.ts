import type {PageKind} from '../types.js'
import type {LocatorLine} from './features.js'
import {caselessStops} from './chars.js'
import {isMenuItem} from './copies.js'
import {price} from './kind.js'
import {dropKept, type LineVerdict} from './verdict.js'

/**
 * A line that ends a sentence (`Orders over $50 ship free.`): prose that
 * names a price, not an item's price.
 */
const sentenceEnd = new RegExp(`[.!?${caselessStops}]["'”’)]*$`, 'u')

/**
 * Longest line that is an item's price with its label (`Regular price
 * $19.99`, `$167.93 - $240.00`, `ab 19,99 €`).
 */
const maxPriceLine = 40

/**
 * Fewest price lines for a listing to be a shop's: a few prices are a
 * service page's rates or a post's deals.
 */
const fewestPrices = 5

/**
 * Lines an item may have above its price (its name, brand and rating) or
 * below it (its colours, `Add to cart`).
 */
const itemLines = 3

/**
 * Most lines between two prices of the same listing (an item with its
 * colours, sizes and buttons): a price farther from any other is a menu's
 * (`Gifts Under $50`) or a banner's.
 */
const maxGap = 20

/**
 * The span a listing's gentler cut may keep when the listing is a shop's:
 * from its first item to its last, an item being the lines around a price.
 *
 * ###### Notes
 * A shop's listing (`wcxb-collection`) prints its menus, often hundreds of
 * category links, above its items, and its filters (`Coffee (24)`) and sort
 * orders (`Price, low to high`) between the two: the gentler cut of a
 * listing keeps short lines, and kept them all. Its items are names with
 * prices, so the first and last price lines bound them (each with another
 * price near it). Only listings: the description of a product page, below
 * its price, is its content. On the dev sets, with `dropAroundItems()`:
 * pagetypes +0.0013 (20 pages better, 4 worse, among them a shop whose gold
 * keeps its menu), dev +0.0002 (docs/measurements.md, session 44).
 *
 * @param lines
 *   Lines of the page.
 * @param span
 *   Span of the gentler cut (`gentleSpan()`).
 * @param kind
 *   Kind of the page.
 * @returns
 *   The span, narrowed to the items on a shop's listing.
 */
export function pricedSpan(
  lines: ReadonlyArray<LocatorLine>,
  span: {from: number; to: number},
  kind: PageKind | undefined
): {from: number; to: number; priced: boolean} {
  if (kind !== 'listing') return {...span, priced: false}
  const prices: Array<number> = []
  const end = span.to
  for (let index = span.from; index < end; index++) {
    if (isPriceLine(lines[index]!.value)) prices.push(index)
  }

  // The first and last prices with another one near them.
  const near = prices.filter(
    (index, at) => index - (prices[at - 1] ?? -maxGap - 1) <= maxGap || (prices[at + 1] ?? index + maxGap + 1) - index <= maxGap
  )
  if (near.length < fewestPrices) return {...span, priced: false}
  const first = near[0]!
  const last = near.at(-1)!
  return {from: Math.max(span.from, first - itemLines), to: Math.min(end, last + itemLines + 1), priced: true}
}

/**
 * Drop the menu items a cut keeps around a shop's listing: outside the span
 * of its priced items (`pricedSpan()`), lines that read as a menu's (short,
 * a few words, no end of a sentence), unless the items print them too (a
 * brand or a category in an item).
 *
 * ###### Notes
 * A listing cut at all (its balanced cut, or the recall cut it falls back
 * to when that keeps almost nothing) keeps short lines above its items: the
 * shop's menus, their category links and the filters. They are `chrome-menu`.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts (changed in place).
 * @param span
 *   Span of the items.
 * @returns
 *   Nothing.
 */
export function dropAroundItems(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: Array<LineVerdict>,
  span: {from: number; to: number}
): undefined {
  const inside = new Set<string>()
  for (let index = span.from; index < span.to; index++) inside.add(lines[index]!.value.trim())

  for (const [index, line] of lines.entries()) {
    if (index >= span.from && index < span.to) continue
    const value = line.value.trim()
    // Taken by another rule, or what a category switched off would have
    // taken: the caller's.
    if (line.strippedBy !== undefined || line.keptFor !== undefined || value === '') continue
    if (!isMenuItem(value) || inside.has(value)) continue
    dropKept(verdicts, index, line.value, {category: 'chrome', ruleId: 'chrome-menu', what: 'menu item around the items of a shop'})
  }
}

/**
 * Whether a line is an item's price, with its label if any.
 *
 * @param raw
 *   Line.
 * @returns
 *   Whether it is.
 */
function isPriceLine(raw: string): boolean {
  const value = raw.trim()
  return value.length > 0 && value.length <= maxPriceLine && price.test(value) && !sentenceEnd.test(value)
}
