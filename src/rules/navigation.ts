import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  adjacentLinks,
  galleryCounterWords,
  homeWords,
  moreLinkWords,
  newTabWords,
  pageCounterWords,
  playerWords,
  sectionWords,
  siteLinkWords,
  skipLinkWords
} from '../data/navigation.js'
import {chromeCategory} from '../structure/phrases.js'
import {dotless, lowerValue, phraseKey} from '../util/line-text.js'
import {byLanguage} from '../util/languages.js'
import {allOf, trieSource} from '../util/lexicon.js'
import {formatOf, lineOf, lines, linesOf, lineValue, unbroken, type Line} from '../util/lines.js'
import type {Markup} from '../util/format.js'
import {isGluedMenu} from '../util/glued.js'
import {isImageLine, linkShape, markdownTables} from '../util/markup.js'
import {isBreadcrumb, isSeeAll, isShortLink, lineShape, linkKey, sizeButtons, type Shape} from '../util/menu.js'
import {unexpected} from '../util/quote.js'
import {endsSentence, isWhiteSpace} from '../util/shape.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {stripper} from '../util/strip.js'

/**
 * Kind of navigation a line is: its rule id, and what the reason calls it.
 */
type Kind = readonly [ruleId: (typeof meta.ruleIds)[number], name: string]

/**
 * What `deboilerNavigation` is and does.
 */
