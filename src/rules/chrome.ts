import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {checkOptions, type Mode} from '../options.js'
import type {LocatorLine} from '../structure/features.js'
import {checkKinds, type KindModel, type KindVerdict} from '../structure/kind.js'
import {locatePage} from '../structure/locate.js'
import {chromeCategory, tailCategory} from '../structure/phrases.js'
import {checkModel, fittedModel, type NamedModel} from '../structure/model.js'
import type {Category} from '../types.js'
import {boilerplate, checkProfile, type Profile} from '../profile.js'
import {keepOwnLines, keepSomething} from '../structure/page.js'
import {keepItems} from '../structure/items.js'
import {headingIds, phraseIds, type LineVerdict} from '../structure/verdict.js'
import {formatOf, linesOf, type Line} from '../util/lines.js'
import type {Markup} from '../util/format.js'
import {markdownFences, markdownTables, readerText} from '../util/markup.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {wordCount} from '../util/shape.js'
import {stripper} from '../util/strip.js'
import {ownCopy, phraseKey} from '../util/line-text.js'

declare module 'vfile' {
  interface DataMap {
    /**
     * Probability that the page reads as an article (0–1), set by
     * `deboilerChrome` when the page has enough words to judge.
     */
    deboilerArticle: number
    /**
     * Language of the page (ISO 639-1, `'und'` when it cannot be told), set
     * by `deboilerChrome` when the page has enough words to judge.
     */
    deboilerLanguage: string
    /**
     * Kind of the page and the probability of each kind, set by
     * `deboilerChrome` when the page has enough words to judge.
     */
    deboilerKind: KindVerdict
    /**
     * Weights of the kind of page and how gentle the cut of each kind is, as
     * `bench/kinds.mjs` writes them to `src/structure/kind-model.json`, set
     * by the caller before the run (default: that file): for fitting them.
     */
    deboilerKindModel: KindModel
  }
}

/**
 * Configuration for `deboilerChrome`.
 */
export interface Options {
  /**
   * How hard to cut: `'precision'` drops more, `'recall'` keeps more.
   *
   * @default 'balanced'
   */
  mode?: Mode | null | undefined
  /**
   * Categories turned off: lines the locator would strip under one of them
   * are kept (example: `{comments: false}` keeps a comment thread).
   *
   * @default all on
   */
  rules?: Partial<Record<Category, boolean>> | null | undefined
  /**
   * Site profile (from `learnProfile()`): the lines just above the article
   * that the site does not repeat are the page’s own (its headline), and
   * stay (optional).
   */
  profile?: Readonly<Profile> | null | undefined
  /**
   * Site of the page in `profile` (default: `''`).
   */
  site?: string | null | undefined
  /**
   * Weights and costs of the locator, as `npm run train` writes them to
   * `src/data/model.json` (default: that file, fitted on the dev sets).
   * For a model fitted on pages of your own.
   */
  model?: Readonly<NamedModel> | null | undefined
}

const emptyOptions: Options = {}
const chromeKeys = ['mode', 'rules', 'profile', 'site', 'model'] as const

/**
 * Fewest words a page needs before its chrome is judged: below that, a
 * page is a snippet, and every line of it may be the article.
 */
const minimumWords = 60

/**
 * What `deboilerChrome` is and does.
 */
export const meta = {
  category: 'chrome',
  ruleId: 'chrome-line',
  ruleIds: [
    'chrome-menu',
    'chrome-link-list',
    'chrome-outside-body',
    'chrome-tail',
    'chrome-line',
    'chrome-author-bio',
    // Under the category that fits the line.
    ...Object.values(headingIds),
    ...Object.values(phraseIds),
    'related-tail',
    'comments-thread',
    'navigation-contents'
  ],
  strips:
    'page chrome no named rule knows: menus, link lists, lines outside the article core (and a line kept alone among them that repeats one of them: a menu printed twice), on a page that is neither an article nor documentation a run of six or more short lines the page prints twice (its menu for wide and for narrow screens), everything after a tail heading below a paragraph of the article (“Related”, “Leave a Reply”, “More from …”, and on a product page “Customer reviews”, “Related products”; after the start of a comment thread, however well it reads), a note about the author among the first or last lines kept (“Jane Roe is a freelance writer …”; near the end, with what follows it), what follows a rights notice, tags, a share prompt or a time stamp near the end of the kept text, what comes before the site’s menu, a time stamp, the reading time or a share prompt near its start, and a table of contents whose entries the page prints again as its headings (`navigation`); `note` is `score 0.12`, the probability that the line is article text',
  example: 'IGN.com | PC Games | PS2 | PS3 | PSP | Xbox',
  group: 'chrome'
} as const satisfies RuleDocs

