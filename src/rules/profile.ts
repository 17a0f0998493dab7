import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {boilerplate, checkProfile, isProse, template, type Profile, type Thresholds} from '../profile.js'
import {chromeLines} from '../data/locator.js'
import {tailHeadings} from '../data/tail.js'
import type {Category} from '../types.js'
import {lines as linesOf, lineValue} from '../util/lines.js'
import {unexpected} from '../util/quote.js'
import {stripper, type Stripper} from '../util/strip.js'
import {phraseKey} from '../util/line-text.js'

/**
 * Configuration for `deboilerProfile`.
 */
export interface Options extends Thresholds {
  /** Profile from `learnProfile()` (or `mergeProfiles()`). */
  profile: Readonly<Profile>
  /**
   * Site of the document, as learned (such as a URL host).
   *
   * @default ''
   */
  site?: string | null | undefined
  /**
   * Categories turned off: profile lines of those categories are kept.
   *
   * @default all on
   */
  rules?: Partial<Record<Category, boolean>> | null | undefined
}

/**
 * What `deboilerProfile` emits: its strips take the category of the line
 * (not a category of its own), and this one rule id.
 */
export const meta = {ruleId: 'profile-template', ruleIds: ['profile-template']} as const

/**
 * Strip the lines a site repeats on most of its pages, as learned in a
 * profile.
 *
 * ###### Notes
 * Runs after the rules for named debris, so a line they know keeps their
 * category and rule id; a line of the profile gets the category of the
 * chrome phrase or tail heading it is (`Advertisement` → `advert`), else
 * `chrome`, and the rule id `profile-template`. A line that reads as prose
 * (30 words or more with sentence structure) is never stripped.
 *
 * @param options
 *   Configuration.
 * @returns
 *   Transform.
 */
export default function deboilerProfile(options: Readonly<Options>) {
  const profile = checkProfile(options?.profile, 'options.profile')
  const site = options.site ?? ''
  if (typeof site !== 'string') throw new TypeError('Expected `options.site` to be a string')
  const templates = boilerplate(profile, site, options)

  return function (tree: Root, file: VFile): undefined {
    if (templates.size === 0) return
    const byCategory = new Map<Category, Stripper>()

    for (const node of linesOf(tree)) {
      const value = lineValue(node)
      if (!templates.has(template(value)) || isProse(value)) continue
      const category = categoryOf(value)
      if (options.rules?.[category] === false) continue
      let strip = byCategory.get(category)
      if (!strip) {
        strip = stripper(tree, file, {category, ruleId: meta.ruleId})
        byCategory.set(category, strip)
      }

      strip.line(node, {
        reason: unexpected('line repeated across the site', value),
        note: 'template of the site profile of `' + site + '`'
      })
    }

    for (const strip of byCategory.values()) strip.apply()
  }
}

/**
 * The category of a boilerplate line: that of the chrome phrase or tail
 * heading it is, else `chrome`.
 *
 * @param value
 *   Line.
 * @returns
 *   Category.
 */
function categoryOf(value: string): Category {
  const key = phraseKey(value)
  const found = Object.hasOwn(chromeLines, key)
    ? chromeLines[key]
    : Object.hasOwn(tailHeadings, key)
      ? tailHeadings[key]
      : undefined
  return found ?? 'chrome'
}