export const meta = {
  category: 'navigation',
  ruleId: 'navigation-link',
  ruleIds: [
    'navigation-skip-link',
    'navigation-label',
    'navigation-link',
    'navigation-more',
    'navigation-breadcrumb',
    'navigation-menu-row',
    'navigation-menu',
    'navigation-size-toggle',
    'navigation-link-line',
    'navigation-image',
    'navigation-glued-menu'
  ],
  strips: 'skip links, lone section labels above the headline, menus, breadcrumbs, page and gallery counters (`Seite 2 von 3`, `Image 3 of 12`), “Load more”, size toggles, links that say they open a new tab (`Westlaw, opens new tab`); where the text marks its links (Markdown, html-to-text), lines of links (two or more, a list item, or next to another) and images or logos alone, an image’s own text that html-to-text prints above its address (`a woman models a pink tee`), and the address of an image it prints inside a line of text (`Video [/img/icon_video.gif] Electricity has been restored…`); menus saved with nothing between their items (`homeUK newsWorld news…`)',
  example: 'Accessibility links',
  group: 'chrome'
} as const satisfies RuleDocs
const skip: Kind = ['navigation-skip-link', 'skip link']
const more: Kind = ['navigation-more', 'more link']
const link: Kind = ['navigation-link', 'site link']
const crumbs: Kind = ['navigation-breadcrumb', 'breadcrumb']
const row: Kind = ['navigation-menu-row', 'menu row']
const toggle: Kind = ['navigation-size-toggle', 'size toggle']
const label: Kind = ['navigation-label', 'section label']
const item: Kind = ['navigation-menu', 'menu item']
const linkLine: Kind = ['navigation-link-line', 'line of links']
const imageLine: Kind = ['navigation-image', 'image']
const imageText: Kind = ['navigation-image', 'image text']
const gluedMenu: Kind = ['navigation-glued-menu', 'glued menu']
// A section name on its own: stripped only in a menu or as a label.
const section: Kind = ['navigation-menu', 'section name']
const skipLinks = allOf(skipLinkWords, playerWords)
const homes = allOf(homeWords)
const phrases = new Map<string, Kind>([
  ...allOf(sectionWords).map((value) => [value, section] as const),
  ...allOf(siteLinkWords).map((value) => [value, link] as const),
  ...homes.map((value) => [value, link] as const),
  ...allOf(moreLinkWords).map((value) => [value, more] as const),
  ...skipLinks.map((value) => [value, skip] as const)
])
const skipSet = new Set(skipLinks)
const skipStarts = new Set(skipLinks.map((value) => value.split(' ')[0]!))
// Most words in a skip link.
const skipWords = Math.max(...skipLinks.map((value) => value.split(' ').length))
const crumbSeparator = /(?<!\s)\s*[»›>＞]\s*|(?<!\s)\s+\/\s*|(?<!\s)\s*\/$/u
// Full-width decoration and arrows around a link (`検索：`, `＞ 次へ`, `다음 기사
// ▶`), and the dot that lower-casing a Turkish `İ` leaves (`i̇letişim`).
const wideDecoration = new Set([...'：；・｜＞＜〉〈»«▶◀►◄'])
// The next or previous article with its title (`Next article: <title>`):
// the label before a colon, a title that is no sentence.
const adjacent = new Set(allOf(adjacentLinks))
const adjacentLink = /^([^:：]{2,30})[:：]\s*\S.*[^.!?。！？]$/u
// A close or menu button alone: `×`, `☰`.
const closeButton = /^[×✕☰]$/u
// Home | News | Sport; Print • Email.
const rowSeparator = /(?<!\s)\s*[|•·]\s*/u
const rowItem = /^\p{L}[^\d:()]{0,39}$/u
const listItem = /^(?:[-*+•·]|\d{1,3}[.)])\s/u
const lowerLabel = /^\p{Ll}[\p{Ll}-]*$/u
// Longest label of a link that says it opens a new tab.
const maxNewTabLabel = 40

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick) {
  // Westlaw, opens new tab; Impressum (öffnet in einem neuen Fenster).
  const newTabMarks = pick(newTabWords)
  const newTab = trieSource(newTabMarks)
  return {
    // A line that may be a run of skip links: a separator first, or a word
    // that starts a skip link and then a separator.
    skipOpening: new RegExp(
      String.raw`^(?:[\s|•·]|(?:` +
        trieSource([...new Set(pick(skipLinkWords, playerWords).map((value) => value.split(' ')[0]!))]) +
        String.raw`)[\s|•·])`,
      'u'
    ),
    // Seite 2 von 3; 第2页，共5页; Image 3 of 12: `#` a number, a space any
    // run of spaces or none. Tries, as these are tried on most lines (a
    // space or `#` in the source of a trie is one of an entry).
    pageCounter: new RegExp(
      '^(?:' +
        trieSource(pick(pageCounterWords, galleryCounterWords)).replaceAll('#', String.raw`\d{1,4}`).replaceAll(' ', String.raw`\s*`) +
        ')$',
      'u'
    ),
    // Startseite > Politik; Accueil / Monde; ホーム ＞ ニュース.
    homeCrumb: new RegExp(
      '^(?:' + trieSource(pick(homeWords)).replaceAll(' ', String.raw`\s+`) + String.raw`)(?:\s*[»›>＞]|\s+/)`,
      'u'
    ),
    newTabEnd: new RegExp('(?:' + newTab + ')[)）]?$', 'u'),
    newTabSplit: new RegExp(newTab, 'u'),
    // Longest end of a line that holds such a mark.
    maxNewTabMark: Math.max(0, ...newTabMarks.map((value) => value.length)) + 1
  }
})

/**
 * The searches of the rule for one page.
 */
type Searches = ReturnType<typeof searchesOf>

/**
 * Strip navigation: skip links, site links, menus and menu rows,
 * breadcrumbs, `Load more` and `See all` links, text size toggles, and lone
 * section labels in the head of the document.
 *
 * ###### Notes
 * Only whole lines are judged, so a sentence that starts with `Search` or
 * `Print` is kept. A section name (`Business`, `World`) counts only in a menu
 * (four or more short lines in a row, two of them known; in the body, a
 * third) or above the headline. In the head (before the first prose line), a
 * label above the headline is a section label (`Defense`, `Breaking News`),
 * unless a byline, a date or prose follows it, which makes it the headline;
 * below the headline only a lower-case word is (`update`), as bylines,
 * datelines and sub-headings are article. Use after `deboilerLines`.
 *
 * @returns
 *   Transformer.
 */
