import {sigmoid, type Context} from './classify.js'
import type {LineFeatures} from './features.js'
import type {Analysis} from './analyse.js'
import {stopwordsOf} from './language.js'
import type {Category} from '../types.js'

/**
 * Verdict on one line.
 */
export interface LineVerdict {
  /** Whether the line is part of the article. */
  keep: boolean
  /** Kind of debris, for dropped lines. */
  category?: Category
  /** Rule that dropped it, for dropped lines. */
  ruleId?: string
  /** Probability (0 to 1) that the line is article text. */
  score: number
  /** Why it was dropped, for dropped lines. */
  reason?: string
}

/**
 * Whether a line is a long, well-formed paragraph of prose.
 *
 * @param line
 *   Features of the line.
 * @param language
 *   Document language.
 * @returns
 *   Whether it is.
 */
export function isParagraph(line: LineFeatures, language: string): boolean {
  if (line.words < 30 || line.sentences < 2 || !line.terminal) return false
  if (stopwordsOf(language).size === 0) return true
  return line.stopwords / line.words >= 0.3
}

/**
 * Whether a line reads as a sub-heading or a list item: 4 to 7 words, no
 * final punctuation, no link or menu separator.
 *
 * ###### Notes
 * Inside the article core such a line belongs to the article (on the dev
 * set, the core lines of this shape the scores drop are two thirds article
 * text); outside it, the same shape is a menu item.
 *
 * @param line
 *   Features of the line.
 * @returns
 *   Whether it does.
 */
export function isInnerLabel(line: LineFeatures): boolean {
  return (
    line.words >= 4 &&
    line.words <= 7 &&
    !line.terminal &&
    line.urls === 0 &&
    line.separators === 0
  )
}

/**
 * Rule id of a tail heading, by the category of what follows it (the
 * categories of `tailHeadings`, `tailPrefixes` and the tail forms).
 */
export const headingIds = {
  chrome: 'chrome-heading',
  comments: 'comments-heading',
  related: 'related-heading'
} as const

/**
 * Rule id of a chrome phrase, by its category (the categories of
 * `chromeLines` and `chromePrefixes`).
 */
export const phraseIds = {
  advert: 'advert-phrase',
  chrome: 'chrome-phrase',
  comments: 'comments-phrase',
  cookie: 'cookie-phrase',
  copyright: 'copyright-phrase',
  navigation: 'navigation-phrase',
  related: 'related-phrase',
  share: 'share-phrase',
  subscribe: 'subscribe-phrase',
  tags: 'tags-phrase',
  timestamp: 'timestamp-phrase'
} as const

/**
 * Build the verdict of a dropped line.
 *
 * @param value
 *   Line text.
 * @param score
 *   Final score (log-odds).
 * @param context
 *   Context of the line.
 * @param features
 *   Features of the line.
 * @param analysis
 *   Analysis of the document.
 * @param index
 *   Line index.
 * @returns
 *   Verdict.
 */
export function drop(
  value: string,
  score: number,
  context: Context,
  features: LineFeatures,
  analysis: Analysis,
  index: number
): LineVerdict {
  const tailKind = analysis.tail[index]
  const chromeKind = analysis.chrome[index]
  let category: Category = 'chrome'
  let ruleId = 'chrome-line'
  let what = 'line outside prose'

  if (tailKind !== undefined) {
    category = tailKind
    ruleId = idOf(headingIds, tailKind, 'chrome-heading')
    what = 'heading that ends the article'
  } else if (chromeKind !== undefined) {
    category = chromeKind
    ruleId = idOf(phraseIds, chromeKind, 'chrome-phrase')
    what = chromeKind + ' phrase'
  } else if (context.afterTail) {
    // The part of the tail the line is in: after `Leave a Reply` below
    // `Related Posts`, comments.
    const kind = analysis.tailKinds[index] ?? analysis.tail[analysis.tailStart] ?? 'chrome'
    category = kind
    ruleId = kind === 'comments' ? 'comments-thread' : kind === 'related' ? 'related-tail' : 'chrome-tail'
    what = 'line after the end of the article'
  } else if (context.inShortRun) {
    ruleId = 'chrome-menu'
    what = 'menu item'
  } else if (features.separators > 0 || features.urls > 0) {
    ruleId = 'chrome-link-list'
    what = 'link list'
  } else if (!context.inCore) {
    ruleId = 'chrome-outside-body'
    what = 'line outside the article body'
  }

  return {
    keep: false,
    category,
    ruleId,
    score: round(sigmoid(score)),
    reason: 'Unexpected ' + what + ' `' + excerpt(value) + '`'
  }
}

/**
 * The rule id of a category in a table of literal ids.
 *
 * @param ids
 *   Rule id by category.
 * @param category
 *   Category, from the phrase data.
 * @param fallback
 *   Rule id of a category the table does not have (`test/docs.test.ts`
 *   checks that the phrase data has none).
 * @returns
 *   Rule id.
 */
function idOf(ids: Readonly<Record<string, string>>, category: string, fallback: string): string {
  return Object.hasOwn(ids, category) ? ids[category]! : fallback
}

/**
 * Never return nothing when the page has prose: keep the core, or else the
 * best line.
 *
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @returns
 *   Nothing.
 */
export function ensureProse(verdicts: Array<LineVerdict>, analysis: Analysis): undefined {
  let best = -1
  let bestScore = Number.NEGATIVE_INFINITY
  for (const [index, verdict] of verdicts.entries()) {
    if (verdict.keep) return
    const words = analysis.features[index]?.words ?? 0
    if (words > 0 && verdict.score * Math.log1p(words) > bestScore) {
      best = index
      bestScore = verdict.score * Math.log1p(words)
    }
  }

  let any = false
  for (const [index, context] of analysis.contexts.entries()) {
    if (context.inCore && !context.afterTail && (analysis.features[index]?.words ?? 0) > 0) {
      verdicts[index] = {keep: true, score: verdicts[index]?.score ?? 0}
      any = true
    }
  }

  if (!any && best >= 0) {
    verdicts[best] = {keep: true, score: verdicts[best]?.score ?? 0}
  }
}

/**
 * Drop a kept line after the cut, with its score, under a rule of the
 * locator (`dropCopies`, `dropContents`).
 *
 * @param verdicts
 *   Verdicts (changed in place).
 * @param index
 *   Line.
 * @param value
 *   Its text.
 * @param drop
 *   Category, rule id and what the reason calls the line.
 * @returns
 *   Nothing.
 */
export function dropKept(
  verdicts: Array<LineVerdict>,
  index: number,
  value: string,
  drop: {category: Category; ruleId: string; what: string}
): undefined {
  const verdict = verdicts[index]!
  if (!verdict.keep) return
  verdicts[index] = {
    keep: false,
    category: drop.category,
    ruleId: drop.ruleId,
    score: verdict.score,
    reason: 'Unexpected ' + drop.what + ' `' + excerpt(value) + '`'
  }
}

/**
 * Shorten a line for a reason.
 *
 * @param value
 *   Line text.
 * @returns
 *   At most 60 characters.
 */
export function excerpt(value: string): string {
  const text = value.trim()
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

/**
 * Round a probability for display.
 *
 * @param value
 *   Probability.
 * @returns
 *   Rounded to 3 decimals.
 */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