/**
 * Strip the page chrome around the article: menus, link lists, teaser
 * lists, footers, comment threads and other lines outside the article core.
 *
 * ###### Notes
 * It runs after the rules for named debris and judges the lines they left,
 * with their neighbours: each line gets a score from its own cues (length,
 * stopwords of the page’s language, punctuation, capitals, separators, links),
 * the article core is located as the runs of prose that pay for what lies
 * between them, and tail headings (`Related`, `Leave a Reply`, `More from …`)
 * end it. A dropped line gets the category that fits it (`navigation`,
 * `related`, `comments`, …) or `chrome`, and its score (the probability that
 * it is article text) in `note`. A long, well-formed paragraph inside the body
 * is never dropped, and a page with prose never comes out empty.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
const deboilerChrome = defineRule(meta, function (options?: Readonly<Options> | null) {
  const settings = options ?? emptyOptions
  checkOptions(settings, chromeKeys)
  const mode = settings.mode ?? 'balanced'
  const rules = settings.rules ?? {}
  const templates = settings.profile
    ? boilerplate(checkProfile(settings.profile, 'options.profile'), settings.site ?? '')
    : undefined
  const model = settings.model ? checkModel(settings.model, 'options.model') : fittedModel()
  const someOff = Object.values(rules).includes(false)

  return function (tree: Root, file: VFile): undefined {
    const input = locatorInput(tree, file)
    if (!input) return
    const {page, markup} = input
    const {verdicts, article, kind, language} = locatePage(
      input.lines,
      {mode, opening: input.opening, closing: input.closing},
      model,
      file.data.deboilerKindModel ? checkKinds(file.data.deboilerKindModel, 'file.data.deboilerKindModel') : undefined
    )
    file.data.deboilerArticle = article
    file.data.deboilerKind = kind
    file.data.deboilerLanguage = language
    keepItems(input.lines, verdicts, kind, (index) => phraseOf(page[index]!) !== undefined)
    const lines = page.filter((line) => line.strippedBy === undefined)
    const judged = lines.map((line) => verdicts[line.index])
    keepSomething(lines, judged)
    if (markup === 'markdown') keepTables(lines, judged)
    if (templates && templates.size > 0) keepOwnLines(lines, judged, templates)
    const byCategory = new Map<Category, ReturnType<typeof stripper>>()

    for (const [index, line] of lines.entries()) {
      const verdict = judged[index]
      if (!verdict || verdict.keep) continue
      const category = verdict.category ?? 'chrome'
      if (rules[category] === false) continue
      // A phrase of a category switched off (`Subscribe to our newsletter`
      // with `subscribe: false`) stays, whatever part of the page it is in.
      const phrase = someOff ? phraseOf(line) : undefined
      if (phrase !== undefined && rules[phrase] === false) continue
      let strip = byCategory.get(category)
      if (!strip) {
        strip = stripper(tree, file, {category, ruleId: 'chrome-line'})
        byCategory.set(category, strip)
      }

      strip.line(line.node, {
        ruleId: verdict.ruleId,
        reason: verdict.reason ?? 'Unexpected page chrome `' + line.value + '`',
        note: scoreNote(verdict.score)
      })
    }

    for (const strip of byCategory.values()) strip.apply()
  }
})

export default deboilerChrome

/**
 * Category of the chrome phrase a line is (`Subscribe to our newsletter` →
 * `subscribe`), if it is one.
 *
 * @param line
 *   Line.
 * @returns
 *   Category, or `undefined`.
 */
function phraseOf(line: Line): Category | undefined {
  const key = phraseKey(line.value)
  return key ? (tailCategory(key) ?? chromeCategory(key)) : undefined
}

/**
 * What the locator reads of a page: every line as a reader sees it (also
 * those named rules already took, as context), and the lines that mark
 * where the article opens or closes.
 */
export interface LocatorInput {
  /** Lines of the page, as parsed. */
  page: ReadonlyArray<Line>
  /** Markup of the page. */
  markup: Markup
  /** Lines as the locator reads them. */
  lines: Array<LocatorLine>
  /** Lines that mark where the article starts. */
  opening: Set<number>
  /** Lines that mark where the article ends. */
  closing: Set<number>
}