const deboilerNavigation = defineRule(meta, function () {
  return function (tree: Root, file: VFile): undefined {
    const all = lines(tree)
    const values = all.map((node) => lineValue(node))
    const shapes = values.map((value) => lineShape(value))
    const buttons = values.map((value) => sizeButtons(value))
    const searches = searchesOf(linesOf(tree))
    const kinds = values.map(function (value, index) {
      // XS, SM, MD, LG one a line: a size button next to another one.
      const next = (buttons[index - 1] ?? 0) > 0 || (buttons[index + 1] ?? 0) > 0
      const kind = judge(value, all[index]!, buttons[index]!, searches)
      return kind ?? (buttons[index] === 1 && next ? toggle : undefined)
    })
    const first = shapes.findIndex((line) => line.prose)
    let last = shapes.length
    while (--last > first && !shapes[last]!.prose) {
      // Find the last prose line: menus after it need less evidence.
    }

    const {markup} = formatOf(tree)
    links(values, kinds, markup, all, linesOf(tree))
    // A line of a menu that the chrome phrases give another category
    // (`Link kopieren`: share, `Anzeige`: advert) is left to that category.
    menus(shapes, kinds, first, last, function (index) {
      const category = chromeCategory(phraseKey(values[index]!))
      return category !== undefined && category !== 'navigation' && category !== 'chrome'
    })
    head(values, shapes, kinds, first)
    // A Markdown table is the article’s or not as a whole: the locator judges it.
    if (markup === 'markdown') {
      const tables = markdownTables(linesOf(tree))
      for (const [index, start] of tables.entries()) if (start >= 0) kinds[index] = undefined
    }

    const strip = stripper(tree, file, meta)
    for (const [index, kind] of kinds.entries()) {
      if (kind && kind !== section) {
        const reason = unexpected(kind[1], values[index]!)
        strip.line(all[index]!, {ruleId: kind[0], reason})
      } else if (markup === 'text') {
        const offset = all[index]!.position!.start.offset!
        for (const [start, end] of inlineImages(values[index]!)) {
          const reason = unexpected(imageLine[1], values[index]!.slice(start, end).trim())
          strip.range(all[index]!, offset + start, offset + end, {ruleId: imageLine[0], reason})
        }
      }
    }

    strip.apply()
  }
})

export default deboilerNavigation

/**
 * Judge one line on its own.
 *
 * @param value
 *   Line.
 * @param node
 *   Its node.
 * @param buttons
 *   How many text size buttons it is (`sizeButtons(value)`).
 * @param searches
 *   Searches of the page.
 * @returns
 *   Kind of navigation, if any.
 */
function judge(value: string, node: Paragraph, buttons: number, searches: Searches): Kind | undefined {
  // Navigation is short; most lines are not, so cheap tests go first.
  if (value.length > 200) return isGluedMenu(value) ? gluedMenu : undefined
  const phrase = value.length <= 60 ? known(lowerValue(node)) : undefined
  if (phrase) return phrase
  if (buttons > 1) return toggle
  if (closeButton.test(value)) return skip
  if (value.length <= 160 && isAdjacentLink(lowerValue(node).trim())) return more
  if (isSeeAll(value)) return more
  if (isBreadcrumb(value) || isHomeCrumb(lowerValue(node), searches)) return crumbs
  if (value.length <= 60 && searches.pageCounter.test(lowerValue(node).trim())) return more
  if (value.length <= 80 && digit.test(value) && isPager(lowerValue(node))) return more
  if (value.length <= 200 && isSkipRun(lowerValue(node), searches)) return skip
  if (isNewTabRow(lowerValue(node), searches)) return link
  if (isGluedMenu(value)) return gluedMenu

  // Anmelden / Registrieren: a slash separates only known links.
  if (value.includes(' / ') && value.split(' / ').every((piece) => known(piece.toLowerCase()))) return row
  // Without a separator, a line is one piece, not a row.
  if (!value.includes('|') && !value.includes('•') && !value.includes('·')) return undefined
  const pieces = value.split(rowSeparator)
  const items = pieces.filter(Boolean)
  if (pieces.length < 2 || items.length === 0) return undefined
  if (items.every((piece) => known(piece.toLowerCase()))) return row
  // Home | News | Sport; `Content |`, an item whose separator is left.
  if (!value.includes('|') || !items.every((piece) => rowItem.test(piece) && isShortLink(piece))) return undefined
  return items.length > 2 || (items.length === 1 && pieces[0] !== '') ? row : undefined
}

