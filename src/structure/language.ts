import {isoStopwordLists} from '../data/stopwords-iso.js'
import {stopwordLists} from '../data/stopwords.js'

/**
 * Stopword lists by language: the hand-kept ones, and those generated from
 * stopwords-iso for every other language (`npm run data:stopwords`).
 */
const lists: Readonly<Record<string, string>> = {...isoStopwordLists, ...stopwordLists}

/**
 * Languages with a stopword list, in a fixed order (index = the language’s
 * slot in page hits and in `languageSets`).
 */
export const languages: ReadonlyArray<string> = Object.keys(lists).sort()

/**
 * Sets of languages that share a stopword, by id (`0`: no language): the
 * indices in `languages` of each.
 */
export const languageSets: ReadonlyArray<ReadonlyArray<number>> = []

/**
 * Word → id of the set of languages whose list has it (`languageSets`).
 *
 * ###### Notes
 * More languages than a 32-bit mask has bits, so a word points to the set
 * of its languages; words of one language share one set.
 */
export const masks: ReadonlyMap<string, number> = buildMasks()

/**
 * Stopword sets per language, built once.
 */
const sets: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  languages.map(function (code) {
    return [code, new Set((lists[code] ?? '').split(' '))]
  })
)

/**
 * Empty set, for languages without a list.
 */
const none: ReadonlySet<string> = new Set()

/**
 * Fewest stopword hits to trust a guess.
 */
const minimumHits = 8

/**
 * Smallest share of all words that must be stopwords of the guessed language.
 */
const minimumShare = 0.08

/**
 * Guess the language of a document from its stopword hits.
 *
 * ###### Notes
 * The language whose list covers most words wins, when it covers enough of
 * them. Pages in a script written without spaces (Japanese, Chinese, Thai)
 * or without a list get `'und'` here; `scriptLanguage` tells the first ones
 * by their characters.
 *
 * @param hits
 *   Stopword hits per language (order of `languages`).
 * @param total
 *   Words in the document.
 * @param fewest
 *   Fewest hits to trust a guess (default: 8, what the locator needs to
 *   weigh prose by a list).
 * @returns
 *   Language code (`'en'`, `'de'`, …) or `'und'`.
 */
export function guessLanguage(hits: ReadonlyArray<number>, total: number, fewest = minimumHits): string {
  let best = -1
  let bestHits = 0
  for (let index = 0; index < hits.length; index++) {
    const count = hits[index] ?? 0
    if (count > bestHits) {
      best = index
      bestHits = count
    }
  }

  if (best < 0 || bestHits < fewest || bestHits < total * minimumShare) {
    return 'und'
  }

  return languages[best] ?? 'und'
}

/**
 * Most characters `scriptLanguage` reads.
 */
const scriptSample = 20_000

/**
 * Tell a language written without spaces (or with its own script) by its
 * characters: Japanese has kana among its Han characters, Chinese has Han
 * alone, Korean Hangul; Thai, Hebrew and Greek have scripts of their own
 * (Hebrew puts its function words in front of the next word: `לבית`, so a
 * list finds few of them).
 *
 * ###### Notes
 * A script must make up a fifth of the letters read; Japanese needs kana to
 * be a twentieth of its Han and kana (Chinese has none).
 *
 * @param values
 *   Lines of the document.
 * @returns
 *   `'ja'`, `'zh'`, `'ko'`, `'th'`, `'he'`, `'el'`, or `'und'`.
 */
export function scriptLanguage(values: ReadonlyArray<string>): string {
  let letters = 0
  let kana = 0
  let han = 0
  let hangul = 0
  let thai = 0
  let hebrew = 0
  let greek = 0
  let read = 0

  for (const value of values) {
    for (let index = 0; index < value.length && read < scriptSample; index++, read++) {
      const code = value.charCodeAt(index)
      // ASCII letters count; spaces, digits and punctuation do not.
      if (code < 128) {
        if ((code | 32) >= 97 && (code | 32) <= 122) letters++
        continue
      }

      if (code >= 0x3040 && code <= 0x30ff) kana++
      else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++
      else if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) hangul++
      else if (code >= 0x0e00 && code <= 0x0e7f) thai++
      else if (code >= 0x0590 && code <= 0x05ff) hebrew++
      else if (code >= 0x0370 && code <= 0x03ff) greek++
      else if (code >= 0x3000 && code <= 0x303f) continue
      else if (code >= 0xff00 && code <= 0xffef) continue
      // Every other character above ASCII counts as a letter.
      letters++
    }

    if (read >= scriptSample) break
  }

  if (letters === 0) return 'und'
  if (hangul >= letters / 5) return 'ko'
  if (thai >= letters / 5) return 'th'
  if (hebrew >= letters / 2) return 'he'
  if (greek >= letters / 2) return 'el'
  if (kana + han >= letters / 5) return kana >= (kana + han) / 20 ? 'ja' : 'zh'
  return 'und'
}

/**
 * Stopwords of a language.
 *
 * @param language
 *   Language code (only the primary subtag counts: `'pt-BR'` → `'pt'`).
 * @returns
 *   Set of lower-case stopwords (empty for unknown languages).
 */
export function stopwordsOf(language: string): ReadonlySet<string> {
  const code = language.toLowerCase().split('-')[0] ?? ''
  return sets.get(code) ?? none
}

/**
 * Build the word → language set map (and fill `languageSets`).
 *
 * @returns
 *   Map of every listed stopword to the id of its set of languages.
 */
function buildMasks(): Map<string, number> {
  const byWord = new Map<string, Array<number>>()
  for (const [index, code] of languages.entries()) {
    for (const word of (lists[code] ?? '').split(' ')) {
      const list = byWord.get(word)
      if (list) list.push(index)
      else byWord.set(word, [index])
    }
  }

  const ids = new Map<string, number>()
  const all = languageSets as Array<ReadonlyArray<number>>
  all.length = 0
  all.push([])
  const map = new Map<string, number>()
  for (const [word, list] of byWord) {
    const key = list.join(' ')
    let id = ids.get(key)
    if (id === undefined) {
      id = all.length
      all.push(list)
      ids.set(key, id)
    }

    map.set(word, id)
  }

  return map
}
