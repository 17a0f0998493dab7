import type {Preset} from 'unified'
import deboilerAdvert from './rules/advert.js'
import deboilerChrome from './rules/chrome.js'
import deboilerComments from './rules/comments.js'
import deboilerCookie from './rules/cookie.js'
import deboilerCopyright from './rules/copyright.js'
import deboilerCounter from './rules/counter.js'
import deboilerDisclaimer from './rules/disclaimer.js'
import deboilerDuplicate from './rules/duplicate.js'
import deboilerNavigation from './rules/navigation.js'
import deboilerPhotoCredit from './rules/photo-credit.js'
import deboilerPullQuote from './rules/pull-quote.js'
import deboilerRelated from './rules/related.js'
import deboilerShare from './rules/share.js'
import deboilerSiteCredit from './rules/site-credit.js'
import deboilerSource from './rules/source.js'
import deboilerSubscribe from './rules/subscribe.js'
import deboilerTags from './rules/tags.js'
import deboilerTemplate from './rules/template.js'
import deboilerTimestamp from './rules/timestamp.js'
import type {Category} from './types.js'

/**
 * The rule of each category.
 */
export const rules = {
  template: deboilerTemplate,
  navigation: deboilerNavigation,
  advert: deboilerAdvert,
  cookie: deboilerCookie,
  disclaimer: deboilerDisclaimer,
  share: deboilerShare,
  subscribe: deboilerSubscribe,
  related: deboilerRelated,
  comments: deboilerComments,
  copyright: deboilerCopyright,
  'site-credit': deboilerSiteCredit,
  counter: deboilerCounter,
  source: deboilerSource,
  tags: deboilerTags,
  'photo-credit': deboilerPhotoCredit,
  timestamp: deboilerTimestamp,
  chrome: deboilerChrome,
  duplicate: deboilerDuplicate,
  'pull-quote': deboilerPullQuote
} as const satisfies Record<Category, unknown>

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
export const deboilerPreset: Preset = {plugins: Object.values(rules)}