/**
 * Whether a line (or a piece of a row) is a known link or section name.
 *
 * @param value
 *   Text, lower case.
 * @returns
 *   Kind, if known.
 */
function known(value: string): Kind | undefined {
  const found = phrases.get(linkKey(value))
  if (found) return found
  // Most lines have no wide decoration: the same key again.
  const bare = undecorated(value)
  return bare === value ? undefined : phrases.get(linkKey(bare))
}

/**
 * A page number of a pager, and the arrows and marks around its links.
 */
const pageNumber = /^\d{1,3}$/u
const pagerMark = /^[«»‹›◀▶◁▷<>←→…|·•–—-]+$/u
const digit = /\d/u

/**
 * Most words of one link of a pager (`page précédente`, `trang trước`).
 */
const maxPagerLinkWords = 2

/**
 * Whether a line is a pager: page numbers, two at least, with the links to
 * the page before or after and the marks around them (`« Previous 1 2 3
 * Next »`, `« Forrige 1 2 3 Næste »`, `上一页 1 2 3 下一页`).
 *
 * @param value
 *   Line, lower case.
 * @returns
 *   Whether it is.
 */
function isPager(value: string): boolean {
  const words = value.split(/\s+/u).filter((word) => word !== '')
  let numbers = 0
  let links = 0
  let index = 0

  while (index < words.length) {
    const word = words[index]!
    if (pageNumber.test(word)) {
      numbers++
      index++
      continue
    }

    if (pagerMark.test(word)) {
      index++
      continue
    }

    let size = maxPagerLinkWords
    while (size > 0 && known(words.slice(index, index + size).join(' ')) !== more) size--
    if (size === 0) return false
    links++
    index += size
  }

  return numbers > 1 && links > 0
}

/**
 * Whether a line is a breadcrumb that starts with a home link in one of the
 * languages (`Startseite > Politik > Ausland`).
 *
 * @param value
 *   Line, lower case.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether it is.
 */
function isHomeCrumb(value: string, searches: Searches): boolean {
  return searches.homeCrumb.test(value) && value.split(crumbSeparator).every((step) => isShortLink(step))
}

/**
 * Whether a line is links that each say they open a new tab (`Westlaw, opens
 * new tab`, `Impressum (öffnet in einem neuen Fenster)Credits Datenschutz
 * (öffnet in einem neuen Fenster)`), each label a few words.
 *
 * @param value
 *   Line, lower case.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether it is.
 */
function isNewTabRow(value: string, searches: Searches): boolean {
  const {newTabEnd, newTabSplit, maxNewTabMark} = searches
  // Most lines: no mark at their end (looked for in the end only).
  if (!newTabEnd.test(value.slice(-maxNewTabMark))) return false
  const pieces = value.split(newTabSplit)
  for (const [index, piece] of pieces.entries()) {
    // The label between the marks, without `)` before and `, (` after it.
    let start = 0
    let end = piece.length
    while (start < end && ')） |'.includes(piece.charAt(start))) start++
    while (end > start && ' ,(（|–-'.includes(piece.charAt(end - 1))) end--
    const label = piece.slice(start, end)
    // A label is a name, not a clause (`Click the link below, which opens…`).
    const name = label.length <= maxNewTabLabel && !label.includes(',') && label.split(' ').length <= 6
    if (index === pieces.length - 1 ? label !== '' : !name) return false
  }

  return true
}