/**
 * The locator’s input for a tree the named rules ran on (`npm run train`
 * reads pages through it).
 *
 * @param tree
 *   Tree, after the named rules.
 * @param file
 *   File of the tree.
 * @returns
 *   Input, or `undefined` for a page too short to judge.
 */
export function locatorInput(tree: Root, file: VFile): LocatorInput | undefined {
  // Judge every line of the page, also those named rules already took:
  // they are context (a menu around a lone kept label is still a menu).
  const page = linesOf(tree)
  // Too little text to tell an article from its page: leave it be.
  if (countWords(page) < minimumWords) return undefined
  // The locator reads each line as parsed, before rules cut into it, as a
  // reader sees it (links are their text, a wrapped paragraph one line).
  const source = String(file)
  const {markup} = formatOf(tree)
  // Each line's text a string of its own, not a view into the page's
  // (`ownCopy`): the locator reads every character of every line.
  const lines = page.map((line) => ({
    value: ownCopy(readerText(joined(source.slice(line.node.position!.start.offset, line.node.position!.end.offset)), markup)),
    blankBefore: line.blankBefore,
    strippedBy: line.strippedBy,
    keptFor: line.keptFor
  }))
  // Lines some named rules took mark where the article starts or ends.
  return {page, markup, lines, ...marks(page, lines)}
}

/**
 * Judge each Markdown table and each fenced code block as one block: kept
 * whole when the line before it or the line after it is kept (a table or a
 * listing of the article sits in its text), else stripped whole with the
 * verdict of its first stripped line.
 *
 * @param lines
 *   Lines left by the named rules.
 * @param verdicts
 *   Verdict of each (changed in place).
 */
function keepTables(lines: ReadonlyArray<Line>, verdicts: Array<LineVerdict | undefined>): undefined {
  keepBlocks(lines, markdownTables(lines), verdicts)
  keepBlocks(lines, markdownFences(lines), verdicts)
}

/**
 * Judge blocks of lines, each as one (`keepTables`). A neighbour counts only
 * when it is the page's next line: with a line a named rule took between
 * them (`Copyright … All rights reserved.` above a block in the footer), the
 * block does not sit in the kept text.
 *
 * @param lines
 *   Lines left by the named rules.
 * @param blocks
 *   Per line, the first line of its block, or `-1`.
 * @param verdicts
 *   Verdict of each line (changed in place).
 */
function keepBlocks(lines: ReadonlyArray<Line>, blocks: Int32Array, verdicts: Array<LineVerdict | undefined>): undefined {
  const size = blocks.length
  let start = 0

  while (start < size) {
    if (blocks[start] !== start) {
      start++
      continue
    }

    let end = start + 1
    while (end < size && blocks[end] === start) end++
    const keep =
      (verdicts[start - 1]?.keep === true && lines[start - 1]!.index === lines[start]!.index - 1) ||
      (verdicts[end]?.keep === true && lines[end]!.index === lines[end - 1]!.index + 1)
    const dropped = verdicts.slice(start, end).find((verdict) => verdict && !verdict.keep)
    for (let index = start; index < end; index++) {
      const verdict = verdicts[index]
      if (keep) verdicts[index] = {keep: true, score: verdict?.score ?? 0}
      else if (verdict?.keep !== false && dropped) verdicts[index] = {...dropped, score: verdict?.score ?? dropped.score}
    }

    start = end
  }
}

/**
 * A line break inside a hard-wrapped paragraph.
 */
const wrapBreak = /\r\n?|\n/

/**
 * The text of a line of the page as one line: a hard-wrapped paragraph reads
 * as it would unwrapped, one space where each line break was (`fold -s`
 * keeps the space it breaks at).
 *
 * @param value
 *   Text of the line in the source.
 * @returns
 *   Text on one line.
 */
function joined(value: string): string {
  if (!value.includes('\n') && !value.includes('\r')) return value
  return value
    .split(wrapBreak)
    .map((part) => part.trim())
    .join(' ')
}

/**
 * Rules whose lines mark where an article ends: rights notices, tags, share
 * prompts, time stamps.
 */
const closers = /^(?:copyright-(?:notice|reserved|link)|tags-list|share-prompt|timestamp-)/

