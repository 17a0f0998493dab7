import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  bannerPhrase,
  bannerPhrases,
  consentPhrase,
  consentPhrases,
  controlWords,
  cookieName,
  cookieNames,
  embedLines,
  embedStarts,
  extraWords,
  labelWords,
  lifetime,
  policyPhrase,
  purposePhrases,
  technical,
  voice
} from '../data/cookie.js'
import {byLanguage} from '../util/languages.js'
import {allOf, cueSource, never, trieSource, wordStartSource} from '../util/lexicon.js'
import {lowerValue, spacedValue} from '../util/line-text.js'
import {lines as linesOf, linesOf as pageLines, lineValue} from '../util/lines.js'
import {buttonWords} from '../util/menu.js'
import {isWhiteSpace} from '../util/shape.js'
import {unexpected} from '../util/quote.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {stripper} from '../util/strip.js'

const control = new Set<string>(allOf(controlWords))
const label = new Set<string>(allOf(labelWords))
const vocabulary = new Set<string>(allOf(controlWords, labelWords, extraWords, cookieNames))

/**
 * Letters of scripts that space their words, digits and `_`: a phrase of
 * these must not touch another (`utilizamos`, not `reutilizamos`; not the
 * `cookie` of `viewed_cookie_policy`, a cookie’s name); a Japanese, Chinese
 * or Korean phrase is found inside its run.
 */