/**
 * Whether a line is two or more skip links saved one after the other
 * (`Zum Hauptinhalt springen Zur Suche springen`).
 *
 * @param value
 *   Line, lower case.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether it is.
 */
function isSkipRun(value: string, searches: Searches): boolean {
  // Most lines: their first word starts no skip link.
  if (!searches.skipOpening.test(value)) return false
  const words = value.split(/[\s|•·]+/u).filter(Boolean)
  if (words.length < 2 || !skipStarts.has(words[0]!)) return false
  // Fewest skip links that make up the first `index` words.
  const fewest: Array<number> = [0]

  for (let start = 0; start < words.length; start++) {
    const before = fewest[start]
    if (before === undefined) continue
    for (let end = start + 1; end <= Math.min(words.length, start + skipWords); end++) {
      if (skipSet.has(words.slice(start, end).join(' '))) fewest[end] = Math.min(fewest[end] ?? end, before + 1)
    }
  }

  const count = fewest[words.length]
  return count !== undefined && count > 1
}

/**
 * Mark menus: runs of four or more short lines with at least two known
 * links or section names; in the body, between the first and the last prose
 * line, a third of the run must be known.
 *
 * @param shapes
 *   Lines.
 * @param kinds
 *   Judgements so far, changed in place.
 * @param first
 *   Index of the first prose line (`-1` when there is none).
 * @param last
 *   Index of the last prose line.
 * @param other
 *   Whether a line is a chrome phrase of another category.
 */
function menus(
  shapes: Array<Shape>,
  kinds: Array<Kind | undefined>,
  first: number,
  last: number,
  other: (index: number) => boolean
): undefined {
  let start = 0

  while (start < shapes.length) {
    let end = start
    let known = 0
    while (end < shapes.length && (kinds[end] || shapes[end]!.label)) {
      if (kinds[end]) known++
      end++
    }

    const outside = end <= first || start > last
    if (end - start > 3 && known > 1 && (outside || known * 3 >= end - start)) {
      for (let index = start; index < end; index++) {
        if ((!kinds[index] || kinds[index] === section) && !other(index)) kinds[index] = item
      }
    }

    start = end + 1
  }
}

/**
 * Mark labels in the head: labels above the headline, and lower-case words
 * between the headline and the first prose line.
 *
 * @param values
 *   Lines.
 * @param shapes
 *   Their shapes.
 * @param kinds
 *   Judgements so far, changed in place.
 * @param end
 *   Index of the first prose line (`-1` when there is none).
 */
function head(values: Array<string>, shapes: Array<Shape>, kinds: Array<Kind | undefined>, end: number): undefined {
  let headline = false

  for (let index = 0; index < end; index++) {
    const line = shapes[index]!
    if (kinds[index] && kinds[index] !== section) continue
    if (headline) {
      // update
      if (lowerLabel.test(values[index]!)) kinds[index] = label
    } else if (line.label && (kinds[index] === section || !shapes[index + 1]!.opener)) {
      // Defense; Breaking News
      kinds[index] = label
    } else if (line.label || line.words > 3) {
      headline = true
    }
  }
}

/**
 * Mark lines of links and lines of images, where the text says where its
 * links are (Markdown, html-to-text): an image or a logo alone (`![Logo](…)`,
 * `[https://…/logo.gif]`, or the bare address of an image), and lines whose every word is link text, when
 * they hold two links or more, are a list item, or stand next to another
 * such line (a menu, a list of related links). A single link on a line of
 * its own among prose (a headline, a byline) is left to the article locator.
 *
 * @param values
 *   Lines.
 * @param kinds
 *   Judgements so far, changed in place.
 * @param markup
 *   How the text marks its structure.
 * @param nodes
 *   Paragraphs of the lines.
 * @param page
 *   Lines of the page.
 */
