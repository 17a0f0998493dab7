import {promptWords, wallWords} from '../data/subscribe.js'
import type {Line} from '../util/line-rule.js'
import {foldedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

const vocabulary = new Set(promptWords)
const walls = new Set(wallWords)

/**
 * Kinds of sign-up debris, each with its rule id, what the reason calls it,
 * and the cue (over the line’s words, joined by spaces) that names it.
 *
 * ###### Notes
 * Checked in order: `Subscribe to our newsletter` is a newsletter prompt,
 * `Enter your email address to subscribe` an email field.
 */
const kinds = [
  {
    ruleId: 'subscribe-paywall',
    name: 'paywall',
    // `THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY`, `REGISTER / SIGN IN TO
    // UNLOCK MORE ARTICLES`, `Create an account or sign in to continue…`.
    cue: /\bunlock\b|\bsubscribers? only\b|\breserved for subscribers\b|\bcreate an account\b|\bsign in to continue\b/u
  },
  {
    ruleId: 'subscribe-newsletter',
    name: 'newsletter prompt',
    // `Sign up for our daily newsletter`, `Get the latest news delivered to your inbox`.
    cue: /\b(?:e-?)?newsletters?\b|\bmailing list\b|\binbox\b|\be-?mail (?:alerts|updates)\b/u
  },
  {
    ruleId: 'subscribe-email',
    name: 'email field',
    // `Enter your email address`, `Please enter a valid email address`.
    cue: /\be-?mail address\b|\b(?:enter|type) (?:your )?e-?mail\b/u
  },
  {
    ruleId: 'subscribe-prompt',
    name: 'subscribe prompt',
    // `Subscribe`, `Sign up now`, `Already a subscriber? Log in`.
    cue: /\bsubscri|\bsign(?:ing)?[- ]?up\b/u
  }
] as const

/**
 * A word: letters and digits, with inner apostrophes, hyphens and pluses.
 */
const paywall = kinds[0]

const word = /[\p{L}\p{N}][\p{L}\p{N}'+-]*/gu

/**
 * Words that are a prompt alone on a line; other lone words (`subscribers.`)
 * are more often the tail of a wrapped sentence.
 */
const alone = new Set(['e-newsletter', 'newsletter', 'newsletters', 'sign-up', 'signup', 'subscribe'])

/**
 * Words a prompt does not end in: a line ending in one is the first part of a
 * wrapped sentence (`Sign up for` + `Astronomy's` + `email newsletter:`).
 */
const open = new Set(['a', 'an', 'and', 'for', 'of', 'or', 'our', 'the', 'to', 'with', 'your'])

/**
 * Longest prompt, in words and in characters; longer lines are prose.
 */
const maxWords = 16
const maxLength = 160

/**
 * What `deboilerSubscribe` is and does.
 */
export const meta = {
  category: 'subscribe',
  ruleId: 'subscribe-prompt',
  ruleIds: ['subscribe-newsletter', 'subscribe-email', 'subscribe-prompt', 'subscribe-paywall'],
  maxLength,
  strips: 'newsletter and sign-up prompts, paywalls and registration walls',
  example: 'Sign up for our daily newsletter',
  group: 'engagement'
} as const satisfies RuleDocs

/**
 * Strip newsletter and sign-up prompts and their email fields.
 *
 * ###### Notes
 * A line is a prompt when it is short, every word in it is a word of
 * sign-up prompts (`sign`, `up`, `our`, `free`, `daily`, `newsletter`,
 * `inbox`…) and it has a cue (`subscribe`, `sign up`, `newsletter`, `email
 * address`). Lone account links (`Log in`, `Register`) are navigation. Body
 * sentences about subscribing have other words: “If you just want Disney+,
 * you can sign up for a free 7-day trial.” is kept.
 */
const deboilerSubscribe = defineLineRule(
  meta,
  function (line, lines) {
    const value = foldedValue(line.node)
    const words: Array<string> = []
    let match: RegExpExecArray | null
    let wall = false

    // Word by word, as most lines have a word no prompt has early on.
    word.lastIndex = 0
    while ((match = word.exec(value))) {
      if (words.length === maxWords) return undefined
      if (!vocabulary.has(match[0])) {
        if (!walls.has(match[0])) return undefined
        wall = true
      }

      words.push(match[0])
    }

    if (words.length === 0) return undefined
    if (words.length === 1 && !alone.has(words[0]!)) return undefined
    if (open.has(words.at(-1)!) || continues(line, lines)) return undefined

    const joined = words.join(' ')
    // A word only walls have: a wall, or no prompt at all.
    const kind = wall ? (paywall.cue.test(joined) ? paywall : undefined) : kinds.find((kind) => kind.cue.test(joined))
    if (!kind) return undefined
    return {ruleId: kind.ruleId, reason: unexpected(kind.name, line.value)}
  }
)

export default deboilerSubscribe

/**
 * Whether a line goes on with the sentence of the line right above it: it
 * starts in lower case, and that line, still there, does not end a sentence.
 *
 * @param line
 *   Line.
 * @param lines
 *   Every line of the page.
 * @returns
 *   Whether it is the rest of a wrapped sentence.
 */
function continues(line: Line, lines: ReadonlyArray<Line>): boolean {
  const previous = lines[line.index - 1]
  if (!previous || previous.strippedBy !== undefined || !/^\p{Ll}/u.test(line.value)) return false
  if (previous.node.position!.end.line !== line.node.position!.start.line - 1) return false
  return !/[.!?:"”)]$/u.test(previous.value)
}
