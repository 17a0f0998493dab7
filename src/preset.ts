import type {Preset} from 'unified'
import deboilerAdvert from './rules/advert.js'
import deboilerChrome from './rules/chrome.js'
import deboilerComments from './rules/comments.js'
import deboilerCookie from './rules/cookie.js'
import deboilerCopyright from './rules/copyright.js'
import deboilerCounter from './rules/counter.js'
import deboilerDisclaimer from './rules/disclaimer.js'
import deboilerDuplicate from './rules/duplicate.js'
import deboilerForum from './rules/forum.js'
import deboilerNavigation from './rules/navigation.js'
import deboilerPhotoCredit from './rules/photo-credit.js'
import {meta as profileMeta} from './rules/profile.js'
import deboilerPullQuote from './rules/pull-quote.js'
import deboilerRelated from './rules/related.js'
import deboilerShare from './rules/share.js'
import deboilerShop from './rules/shop.js'
import deboilerSiteCredit from './rules/site-credit.js'
import deboilerSource from './rules/source.js'
import deboilerSubscribe from './rules/subscribe.js'
import deboilerTags from './rules/tags.js'
import deboilerTemplate from './rules/template.js'
import deboilerTimestamp from './rules/timestamp.js'
import {categories, type Category} from './types.js'

/**
 * The rule of each category, in the order they run (see `deboilerPreset`);
 * all else about a rule (its category, its rule ids, its docs) is in its
 * `meta`.
 */
const builtins = [
  deboilerTemplate,
  deboilerNavigation,
  deboilerAdvert,
  deboilerCookie,
  deboilerDisclaimer,
  deboilerShare,
  deboilerSubscribe,
  deboilerRelated,
  deboilerComments,
  deboilerCopyright,
  deboilerSiteCredit,
  deboilerCounter,
  deboilerSource,
  deboilerTags,
  deboilerPhotoCredit,
  deboilerTimestamp,
  deboilerForum,
  deboilerShop,
  deboilerChrome,
  deboilerDuplicate,
  deboilerPullQuote
] as const

/**
 * A built-in rule.
 */
type Builtin = (typeof builtins)[number]

/**
 * The rule of each category.
 */
export const rules = Object.fromEntries(builtins.map((rule) => [rule.meta.category, rule])) as {
  readonly [Rule in Builtin as Rule['meta']['category']]: Rule
} satisfies Record<Category, unknown>

/**
 * The meta of each rule, in the order of `categories` (the order of the
 * README rules table).
 */
export const metas = categories.map((category) => rules[category].meta)

/**
 * Every rule id a built-in rule can emit, in the order of the rules table:
 * a closed list (rules of your own have ids of their own).
 */
export const ruleIds: ReadonlyArray<RuleId> = [
  ...new Set([...metas.flatMap((meta) => meta.ruleIds), ...profileMeta.ruleIds])
]

/**
 * Rule id of a built-in rule (example: `'counter-hits'`).
 */
export type RuleId = Builtin['meta']['ruleIds'][number] | (typeof profileMeta.ruleIds)[number]

/**
 * All built-in rules, in the order they run.
 *
 * ###### Notes
 * Use it after `deboilerLines`. Template artifacts go first, as they sit
 * inside lines other rules judge; then the rules for named debris; then
 * `deboilerChrome`, which locates the article among the lines left;
 * duplicates and pull quotes go last, as they compare with the article left
 * by the others.
 */
export const deboilerPreset: Preset = {plugins: [...builtins]}
