/**
 * Labels that open a tag line, lower case: `Tags Donald Trump`, `Tags:
 * Syria, ISIS`, `Filed under: Politics`, `Topics: …`, `Categories: News,
 * World`, `Posted in Uncategorized`, `Tagged with: …`.
 *
 * ###### Notes
 * Seen on the dev set (WordPress, Joomla and news-site footers of a post).
 * A label is a whole word: `Tagged` is not `Tag` and `ged`; where two fit
 * (`Tagged with: …`), the longer is the label.
 */
export const tagLabels: ReadonlyArray<string> = [
  'categories',
  'category',
  'filed in',
  'filed under',
  'posted in',
  'related tags',
  'tag',
  'tagged',
  'tagged as',
  'tagged in',
  'tagged with',
  'tags',
  'topic',
  'topics'
]

/**
 * Labels that only make a tag line when a colon follows them, as they start
 * sentences, headings and prompts too (`Category winners`, `Tag us`).
 */
export const colonLabels: ReadonlyArray<string> = ['category', 'tag', 'topic']

/**
 * Labels that make a tags heading alone, without a colon: `Tags`, `Filed
 * under` (with a colon, any label does).
 */
export const headingLabels: ReadonlyArray<string> = ['filed under', 'tagged', 'tags']

/**
 * Lower-case words that may join the capitalised words of a tag without a
 * colon before it: `Tags Department of Justice`, `Filed under Arts and
 * Culture`.
 */
export const tagConnectors: ReadonlyArray<string> = ['and', 'for', 'in', 'of', 'on', 'the']
