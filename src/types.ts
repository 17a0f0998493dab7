import type {Position} from 'unist'
import type {PluggableList} from 'unified'
import type {Profile} from './profile.js'
import type {Format} from './util/format.js'

/**
 * Every kind of debris deboiler knows, in the order of the rules table.
 *
 * ###### Notes
 * The vocabulary of the hand-labelled seed articles, plus `disclaimer`
 * (affiliate disclosures, “not medical advice” notices) and `chrome`: page
 * chrome that no named category fits (menus, link lists, footers, lines
 * outside the article core). Each category has one retext plugin in
 * `src/rules/<category>.ts`.
 */
export const categories = [
  'navigation',
  'share',
  'subscribe',
  'related',
  'comments',
  'copyright',
  'site-credit',
  'counter',
  'source',
  'tags',
  'photo-credit',
  'timestamp',
  'template',
  'advert',
  'cookie',
  'disclaimer',
  'duplicate',
  'pull-quote',
  'forum',
  'shop',
  'chrome'
] as const

/**
 * Kind of debris (example: `'related'`).
 */
export type Category = (typeof categories)[number]

/**
 * Place in the input, as a unist position whose points always have `offset`.
 *
 * Lines and columns are 1-indexed, offsets 0-indexed (UTF-16 code units);
 * `end` is exclusive.
 */
export type Place = Position & {
  start: {offset: number}
  end: {offset: number}
}

/**
 * Something deboiler removed from the input.
 *
 * Same names and meanings as the fields of `VFileMessage`.
 */
export interface Stripped {
  /** Text that was removed: `input.slice(place.start.offset, place.end.offset)`. */
  actual: string
  /** Kind of debris (example: `'related'`). */
  category: Category
  /** Longer explanation: which cue fired (optional). */
  note?: string | undefined
  /** Where it was in the input. */
  place: Place
  /** Why it was removed (example: ``'Unexpected hit counter `Hits: 81`'``). */
  reason: string
  /** Rule that removed it (example: `'counter-hits'`). */
  ruleId: string
  /** Namespace of the rule: `'deboiler'` for built-in rules. */
  source: string
  /** Link to the rule’s docs (optional). */
  url?: string | undefined
}

/**
 * Configuration for `clean()`.
 */
export interface CleanOptions {
  /**
   * Turn categories on or off (example: `{tags: false}`).
   *
   * @default all categories on
   */
  rules?: Partial<Record<Category, boolean>> | null | undefined
  /**
   * Extra retext plugins (or presets) to run after the built-in rules, such
   * as rules made with `lineRule()`.
   *
   * @default []
   */
  plugins?: PluggableList | null | undefined
  /**
   * How hard to cut page chrome: `'precision'` drops more, `'recall'` keeps
   * more (see “How well it works” in the README for what each costs).
   *
   * @default 'balanced'
   */
  mode?: 'balanced' | 'precision' | 'recall' | null | undefined
  /**
   * How the input marks its structure: `'markdown'` (turndown and the
   * scrapers made for language models) reads Markdown links, images,
   * headings, emphasis and escapes as Markdown, so a line of links is a menu
   * and a link target no word; `'text'` takes them for words; `'auto'` finds
   * out (`result.format` says what it found). Link targets as html-to-text
   * prints them (`News [https://…]`) and hard-wrapped lines are read in
   * every format.
   *
   * @default 'auto'
   */
  format?: 'auto' | 'text' | 'markdown' | null | undefined
  /**
   * Site profile from `learnProfile()`: also strip the lines the document’s
   * site repeats on most of its pages (rule id `profile-template`), and keep
   * the page’s own lines just above the article (its headline).
   *
   * @default none
   */
  profile?: Readonly<Profile> | null | undefined
  /**
   * Site of the document, as the profile names it (such as the URL host
   * without `www.`, see `siteOf()`); used with `profile`.
   *
   * @default ''
   */
  site?: string | null | undefined
}

/**
 * Result of `clean()`.
 */
export interface CleanResult {
  /** Article body, with the input’s own line and paragraph breaks. */
  text: string
  /** Everything removed, sorted by place; kept text plus these accounts for the whole input. */
  stripped: Array<Stripped>
  /** The shape of the input: how it marks its structure, and whether it is hard-wrapped. */
  format: Format
  /** Whether the page reads as an article, and its kind: route listings, product pages and forums by it. */
  page: PageVerdict
  /**
   * Language of the text: ISO 639-1 (`'en'`, `'de'`, `'ja'`), `'und'` when it
   * cannot be told. From the stopwords of 54 languages, or the script of
   * Japanese, Chinese, Korean and Thai (see `detectLanguage`).
   */
  language: string
}

/**
 * Kind of page: an article, or one of the pages that are not (a collection,
 * a gallery or a category page counts as a listing).
 */
export type PageKind = 'article' | 'documentation' | 'forum' | 'listing' | 'product' | 'service'

/**
 * Whether a page reads as an article, and what kind of page it is.
 */
export interface PageVerdict {
  /** Whether it reads as an article (`score` of 0.5 or more; then `kind` is `'article'`). */
  article: boolean
  /**
   * Probability that it is an article (0–1, two decimals), from the cues of
   * the whole page: how much prose it has in runs, how much of it the
   * locator keeps, how much is short lines, repeats, digits and named
   * debris. `0` for a text of under 60 words, too short to tell, and when
   * the locator does not run (`rules: {chrome: false}`).
   */
  score: number
  /**
   * Kind of page: `'article'` when `article` is true, else the most likely of
   * `'documentation'`, `'forum'`, `'listing'` (also a collection, a gallery, a
   * category page), `'product'` and `'service'`; `'unknown'` when `score` is
   * `0` for want of words or of the locator. On a page surely of a kind that
   * is not an article, the cut is gentler between the page's header and its
   * footer (from the first line the balanced cut keeps to the first copyright,
   * site credit, cookie banner, disclaimer, site link or `Back to top` after
   * the last): the lines outside the main block stay (a listing’s other
   * items), or on some kinds also the menus and what follows a tail heading
   * (a forum’s thread).
   */
  kind: PageKind | 'unknown'
  /**
   * Probability of each kind (0–1, two decimals, about 1 in all; `article` is
   * `score`), all `0` when `kind` is `'unknown'`.
   */
  kinds: Record<PageKind, number>
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Kind of debris, set by deboiler rules (non-standard field). */
    category?: Category | undefined
  }
}
