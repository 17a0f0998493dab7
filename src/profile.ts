import {assertIterable} from './util/check.js'
import {endsSentence, wordCount} from './util/shape.js'

/**
 * Version of the profile format written by this release.
 */
export const profileVersion = 1

/**
 * Counts of one site: how many pages were seen, and on how many of them each
 * line template occurred.
 */
export interface SiteCounts {
  /** Pages of the site that were learned. */
  pages: number
  /** Line template → number of pages it occurred on (at most once a page). */
  templates: Record<string, number>
}

/**
 * What recurs across the pages of each site, as raw counts.
 *
 * ###### Notes
 * Plain JSON: write it with `JSON.stringify`, read it with `JSON.parse`.
 * Whether a template is boilerplate is decided when the profile is used
 * (see `boilerplate()`), so profiles of shards add up exactly with
 * `mergeProfiles()`. Sites and templates are sorted, so equal counts give
 * equal JSON.
 */
export interface Profile {
  /** Marks the JSON as a deboiler profile. */
  type: 'deboiler-profile'
  /** Format version (`1`). */
  version: typeof profileVersion
  /** Site (such as a URL host) → counts. */
  sites: Record<string, SiteCounts>
}

/**
 * A document: a string, or a record with its text in a field.
 */
export type Doc = string | Readonly<Record<string, unknown>>

/**
 * Configuration for `learnProfile()`.
 */
export interface LearnOptions {
  /**
   * Field of a record holding its text.
   *
   * @default 'text'
   */
  field?: string | null | undefined
  /**
   * Where the site of a record comes from: the name of a field holding the
   * site or a URL (a URL gives its host, without `www.`), or a function of
   * the document. Strings have the site `''` unless a function is given;
   * records without a site are not learned.
   *
   * @default 'url'
   */
  site?: string | ((doc: Doc) => string | null | undefined) | null | undefined
}

/**
 * Thresholds that make a template boilerplate.
 */
export interface Thresholds {
  /**
   * Fewest pages a site needs before any of its templates counts.
   *
   * @default 5
   */
  minPages?: number | null | undefined
  /**
   * Smallest share of the site’s pages a template must occur on.
   *
   * @default 0.5
   */
  minShare?: number | null | undefined
}

/**
 * Fewest words of a line that is never a template when it reads as prose.
 */
const proseWords = 30
/**
 * Longest line (in characters) that can be a template: longer lines are
 * article text or data, and counting them would only cost memory.
 */