function links(
  values: Array<string>,
  kinds: Array<Kind | undefined>,
  markup: Markup,
  nodes: ReadonlyArray<Paragraph>,
  page: ReadonlyArray<Line>
): undefined {
  // 0: prose or plain text; 1: links only; 2: images only.
  const marks = values.map(function (value) {
    // The bare address of an image (`https://…/photo.jpg`), which
    // html-to-text prints for a link to the full-size picture.
    if (value.charCodeAt(0) === 104 /* `h` */ && isImageLine(value.trim())) return 2
    if (!value.includes('[') && !value.includes('<')) return 0
    // An image that links somewhere: `[https://…/a.png]https://shop…`.
    if (afterLinkedImage(value) === '') return 2
    const shape = linkShape(unbroken(value), markup)
    if (shape.plainWords > 0) return 0
    if (shape.linkWords > 0) return shape.links > 1 || listItem.test(value) ? 3 : 1
    return shape.images > 0 || shape.links > 0 ? 2 : 0
  })

  for (const [index, mark] of marks.entries()) {
    if (mark === 0 || kinds[index]) continue
    if (mark === 2) kinds[index] = imageLine
    else if (mark === 3 || (marks[index - 1] ?? 0) > 0 || (marks[index + 1] ?? 0) > 0) kinds[index] = linkLine
  }

  if (markup !== 'text') return
  for (let index = 1; index < values.length; index++) {
    if (marks[index - 1] === 0 && !kinds[index - 1] && isImageText(values, nodes, page, index)) {
      kinds[index - 1] = imageText
    }
  }
}

/**
 * Where html-to-text printed an image inside a line of text: its address in
 * brackets (`[/img/icon_video.gif]`, a lazy-loading placeholder
 * `[data:image/svg+xml,…]`), which is no word of the text. A space before it
 * goes with it when it stands between words, so none is left doubled.
 *
 * @param value
 *   Line (line breaks as spaces).
 * @returns
 *   Start and end of each image in the line.
 */
function inlineImages(value: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  let open = value.indexOf('[')
  while (open >= 0) {
    const close = value.indexOf(']', open)
    if (close < 0) break
    const next = value.lastIndexOf('[', close)
    if (next === open && isImageLine(value.slice(open, close + 1))) {
      const spaced = open > 0 && value.charCodeAt(open - 1) === 32 && (close + 1 === value.length || value.charCodeAt(close + 1) === 32)
      found.push([spaced ? open - 1 : open, close + 1])
    }

    open = value.indexOf('[', next === open ? close + 1 : next)
  }

  return found
}

/**
 * What follows an image that is a link, as html-to-text prints it: the image’s
 * address in brackets, then the link’s (`[https://…/a.png]https://shop…`).
 *
 * @param value
 *   Line.
 * @returns
 *   The rest of the line, or the line when it does not start so.
 */
function afterLinkedImage(value: string): string {
  const end = leadingImage(value)
  if (end < 0) return value
  const rest = value.slice(end)
  const link = leadingLink.exec(rest)
  return link ? rest.slice(link[0].length) : value
}

/**
 * Where an image address in brackets that opens a line ends
 * (`[https://…/a.png]…`).
 *
 * @param value
 *   Line.
 * @returns
 *   Offset after its `]`, or `-1` when the line does not open with one.
 */
function leadingImage(value: string): number {
  if (value.charCodeAt(0) !== 91 /* `[` */) return -1
  const close = value.indexOf(']')
  return close >= 0 && isImageLine(value.slice(0, close + 1)) ? close + 1 : -1
}

/**
 * The address of a link right after an image, and the white space after it.
 */
const leadingLink = /^(?:https?:\/\/|\/)\S*\s*/

/**
 * A bracket, or the scheme of an address: a link in an image’s text.
 */
const linkInText = /[[\]]|https?:/

/**
 * What an image’s text does not end in: a lead-in (`See the plan below:`)
 * or a clause that goes on.
 */
