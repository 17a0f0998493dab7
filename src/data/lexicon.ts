/**
 * Languages whose debris deboiler names (ISO 639-1), in the order the README
 * lists them.
 */
export const lexiconLanguages = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'sv',
  'da',
  'nb',
  'cs',
  'tr',
  'ru',
  'uk',
  'ja',
  'zh',
  'ko',
  'id',
  'vi',
  'ar',
  'fa',
  'el',
  'ro',
  'hu',
  'he',
  'hi',
  'th',
  'fi',
  'bg'
] as const

/**
 * A language of `lexiconLanguages`.
 */
export type LexiconLanguage = (typeof lexiconLanguages)[number]

/**
 * Words or phrases of one vocabulary list, per language, lower case.
 *
 * ###### Notes
 * Rules read every language at once (`allOf`), or, where they search with
 * patterns, English and the languages of the page (`byLanguage`): pages mix
 * languages, and a short page’s language cannot be told. So an entry must
 * not be an ordinary word of prose in any of these languages; where one
 * would be, the rule asks for more (a colon, a number, a neighbour), and the
 * entry says so.
 * Adding a language is adding its key to each lexicon: data, not logic.
 */
export type Lexicon = Readonly<Partial<Record<LexiconLanguage, ReadonlyArray<string>>>>