/**
 * Rules whose lines mark where an article starts: the site’s menus, time
 * stamps, the reading time, share prompts.
 */
const openers =
  /^(?:navigation-(?:menu|menu-row|breadcrumb)|timestamp-(?:updated|published)|counter-reading-time|share-prompt)$/

/**
 * Most lines a page may have from one of those rules for them to mark where
 * its article starts or ends (menus aside, a line each item).
 */
const maxMarks = 3

/**
 * Lines that the named rules stripped as a line that opens or closes an
 * article, leaving out a rule that struck more than `maxMarks` lines (menus
 * aside): a page with a time stamp, tags or a share prompt on every entry (a
 * live blog, a list of posts) does not start or end at them.
 *
 * A line of a menu (`navigation-menu`) opens an article only when its menu
 * has `minMenuItems` different items: a product name between two `Check
 * price` links inside an article is no site menu.
 *
 * @param page
 *   Lines of the page, marked by the rules that ran before.
 * @param lines
 *   The same lines as the locator reads them (text without link targets).
 * @returns
 *   Indices of the opening and of the closing lines.
 */
function marks(page: ReadonlyArray<Line>, lines: ReadonlyArray<LocatorLine>): {opening: Set<number>; closing: Set<number>} {
  const byRule = new Map<string, Array<number>>()
  for (const line of page) {
    const ruleId = line.strippedBy
    if (ruleId === undefined || !(openers.test(ruleId) || closers.test(ruleId))) continue
    let found = byRule.get(ruleId)
    if (!found) {
      found = []
      byRule.set(ruleId, found)
    }

    found.push(line.index)
  }

  const opening = new Set<number>()
  const closing = new Set<number>()
  for (const [ruleId, found] of byRule) {
    if (found.length > maxMarks && !ruleId.startsWith('navigation-')) continue
    const opens = openers.test(ruleId)
    const closes = closers.test(ruleId)
    const items = ruleId === 'navigation-menu' ? menuItems(lines) : undefined
    for (const index of found) {
      if (opens && (items === undefined || items[index]! >= minMenuItems)) opening.add(index)
      if (closes) closing.add(index)
    }
  }

  return {opening, closing}
}

/**
 * Fewest different items of a menu whose lines mark where an article starts.
 * On the six dev sets, 2 changes nothing and 4 cuts headlines of plain-text
 * pages (see `docs/measurements.md`).
 */
const minMenuItems = 3

/**
 * Per line, how many different items the run of navigation lines it is in
 * has (lines next to each other that `deboilerNavigation` took; an image is
 * no item): 0 for a line outside one. Linear in the lines.
 *
 * @param lines
 *   Lines as the locator reads them.
 * @returns
 *   Items, by line.
 */
function menuItems(lines: ReadonlyArray<LocatorLine>): Int32Array {
  const result = new Int32Array(lines.length)
  let start = 0

  while (start < lines.length) {
    if (!lines[start]!.strippedBy?.startsWith('navigation-')) {
      start++
      continue
    }

    const items = new Set<string>()
    let end = start
    while (end < lines.length && lines[end]!.strippedBy?.startsWith('navigation-')) {
      const item = lines[end]!.value.trim().toLowerCase()
      if (item && lines[end]!.strippedBy !== 'navigation-image') items.add(item)
      end++
    }

    result.fill(items.size, start, end)
    start = end
  }

  return result
}

/**
 * Notes by score shown with two decimals: a page strips many lines and a
 * large input hundreds of thousands, with about a hundred different notes.
 */
const notes = new Map<string, string>()

/**
 * The note of a strip: its score, with two decimals (`score 0.12`).
 *
 * @param score
 *   Score.
 * @returns
 *   Note, one string per distinct text.
 */
function scoreNote(score: number): string {
  const fixed = score.toFixed(2)
  let note = notes.get(fixed)
  if (note === undefined) {
    note = 'score ' + fixed
    // Scores lie in 0–1; the bound only guards against a model of yours.
    if (notes.size < 1024) notes.set(fixed, note)
  }

  return note
}

/**
 * Count the words of a page (runs of non-white space), stopping early.
 *
 * @param lines
 *   Lines.
 * @returns
 *   Words, up to `minimumWords`.
 */
function countWords(lines: ReadonlyArray<{value: string}>): number {
  let count = 0
  for (const line of lines) {
    count += wordCount(line.value, minimumWords - count)
    if (count >= minimumWords) break
  }

  return count
}
