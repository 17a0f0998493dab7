/**
 * A Markdown image: `![alt](src "title")`, its alt text in group 1.
 *
 * ###### Notes
 * Every quantifier is bounded and no two overlap, so a line of any length
 * is read in linear time (a run of `[` never makes it rescan the line).
 */
const image = /!\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g

/**
 * A Markdown link: `[text](href "title")`, its text in group 1.
 */
const link = /\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g

/**
 * A link target printed after its text by html-to-text (`News [https://…]`)
 * or a Markdown autolink (`<https://…>`), with the space before it.
 */
const target = /\s?(?:\[(?:https?|ftp|mailto|javascript|data):[^[\]\s]{0,2000}\]|<(?:https?|ftp|mailto):[^<>\s]{0,2000}>)/g

/**
 * The text of a line as a reader sees it: Markdown links and images are
 * their text, and link targets (`[https://…]`, `<https://…>`) are gone.
 *
 * ###### Notes
 * Link targets are not words of the page: a menu written as Markdown links
 * reads as a menu, and a paragraph with inline links as prose. Lines
 * without a `[` or `<` (plain text) come back as they are.
 *
 * @param value
 *   Line.
 * @returns
 *   Its text.
 */
export function readerText(value: string): string {
  if (!value.includes('[') && !value.includes('<')) return value
  return value.replace(image, '$1').replace(link, '$1').replace(target, '')
}
