import type {Line} from '../util/lines.js'
import {crossSellHeadings, notices, reviewWords, strongButtons, weakButtons} from '../data/shop.js'
import {isButtonRow, normalLine, readRow, type Buttons} from '../util/button-row.js'
import {allOf, trieSource} from '../util/lexicon.js'
import {foldedSpacedValue, spacedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {pageMemo} from '../util/page-memo.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

const buttons: Buttons = {strong: new Set(allOf(strongButtons)), weak: new Set(allOf(weakButtons))}
const notice = new Set(allOf(notices, crossSellHeadings))

/**
 * A word of a review count (`reviews`, `customer ratings`).
 */
const reviewed = '(?:' + trieSource(allOf(reviewWords)) + ')'

/**
 * A score out of five: `4.5`, `(4.7)`.
 */
const score = '\\(?\\d(?:[.,]\\d{1,2})?\\)?'

/**
 * A count of reviews: `29 reviews`, `(1,316 ratings)`.
 */
const reviewCount = '\\(?[\\d.,]+k?\\+? ?' + reviewed + '\\)?'

/**
 * Ratings: `5 out of 5 stars`, `Rated 4.76 out of 5 based on 29 customer
 * ratings`, `4.7 (17 reviews)`, `(4.7) of 64 reviews`, `Based on 4567
 * reviews`, `Reviews (29)`, `★★★★☆`; on a line of single spaces.
 */
const rating = new RegExp(
  '^(?:' +
    [
      '(?:rated )?' + score + ' ?out of ?5(?:[.,]0)?(?: stars?)?(?: (?:(?:based on|from) )?' + reviewCount + ')?',
      score + ' ?/ ?5(?:[.,]0)? ?(?:stars?|(?:(?:based on|from) )?' + reviewCount + ')',
      score + ' ?(?:(?:of|from|\\|) )?' + reviewCount,
      '(?:based on )?' + reviewCount,
      reviewed + ' ?\\( ?[\\d.,]+ ?\\)',
      '[★☆✩⭐]{1,5}(?: ?' + score + ')?(?: ?' + reviewCount + '| ?\\([\\d.,]+\\))?',
      'seller \\d{1,3}(?:[.,]\\d)?% positive'
    ].join('|') +
    ')$',
  'u'
)

/**
 * Stock levels: `Only 3 left in stock`, `Low in stock, only 6 left`, `In
 * Stock (28)`, `12 in stock`, `1,234 sold`.
 */
const stock =
  /^(?:(?:low in stock,?\s+)?only\s+\d+\s+left(?:\s+in\s+stock)?(?:\s*[-–]\s*order soon)?|(?:in|out of)\s+stock\s*\(\d+\)|\d+\s+in\s+stock|[\d.,]+k?\+?\s+sold)$/u

/**
 * Shipping promises of a shop: `Free shipping`, `Free shipping on orders
 * over $50`, `Free Returns & Free shipping on orders $50+`, `+ $5.99
 * delivery`.
 */
const shipping =
  /^(?:(?:get\s+)?(?:free|fast|express|same[- ]day)(?:\s+[\p{L}&]+){0,3}?\s+(?:shipping|delivery)(?:\s+(?:on|for|from|over|with)\s+(?:(?:all|any|domestic|eligible|us|uk|eu|your)\s+)*(?:orders?\s*)?(?:(?:over|of|from|above)\s+)?[$€£]?\s?\d[\d.,]*\s?[$€£]?\+?\*?(?:\s+(?:and\s+)?(?:over|above|or more))?|\s+(?:on|for)\s+(?:all|every|domestic)\s+orders|\s+from\s+[$€£]?\d[\d.,]*\s?[$€£]?\*?)?|\+\s*[$€£]\s?[\d.,]+\s+(?:delivery|shipping))$/u

/**
 * A stock-keeping unit: `SKU: 7343C002`, `SKU = CDM / Color = Black`.
 */
const sku = /^sku\s*[:#=]\s*\S.*$/u

/**
 * How many products a listing shows: `Showing 24 of 133 results`, `133
 * items`.
 */
const results = /^(?:(?:showing|viewing) (?:\d[\d,]*(?: ?[-–] ?\d[\d,]*)? of )?)?\d[\d,]* (?:results|products|items)$/u

/**
 * What a shop says when a product went to the cart: `“Sandals” has been
 * added to your cart.`
 */
const added = /^(?:.{1,80}\s)?(?:has|have|was|were)\s+(?:been\s+)?(?:successfully\s+)?added\s+to\s+(?:your\s+)?(?:cart|basket|bag|compare|wish\s?list)$/u

/**
 * Kind of shop debris: rule id, what to call it, its test, whether it can be
 * an attribute of each item of a listing, and a cheap first cue (a word the
 * test needs), as the tests are tried on most short lines.
 */
type Kind = readonly [
  ruleId: (typeof meta.ruleIds)[number],
  name: string,
  test: RegExp,
  attribute: boolean,
  cue: (value: string) => boolean
]

/**
 * Cue of a test that needs no word.
 *
 * @returns
 *   `true`.
 */
function always(): boolean {
  return true
}

/**
 * The line tests of the rule, after the button rows, in order.
 */
const kinds: ReadonlyArray<Kind> = [
  ['shop-rating', 'rating', rating, false, always],
  ['shop-stock', 'stock level', stock, true, (value) => value.includes('stock') || value.includes('left') || value.includes('sold')],
  [
    'shop-shipping',
    'shipping promise',
    shipping,
    true,
    (value) => value.includes('shipping') || value.includes('delivery')
  ],
  ['shop-notice', 'stock-keeping unit', sku, true, (value) => value.startsWith('sku')],
  ['shop-notice', 'shop notice', added, false, (value) => value.includes('added')],
  [
    'shop-notice',
    'result count',
    results,
    false,
    (value) => value.includes('results') || value.includes('products') || value.includes('items')
  ]
]

/**
 * Lines of one kind of attribute on a page from which they are the items’
 * own: a listing whose every item says `Free international shipping`, `Only
 * 1 left!` or `SKU: …` keeps them, as its items are the page’s content.
 */
const listed = 5

/**
 * What `deboilerShop` is and does.
 */
export const meta = {
  category: 'shop',
  ruleId: 'shop-buttons',
  ruleIds: ['shop-buttons', 'shop-rating', 'shop-stock', 'shop-shipping', 'shop-notice'],
  maxLength: 160,
  strips:
    'buttons and widgets of shops: `Add to cart`, `In stock`, ratings and review counts (`4.5 out of 5 stars`, `(123 reviews)`), `Write a review`, shipping promises (`Free shipping on orders over $50`), `SKU: …`, cart notices, result counts (`Showing 24 of 133 results`), the headings of cross-selling lists (`Customers also bought`); a stock level, shipping promise or SKU that five items of a listing repeat stays',
  example: 'Add to cart',
  group: 'ads'
} as const satisfies RuleDocs

/**
 * Strip the buttons and widgets shops print around a product.
 *
 * ###### Notes
 * A line is shop debris when it is a row of shop buttons (with prices and
 * counts: `$115 Add to cart`; buttons that are ordinary words, like
 * `Compare` or `Qty`, need a second one), a rating or a review count alone,
 * a stock level, a shipping promise, a stock-keeping unit, or a notice of
 * the cart. Prices alone stay (a listing’s gold keeps them), and so does
 * `Reviews` alone, a heading. “Free shipping is one reason we chose them.”
 * stays: the promise must be the whole line.
 */
const deboilerShop = defineLineRule(meta, function (line, lines) {
  const value = normal(foldedSpacedValue(line.node))
  if (notice.has(value)) return {ruleId: 'shop-notice', reason: unexpected('shop notice', line.value)}
  if (isButtonRow(readRow(value, buttons))) return {ruleId: 'shop-buttons', reason: unexpected('shop buttons', line.value)}

  for (const [ruleId, name, test, attribute, cue] of kinds) {
    if (!cue(value) || !test.test(value)) continue
    if (attribute && attributes(lines).get(test)! >= listed) return undefined
    return {ruleId, reason: unexpected(name, line.value)}
  }

  return undefined
})

export default deboilerShop

/**
 * How many lines of a page each attribute test matches (once a page).
 *
 * @param lines
 *   Lines of the page.
 * @returns
 *   Count per test.
 */
const attributes = pageMemo(function (lines: ReadonlyArray<Line>): Map<RegExp, number> {
  const found = new Map<RegExp, number>()
  for (const [, , test, attribute, cue] of kinds) {
    if (!attribute) continue
    let count = 0
    for (const line of lines) {
      if (line.value.length > meta.maxLength) continue
      const value = normal(spacedValue(line.node))
      if (cue(value) && test.test(value)) count++
    }

    found.set(test, count)
  }

  return found
})

/**
 * Normalise a single-spaced lower-case line: no end punctuation
 * (`Add to cart>`, `Free shipping from 100€*`).
 *
 * @param value
 *   Line.
 * @returns
 *   Normalised line.
 */
function normal(value: string): string {
  return normalLine(value, '.!…>*')
}