const maxTemplateLength = 400
const lineBreak = /\r\n|\n|\r/
// A sentence boundary inside a line: `done. The`, `“Yes,” she said. Then`.
const innerSentence = /[.!?]["'”’)\]]?\s+["“‘(]?\p{Lu}/u
const digits = /\p{Nd}+/gu
const whiteSpace = /\s+/g
const cache = new WeakMap<Profile, Map<string, ReadonlySet<string>>>()

/**
 * Learn a profile from documents: count the line templates of each site.
 *
 * ###### Notes
 * A sync iterable gives a profile, an async iterable a promise of one. Each
 * template counts at most once a page. Lines that read as prose (30 words or
 * more with sentence structure) and very long lines are not counted: a
 * profile never strips them.
 *
 * @param docs
 *   Documents: strings or records.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Profile (or a promise of one, for an async iterable).
 */
export function learnProfile(docs: Iterable<Doc>, options?: Readonly<LearnOptions> | null): Profile
export function learnProfile(docs: AsyncIterable<Doc>, options?: Readonly<LearnOptions> | null): Promise<Profile>
export function learnProfile(
  docs: Iterable<Doc> | AsyncIterable<Doc>,
  options?: Readonly<LearnOptions> | null
): Profile | Promise<Profile> {
  assertIterable(docs, 'docs')
  const learner = createLearner(options)

  if (Symbol.asyncIterator in docs) {
    return (async function () {
      for await (const doc of docs) learner.add(doc)
      return learner.done()
    })()
  }

  for (const doc of docs as Iterable<Doc>) learner.add(doc)
  return learner.done()
}

/**
 * A learner, for callers that feed documents one at a time.
 */
export interface Learner {
  /** Count the templates of one document; returns whether it was learned. */
  add(doc: Doc): boolean
  /** The profile of everything added. */
  done(): Profile
}

/**
 * Make a learner that counts templates document by document.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Learner.
 */
export function createLearner(options?: Readonly<LearnOptions> | null): Learner {
  const field = options?.field ?? 'text'
  const site = options?.site ?? 'url'
  const sites = new Map<string, {pages: number; templates: Map<string, number>}>()

  if (typeof field !== 'string') throw new TypeError('Expected `options.field` to be a string')
  if (typeof site !== 'string' && typeof site !== 'function') {
    throw new TypeError('Expected `options.site` to be a string or a function')
  }

  return {add, done}

  /**
   * Count one document.
   *
   * @param doc
   *   Document.
   * @returns
   *   Whether it had text and a site.
   */
  function add(doc: Doc): boolean {
    const text = typeof doc === 'string' ? doc : doc[field]
    const name = typeof site === 'function' ? site(doc) : typeof doc === 'string' ? '' : siteOf(doc[site])
    if (typeof text !== 'string' || typeof name !== 'string') return false
    let counts = sites.get(name)
    if (!counts) sites.set(name, (counts = {pages: 0, templates: new Map()}))
    counts.pages++
    for (const key of pageTemplates(text)) counts.templates.set(key, (counts.templates.get(key) ?? 0) + 1)
    return true
  }

  /**
   * Build the profile.
   *
   * @returns
   *   Profile, sorted.
   */
  function done(): Profile {
    return sorted(sites)
  }
}

/**
 * Add two profiles up.
 *
 * ###### Notes
 * Associative and commutative: learn shards apart, merge in any order, and
 * get the profile of the whole.
 *
 * @param a
 *   Profile.
 * @param b
 *   Profile.
 * @returns
 *   New profile with the summed counts (sorted).
 */
export function mergeProfiles(a: Readonly<Profile>, b: Readonly<Profile>): Profile {
  checkProfile(a, 'a')
  checkProfile(b, 'b')
  // Maps, not objects: a template may be `__proto__`.
  const result = new Map<string, {pages: number; templates: Map<string, number>}>()

  for (const profile of [a, b]) {
    for (const [name, counts] of Object.entries(profile.sites)) {
      let into = result.get(name)
      if (!into) result.set(name, (into = {pages: 0, templates: new Map()}))
      into.pages += counts.pages
      for (const [key, count] of Object.entries(counts.templates)) {
        into.templates.set(key, (into.templates.get(key) ?? 0) + count)
      }
    }
  }

  return sorted(result)
}

/**
 * Check that a value is a profile this release reads.
 *
 * @param value
 *   Anything (such as parsed JSON).
 * @param name
 *   Name of the value in the error (default: `profile`).
 * @returns
 *   The profile.
 */
export function checkProfile(value: unknown, name = 'profile'): Profile {
  const profile = value as Partial<Profile> | null
  if (typeof profile !== 'object' || profile === null || profile.type !== 'deboiler-profile') {
    throw new TypeError('Expected `' + name + '` to be a deboiler profile (`{type: "deboiler-profile", …}`)')
  }

  if (profile.version !== profileVersion) {
    throw new TypeError('Unsupported version `' + String(profile.version) + '` of `' + name + '`, expected `1`')
  }

  if (typeof profile.sites !== 'object' || profile.sites === null) {
    throw new TypeError('Expected `' + name + '.sites` to be an object')
  }

  return profile as Profile
}

/**
 * The boilerplate templates of a site: those on at least `minShare` of its
 * pages, when it has at least `minPages` pages.
 *
 * @param profile
 *   Profile.
 * @param site
 *   Site.
 * @param thresholds
 *   Thresholds (optional).
 * @returns
 *   Templates (cached per profile, site and thresholds).
 */
export function boilerplate(profile: Readonly<Profile>, site: string, thresholds?: Readonly<Thresholds> | null): ReadonlySet<string> {
  const minPages = thresholds?.minPages ?? 5
  const minShare = thresholds?.minShare ?? 0.5
  const key = site + '\u0000' + minPages + '\u0000' + minShare
  let bySite = cache.get(profile)
  if (!bySite) cache.set(profile, (bySite = new Map()))
  let result = bySite.get(key)
  if (result) return result
  const found = new Set<string>()
  const counts = Object.hasOwn(profile.sites, site) ? profile.sites[site] : undefined

  if (counts && counts.pages >= minPages) {
    // A template on a single page is never boilerplate, whatever the share.
    const least = Math.max(2, Math.ceil(counts.pages * minShare))
    for (const [template, count] of Object.entries(counts.templates)) if (count >= least) found.add(template)
  }

  result = found
  bySite.set(key, result)
  return result
}

/**
 * The template of a line: digits normalised, case folded, white space
 * collapsed.
 *
 * @param value
 *   Line.
 * @returns
 *   Template (`Posted 12 May 2024` → `posted # may #`).
 */
export function template(value: string): string {
  return value.trim().replace(whiteSpace, ' ').toLowerCase().replace(digits, '#')
}

/**
 * Whether a line reads as article prose: 30 words or more, with sentence
 * structure (a sentence end, or a sentence boundary inside).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether a profile must keep it.
 */
export function isProse(value: string): boolean {
  return wordCount(value, proseWords) >= proseWords && (endsSentence(value.trimEnd()) || innerSentence.test(value))
}

/**
 * The site of a value: the host of a URL (without `www.`), or the string.
 *
 * @param value
 *   Field value (`https://www.example.com/a` → `example.com`).
 * @returns
 *   Site, or `undefined` when there is none.
 */
export function siteOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed)) return trimmed

  try {
    // `example.com.` (fully qualified) is `example.com`.
    const host = new URL(trimmed).hostname.toLowerCase().replace(/\.$/, '')
    return host ? host.replace(/^www\d*\./, '') : undefined
  } catch {
    return undefined
  }
}

/**
 * The distinct templates of a page that may count.
 *
 * @param text
 *   Page.
 * @returns
 *   Templates.
 */
function pageTemplates(text: string): Set<string> {
  const result = new Set<string>()

  for (const line of text.split(lineBreak)) {
    if (line.length > maxTemplateLength || isProse(line)) continue
    const key = template(line)
    if (key) result.add(key)
  }

  return result
}

/**
 * Make a profile with sites and templates in sorted order.
 *
 * @param sites
 *   Site → counts.
 * @returns
 *   Profile.
 */
function sorted(sites: ReadonlyMap<string, {pages: number; templates: ReadonlyMap<string, number>}>): Profile {
  const names = [...sites.keys()].sort()
  // `Object.fromEntries` defines own properties, so `__proto__` stays data.
  return {
    type: 'deboiler-profile',
    version: profileVersion,
    sites: Object.fromEntries(
      names.map(function (name): [string, SiteCounts] {
        const counts = sites.get(name)!
        const keys = [...counts.templates.keys()].sort()
        return [name, {pages: counts.pages, templates: Object.fromEntries(keys.map((key) => [key, counts.templates.get(key)!]))}]
      })
    )
  }
}