const clauseEnd = /[:;,]$/

/**
 * A letter, in a word.
 */
const letter = /\p{L}/u

/**
 * A capital letter that opens a word.
 */
const capitalStart = /^\p{Lu}/u

/**
 * The end of an image’s text that is a call or a question, not a sentence of
 * prose.
 */
const exclaims = /[!?]$/u

/**
 * Most words of an image’s text (`alt`) printed before its address.
 */
const maximumImageText = 15

/**
 * Whether the line before an image is the image’s own text: html-to-text
 * prints an image as its `alt` text, then its address in brackets
 * (`A woman models a pink tee [https://…/tee.png]`), and the address, too
 * long to fit, goes on the next line with no blank line between. A line of a
 * few words that does not end like a sentence of prose (a call or a question
 * may: `Check out these projects!`), right above the address, is that text: a
 * reader of the page never sees it. A caption is a paragraph of its own (a
 * blank line before the address), and a sentence before an image stays.
 *
 * @param values
 *   Lines.
 * @param nodes
 *   Their paragraphs.
 * @param page
 *   Lines of the page.
 * @param index
 *   Line of the image.
 * @returns
 *   Whether the line before is the image’s text.
 */
function isImageText(
  values: ReadonlyArray<string>,
  nodes: ReadonlyArray<Paragraph>,
  page: ReadonlyArray<Line>,
  index: number
): boolean {
  if (leadingImage(values[index]!) < 0) return false
  const line = lineOf(page, nodes[index]!)
  const before = lineOf(page, nodes[index - 1]!)
  if (!line || line.blankBefore || before?.index !== line.index - 1) return false
  // After an image that links somewhere (`[https://…/a.png]https://shop…`),
  // the next image’s text is joined to its line.
  const text = afterLinkedImage(values[index - 1]!)
  // An image’s text holds no link (`Catherine Shu [https://…/author/]`).
  if (linkInText.test(text)) return false
  const words = text.split(/\s+/u).filter((word) => letter.test(word))
  // A pin's text may end in `!` or `?` (`Looking for project ideas? Check
  // out these 12 DIY woodworking projects!`); one ending in a full stop is
  // prose.
  if (words.length < 2 || words.length > maximumImageText || (endsSentence(text) && !exclaims.test(text)) || clauseEnd.test(text)) return false
  // A title (`Three Queens Met in New York Harbor`) or a name (`Kone Pro`)
  // above an image is a teaser’s or a product’s: a description is written
  // in sentence case (`a woman models a pink tee with light jeans`).
  let capitalised = 0
  for (const word of words) if (capitalStart.test(word)) capitalised++
  return capitalised * 2 < words.length
}

/**
 * Whether a line links to the next or the previous article with its title
 * (`next article: council approves the bridge`, `下一篇：…`): a label of
 * `adjacentLinks` before a colon, and a title that does not end like a
 * sentence.
 *
 * @param value
 *   Line, lower case, trimmed.
 * @returns
 *   Whether it does.
 */
function isAdjacentLink(value: string): boolean {
  const match = adjacentLink.exec(value)
  return match !== null && adjacent.has(undecorated(match[1]!))
}

/**
 * A link without the full-width decoration around it (`検索：`, `＞ 次へ`), and
 * without the dot that lower-casing a Turkish `İ` leaves (`i̇letişim`).
 *
 * @param value
 *   Line.
 * @returns
 *   Link text.
 */
function undecorated(value: string): string {
  // By hand: a pattern for the end (`[…]+$`) is quadratic on a long run.
  let start = 0
  let end = value.length
  while (start < end && (wideDecoration.has(value[start]!) || isWhiteSpace(value.charCodeAt(start)))) start++
  while (end > start && (wideDecoration.has(value[end - 1]!) || isWhiteSpace(value.charCodeAt(end - 1)))) end--
  return dotless(value.slice(start, end))
}
