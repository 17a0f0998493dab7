import {
  copyLinkLines,
  followNetworks,
  followPrompts,
  googlePrompts,
  linkWords,
  linkWordsByLanguage,
  objectWords,
  objectWordsByLanguage,
  promptQuestions,
  shareEndpoints,
  socialMediaWords,
  strongButtonWords,
  strongButtons,
  weakButtonWords,
  weakButtons,
  widgetPhrases
} from '../data/share.js'
import {moreSentences} from '../structure/chars.js'
import {allOf, trieSource} from '../util/lexicon.js'
import {foldedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

const strong = new Set([...strongButtons, ...allOf(strongButtonWords)])
const weak = new Set([...weakButtons, ...allOf(weakButtonWords)])
const links = new Set([...linkWords, ...allOf(linkWordsByLanguage)])
const objects = new Set([...objectWords, ...allOf(objectWordsByLanguage)])
const copyLinks = new Set(allOf(copyLinkLines))

/**
 * A prompt to follow the site, at the start of a line (`followPrompts`; a
 * space in them is a space or a hyphen: `Suivez-nous`), and the social media
 * it may name instead of a network.
 */
const follow = new RegExp('^(?:' + trieSource(allOf(followPrompts)).replaceAll(' ', String.raw`[\s-]`) + ')(?![\\p{L}\\p{M}])', 'u')
const socialMedia = new RegExp('(?:^|\\s)(?:' + trieSource(allOf(socialMediaWords)) + ')(?![\\p{L}\\p{M}])', 'u')

/**
 * Most words of a prompt to follow the site (`Follow us on Telegram,
 * Facebook, Instagram, YouTube and X for the latest news and updates.`).
 */
const maxFollowWords = 30

/**
 * Networks a prompt to follow the site may name.
 */
const networks = new Set([...strong, ...followNetworks])

/**
 * Longest line read as a copy-link notice: the longest notice and some
 * punctuation around it.
 */
const maxCopyLink = Math.max(...[...copyLinks].map((notice) => notice.length)) + 4

/**
 * A question asking readers to share, at the start of a line.
 */
const question = new RegExp('^(?:' + promptQuestions.join('|') + ')\\s*\\?+', 'u')

/**
 * A share button printed as its address (`https://www.facebook.com/sharer/sharer.php?u=…`,
 * `mailto:?subject=…`), in brackets, parentheses or angle brackets or bare,
 * up to its end.
 */
const shareLink = new RegExp(
  String.raw`(?:(?:https?:)?//(?:www\.)?(?:${shareEndpoints.join('|')})|mailto:\?)[^\s\])>]*`,
  'giu'
)

/**
 * A script as a link's target (`[FACEBOOK](javascript:void\(0\);)`,
 * `Tweet [javascript:;]`): a button's handler, no word of the line.
 */
const scriptTarget = /javascript:[^\s\])>]*/giu

/**
 * Widget phrases, in or out of parentheses.
 */
// Add Global News as a Preferred Source on Google; Add TheJapanNews to your
// Google News feed (the site's name is four words at most).
const google = new RegExp(String.raw`^add (?:\S+ ){0,4}(?:${googlePrompts.join('|')})(?![\p{L}\p{N}])`, 'u')
const widget = new RegExp('\\(?\\b(?:' + widgetPhrases.join('|') + ')\\b\\s*[?)]*', 'gu')

/**
 * A word each widget phrase has (its longest): a line without any has no
 * widget phrase, and is not searched for one.
 */
const widgetKeys = [...new Set(widgetPhrases.map((phrase) => longestWord(phrase)))]

/**
 * What separates buttons in a row: white space, bars, bullets, commas,
 * slashes, and the full-width colon, comma, bar and brackets of Chinese and
 * Japanese (`分享到：微信 微博`, `【分享】微信`).
 */
const separator = /[\s|•·∙,;/：、，｜【】]+/u

/**
 * What is between separators.
 */
const wordRun = /[^\s|•·∙,;/：、，｜【】]+/gu

/**
 * Punctuation around a word (`Share:`, `(Opens`, `Story!`); `+` stays, for
 * `Google+`, and so do the marks of a word's last letter (`शेयर करें`, `แชร์`).
 */
const edges = /^[^\p{L}\p{N}+]+|(?<![^\p{L}\p{M}\p{N}+])[^\p{L}\p{M}\p{N}+]+$/gu

/**
 * A share count next to a button: `Share 0`, `Facebook 1.2K`.
 */
const count = /^\d[\d.,]*[km]?$/u

/**
 * An email field of a form (`Email *`, `Your Email`), left to the comments
 * and subscribe rules.
 */
const emailField = /^(?:your\s+e-?mail|e-?mail\s*(?:\*|:\s*\*?|\(required\)))$/u

/**
 * Longest row of buttons looked at, in words and in characters; longer lines
 * are prose.
 */
const maxWords = 40
const maxLength = 400

/**
 * What `deboilerShare` is and does.
 */
