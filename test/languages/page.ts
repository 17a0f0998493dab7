import {clean} from '../../src/index.js'
import {prose, type LanguageCode} from '../util/prose.js'

/**
 * A headline for the test article of a language: the start of its first
 * sentence.
 *
 * @param code
 *   Language.
 * @returns
 *   Headline.
 */
export function headline(code: LanguageCode): string {
  return prose[code][0].split(/[.。]/u)[0]!.slice(0, 40)
}

/**
 * Assert that `clean(page)` strips each line of `debris` as `category` (and
 * as `ruleId`, when given), and keeps both paragraphs of the article of
 * `code`.
 *
 * @param code
 *   Language of the page.
 * @param page
 *   Page.
 * @param debris
 *   Lines that must be stripped.
 * @param category
 *   Category they must be stripped as.
 * @param ruleId
 *   Rule id they must be stripped as, if one.
 */
export function expectStripped(
  code: LanguageCode,
  page: string,
  debris: ReadonlyArray<string>,
  category: string,
  ruleId?: string
): undefined {
  const [first, second] = prose[code]
  const result = clean(page)
  for (const line of debris) {
    const item = result.stripped.find((item) => item.actual === line)
    // The line goes with the category, so a failure says which line it was.
    expect([line, item?.category]).toEqual([line, category])
    if (ruleId !== undefined) expect([line, item?.ruleId]).toEqual([line, ruleId])
  }

  expect(result.text).toContain(first)
  expect(result.text).toContain(second)
}

/**
 * Assert that `clean()` keeps `line` between the two paragraphs of the
 * article of `code`.
 *
 * @param code
 *   Language of the line.
 * @param line
 *   Line that must be kept.
 */
export function expectKept(code: LanguageCode, line: string): undefined {
  const [first, second] = prose[code]
  expect(clean([first, line, second].join('\n\n')).text).toContain(line)
}
