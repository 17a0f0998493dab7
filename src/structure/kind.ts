import fitted from './kind-model.json' with {type: 'json'}
import {pageNames} from './classify.js'
import type {PageKind} from '../types.js'
import type {LocatorLine} from './features.js'
import {isKept} from './kept.js'
import type {LineFeatures} from './line.js'
import type {LineVerdict} from './verdict.js'
import {trieSource} from '../util/lexicon.js'
import {isWhiteSpace} from '../util/shape.js'

/**
 * The kinds of page that are not articles, in the order of the kind model.
 */
export const otherKinds = ['documentation', 'forum', 'listing', 'product', 'service'] as const

/**
 * A kind of page that is not an article.
 */
export type OtherKind = (typeof otherKinds)[number]

/**
 * The classes of the kind model: articles the article verdict doubts, and
 * the other kinds.
 */
export const kindClasses = ['article', ...otherKinds] as const

/**
 * Names of the cues of the kind of a page, in order: the article verdict,
 * the shares of lines that read as a shop, a thread, code, a manual, a date
 * or a call to action, the shares of lines the forum rule and the shop rule
 * took, then the page cues of the article verdict (`pageNames`).
 */
export const kindNames: ReadonlyArray<string> = [
  'article score',
  'price line share',
  'shop line share',
  'thread line share',
  'code line share',
  'manual heading share',
  'date line share',
  'call to action share',
  'phone line share',
  'forum rule share',
  'shop rule share',
  'log words per line',
  ...pageNames
]

/**
 * What the cut keeps more of on a page of a kind: the lines the locator drops
 * for where they are, not for what they say.
 *
 * ###### Notes
 * Level 0 keeps nothing more; level 1 keeps the lines outside the core
 * (`chrome-outside-body`, `chrome-line`): the other items of a listing, the
 * other sections of a service page; level 2 also what follows a tail
 * heading or the start of a thread (on a forum, the thread is the page),
 * but not a related box (`Similar threads`: no post); level 3 also the
 * menus and link lists. Named phrases and the named rules’
 * lines stay cut at every level.
 */
export const relaxLevels: ReadonlyArray<ReadonlySet<string>> = [
  new Set(),
  new Set(['chrome-outside-body', 'chrome-line']),
  new Set(['chrome-outside-body', 'chrome-line', 'chrome-tail', 'comments-thread']),
  new Set([
    'chrome-outside-body',
    'chrome-line',
    'chrome-tail',
    'comments-thread',
    'chrome-menu',
    'chrome-link-list'
  ])
]

/**
 * How the cut of a kind of page is made gentler: the level of `relaxLevels`,
 * and how sure the kind must be (its probability) before it applies.
 */
export interface KindRelax {
  /** Level in `relaxLevels`. */
  level: number
  /**
   * Probability that the page is not an article (of the softmax, where the
   * articles the article verdict doubts are a class) at or above which the
   * level applies.
   */
  threshold: number
}

/**
 * Weights of the kind of a page, as `bench/kinds.mjs` writes them
 * (`src/structure/kind-model.json`).
 */
export interface KindModel {
  /** Weights of each class (`kindClasses`), by cue name (`kindNames`). */
  weights: Readonly<Record<(typeof kindClasses)[number], Readonly<Record<string, number>>>>
  /** How the cut is made gentler, by kind. */
  relax: Readonly<Record<OtherKind, KindRelax>>
  /** When a balanced cut found no article (`foundNothing`). */
  empty: Readonly<EmptyCut>
}

/**
 * When a balanced cut found no article: it keeps fewer than `words` words,
 * and under `share` of the page’s words (a headline and a line of a table of
 * contents, a directory, a page of links). Such a page is cut at the
 * gentlest level, whatever its kind.
 */
export interface EmptyCut {
  /** Words under which the cut keeps nothing of an article. */
  words: number
  /** Share of the page’s words under which it does. */
  share: number
}

/**
 * Words of the lines the locator reads, and of those its balanced cut keeps.
 */
export interface KeptWords {
  /** Words in kept lines. */
  kept: number
  /** Words in all lines. */
  total: number
}

/**
 * The gentlest level of `relaxLevels`.
 */
export const gentlest = relaxLevels.length - 1

/**
 * The verdict on the kind of a page.
 */
