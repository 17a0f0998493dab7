import type {Category} from '../types.js'
import {allOf} from '../util/lexicon.js'
import {phraseKey} from '../util/line-text.js'
import {commentHeadings, commentNouns} from './comments.js'
import type {Lexicon} from './lexicon.js'
import {closingHeadings} from './related.js'
import {crossSellHeadings, reviewHeadings} from './shop.js'

/**
 * Headings that end an article and the cues of a comment thread, for the
 * locator (`src/structure/phrases.ts`, `src/structure/cues.ts`).
 *
 * ###### Notes
 * Seen on the dev set and the seed articles. Lines are matched after
 * `phraseKey`: lower case, every run of non-letters and non-digits one
 * space, digit runs `#`. Only whole short lines match, so a sentence that
 * mentions comments or related stories is never hit.
 */

/**
 * English headings after which the article is over (tail markers), with the
 * category of what follows them.
 */
const englishHeadings: Readonly<Record<string, Category>> = {
  'about the author': 'chrome',
  'about the authors': 'chrome',
  'add a comment': 'comments',
  'add comment': 'comments',
  'add your comment': 'comments',
  'also read': 'related',
  'article sources': 'chrome',
  'comments': 'comments',
  'comments on this article': 'comments',
  'comments on this post': 'comments',
  'comments on this story': 'comments',
  'conversation': 'comments',
  'discussion about this post': 'comments',
  'editor s picks': 'related',
  'explore more': 'related',
  'explore more articles': 'related',
  'how useful was this article': 'chrome',
  'how useful was this post': 'chrome',
  'how we reviewed this article': 'chrome',
  'join the conversation': 'comments',
  'join the discussion': 'comments',
  'latest': 'related',
  'latest articles': 'related',
  'latest news': 'related',
  'latest posts': 'related',
  'latest stories': 'related',
  'leave a comment': 'comments',
  'leave a comment cancel reply': 'comments',
  'leave a reply': 'comments',
  'leave a reply cancel reply': 'comments',
  'leave a replycancel reply': 'comments',
  'more articles': 'related',
  'more like this': 'related',
  'more news': 'related',
  'more stories': 'related',
  'more you might like': 'related',
  'most commented': 'related',
  'most e mailed': 'related',
  'most emailed': 'related',
  'most popular': 'related',
  'most popular articles': 'related',
  'most popular stories': 'related',
  'most read': 'related',
  'most read stories': 'related',
  'most viewed': 'related',
  'no comments': 'comments',
  'popular': 'related',
  'popular articles': 'related',
  'popular posts': 'related',
  'popular stories': 'related',
  'post a comment': 'comments',
  'post navigation': 'chrome',
  'post your comment': 'comments',
  'read more articles': 'related',
  'read next': 'related',
  'reader comments': 'comments',
  'readers comments': 'comments',
  'recent articles': 'related',
  'recent posts': 'related',
  'recommended': 'related',
  'recommended articles': 'related',
  'recommended for you': 'related',
  'recommended stories': 'related',
  'related': 'related',
  'related articles': 'related',
  'related blog posts': 'related',
  'related content': 'related',
  'related coverage': 'related',
  'related links': 'related',
  'related news': 'related',
  'related posts': 'related',
  'related questions': 'related',
  'related reading': 'related',
  'related stories': 'related',
  'related threads': 'related',
  'related topics': 'related',
  'related videos': 'related',
  'responses': 'comments',
  'similar articles': 'related',
  'similar posts': 'related',
  'similar questions': 'related',
  'similar threads': 'related',
  'talkback': 'comments',
  'talkback here': 'comments',
  'tell us what you think': 'comments',
  'the author': 'chrome',
  'top stories': 'related',
  'trending': 'related',
  'trending news': 'related',
  'trending now': 'related',
  'trending stories': 'related',
  'watch next': 'related',
  'what do you think': 'comments',
  'what to read next': 'related',
  'what you think': 'comments',
  'write a comment': 'comments',
  'you ll also love': 'related',
  'you may also enjoy': 'related',
  'you may also like': 'related',
  'you may be interested in': 'related',
  'you may have missed': 'related',
  'you might also enjoy': 'related',
  'you might also like': 'related',
  'your comment': 'comments',
  'your comments': 'comments',
  // The hidden field a WordPress comment form prints as a lone `Δ`.
  'δ': 'comments'
}

/**
 * Headings after which the article is over (tail markers), with the category
 * of what follows them, as `phraseKey`s: English, then the comment-section
 * headings of every language (`commentHeadings` of `src/data/comments.ts`),
 * the closing related-box headings of the others (`closingHeadings` of
 * `src/data/related.ts`), and from `src/data/shop.ts` the headings of a
 * product page's reviews (`reviewHeadings`: what follows is what buyers
 * wrote, as in a comment thread) and of its cross-selling lists
 * (`crossSellHeadings`: related products).
 */
export const tailHeadings: Readonly<Record<string, Category>> = {
  ...keyed(closingHeadings, 'related'),
  ...keyed(commentHeadings, 'comments'),
  ...keyed(reviewHeadings, 'comments'),
  ...keyed(crossSellHeadings, 'related'),
  ...englishHeadings
}