const spacedLetter = String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d_]`

/**
 * The searches of the rule, in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick) {
  const cookieNamed = pick(cookieNames)
  /**
   * Cheap cue for a cookie word (`cookie`, `çerez`, `クッキー`) anywhere in a
   * lower-case line, and the word itself.
   */
  const cookieCue = new RegExp(cueSource(cookieNamed), 'u')
  return {
    cookieCue,
    cookieWord: anyOf(cookieNamed),
    /**
     * What only a cookie banner says, in the languages other than English
     * (`Wir verwenden`, `Ce site utilise`, `Używamy`).
     */
    bannerPhraseElsewhere: cued(pick(bannerPhrases)),
    /**
     * Consent text without the word cookie, in the languages other than
     * English (`Wenn Sie diese Website weiterhin nutzen`).
     */
    // Tested on the lower-case line: no `i` flag (a case-insensitive Unicode
    // search is several times slower).
    consentPhraseElsewhere: cued(pick(consentPhrases), 'u'),
    /**
     * How a consent box describes a kind of storage without the word cookie
     * (`The technical storage or access is…`), on the lower-case line.
     */
    purposePhrase: cued(pick(purposePhrases), 'u'),
    /**
     * The cheap cues of an anchor in one search of the lower-case line: a
     * cookie word, `continue` or `assume` (the English consent sentence), the
     * start of a consent phrase of another language.
     */
    anchorCue: new RegExp(
      [cookieCue.source, 'continue', 'assume', wordStartSource(pick(consentPhrases))].filter((source) => source !== never).join('|'),
      'u'
    ),
    /**
     * The starts of the sentences of the consent box of embedded content (on
     * the lower-case line; an apostrophe straight or curly).
     */
    embedStart: new RegExp('^(?:' + trieSource(pick(embedStarts)).replaceAll("'", "['’]") + ')', 'u')
  }
})

/**
 * The searches of the rule for one page.
 */
type Searches = ReturnType<typeof searchesOf>

/**
 * The labels of the consent box of embedded content, as whole lines.
 */
const embedLine = new Set<string>(allOf(embedLines))

/**
 * Longest label of such a box.
 */
const maxEmbedLength = 48

/**
 * Longest line judged, and most words in a control line.
 */
const maxLength = 1200
const maxControlWords = 8

/**
 * Longest line that can be a control (a button, a cookie’s name or
 * lifetime): longer lines are sentences.
 */
const maxControlLength = 160

/**
 * How a line takes part in a cookie banner.
 */
interface Kind {
  /** Whether the line is a banner by itself (and anchors the lines around it). */
  anchor: boolean
  /** Rule id of the strip. */
  ruleId: (typeof meta.ruleIds)[number]
}

/**
 * What `deboilerCookie` is and does.
 */
export const meta = {
  category: 'cookie',
  ruleId: 'cookie-banner',
  ruleIds: ['cookie-banner', 'cookie-control', 'cookie-embed'],
  maxLength,
  strips: 'cookie banners and their buttons, the consent boxes of embedded content',
  example: 'Accept all cookies',
  group: 'ads'
} as const satisfies RuleDocs

/**
 * Strip cookie banners: their sentences (`We use cookies to ensure that we
 * give you the best experience on our website.`), their buttons (`Accept all
 * cookies`, `Cookie settings`) and, next to those, the rest of the banner
 * (`I accept`, `Manage preferences`, `Necessary`, `11 months`).
 *
 * ###### Notes
 * A sentence with the word cookie is a banner only when it says what only a
 * banner says (`We use cookies`, `By continuing to use this site`), so “She
 * baked cookies for the volunteers.” and “Regulators fined the company for
 * tracking cookies without consent.” are kept. Buttons without the word
 * cookie, and banner sentences that say less, are stripped only in a run of
 * lines that holds such a line.
 */
const deboilerCookie = defineRule(meta, function () {
  return transform
})

export default deboilerCookie

/**
 * Find runs of banner lines that hold an anchor, and strip them.
 *
 * ###### Notes
 * Only a run that holds an anchor is stripped, and an anchor names a cookie
 * or consent, so anchors are looked for first, with a cheap cue, and only the
 * lines around one are judged.
 *
 * @param tree
 *   Root from `deboilerLines`.
 * @param file
 *   File.
 */
function transform(tree: Root, file: VFile): undefined {
  const lines = linesOf(tree)
  // Judgements so far: `undefined` for a line not judged yet, `false` for one
  // that is no part of a banner.
  const kinds: Array<Kind | false | undefined> = []
  const strip = stripper(tree, file, meta)
  const searches = searchesOf(pageLines(tree))
  let index = 0

  while (index < lines.length) {
    const found = mayAnchor(lines[index]!, searches) && kindAt(index)
    if (!found || !found.anchor) {
      index++
      continue
    }

    let start = index
    let end = index + 1
    while (start > 0 && kindAt(start - 1)) start--
    while (end < lines.length && kindAt(end)) end++

    for (let line = start; line < end; line++) {
      const node = lines[line]!
      const ruleId = (kinds[line] as Kind).ruleId
      const reason = unexpected(ruleId.replace('-', ' '), lineValue(node))
      strip.line(node, {ruleId, reason})
    }

    index = end
  }

  strip.apply()

  function kindAt(index: number): Kind | false {
    kinds[index] ??= kind(lines[index]!, searches) ?? false
    return kinds[index]
  }
}

/**
 * Cheap first cue: every anchor names a cookie or consent (`kind()` is
 * tried only on a line with the cue).
 *
 * @param node
 *   Line.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether the line may be an anchor.
 */
function mayAnchor(node: Paragraph, searches: Searches): boolean {
  if (lineValue(node).length > maxLength) return false
  // A cue only: `kind()` decides (a consent phrase is matched there whole).
  return searches.anchorCue.test(lowerValue(node)) || embedded(node, searches)
}

/**
 * Whether a line is part of the consent box of embedded content: a label
 * alone on its line (`Externen Inhalt anzeigen`), or a sentence that starts
 * as such a box does (`Ich bin damit einverstanden, dass mir externe Inhalte
 * angezeigt werden.`).
 *
 * @param node
 *   Line.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Whether it is.
 */
function embedded(node: Paragraph, searches: Searches): boolean {
  const lower = lowerValue(node)
  if (lower.length <= maxEmbedLength) {
    if (embedLine.has(lower)) return true
    // Only a line with marks around it is keyed again (most short lines
    // have none); the closing marks trimmed by hand: `/[\s.:!…»›]+$/` is
    // quadratic.
    if (isWhiteSpace(lower.charCodeAt(0)) || isClosing(lower.charCodeAt(lower.length - 1))) {
      const key = spacedValue(node).trim()
      let end = key.length
      while (end > 0 && ' .:!…»›'.includes(key.charAt(end - 1))) end--
      if (embedLine.has(key.slice(0, end))) return true
    }
  }

  return searches.embedStart.test(lower)
}

/**
 * How a line takes part in a cookie banner, if at all.
 *
 * @param node
 *   Line.
 * @param searches
 *   Searches of the page.
 * @returns
 *   Kind, or `undefined` for a line that is no part of a banner.
 */
function kind(node: Paragraph, searches: Searches): Kind | undefined {
  const {cookieCue, cookieWord, bannerPhraseElsewhere, consentPhraseElsewhere} = searches
  const value = lineValue(node)
  if (value.length > maxLength) return undefined
  // Cheap cues first: most lines are prose that names no cookie.
  const lower = lowerValue(node)
  const cookie = cookieCue.test(lower)
  const short = value.length <= maxControlLength
  const words = short ? buttonWords(value) : []

  if (cookie && cookieWord.test(value)) {
    // Accept all cookies; Cookie settings; Privacy & Cookies;
    // Cookie-Einstellungen; Política de cookies; 쿠키 설정
    if (
      short &&
      words.length <= maxControlWords &&
      words.every((word) => vocabulary.has(word)) &&
      words.some((word) => label.has(word))
    ) {
      return {anchor: true, ruleId: 'cookie-control'}
    }

    // We use cookies to ensure that we give you the best experience…;
    // Wir verwenden Cookies; Używamy plików cookie
    if (
      bannerPhrase.test(value) ||
      bannerPhraseElsewhere.test(node, value) ||
      (policyPhrase.test(value) && voice.test(value))
    ) {
      return {anchor: true, ruleId: 'cookie-banner'}
    }

    // Necessary cookies are absolutely essential for the website to…
    if (technical.test(value)) return {anchor: false, ruleId: 'cookie-banner'}
  }

  // If you continue to use this site we will assume that you are happy with it.
  // Wenn Sie diese Website weiterhin nutzen, gehen wir davon aus…
  if (
    ((lower.includes('continue') || lower.includes('assume')) && consentPhrase.test(value)) ||
    consentPhraseElsewhere.test(node, lower)
  ) {
    return {anchor: true, ruleId: 'cookie-banner'}
  }

  // The technical storage or access is strictly necessary for the legitimate purpose…
  if (searches.purposePhrase.test(node, lower)) return {anchor: false, ruleId: 'cookie-banner'}

  // Externen Inhalt anzeigen; Load external content
  if (embedded(node, searches)) return {anchor: true, ruleId: 'cookie-embed'}

  // I accept; Manage preferences; Always Enabled; viewed_cookie_policy; 11 months
  if (
    short &&
    ((words.length > 0 && words.length <= maxControlWords && words.every((word) => control.has(word))) ||
      (cookieName.test(value) && (words.length === 1 || /[_*-]|\p{Ll}\p{Lu}/u.test(value))) ||
      lifetime.test(value))
  ) {
    return {anchor: false, ruleId: 'cookie-control'}
  }

  return undefined
}

/**
 * A regex that finds any of some phrases, lower case, in a line in any case:
 * as whole words in scripts that space their words, anywhere inside a run
 * in the others.
 *
 * @param phrases
 *   Phrases.
 * @param flags
 *   Flags (default `iu`; `u` for lower-case text).
 * @returns
 *   Regex.
 */
function anyOf(phrases: ReadonlyArray<string>, flags = 'iu'): RegExp {
  const spaced = new RegExp(spacedLetter, 'u')
  const words = phrases.filter((phrase) => spaced.test(phrase))
  const runs = phrases.filter((phrase) => !spaced.test(phrase))
  // The edges once around all the phrases of spaced scripts, not around each:
  // a search that starts with a plain alternation is much faster.
  const sources = []
  if (words.length > 0) sources.push(`(?<!${spacedLetter})(?:${trieSource(words)})(?!${spacedLetter})`)
  if (runs.length > 0) sources.push(trieSource(runs))
  return new RegExp(sources.join('|') || never, flags)
}

/**
 * `anyOf()` after a cheap first cue: the phrases where a word starts in the
 * lower-case line (`wordStartSource()`), for phrases tried on most lines.
 *
 * @param phrases
 *   Phrases (sentences: they start a line or follow a space or a mark).
 * @param flags
 *   Flags of the search (default `iu`; `u` for lower-case text).
 * @returns
 *   Search.
 */
function cued(phrases: ReadonlyArray<string>, flags = 'iu'): Search {
  if (phrases.length === 0) return {test: () => false}
  const cue = new RegExp(wordStartSource(phrases), 'u')
  const exact = anyOf(phrases, flags)
  return {
    test(node, value) {
      return cue.test(lowerValue(node)) && exact.test(value)
    }
  }
}

/**
 * A search for phrases in a line.
 */
interface Search {
  /** Whether the line (its node, and the text to search: as is or lower case) holds one. */
  test(node: Paragraph, value: string): boolean
}

/**
 * Whether a character is one that may close the label of a consent box
 * (white space, `.`, `:`, `!`, `…`, `»`, `›`), by code.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isClosing(code: number): boolean {
  return isWhiteSpace(code) || code === 46 || code === 58 || code === 33 || code === 0x2026 || code === 0xbb || code === 0x203a
}