export const meta = {
  category: 'share',
  ruleId: 'share-buttons',
  ruleIds: ['share-prompt', 'share-buttons'],
  maxLength,
  strips: 'share prompts and rows of share buttons, prompts to follow the site on social networks (`Follow us on Facebook and Instagram`) and on Google (`Add … as a preferred source on Google`)',
  example: 'Think your friends would be interested? Share this story!',
  group: 'engagement'
} as const satisfies RuleDocs

/**
 * Strip share prompts and rows of share buttons.
 *
 * ###### Notes
 * A line is share debris when every word in it is a share word: a button
 * (`Facebook`, `Tweet`, `Email`, `Share`), a word that links buttons (`on`,
 * `via`, `click to`) or names what to share (`this story`, `with a friend`),
 * maybe after a question that asks to share (`Think your friends would be
 * interested?`). Buttons that are ordinary words (`Print`, `X`, `Save`) need
 * a second button or an object. So “Share prices fell 3% on Monday.” and
 * “Facebook said it would share data with researchers.” are kept: they have
 * words no share widget writes.
 */
const deboilerShare = defineLineRule(
  meta,
  function (line) {
    const value = foldedValue(line.node)
    if (value.startsWith('add ') && google.test(value)) {
      return {ruleId: 'share-prompt', reason: unexpected('share prompt', line.value)}
    }

    if (value.length <= maxCopyLink && copyLinks.has(trimEdges(value))) {
      return {ruleId: 'share-buttons', reason: unexpected('copy link notice', line.value)}
    }

    // Follow us on Facebook and Instagram for the latest news
    if (follow.test(value) && isFollowPrompt(value)) {
      return {ruleId: 'share-prompt', reason: unexpected('follow prompt', line.value)}
    }

    // A share button printed as its address counts as a button, its address
    // as nothing else.
    let addresses = 0
    const linked =
      value.includes('//') || value.includes('mailto:')
        ? value.replace(shareLink, function () {
            addresses++
            return ' '
          })
        : value
    const plain = linked.includes('javascript:') ? linked.replace(scriptTarget, ' ') : linked
    const asked = question.exec(plain)
    const asIs = asked ? plain.slice(asked[0].length) : plain
    const rest = widgetKeys.some((key) => asIs.includes(key)) ? asIs.replace(widget, ' ') : asIs
    // Distinct weak buttons: the first, and whether there is another.
    let weakOne: string | undefined
    let weakMore = false
    let buttons = addresses
    let counts = false
    let named = false
    let match: RegExpExecArray | null

    // Word by word, as most lines fail at their first or second word.
    wordRun.lastIndex = 0
    while ((match = wordRun.exec(rest))) {
      const word = trimEdges(match[0])
      if (word === '' || links.has(word)) continue
      if (count.test(word)) counts = true
      else if (strong.has(word)) buttons++
      else if (weak.has(word)) {
        if (weakOne === undefined) weakOne = word
        else if (word !== weakOne) weakMore = true
      } else if (objects.has(word)) named = true
      else return undefined
    }

    if (rest.split(separator).length > maxWords || emailField.test(value)) return undefined

    // `Print` alone is a word, `12″ x 8.8″` sizes; `Print Email`, `Pin it` are buttons.
    if (!asked && buttons === 0) {
      if (counts || weakOne === undefined || (!weakMore && !named)) return undefined
    }

    return asked || named
      ? {ruleId: 'share-prompt', reason: unexpected('share prompt', line.value)}
      : {ruleId: 'share-buttons', reason: unexpected('share buttons', line.value)}
  }
)

export default deboilerShare

/**
 * Whether a line that opens as a prompt to follow the site is one: a short
 * sentence that names a network or social media (`Follow us on Telegram,
 * Facebook and X for the latest news`; not `Follow us as we walk the
 * coast.`).
 *
 * @param value
 *   Line, lower case.
 * @returns
 *   Whether it is.
 */
function isFollowPrompt(value: string): boolean {
  if (moreSentences.test(value)) return false
  const words = value.match(wordRun) ?? []
  if (words.length > maxFollowWords) return false
  return words.some((word) => networks.has(trimEdges(word))) || socialMedia.test(value)
}

/**
 * Remove punctuation around a word.
 *
 * @param value
 *   Word between separators.
 * @returns
 *   Word.
 */
function trimEdges(value: string): string {
  // Most words start and end in an ASCII letter or digit: nothing to trim.
  return isPlain(value.charCodeAt(0)) && isPlain(value.charCodeAt(value.length - 1))
    ? value
    : value.replace(edges, '')
}

/**
 * Whether a character code is a lower-case ASCII letter, a digit, or `+`,
 * which `edges` keeps.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isPlain(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43
}

/**
 * The longest word of a phrase.
 *
 * @param phrase
 *   Phrase.
 * @returns
 *   Word (the first of the longest).
 */
function longestWord(phrase: string): string {
  let longest = ''
  for (const word of phrase.split(' ')) if (word.length > longest.length) longest = word
  return longest
}