export interface KindVerdict {
  /** Most likely kind. */
  kind: PageKind
  /** Probability of each kind (0–1, two decimals; they sum to about 1). */
  kinds: Record<PageKind, number>
  /** Level of `relaxLevels` the cut of the page takes. */
  level: number
  /**
   * Whether the gentler cut takes the whole page (its balanced cut found no
   * article, `foundNothing`), not only the page between its header and
   * footer (`gentleSpan`).
   */
  whole: boolean
  /** Kind cues it came from (`kindVector`). */
  cues: ReadonlyArray<number>
  /** Words of the page, and of its balanced cut. */
  words: KeptWords
}

/**
 * Price: `$19.99`, `€ 5`, `19,99 €`, `12.00 USD`.
 */
const price = /[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|£|EUR|USD|GBP|CHF|zł|kr|Kč)(?!\p{L})/u

/**
 * Shop controls and facts: `Add to cart`, `In stock`, `SKU`, `Free shipping`.
 */
const shopPhrases = [
  ...['cart', 'basket', 'bag', 'wish list', 'wishlist'].map((what) => 'add to ' + what),
  'in stock',
  'out of stock',
  'buy now',
  'sku',
  ...['shipping', 'delivery', 'returns'].map((what) => 'free ' + what),
  'quantity',
  'qty',
  'size guide',
  'write a review',
  'customer reviews',
  'product details',
  'product description',
  'warenkorb',
  'panier',
  'carrito',
  'carrello'
]

const shop = phrases(shopPhrases)

/**
 * Thread cues: post headers and controls (`Reply`, `Quote`, `Joined: 2009`,
 * `Posts: 120`, `#12`, `Re: …`) at the start of a line, and counters
 * (`Posts: 120`, `3,012 views`) at its end.
 */
