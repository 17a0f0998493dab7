import type {Line} from '../util/lines.js'
import {counterLabels, memberTitles, noticeStarts, notices, strongButtons, weakButtons} from '../data/forum.js'
import {months} from '../data/timestamp.js'
import {isButtonRow, normalLine, readRow, type Buttons, type Row} from '../util/button-row.js'
import {allOf, trieSource} from '../util/lexicon.js'
import {foldedSpacedValue, spacedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {pageMemo} from '../util/page-memo.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

const buttons: Buttons = {strong: new Set(allOf(strongButtons)), weak: new Set(allOf(weakButtons))}
const titles = new Set(memberTitles)
const notice = new Set(allOf(notices))

/**
 * A month name, as a trie: the patterns below are tried on most short lines.
 */
const month = '(?:' + trieSource(months) + ')'

/**
 * A value of a counter: a number (`8,412`, `1.2k`) or a date (`Jan 2015`,
 * `2011-11-29`, `11-29-2024, 09:03 AM`).
 */
const value = '(?:' + month + '\\.?|\\d+(?:[.,:/-]\\d+)*[km]?)(?:,? (?:' + month + '\\.?|\\d+(?:[.,:/-]\\d+)*|[ap]m)){0,4}'

/**
 * A label of a member counter.
 */
const label = '(?:' + trieSource(allOf(counterLabels)) + ')'

/**
 * A counter: `Messages: 8,412`, `Joined 2024`, `3 posts`.
 */
const pair = new RegExp('^(?:' + label + '(?: ?[:：] ?| )' + value + '|' + value + ' ' + label + ')$', 'u')

/**
 * What each counter of a row starts with: a label, or the month or number
 * of a value (the first counter starts the line).
 */
const pairStart = new RegExp('^(?:' + label + '|' + month + '|\\d)', 'u')

/**
 * A counter with a colon, which needs no other forum debris on the page
 * (`Registered: 2007-06-09`).
 */
const colonCounter = new RegExp('^' + label + ' ?[:：] ?' + value + '$', 'u')

/**
 * What separates the counters of a row (`3 posts · Joined 2024`).
 */
const counterSeparator = / ?[·•|] ?/u

/**
 * A label alone, above its value (`Messages:` then `3`), and a value alone.
 */
const labelAlone = new RegExp('^' + label + ' ?([:：]?)$', 'u')
const valueAlone = new RegExp('^' + value + '$', 'u')

/**
 * Activity of a question-and-answer site: `Asked 2 years, 2 months ago`,
 * `Viewed 2k times`, `asked Jan 4, 2024 at 11:30`, badge counts.
 */
const activity = new RegExp(
  '^(?:(?:asked|answered|edited|modified|commented) (?:' +
    value +
    '(?: at \\d{1,2}:\\d{2})?|(?:\\d+ \\p{L}+,? ?){1,2}ago|today|yesterday)|viewed [\\d.,]+k? times?|[\\d.,k]+(?: ?(?:gold|silver|bronze) badges?[\\d.,]*)+)$',
  'u'
)

/**
 * The number of a post alone: `#12`. With the date of the post (`#1 · Jun
 * 3, 2024`, `11-29-2024, 09:03 AM #1`) the line stays, as the date is part
 * of the post.
 */
const postNumber = /^#\d{1,5}(?: ?\(edited\))?$/u

/**
 * Who started a thread: `Thread starter Pippin06`, `Ejp55230 Discussion
 * starter`.
 */
const starter = /^(?:(?:thread|discussion|topic) starter\s+\S{1,30}|\S{1,30}\s+(?:thread|discussion|topic) starter)$/u

/**
 * Who liked a post: `MargoFarrel likes this.`, `Ann, Bob and 3 others like
 * this.`; not `I like this.`
 */
const likes = /^(?!(?:i|we|you|they|people|everyone|nobody)\s)\S{1,30}(?:,\s\S{1,30})*(?:\sand\s(?:\d+\sothers?|\S{1,30}))?\slikes?\sthis\.?$/u

/**
 * Statistics of a thread: `Start date Jan 22, 2023`, `Viewing 4 posts - 1
 * through 4 (of 4 total)`, `Reactions: Ann, Bob and 2 others`.
 */
const threadStats = new RegExp(
  '^(?:start date ' +
    value +
    '|viewing \\d+ (?:posts?|topics?|replies) - \\d+ through \\d+ \\(of \\d+ total\\)|reactions: \\S.{0,100})$',
  'u'
)

/**
 * A notice that ends with the name of the site (`noticeStarts`).
 */
const noticeStart = new RegExp('^(?:' + trieSource(allOf(noticeStarts)) + ')', 'u')

/**
 * The tools of a NodeBB thread, before its tags: `Watching Ignoring
 * Scheduled Pinned Locked Moved World activitypub`.
 */
const topicTools = /^watching ignoring scheduled pinned locked moved(?: \S{1,40}){0,12}$/u

/**
 * What forum software prints between posts: `Edited January 29 by ErnestQ
 * (see edit history)`, `3 months later...` (Invision), `1 Reply Last reply`
 * (NodeBB), `1-10 of 20 replies`, `Latest: WarmJewel` (XenForo, the last
 * poster of a thread in a list).
 */
const between = new RegExp(
  '^(?:edited ' +
    value +
    ' by \\S{1,30}(?: \\(see edit history\\))?|\\d{1,3} (?:minutes?|hours?|days?|weeks?|months?|years?) later|\\d{1,5} repl(?:y|ies) last reply|\\d{1,5}-\\d{1,5} of \\d{1,6} (?:replies|posts|comments)|latest: \\S{1,30})$',
  'u'
)

/**
 * Forum debris on a page before a rule says a line that needs it (a post
 * number, a member rank) is debris too.
 */
const minimumEvidence = 2

/**
 * Forum debris found on each page (counted once a line needs it).
 */
const evidenceOf = pageMemo((_: ReadonlyArray<Line>): {found: number | undefined} => ({found: undefined}))

/**
 * What `deboilerForum` is and does.
 */
export const meta = {
  category: 'forum',
  ruleId: 'forum-buttons',
  ruleIds: ['forum-buttons', 'forum-counter', 'forum-post-number', 'forum-member', 'forum-notice'],
  maxLength: 120,
  strips:
    'buttons and counters of forum posts (`Reply With Quote`, `Click to expand...`, `Messages: 8,412`, `Joined: Jan 2015`), notices of forum software (`You must log in or register to reply here.`); on a page with other forum debris, post numbers alone (`#2`), member ranks (`Senior Member`) and thread statistics (`Start date Jan 22, 2023`); the author line and the date of a post stay',
  example: 'Reply With Quote 0',
  group: 'engagement'
} as const satisfies RuleDocs

/**
 * Strip the buttons and counters forum software prints around each post.
 *
 * ###### Notes
 * A line is forum debris when it is a row of post buttons (`Reply Quote
 * Like`: buttons that are ordinary words, like `Quote` or `Like`, need a
 * second one), a member counter with its value (`Posts: 123`, `16,287 posts
 * · Joined 2012`, or `Messages:` above `3`), or a notice of the thread. The
 * author line and the date of a post stay. A post number (`#2`) and a member
 * rank (`Senior Member`) are ordinary lines of other pages: they go only on
 * a page with two lines of other forum debris.
 */
const deboilerForum = defineLineRule(meta, function (line, lines) {
  const value = normal(foldedSpacedValue(line.node))
  const row = readRow(value, buttons)
  const verdict = strongVerdict(value, row, lines, line.index)
  if (verdict) return {ruleId: verdict[0], reason: unexpected(verdict[1], line.value)}
  // The page’s evidence is counted only for a line that needs it; once it is
  // known to be too little, no line needs it.
  const known = evidenceOf(lines).found
  if (known !== undefined && known < minimumEvidence) return undefined
  const weak = weakVerdict(value, row, lines, line.index)
  return weak && evidence(lines) >= minimumEvidence ? {ruleId: weak[0], reason: unexpected(weak[1], line.value)} : undefined
})

export default deboilerForum

/**
 * Kind of forum debris: rule id and what to call it.
 */
type Kind = readonly [ruleId: (typeof meta.ruleIds)[number], name: string]

/**
 * Judge a line on its own words (and the label above a value).
 *
 * @param value
 *   Normalised line.
 * @param row
 *   The line read as a row of buttons (`readRow()`).
 * @param lines
 *   Lines of the page.
 * @param index
 *   Place of the line.
 * @returns
 *   Kind, when it is forum debris.
 */
function strongVerdict(value: string, row: Row | undefined, lines: ReadonlyArray<Line>, index: number): Kind | undefined {
  if (notice.has(value) || noticeStart.test(value) || (value.startsWith('watching ') && topicTools.test(value))) {
    return ['forum-notice', 'forum notice']
  }

  if (value.includes('starter') && starter.test(value)) return ['forum-member', 'thread starter']
  if (row && row.strong > 0) return ['forum-buttons', 'forum buttons']
  if (colonCounter.test(value) || activity.test(value)) return ['forum-counter', 'forum counter']
  // `Messages:` above `3`: the colon makes a label of the word.
  if (colonLabel(value) && valueAlone.test(lineAt(lines, index + 1))) return ['forum-counter', 'forum counter']
  if (valueAlone.test(value) && colonLabel(lineAt(lines, index - 1))) return ['forum-counter', 'forum counter']
  return undefined
}

/**
 * Judge a line that is forum debris only on a forum page.
 *
 * @param value
 *   Normalised line.
 * @param row
 *   The line read as a row of buttons (`readRow()`).
 * @param lines
 *   Lines of the page.
 * @param index
 *   Place of the line.
 * @returns
 *   Kind, when it is forum debris.
 */
function weakVerdict(value: string, row: Row | undefined, lines: ReadonlyArray<Line>, index: number): Kind | undefined {
  if (isButtonRow(row)) return ['forum-buttons', 'forum buttons']
  if (postNumber.test(value)) return ['forum-post-number', 'post number']
  if (titles.has(value)) return ['forum-member', 'member rank']
  if (value.includes('this') && likes.test(value)) return ['forum-counter', 'forum reactions']
  if (threadStats.test(value)) return ['forum-counter', 'thread statistics']
  if (between.test(value)) return ['forum-counter', 'thread statistics']
  if (pairStart.test(value) && value.split(counterSeparator).every((part) => pair.test(part))) {
    return ['forum-counter', 'forum counter']
  }

  if (labelAlone.test(value) && valueAlone.test(lineAt(lines, index + 1))) return ['forum-counter', 'forum counter']
  if (valueAlone.test(value) && labelAlone.test(lineAt(lines, index - 1))) return ['forum-counter', 'forum counter']
  return undefined
}

/**
 * How many lines of a page are forum debris on their own words.
 *
 * @param lines
 *   Lines of the page.
 * @returns
 *   Count, up to `minimumEvidence`.
 */
function evidence(lines: ReadonlyArray<Line>): number {
  const page = evidenceOf(lines)
  if (page.found === undefined) {
    let found = 0
    for (const line of lines) {
      if (line.value.length > meta.maxLength) continue
      const value = lineAt(lines, line.index)
      if (strongVerdict(value, readRow(value, buttons), lines, line.index) && ++found >= minimumEvidence) break
    }

    page.found = found
  }

  return page.found
}

/**
 * Whether a line is a counter label with a colon (`Messages:`).
 *
 * @param value
 *   Normalised line.
 * @returns
 *   Whether it is.
 */
function colonLabel(value: string): boolean {
  return Boolean(labelAlone.exec(value)?.[1])
}

/**
 * The normalised text of a line of the page.
 *
 * @param lines
 *   Lines of the page.
 * @param index
 *   Place of the line.
 * @returns
 *   Text, empty out of the page.
 */
function lineAt(lines: ReadonlyArray<Line>, index: number): string {
  const line = lines[index]
  return line ? normal(spacedValue(line.node)) : ''
}

/**
 * Normalise a single-spaced lower-case line: no end punctuation.
 *
 * @param value
 *   Line.
 * @returns
 *   Normalised line.
 */
function normal(value: string): string {
  return normalLine(value, '.!…')
}
