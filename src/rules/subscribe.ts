import type {Lexicon} from '../data/lexicon.js'
import {caselessStops} from '../structure/chars.js'
import {
  consentAgreements,
  consentOpeners,
  emailPhrases,
  loneWords,
  newsletterPhrases,
  noSpamNotes,
  openWords,
  optOutNotes,
  paywallPhrases,
  promptPhrases,
  promptWords,
  promptWordsByLanguage,
  reportingVerbs,
  signupStatuses,
  wallWords,
  wallWordsByLanguage
} from '../data/subscribe.js'
import {byLanguage} from '../util/languages.js'
import {allOf, isSpacedEdge, trieSource, wordStartSource} from '../util/lexicon.js'
import type {Line} from '../util/line-rule.js'
import {foldedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {wordCount} from '../util/shape.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * Words of prompts: the English list, the other languages, and every word of
 * a newsletter, email or prompt cue.
 */
const vocabulary = new Set([
  ...promptWords,
  ...allOf(promptWordsByLanguage),
  ...wordsOf(newsletterPhrases),
  ...wordsOf(emailPhrases),
  ...wordsOf(promptPhrases)
])

/**
 * Words only walls have: the lists, and the words of paywall cues that are
 * not prompt words.
 */
const walls = new Set(
  [...wallWords, ...allOf(wallWordsByLanguage), ...wordsOf(paywallPhrases)].filter((word) => !vocabulary.has(word))
)

/**
 * Kinds of sign-up debris, each with its rule id, what the reason calls it,
 * and the cue (over the line’s words, joined by spaces, in English or in the
 * phrases of the other languages) that names it.
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
    // UNLOCK MORE ARTICLES`, `Create an account or sign in to continue…`, `To
    // read this article in full you must be registered with the site.`.
    cue: cueOf(
      /\bunlock\b|\bsubscribers? only\b|\breserved for subscribers\b|\bcreate an account\b|\bsign in to continue\b|\bmust be (?:registered|logged in|signed in)\b/u,
      paywallPhrases
    )
  },
  {
    ruleId: 'subscribe-newsletter',
    name: 'newsletter prompt',
    // `Sign up for our daily newsletter`, `Get the latest news delivered to your inbox`.
    cue: cueOf(/\b(?:e-?)?newsletters?\b|\bmailing list\b|\binbox\b|\be-?mail (?:alerts|updates)\b/u, newsletterPhrases)
  },
  {
    ruleId: 'subscribe-email',
    name: 'email field',
    // `Enter your email address`, `Please enter a valid email address`.
    cue: cueOf(/\be-?mail address\b|\b(?:enter|type) (?:your )?e-?mail\b/u, emailPhrases)
  },
  {
    ruleId: 'subscribe-prompt',
    name: 'subscribe prompt',
    // `Subscribe`, `Sign up now`, `Already a subscriber? Log in`, `Yes
    // please, sign me up!`.
    cue: cueOf(/\bsubscri|\bsign(?:ing)?[- ]?up\b|\bsign me up\b/u, promptPhrases)
  }
] as const

/**
 * The kind a line with a wall word can be.
 */
const paywall = kinds[0]

/**
 * A message of a sign-up form, at the start of the line or of a sentence in
 * it (`Great! We've sent you an email…`).
 */
const status = new RegExp('(?:^|[.!?。！？] ?)[¡¿"]?(?:' + trieSource(allOf(signupStatuses)) + ')', 'u')

/**
 * Most words of the sentence of a sign-up message (`You've already signed up
 * for some newsletters, but you haven't confirmed your address.`): a
 * sentence of prose that starts as one goes on (`Thanks for subscribing to
 * the channel, the host said, before…`).
 */
const maxStatusWords = 14

/**
 * Most words before a sign-up message on its line (`Great!`, `Almost
 * done!`): a paragraph that ends in one is the article's.
 */
const maxLeadWords = 3

/**
 * End of a sentence (Latin, and the scripts without case: `caselessStops`).
 */
const sentenceEnd = new RegExp(`[.!?${caselessStops}]`, 'u')

/**
 * A word: letters (with their marks) and digits, with inner apostrophes,
 * hyphens and pluses; a run of CJK characters is one word.
 */
const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'+-]*/gu

/**
 * A number: no word of a prompt, yet no reason to think a line prose
 * (`Il vous reste 57.09% de cet article à lire.`, `Get 10% off`).
 */
const number = /^\p{N}+$/u

/**
 * Most words of the name of a prompt's sender (`from The Verge`).
 */
const maxSenderWords = 2

/**
 * Words that are a prompt alone on a line, and words a prompt does not end in.
 */
const alone = new Set(allOf(loneWords))
const open = new Set(allOf(openWords))

/**
 * Words of a prompt that are no prompt words (`local`, `morning`), at most:
 * two, one in `unknownShare` of its words, and none in a prompt of fewer
 * than `minLooseWords` words (`Sign up for our products below the first
 * floor.` is a sentence).
 */
const maxUnknown = 2
const unknownShare = 6
const minLooseWords = 10

/**
 * Longest prompt, in words and in characters; longer lines are prose.
 */
const maxWords = 16
const maxPrompt = 160

/**
 * Longest line the rule reads: the small print of a form (`By providing
 * your information and clicking Subscribe, you agree to our Terms of Use and
 * Privacy Policy. You also elect to receive updates…`).
 */
const maxLength = 400

/**
 * The searches for a form's small print in the page's languages
 * (`byLanguage()`): its opening and its promise to let the reader leave at
 * the start of the line, the reader's agreement where a word starts.
 */
const consentOf = byLanguage(function (pick) {
  return {
    opener: new RegExp('^(?:' + trieSource(pick(consentOpeners)) + ')', 'u'),
    optOut: optOutSearch(pick(optOutNotes), pick(noSpamNotes)),
    agreement: new RegExp('(?:' + wordStartSource(pick(consentAgreements)) + ')', 'u')
  }
})

/**
 * The search for a promise to let the reader leave, or not to spam them, at
 * the start of a line: a phrase of a script whose words stand apart ends with
 * its word (`… jederzeit abmelden`, not `… abmeldenden`), and a promise not to
 * spam ends its sentence or clause (`No spam, we promise.`; not `No spam
 * calls since the new rule`).
 *
 * @param optOut
 *   Phrases that let the reader leave, lower case.
 * @param noSpam
 *   Phrases that promise no spam, lower case.
 * @returns
 *   Search.
 */
function optOutSearch(optOut: ReadonlyArray<string>, noSpam: ReadonlyArray<string>): RegExp {
  // Thai and CJK phrases end where the script ends a word: anywhere (leave)
  // or before a space (Thai ends a sentence so) or a mark (no spam).
  const spaced = (entry: string) => isSpacedEdge(entry, true)
  const unspaced = (entry: string) => !isSpacedEdge(entry, true)
  return new RegExp(
    '^(?:(?:' +
      trieSource(noSpam.filter(spaced)) +
      String.raw`)\s*(?:[^\p{L}\p{N}\p{M}\s]|$)|(?:` +
      trieSource([...optOut.filter(spaced), ...noSpam.filter(unspaced)]) +
      String.raw`)(?![\p{L}\p{N}\p{M}])|` +
      trieSource(optOut.filter(unspaced)) +
      ')',
    'u'
  )
}

/**
 * End of the first sentence of a form's small print (not the dot of
 * `example.com`).
 */
const consentEnd = new RegExp(`[.!?](?:\\s|$)|[${caselessStops}]`, 'u')

/**
 * Verbs that report speech (`reportingVerbs`), and how many of the last words
 * of a sentence are read for one (`…, the judge said`, `…, said the judge`).
 */
const reporting = new Set(allOf(reportingVerbs))
const reportingReach = 4

/**
 * Symbols before the first letter of a line (`ⓘ `, `* `).
 */
const leadSymbols = /^[^\p{L}\p{N}]+/u

/**
 * What `deboilerSubscribe` is and does.
 */
export const meta = {
  category: 'subscribe',
  ruleId: 'subscribe-prompt',
  ruleIds: ['subscribe-newsletter', 'subscribe-email', 'subscribe-prompt', 'subscribe-paywall', 'subscribe-consent'],
  maxLength,
  box: {name: 'line of a sign-up box', ruleId: 'subscribe-prompt', lines: 6, maxLength: 200},
  strips:
    'newsletter and sign-up prompts, the messages and small print of sign-up forms (`Thanks for subscribing!`, `By signing up, you agree to our Privacy Policy.`, `Unsubscribe anytime.`), paywalls and registration walls, and the few short lines between two of them (the perks a paywall lists)',
  example: 'Sign up for our daily newsletter',
  group: 'engagement'
} as const satisfies RuleDocs

/**
 * Strip newsletter and sign-up prompts and their email fields.
 *
 * ###### Notes
 * A line is a prompt when it is short, its words are words of sign-up
 * prompts (`sign`, `up`, `our`, `free`, `daily`, `newsletter`, `inbox`…)
 * but for one in six at most in a line of ten words or more, two at most
 * (`Get the latest local news delivered to your inbox every morning. Sign
 * up now.`), and it has a cue (`subscribe`, `sign up`, `newsletter`, `email
 * address`), in any of the 30 languages (`Abonnieren Sie unseren
 * Newsletter`, `Réservé aux abonnés`, `ニュースレターに登録`); numbers
 * (`Sign up for 10% off your first purchase`) and the sender's name of one or
 * two words after `from` at its end (`… and more from iRobot.`) are allowed
 * too. Lone account links (`Log in`, `Register`, `Anmelden`) are
 * navigation. Body sentences about subscribing have other words: “If you
 * just want Disney+, you can sign up for a free 7-day trial.” is kept.
 */
const deboilerSubscribe = defineLineRule(
  meta,
  function (line, lines) {
    const value = foldedValue(line.node)
    if (isConsent(value, lines)) {
      return {ruleId: 'subscribe-consent', reason: unexpected('small print of a sign-up form', line.value)}
    }

    // Small print may be long; a prompt or a message is not.
    if (line.value.length > maxPrompt) return undefined
    if (isStatus(value)) return {ruleId: 'subscribe-prompt', reason: unexpected('sign-up message', line.value)}

    const words: Array<string> = []
    let match: RegExpExecArray | null
    let wall = false
    let unknown = 0

    // Word by word, as most lines have a word no prompt has early on.
    word.lastIndex = 0
    while ((match = word.exec(value))) {
      if (words.length === maxWords) return undefined
      if (!vocabulary.has(match[0])) {
        // The sender a prompt ends with (`… and more from iRobot.`).
        const sender = senderAt(words, value, match.index)
        if (sender !== undefined) {
          words.length = sender
          break
        }

        // A number is in walls (`57% de cet article`) and in shops' prompts
        // (`Sign up for 10% off your first purchase`) alike.
        // A prompt with a word no prompt has has `minLooseWords` words: a
        // line whose rest cannot hold them is none (most short lines, at
        // their first word).
        if (!number.test(match[0])) {
          if (walls.has(match[0])) wall = true
          else if (++unknown > maxUnknown || !roomFor(value, words.length + 1, match.index + match[0].length)) {
            return undefined
          }
        }
      }

      words.push(match[0])
    }

    if (words.length === 0) return undefined
    if (unknown > 0 && (words.length < minLooseWords || unknown * unknownShare > words.length)) return undefined
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
 * Whether a line is the small print of a sign-up form: it starts with a
 * promise to let the reader leave (`Unsubscribe anytime.`), or with an
 * opening (`By signing up`) whose sentence goes on to the reader's agreement
 * (`you agree to our Privacy Policy`). A notice about cookies is the cookie
 * rule's.
 *
 * @param value
 *   Line, lower case, straight quotes.
 * @param lines
 *   Lines of the page.
 * @returns
 *   Whether it is.
 */
function isConsent(value: string, lines: ReadonlyArray<Line>): boolean {
  const lead = leadSymbols.exec(value)
  const text = lead ? value.slice(lead[0].length) : value
  const {opener, optOut, agreement} = consentOf(lines)
  if (optOut.test(text)) return !text.includes('cookie')
  const open = opener.exec(text)
  if (!open) return false
  const rest = text.slice(open[0].length)
  const end = consentEnd.exec(rest)
  const sentence = end ? rest.slice(0, end.index) : rest
  return agreement.test(sentence) && !text.includes('cookie') && !isReported(sentence)
}

/**
 * Whether a sentence ends in a report of speech (`…, the judge said`,
 * `…, sagte er`): one of its last `reportingReach` words reports speech.
 *
 * @param sentence
 *   Sentence, lower case.
 * @returns
 *   Whether it does.
 */
function isReported(sentence: string): boolean {
  const words = sentence.split(/[^\p{L}\p{M}]+/u).filter(Boolean)
  return words.slice(-reportingReach).some((word) => reporting.has(word))
}

/**
 * Where the name of a prompt's sender starts, when a word no prompt has is
 * in it: after the last `from` (not the first word), with at most
 * `maxSenderWords` words from there to the end of the line (`… and more
 * from iRobot.`, `… from The Verge`).
 *
 * @param words
 *   Words of the line before the word.
 * @param value
 *   Line, lower case.
 * @param index
 *   Start of the word.
 * @returns
 *   Number of words before the name, or `undefined`.
 */
function senderAt(words: ReadonlyArray<string>, value: string, index: number): number | undefined {
  const from = words.lastIndexOf('from')
  if (from < 1) return undefined
  const before = words.length - from - 1
  return before + wordCount(value.slice(index), maxSenderWords + 1) <= maxSenderWords ? from + 1 : undefined
}

/**
 * Whether the rest of a line can hold enough words for a prompt with a word
 * no prompt has (`minLooseWords`): two words of `word` have at least one
 * character between them, so `n` more words take `2n - 1` characters.
 *
 * @param value
 *   Line.
 * @param count
 *   Words read so far.
 * @param end
 *   End of the last word read.
 * @returns
 *   Whether it can.
 */
function roomFor(value: string, count: number, end: number): boolean {
  const more = minLooseWords - count
  return more <= 0 || value.length - end >= 2 * more
}

/**
 * Whether a line holds a message of a sign-up form: at its start, or after a
 * short exclamation (`Great!`, `Success!`), in a sentence of at most
 * `maxStatusWords` words.
 *
 * @param value
 *   Line, lower case, straight quotes.
 * @returns
 *   Whether it does.
 */
function isStatus(value: string): boolean {
  const match = status.exec(value)
  if (!match || wordCount(value.slice(0, match.index), maxLeadWords + 1) > maxLeadWords) return false
  const rest = value.slice(match.index + match[0].length)
  const end = sentenceEnd.exec(rest)
  const sentence = match[0] + (end ? rest.slice(0, end.index) : rest)
  return wordCount(sentence, maxStatusWords + 1) <= maxStatusWords
}

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

/**
 * Cue of a kind: its English expression, or any of its phrases in the other
 * languages as whole words of a line’s words joined by spaces.
 *
 * @param english
 *   Expression of the English cue.
 * @param lexicon
 *   Phrases, per language.
 * @returns
 *   Expression.
 */
function cueOf(english: RegExp, lexicon: Lexicon): RegExp {
  const phrases = allOf(lexicon).map((phrase) => phrase.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'))
  return new RegExp(english.source + '|(?:^| )(?:' + phrases.join('|') + ')(?= |$)', 'u')
}

/**
 * Every word of the phrases of a lexicon.
 *
 * @param lexicon
 *   Phrases, per language.
 * @returns
 *   Words.
 */
function wordsOf(lexicon: Lexicon): Array<string> {
  return allOf(lexicon).flatMap((phrase) => phrase.split(' '))
}
