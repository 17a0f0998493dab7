import {typeOf} from '../util/check.js'
import {lineFeatures} from './features.js'
import {guessLanguage, languages, masks, scriptLanguage} from './language.js'

/**
 * Most characters read to tell a language.
 */
const sample = 50_000

/**
 * Fewest stopword hits to name a language: one sentence has them.
 */
const fewest = 4

/**
 * Tell the language of a text: the stopword list its words hit most (53
 * languages, from hand-kept lists and stopwords-iso), else the script of a
 * language written without spaces (Japanese, Chinese, Korean, Thai).
 *
 * ###### Notes
 * The same guess the locator makes, in the same pass over the words; `clean()`
 * reports it as `language`. It needs four function words, 8 % of
 * the words or more (about a sentence), and says `'und'` below that; the
 * locator weighs prose by a list only with eight. Languages close to
 * each other (Danish and Norwegian, Malay and Indonesian) may be told apart
 * wrongly on short texts.
 *
 * @param text
 *   Text (only its first 50,000 characters are read).
 * @returns
 *   ISO 639-1 code (`'en'`, `'de'`, `'ja'`), or `'und'`.
 * @throws {TypeError}
 *   When `text` is not a string.
 */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError('Expected `text` to be a string, not `' + typeOf(text) + '`')
  }

  const values = text.slice(0, sample).split(/\r?\n|\r/)
  const lines = values.map((value) => ({value, blankBefore: false}))
  const {features, hits} = lineFeatures(lines, masks, languages.length)
  let total = 0
  for (const line of features) total += line.words
  const code = guessLanguage(hits, total, fewest)
  return code === 'und' ? scriptLanguage(values) : code
}
