import {
  closedSentences,
  commentActions,
  commentCounter,
  commentHeadings,
  commentLinks,
  footerSentences,
  formFields,
  formSentences
} from '../data/comments.js'
import {allOf, group} from '../util/lexicon.js'
import {caselessStops} from '../structure/chars.js'
import {foldedSpacedValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'

/**
 * A count, as comment widgets print it: `12`, `1,204`, `One`.
 */
const count = String.raw`(?:\d[\d,]*|one)`

/**
 * A required field of a comment form in any language: `Kommentar *`, `名前 *`.
 */
const requiredField = new RegExp(String.raw`^${group(allOf(formFields))}(?: ?[*＊])+$`, 'u')

/**
 * Kinds of comments debris, each with its rule id, what the reason calls it,
 * and the sentences it matches (lower case, without end punctuation).
 */
const kinds = [
  {
    ruleId: 'comments-form',
    name: 'comment form',
    sentences: new Set(allOf(formSentences)),
    patterns: [
      // `Post Comment`, `Submit Comment`, `Cancel reply`.
      /^(?:(?:post|submit|add|send|preview) comment|cancel reply)$/u,
      // `Log in to comment`, `You must be logged in to post a comment`.
      /^(?:you must be logged in|you must log in|(?:please )?(?:log ?in|sign ?in|register)(?: or (?:register|sign up))?) to (?:(?:post|leave|add|write|report|recommend) )?(?:a |your )?(?:comments?|reply)$/u
    ]
  },
  {
    ruleId: 'comments-closed',
    name: 'closed comments notice',
    sentences: new Set(allOf(closedSentences)),
    patterns: [
      // `Comments are closed.`, `Commenting is disabled for this article`.
      /^(?:comments?|commenting)(?: (?:on|for) this (?:entry|post|article|story|page))?(?: (?:are|is|has been|have been))? (?:now |currently )?(?:closed|disabled|turned off)(?: (?:on|for) this (?:entry|post|article|story|page))?$/u
    ]
  },
  {
    ruleId: 'comments-trackback',
    name: 'comment feed notice',
    sentences: new Set(allOf(footerSentences)),
    patterns: []
  },
  {
    ruleId: 'comments-heading',
    name: 'comments heading',
    sentences: new Set(allOf(commentHeadings, commentLinks)),
    patterns: [
      commentCounter,
      // `Leave a Reply`, `Post a Comment`, `Leave a Reply Cancel reply`.
      /^(?:leave|post|add|write|submit) (?:a |an |your |new )?(?:reply|comment|response)(?: ?cancel reply)?$/u,
      // `No comments`, `12 Comments`, `1 reply`.
      new RegExp(String.raw`^(?:no|${count}) (?:comments?|responses?|replies|reply|thoughts?)(?: yet| so far)?$`, 'u'),
      // `244 thoughts on “9 Best Online Course Selling Platforms”`.
      new RegExp(String.raw`^${count} (?:comments?|responses?|replies|thoughts?) (?:on|to) ["“'‘][^"”]{1,200}["”'’]$`, 'u'),
      // `Comments`, `Readers' Comments`, `Comments (3)`.
      /^(?:(?:reader|readers'|user|your|recent|latest|top|all) )?(?:comments?|responses)(?: ?\(\d[\d,]*\))?$/u,
      // `View Comments`, `Show all 12 comments`, `Loading Comments`.
      /^(?:view|show|read|see|load|hide|display|loading)(?: all| more| the)?(?: \d[\d,]*)? comments?(?: ?\(\d[\d,]*\))?$/u,
      /^(?:newer|older|previous|next) comments$/u,
      // `Join the conversation`, `Discussion about this post`.
      /^(?:join|start) the (?:conversation|discussion)$/u,
      /^discussion about this (?:post|article|story)$/u,
      /^comments powered by disqus$/u
    ]
  },
  {
    ruleId: 'comments-actions',
    name: 'comment action',
    sentences: new Set(allOf(commentActions)),
    patterns: [
      // `Reply`, `Reply to This Parent Share`, `Report this comment`.
      /^(?:reply|reply to comment|reply to this(?: parent)?(?: share)?|expand full comment|permalink)$/u,
      /^(?:offensive\? )?(?:unsuitable\? )?report this comment$/u
    ]
  }
] as const

/**
 * Each kind with its patterns as one regex, one test a sentence instead of
 * one a pattern.
 */
const matchers = kinds.map(function (kind) {
  const sources = kind.patterns.map((pattern: RegExp) => '(?:' + pattern.source + ')')
  return {kind, pattern: sources.length > 0 ? new RegExp(sources.join('|'), 'u') : undefined}
})

/**
 * A label of a comment form field: `Name *`, `Email (required)`, `Website`.
 */
const field =
  /^(?:(?:your )?(?:name|e-?mail(?: address)?|website|url|comments?|message)(?: ?(?:\*|:|\((?:required|optional|will not be published)\)))+(?: ?required)?|website)$/u

/**
 * Where a line splits into sentences, or pieces between separators (`Join
 * the conversation — 32 comments`); not at question marks, which stay in
 * `Offensive? Unsuitable? Report this comment.`
 */
const sentenceBreak = /(?<=[.!।])\s+|(?<=[。！])\s*| [|—–] /u

/**
 * Whether a line may have more than one sentence or piece (a quick test
 * before the split).
 */
const breaks = /[.!।] |[。！].| [|—–] /u

/**
 * A count between two words of a link (`ver los 5 comentarios`).
 */
const innerCount = / \d[\d,.]* (?=\S)/u

/**
 * The kind of comment headings and links.
 */
const heading = kinds.find((kind) => kind.ruleId === 'comments-heading')!

/**
 * A character of the end punctuation of a sentence (`No comments:`,
 * `Comments are closed.`).
 */
const endCharacter = new RegExp(`[\\s.!?:…*：＊${caselessStops}]`, 'u')

/**
 * Longest line looked at; longer lines are prose.
 */
const maxLength = 300

/**
 * What `deboilerComments` is and does.
 */
export const meta = {
  category: 'comments',
  ruleId: 'comments-heading',
  ruleIds: ['comments-heading', 'comments-form', 'comments-closed', 'comments-trackback', 'comments-actions'],
  maxLength,
  strips: 'comment headings, forms and their fields, “Comments are closed.”',
  example: 'Leave a Reply',
  group: 'engagement'
} as const satisfies RuleDocs

/**
 * Strip comment headings, comment forms, closed-comment notices and comment
 * actions.
 *
 * ###### Notes
 * Each sentence of the line must be comments debris: “He declined to comment
 * on the report.” and “Comments from the minister drew criticism.” are kept,
 * as no pattern matches them whole. The other languages are data: the
 * lexicons of `src/data/comments.ts` (`Kommentare (3)`, `Laisser un
 * commentaire`, `3件のコメント`), matched the same way, every language on
 * every page.
 */
const deboilerComments = defineLineRule(
  meta,
  function (line) {
    const value = unbracketed(foldedSpacedValue(line.node))
    // White space is single spaces now: most lines have no sentence break.
    const sentences = breaks.test(value) ? value.split(sentenceBreak).filter(Boolean) : [value]
    let first: (typeof kinds)[number] | undefined

    for (const sentence of sentences) {
      const kind = which(sentence)
      if (!kind) return undefined
      first ??= kind
    }

    if (!first) return undefined
    return {ruleId: first.ruleId, reason: unexpected(first.name, line.value)}
  }
)

export default deboilerComments

/**
 * Which kind of comments debris one sentence is.
 *
 * @param sentence
 *   Sentence, lower case.
 * @returns
 *   Kind, if any.
 */
function which(sentence: string): (typeof kinds)[number] | undefined {
  if (field.test(sentence) || requiredField.test(sentence)) return kinds[0]
  let end = sentence.length
  while (end > 0 && endCharacter.test(sentence.charAt(end - 1))) end--
  const bare = sentence.slice(0, end)

  for (const {kind, pattern} of matchers) {
    if (kind.sentences.has(bare) || pattern?.test(bare)) return kind
  }

  // A link with the count in it (`ver los 5 comentarios`, `leggi i 12
  // commenti`): the link without it.
  const uncounted = bare.includes(' ') ? bare.replace(innerCount, ' ') : bare
  return uncounted !== bare && heading.sentences.has(uncounted) ? heading : undefined
}

/**
 * A folded, single-spaced line without the square brackets around it.
 *
 * @param value
 *   Line, lower case, single spaced, with straight apostrophes.
 * @returns
 *   Line without `[` at its start and `]` at its end.
 */
function unbracketed(value: string): string {
  let result = value
  if (result.startsWith('[')) result = result.slice(1)
  if (result.endsWith(']')) result = result.slice(0, -1)
  return result
}
