/**
 * Words that may join the words of a name in a credit, lower case: `Themes
 * Gallery, Bromoney and Wordpress Themes`, `Theme by Theme Junkie for
 * WordPress`.
 *
 * ###### Notes
 * A name after `Powered by` or `Theme by` is otherwise capitalised words,
 * numbers and domains; these may stand between them.
 */
export const nameConnectors: ReadonlyArray<string> = [
  '&',
  '+',
  'a',
  'an',
  'and',
  'by',
  'de',
  'for',
  'in',
  'of',
  'on',
  'the',
  'with'
]