/**
 * The entries of a lexicon as `phraseKey`s, each with a category.
 *
 * @param lexicon
 *   Headings.
 * @param category
 *   Category of what follows them.
 * @returns
 *   Keys and category.
 */
function keyed(lexicon: Lexicon, category: Category): Record<string, Category> {
  const keys: Record<string, Category> = {}
  for (const entry of allOf(lexicon)) {
    keys[phraseKey(entry)] = category
  }

  return keys
}

/**
 * Starts of English tail headings that go on with a name or a count.
 */
const englishPrefixes: ReadonlyArray<readonly [string, Category]> = [
  ['# comment', 'comments'],
  ['# comments', 'comments'],
  ['# replies', 'comments'],
  ['# reply', 'comments'],
  ['# response', 'comments'],
  ['# responses', 'comments'],
  ['# thoughts on', 'comments'],
  ['comments #', 'comments'],
  ['more from', 'related'],
  ['more in', 'related'],
  ['more on', 'related'],
  ['more stories from', 'related'],
  ['other articles', 'related'],
  ['read more from', 'related'],
  ['reader views', 'comments'],
  ['related to this', 'related'],
  ['you may also', 'related'],
  ['you may like', 'related'],
  ['you might also', 'related'],
  ['you might like', 'related']
]

/**
 * Starts of tail headings that go on with a name or a count: English (`More
 * from …`, `12 comments`), and a comment counter in the other languages
 * (`12 Kommentare`, `Kommentare (0)`, `3件のコメント`, `댓글 3`).
 */
export const tailPrefixes: ReadonlyArray<readonly [string, Category]> = [
  ...englishPrefixes,
  ...allOf({...commentNouns, en: []}).flatMap((noun) => [
    ['# ' + noun, 'comments'] as const,
    ['#' + noun, 'comments'] as const,
    [noun + ' #', 'comments'] as const
  ])
]

/**
 * Tail headings with a word or two of the site’s own in them (over a
 * `phraseKey`): `More Business News`, `MORE MANITOBA HEADLINES »`, `More
 * sport videos`; `Comments are now closed for this story`.
 */
export const tailForms: ReadonlyArray<readonly [RegExp, Category]> = [
  [/^more (?:[\p{L}#]+ ){0,3}(?:headlines|news|stories|articles|posts|videos)$/u, 'related'],
  [/^comments (?:are|have been) (?:now )?closed(?: for this (?:story|article|post))?$/u, 'comments']
]

/**
 * Whole lines that sit under each comment of a thread (`Reply` also in
 * German, French, Spanish, Italian, Portuguese and Dutch).
 */
export const commentControls: ReadonlyArray<string> = [
  'antworten',
  'beantwoorden',
  'expand full comment',
  'flag as inappropriate',
  'like reply',
  'offensive unsuitable report this comment',
  'permalink',
  'reply',
  'reply report',
  'reply to comment',
  'reply to this',
  'reply to this parent share',
  'reply to this share',
  'répondre',
  'report',
  'report abuse',
  'report comment',
  'report this comment',
  'responder',
  'rispondi'
]

/**
 * `says` in the other languages: `Anna sagt:`, `Anna dit :`, `Anna dice:`,
 * `Anna disse:`, `Anna zegt:` (with the colon only).
 */
export const commenterWords: ReadonlyArray<string> = ['dice', 'disse', 'dit', 'sagt', 'zegt']

/**
 * Verbs of a commenter line: `Posted by: Anna on May 2, 2008 01:59 PM`,
 * `Submitted by Ben`, `Comment by …` (before `by`).
 */
export const threadBylines: ReadonlyArray<string> = ['comment', 'commented', 'posted', 'submitted', 'written']

/**
 * Roles of the credit line that closes a wire story, lower case, before
 * `by`: `Reporting by Jane Doe in Paris; Editing by John Smith`,
 * `(Additional reporting by Ann Lee; Writing by Bo Kim)`. Nothing after the
 * last such line of a page is the article but more of the same story.
 */
export const creditRoles: ReadonlyArray<string> = [
  'additional reporting',
  'compiled',
  'editing',
  'graphics',
  'reporting',
  'research',
  'writing'
]

/**
 * Ends of the other closing credit line of a wire story, lower case:
 * `Associated Press writer Jane Doe in Paris contributed to this report.`
 */
export const creditEnds: ReadonlyArray<string> = [
  'contributed reporting.',
  'contributed to this report.',
  'contributed to this story.'
]

/**
 * Lower-case words a closing credit line may hold beside its roles and the
 * names (`in`, `and`: `Reporting by Jane Doe in Paris and Ann Lee in
 * London`; the particles of names: `de`, `van`, `al`).
 */
export const creditWords: ReadonlyArray<string> = [
  'al',
  'and',
  'bin',
  'by',
  'da',
  'de',
  'del',
  'der',
  'di',
  'du',
  'el',
  'from',
  'in',
  'la',
  'le',
  'the',
  'van',
  'von',
  'with'
]
