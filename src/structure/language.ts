import {stopwordLists} from '../data/stopwords.js'

/**
 * Languages with a stopword list, in a fixed order (index = bit in `masks`).
 */
export const languages: ReadonlyArray<string> = Object.keys(stopwordLists).sort()

/**
 * Word → bit mask of the languages whose list has it.
 */
export const masks: ReadonlyMap<string, number> = buildMasks()

/**
 * Stopword sets per language, built once.
 */
const sets: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  languages.map(function (code) {
    return [code, new Set((stopwordLists[code] ?? '').split(' '))]
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
 * them. Pages in a script without a list (Japanese, Korean, Greek, …) get
 * `'und'`: the scorer then falls back to length and punctuation cues.
 *
 * @param hits
 *   Stopword hits per language (order of `languages`).
 * @param total
 *   Words in the document.
 * @returns
 *   Language code (`'en'`, `'de'`, …) or `'und'`.
 */
export function guessLanguage(hits: ReadonlyArray<number>, total: number): string {
  let best = -1
  let bestHits = 0
  for (let index = 0; index < hits.length; index++) {
    const count = hits[index] ?? 0
    if (count > bestHits) {
      best = index
      bestHits = count
    }
  }

  if (best < 0 || bestHits < minimumHits || bestHits < total * minimumShare) {
    return 'und'
  }

  return languages[best] ?? 'und'
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
 * Build the word → language bit mask map.
 *
 * @returns
 *   Map of every listed stopword to the bits of its languages.
 */
function buildMasks(): Map<string, number> {
  const map = new Map<string, number>()
  for (const [index, code] of languages.entries()) {
    for (const word of (stopwordLists[code] ?? '').split(' ')) {
      map.set(word, (map.get(word) ?? 0) | (1 << index))
    }
  }

  return map
}
