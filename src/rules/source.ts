import {dataWords, firstPublished, noteWords, sourceLabels} from '../data/source.js'
import {monthWords, months, weekdayWords} from '../data/timestamp.js'
import {byLanguage} from '../util/languages.js'
import {alternation, never} from '../util/lexicon.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'
import {wordCount} from '../util/shape.js'

/**
 * A line that hands the reader to where the article came from.
 *
 * ###### Notes
 * `Source Article from https://…`, `Read the original article here`,
 * `Original article: <link>`, `This article is republished from … Read the
 * original article.` Tested on the line with links replaced by a word, as
 * their dots are not sentence ends.
 */
const pointer =
  /^(?:source (?:article|link|url)|original (?:article|source|story|post)|(?:read|view) (?:the )?original (?:article|story|post)|(?:this|the) (?:article|story|post) (?:is |was |has been )?(?:republished|reproduced|reprinted))(?:\s+(?:from|at|on|here|in|by|via)\b|\s*[:：]|$)[^.!?]*(?:[.!?](?:\s*read (?:the )?original (?:article|story|post)(?: here)?[.!]?)?)?$/iu

/**
 * A link or domain (`https://…`, `www.…`, `example.com/path`).
 */
const link = /(?:https?:\/\/|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/giu

/**
 * A top-level domain: letters only (`example.com`, not `3.5`).
 */
const topLevel = /^[a-z]{2,}$/iu

/**
 * A syndication note: `This article originally appeared on …`, `Originally
 * published at …`, `This story was first published by …`.
 *
 * ###### Notes
 * The group is what follows `on`/`at`/`by`/`in`, which is judged apart: a
 * date or a page number there makes it an editor’s note, which is article.
 */
const syndication =
  /^(?:(?:this|the) (?:article|story|post|piece|report|column|essay|interview|op-ed|feature|item) (?:was |has been |is )?)?(?:originally|first) (?:appeared|published|posted|ran|printed)\s+(?:on|at|in|by|with)(?:\s*[:：])?\s+(?=\S)([^.!?]*[^\s.!?])(?:[.!?](?:\s*(?:please )?read the original (?:article|story|post)(?:\s*[:：]?\s*here)?[.!]?)?)?$/iu

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick) {
  /**
   * Labels of a lone source line (`Source`, `Quelle`, `Źródło`, `出典`), and
   * openings of a syndication note in the other languages (`Dieser Artikel
   * erschien zuerst`), longest first, as patterns.
   */
  const labels = alternation(pick(sourceLabels))
  const firsts = alternation(pick(firstPublished))

  /**
   * How `pointer`, `syndication`, `republished` and `sourceLine` start: a
   * cheap first cue.
   *
   * ###### Notes
   * Tested on the line before links are replaced: a line that opens with a
   * link opens with `link` after, which none of them starts with.
   */
  const opening = new RegExp(String.raw`^\(?(?:source|original|read|view|this|the|first|${labels}|${firsts})`, 'iu')

  /**
   * A syndication note in the other languages: `Dieser Artikel erschien
   * zuerst auf Zeit Online.`, `Publicado originalmente en The Conversation`,
   * `本文首发于澎湃新闻`. The group is the place, judged as in English.
   */
  const republished = new RegExp(
    // One run of white space before the optional colon, one after it: two
    // runs in a row would split spaces in every way (quadratic).
    String.raw`^(?:${firsts})(?:\s+\p{Ll}{1,4})?\s*(?:[:：]\s*)?(?=\S)([^.!?。]*[^\s.!?。])[.!。]?$`,
    'iu'
  )

  /**
   * Words after `published on` that make a syndication note an editor’s note
   * or a print reference (`on page 28 of …`, `on August 27, 2015`, `am 5.
   * Juni`), kept.
   */
  const noteWord = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${alternation([...pick(noteWords), ...months, ...pick(monthWords, weekdayWords)])}|\d{1,2}(?:st|nd|rd|th)?|\d{4})(?![\p{L}\p{N}])`,
    'iu'
  )

  /**
   * A lone source line: `Source: Reuters`, `SOURCE: News agencies`,
   * `Source: www.example.com`, `Quelle: dpa`, `(Quelle: APA/sda/dpa)`,
   * `Źródło: rp.pl`, `出典：共同通信`.
   */
  const sourceLine = new RegExp(String.raw`^\(?(?:${labels})\s*[:：]\s*(\S[^:：]*?)\)?$`, 'iu')

  /**
   * Words of a data source under a chart or table (`Source: Bureau of Labor
   * Statistics`, `Quelle: Statistisches Bundesamt`, `来源：国家统计局`),
   * which belongs to the figure, as a caption does. Whole words, but a word
   * of Chinese, Japanese or Korean is found inside a run of them.
   */
  const dataWord = new RegExp(
    pick(dataWords)
      .map((word) =>
        /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u.test(word)
          ? word
          : String.raw`(?<![\p{L}\p{N}])${alternation([word])}(?![\p{L}\p{N}])`
      )
      .join('|') || never,
    'iu'
  )

  return {opening, republished, noteWord, sourceLine, dataWord}
})

/**
 * Most words in the named source of a source line.
 */
const maxSourceWords = 6

/**
 * Most words in the place of a syndication note.
 */
const maxPlaceWords = 10

/**
 * Longest line judged: source lines are short, and a cap keeps every test
 * cheap on a huge line.
 */
const maxLength = 400

/**
 * What `deboilerSource` is and does.
 */
export const meta = {
  category: 'source',
  ruleId: 'source-article',
  ruleIds: ['source-article', 'source-originally', 'source-line'],
  maxLength,
  strips: 'syndication source lines',
  example: 'Source Article from https://www.example.com/news/',
  group: 'links'
} as const satisfies RuleDocs

/**
 * Strip syndication source lines: `Source Article from https://…`, `This
 * article originally appeared on …`, `Source: Reuters`.
 *
 * ###### Notes
 * Only whole lines: a body sentence such as “A source close to the minister
 * said the talks had failed.” is kept, and so is an editor’s note that says
 * when the piece was first published (`This article was originally
 * published on August 27, 2015.`).
 */
const deboilerSource = defineLineRule(
  meta,
  function (line, lines) {
    const {opening, republished, noteWord, sourceLine, dataWord} = searchesOf(lines)
    const value = line.value
    if (!opening.test(value)) return undefined
    const text = value.replace(link, (match) => (isLink(match) ? 'link' : match))

    // Source Article from https://www.example.com/news/…
    if (pointer.test(text)) {
      return {ruleId: 'source-article', reason: unexpected('source link', value)}
    }

    // This article originally appeared on The Conversation.
    const note = syndication.exec(text)
    const place = (note ?? republished.exec(text))?.[1]
    if (place !== undefined && wordCount(place, Number.POSITIVE_INFINITY) <= maxPlaceWords && !noteWord.test(place)) {
      return {ruleId: 'source-originally', reason: unexpected('syndication note', value)}
    }

    // Source: Reuters
    const named = sourceLine.exec(text)
    if (named && isName(named[1]!, dataWord)) {
      return {ruleId: 'source-line', reason: unexpected('source line', value)}
    }

    return undefined
  }
)

export default deboilerSource

/**
 * Whether the text after `Source:` names a source rather than saying
 * something.
 *
 * @param value
 *   Text after the label.
 * @param dataWord
 *   Search for a word of a data source, in the page’s languages.
 * @returns
 *   Whether it is a short name, not a data source.
 */
function isName(value: string, dataWord: RegExp): boolean {
  return wordCount(value, Number.POSITIVE_INFINITY) <= maxSourceWords && !/[.!?]\s/u.test(value) && !dataWord.test(value)
}

/**
 * Whether a match of `link` is a link: it has a scheme or a path, or its
 * domain ends in a top-level domain of letters.
 *
 * @param value
 *   Match.
 * @returns
 *   Whether it is a link.
 */
function isLink(value: string): boolean {
  if (value.includes('/')) return true
  return topLevel.test(value.slice(value.lastIndexOf('.') + 1))
}