const threadStart =
  /^(?:#\d+|re:|reply|quote|report|permalink|joined|posts|replies|messages|reactions|reputation|registered|member since|thread starter|original poster|op)\b/i
const threadEnd = /\b(?:joined|posts|replies|views|messages|member since|registered)\s*(?::\s*)?[\d,.]+\s*$/i

/**
 * Last words of the labels of `threadEnd`.
 */
const threadEndLabels = new Set(['joined', 'posts', 'replies', 'views', 'messages', 'since', 'registered'])

/**
 * Code: a statement end, an arrow, a call, a prompt, a keyword that opens a
 * line of code (`codeStart`: a line without `;`, `{` or `}` at its end, `=>`
 * or `()` can only be code by its start).
 */
const codeStart =
  /^\s*(?:\$ |>>> |npm |pip |yarn |git |import |from \S+ import|def |function |class |const |let |var |return |#include|public |private |<\/?[a-z]+[ >])/
const code = new RegExp(String.raw`[{};]\s*$|=>|\w\(\)|` + codeStart.source)

/**
 * A heading of a manual: `Parameters`, `Returns`, `Syntax`, `Example`.
 */
const manual =
  /^(?:parameters?|returns?|return value|arguments?|syntax|examples?|usage|options|properties|methods|description|default|see also|installation|getting started|overview|prerequisites|requirements|troubleshooting|configuration|reference)\s*:?$/i

/**
 * A date: `May 2, 2008`, `2008-05-02`, `02.05.2008`, `2/5/08`.
 */
export const date =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i

/**
 * A call to action of a service: `Contact us`, `Get a quote`, `Book now`.
 */
const actionPhrases = [
  'contact us',
  ...['a', 'your'].flatMap((whose) =>
    ['', 'free '].flatMap((free) => ['quote', 'estimate', 'consultation'].map((what) => `get ${whose} ${free}${what}`))
  ),
  ...['a', 'an'].flatMap((article) => ['quote', 'demo', 'appointment', 'call'].map((what) => `request ${article} ${what}`)),
  'book now',
  'book online',
  'book an appointment',
  'book a consultation',
  'call us',
  'call now',
  'call today',
  'free consultation',
  'schedule a',
  'schedule an',
  'schedule your',
  'our services',
  'get in touch',
  'learn more',
  'get started'
]

const action = phrases(actionPhrases)

/**
 * A phone number: `+1 (555) 123-4567`, `020 7946 0958`.
 */
const phone = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/

/**
 * A digit: prices, dates and phone numbers have one, most lines of prose do
 * not.
 */
const digit = /\d/

/**
 * Cheap first cue: the shop and action cues in one search (a line with
 * neither, most lines, is searched once).
 */
const anyWords = phrases([...shopPhrases, ...actionPhrases])

/**
 * Whole phrases, any case, as a trie: the kind of a page reads every line.
 *
 * @param entries
 *   Phrases, lower case.
 * @returns
 *   Expression.
 */
function phrases(entries: ReadonlyArray<string>): RegExp {
  return new RegExp(String.raw`\b` + trieSource(entries) + String.raw`\b`, 'i')
}

/**
 * The cues of the kind of a page (order of `kindNames`).
 *
 * @param values
 *   Text of every line of the page, as the locator reads it.
 * @param article
 *   Probability that the page is an article.
 * @param cues
 *   Page cues of the article verdict (order of `pageNames`).
 * @param read
 *   What the locator read of each line (`LineFeatures`), when it did: its
 *   pieces and words with a digit are not counted again.
 * @param takenBy
 *   Rule id of the rule that took each line, if one did (`strippedBy`).
 * @returns
 *   Cues.
 */
export function kindVector(
  values: ReadonlyArray<string>,
  article: number,
  cues: ReadonlyArray<number>,
  read?: ReadonlyArray<Pick<LineFeatures, 'digits' | 'tokens'>> | undefined,
  takenBy?: ReadonlyArray<string | undefined> | undefined
): Array<number> {
  // Lines that read as: price, shop, thread, code, manual, date, action,
  // phone; lines the forum rule and the shop rule took.
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  let lines = 0
  let words = 0

  for (const [index, raw] of values.entries()) {
    const value = raw.trim()
    if (value.length === 0) continue
    const features = read?.[index]
    lines++
    words += features ? features.tokens : wordsIn(value)
    const digits = features ? features.digits > 0 : digit.test(value)
    const wordCues = anyWords.test(value)
    if (digits && price.test(value)) counts[0]!++
    if (wordCues && shop.test(value)) counts[1]!++
    if (isThread(value)) counts[2]!++
    if (isCode(value)) counts[3]!++
    if (manual.test(value)) counts[4]!++
    if (digits && date.test(value)) counts[5]!++
    if (wordCues && action.test(value)) counts[6]!++
    if (digits && phone.test(value)) counts[7]!++
    const rule = takenBy?.[index]
    if (rule?.startsWith('forum-')) counts[8]!++
    else if (rule?.startsWith('shop-')) counts[9]!++
  }

  const share = (count: number) => (lines > 0 ? count / lines : 0)
  return [article, ...counts.map(share), Math.log1p(lines > 0 ? words / lines : 0), ...cues]
}

/**
 * Whether a trimmed line is a thread cue (`threadStart`, `threadEnd`).
 *
 * ###### Notes
 * `threadEnd` is tried only where a label can end before the number at the
 * end of the line: a pattern anchored at the end is otherwise tried from
 * every place of the line.
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Whether it is.
 */
function isThread(value: string): boolean {
  if (threadStart.test(value)) return true
  let end = value.length
  while (end > 0 && isCountCharacter(value.charCodeAt(end - 1))) end--
  if (end === value.length) return false
  while (end > 0 && (value.charCodeAt(end - 1) === 58 || isWhiteSpace(value.charCodeAt(end - 1)))) end--
  let start = end
  while (start > 0 && isAsciiLetter(value.charCodeAt(start - 1))) start--
  return threadEndLabels.has(value.slice(start, end).toLowerCase()) && threadEnd.test(value)
}

/**
 * Whether a trimmed line is code (`code`).
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Whether it is.
 */
function isCode(value: string): boolean {
  const last = value.charCodeAt(value.length - 1)
  return last === 59 || last === 123 || last === 125 || value.includes('=>') || value.includes('()')
    ? code.test(value)
    : codeStart.test(value)
}

/**
 * Whether a character is a digit, `,` or `.`.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isCountCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 44 || code === 46
}

/**
 * Whether a character is an ASCII letter.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Words of a trimmed line: `value.split(/\s+/).length`, without the array.
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Count.
 */
function wordsIn(value: string): number {
  let count = 1
  let space = false
  for (let index = 0; index < value.length; index++) {
    const white = isWhiteSpace(value.charCodeAt(index))
    if (white && !space) count++
    space = white
  }

  return count
}

/**
 * The kind of a page.
 *
 * ###### Notes
 * One verdict with the article verdict: a page it calls an article (`article`
 * of 0.5 or more) is an article; any other page is the most likely of the
 * other kinds, from a softmax over the kind cues (`bench/kinds.mjs` fits it
 * on the pages of those kinds and on the articles the article verdict
 * doubts). Each other kind’s probability is its share of the `1 - article`
 * left. The cut is gentler only when the softmax, articles still in the
 * running, gives the other kinds together at least the threshold of the
 * likeliest: a doubted article is not cut as a listing. When the likeliest
 * kind leads the next by less than `tieMargin`, the gentler of the two cuts
 * applies. A page where the balanced cut found no article (`foundNothing`)
 * is cut at the gentlest level, whatever its kind, over the whole page
 * (`whole`); any other gentler cut takes the page between its header and
 * footer (`gentleSpan`).
 *
 * @param vector
 *   Kind cues (`kindVector`).
 * @param words
 *   Words of the page, and of its balanced cut.
 * @param model
 *   Weights (default: the fitted ones).
 * @returns
 *   Verdict.
 */
export function kindOf(
  vector: ReadonlyArray<number>,
  words: KeptWords,
  model: Readonly<KindModel> = fittedKinds
): KindVerdict {
  const article = vector[0] ?? 0
  const shares = softmax(vector, model)
  const others = 1 - (shares[0] ?? 0)
  const kinds: Record<PageKind, number> = {article: round(article), documentation: 0, forum: 0, listing: 0, product: 0, service: 0}
  let best: OtherKind = 'listing'
  let bestShare = -1
  let second: OtherKind = 'listing'
  let secondShare = -1

  for (const [index, kind] of otherKinds.entries()) {
    const share = shares[index + 1] ?? 0
    kinds[kind] = round(others > 0 ? ((1 - article) * share) / others : 0)
    if (share > bestShare) {
      second = best
      secondShare = bestShare
      best = kind
      bestShare = share
    } else if (share > secondShare) {
      second = kind
      secondShare = share
    }
  }

  const kind = article >= 0.5 ? 'article' : best
  const whole = foundNothing(words, model.empty)
  let level = 0
  if (whole) level = gentlest
  else if (kind !== 'article') {
    level = levelOf(model.relax[best], others)
    // Two kinds the softmax cannot tell apart: the gentler of their cuts.
    if (bestShare - secondShare < tieMargin) level = Math.max(level, levelOf(model.relax[second], others))
  }

  return {kind, kinds, level, whole, cues: vector, words}
}

/**
 * Most a kind’s share of the softmax may lead the next kind’s by for the two
 * to tie (`kindOf`): the page then takes the gentler of their cuts, as the
 * cues cannot tell which kind it is (a service page with a price list reads
 * as much as a product page).
 */
export const tieMargin = 0.05

/**
 * The level of a kind’s gentler cut, when the other kinds together are
 * likely enough (`bench/kinds.mjs` reads levels with it too).
 *
 * @param relax
 *   Gentler cut of the kind.
 * @param others
 *   Share of the softmax of the kinds that are not articles.
 * @returns
 *   Level of `relaxLevels`.
 */
export function levelOf(relax: Readonly<KindRelax>, others: number): number {
  return others >= relax.threshold ? relax.level : 0
}

/**
 * Whether a balanced cut found no article (`EmptyCut`).
 *
 * @param words
 *   Words of the page, and of its balanced cut.
 * @param empty
 *   Bounds.
 * @returns
 *   Whether it did.
 */
export function foundNothing(words: KeptWords, empty: Readonly<EmptyCut>): boolean {
  return words.kept < empty.words && words.kept < words.total * empty.share
}

/**
 * Probabilities of the article class and of the other kinds (order of
 * `otherKinds`) from the kind cues.
 *
 * @param vector
 *   Kind cues.
 * @param model
 *   Weights.
 * @returns
 *   Probabilities, the article first.
 */
function softmax(vector: ReadonlyArray<number>, model: Readonly<KindModel>): Array<number> {
  const logits = kindClasses.map(function (kind) {
    const weights = model.weights[kind]
    let sum = weights['bias'] ?? 0
    for (const [index, name] of kindNames.entries()) {
      if (name !== 'bias') sum += (weights[name] ?? 0) * (vector[index] ?? 0)
    }

    return sum
  })
  const top = Math.max(...logits)
  const exps = logits.map((value) => Math.exp(value - top))
  const total = exps.reduce((sum, value) => sum + value, 0)
  return exps.map((value) => value / total)
}

/**
 * The verdict on a whole input from those on its blocks.
 *
 * @param score
 *   Probability that it is an article (0–1, two decimals).
 * @param sums
 *   Probability of each kind, times the characters of each block, summed.
 * @param weight
 *   Characters of the blocks judged (`0`: none was).
 * @returns
 *   Verdict: `'article'` when `score` is 0.5 or more, else the most likely
 *   other kind, `'unknown'` when no block was judged.
 */
export function pageKind(
  score: number,
  sums: Readonly<Record<PageKind, number>>,
  weight: number
): {article: boolean; score: number; kind: PageKind | 'unknown'; kinds: Record<PageKind, number>} {
  const kinds: Record<PageKind, number> = {article: score, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}
  let kind: PageKind | 'unknown' = weight > 0 ? (score >= 0.5 ? 'article' : 'listing') : 'unknown'
  for (const name of otherKinds) {
    kinds[name] = weight > 0 ? round(sums[name] / weight) : 0
    if (kind !== 'article' && kind !== 'unknown' && kinds[name] > kinds[kind]) kind = name
  }

  return {article: score >= 0.5, score, kind, kinds}
}

/**
 * Keep the lines a gentler cut keeps: those dropped by a rule of the level,
 * in a span of lines.
 *
 * @param verdicts
 *   Verdicts (changed in place).
 * @param level
 *   Level of `relaxLevels`.
 * @param from
 *   First line the gentler cut may keep (default: `0`).
 * @param to
 *   Line after the last one it may keep (default: the end).
 * @returns
 *   Nothing.
 */
export function relax(verdicts: Array<LineVerdict>, level: number, from = 0, to = verdicts.length): undefined {
  const ids = relaxLevels[level]
  if (!ids || ids.size === 0) return
  for (let index = from; index < to; index++) {
    const verdict = verdicts[index]!
    if (!verdict.keep && verdict.ruleId !== undefined && ids.has(verdict.ruleId)) {
      verdicts[index] = {keep: true, score: verdict.score}
    }
  }
}

/**
 * Rules whose lines are a page's footer: its copyright, its site credits,
 * its cookie banner, its disclaimers, its site links (`Privacy Policy`), its
 * `Back to top`.
 */
const footerRule = /^(?:copyright|site-credit|cookie|disclaimer)-|^navigation-(?:link|link-line|skip-link)$/

/**
 * The lines a gentler cut takes: from the first line the balanced cut keeps
 * (above it is the page's header: its menus and banners) to the page's
 * footer (the first line after the last one it keeps that a footer rule
 * took); the whole page when the balanced cut found no article.
 *
 * @param lines
 *   Lines of the page.
 * @param verdicts
 *   Verdicts of the balanced cut.
 * @param whole
 *   Whether the balanced cut found no article (`foundNothing`).
 * @returns
 *   First line, and line after the last.
 */
export function gentleSpan(
  lines: ReadonlyArray<LocatorLine>,
  verdicts: ReadonlyArray<LineVerdict>,
  whole: boolean
): {from: number; to: number} {
  const size = verdicts.length
  if (whole) return {from: 0, to: size}
  let from = 0
  while (from < size && !isKept(lines, verdicts, from)) from++
  if (from === size) return {from: 0, to: size}
  let last = size - 1
  while (!isKept(lines, verdicts, last)) last--
  let to = last + 1
  while (to < size && !footerRule.test(lines[to]?.strippedBy ?? '')) to++
  return {from, to}
}

/**
 * Check a kind model of the caller’s (`options.kinds`).
 *
 * @param value
 *   Value to check.
 * @param name
 *   Name of the option, for errors.
 * @returns
 *   The model.
 */
export function checkKinds(value: unknown, name: string): KindModel {
  const record = isRecord(value) ? value : undefined
  const weights = record && isRecord(record['weights']) ? record['weights'] : undefined
  const relaxes = record && isRecord(record['relax']) ? record['relax'] : undefined
  const empty = record && isRecord(record['empty']) ? record['empty'] : undefined
  if (!weights || !relaxes || !empty) {
    throw new TypeError('Expected `' + name + '` to be a kind model object (as `bench/kinds.mjs` writes it)')
  }

  if (!Number.isFinite(empty['words']) || !Number.isFinite(empty['share'])) {
    throw new TypeError('Expected `' + name + '` to have a finite `empty.words` and `empty.share`')
  }

  for (const kind of kindClasses) {
    const own = weights[kind]
    const step = kind === 'article' ? {level: 0, threshold: 1} : relaxes[kind]
    const numbers = isRecord(own) && Object.values(own).every((weight) => Number.isFinite(weight))
    const levels =
      isRecord(step) && Number.isInteger(step['level']) && relaxLevels[step['level'] as number] !== undefined
    if (!numbers || !levels || !Number.isFinite(step['threshold'])) {
      throw new TypeError('Expected `' + name + '` to have finite weights and a level of `' + kind + '`')
    }
  }

  return value as KindModel
}

/**
 * Whether a value is a plain object.
 *
 * @param value
 *   Value.
 * @returns
 *   Whether it is.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The fitted kind model.
 */
const fittedKinds = fitted as KindModel

/**
 * Round a probability to two decimals.
 *
 * @param value
 *   Probability.
 * @returns
 *   Rounded.
 */
function round(value: number): number {
  return Math.round(value * 100) / 100
}
