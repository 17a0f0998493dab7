import type {Category} from '../types.js'
import {allOf} from '../util/lexicon.js'
import {commentHeadings, commentNouns} from './comments.js'
import type {Lexicon} from './lexicon.js'

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
  'related reading': 'related',
  'related stories': 'related',
  'related topics': 'related',
  'related videos': 'related',
  'responses': 'comments',
  'similar articles': 'related',
  'similar posts': 'related',
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
 * Headings of related-content boxes that close an article, in the other
 * languages (the comment-section headings come from `commentHeadings` of
 * `src/data/comments.ts`).
 *
 * ###### Notes
 * Not `Lesen Sie auch`, `Lire aussi`, `Leggi anche`, `Leia também`, `Lees
 * ook`, `Czytaj też`, `Читайте также`, `Baca juga`, `Xem thêm`: news sites
 * put those boxes inside the body (the related rule strips them there).
 */
export const relatedTails: Lexicon = {
  de: [
    'das könnte sie auch interessieren',
    'das könnte sie interessieren',
    'mehr zum thema',
    'meistgelesen',
    'meistgelesene artikel',
    'unsere empfehlungen',
    'verwandte artikel',
    'weitere artikel',
    'weitere beiträge',
    'ähnliche artikel',
    'ähnliche beiträge'
  ],
  fr: [
    'articles connexes',
    'articles liés',
    'articles similaires',
    'dans la même rubrique',
    'les plus lus',
    'sur le même sujet',
    'vous aimerez aussi',
    'vous aimerez peut-être aussi',
    'vous pourriez aussi aimer'
  ],
  es: [
    'artículos relacionados',
    'entradas relacionadas',
    'lo más leído',
    'lo más visto',
    'más leídas',
    'noticias relacionadas',
    'también te puede interesar',
    'te podría interesar',
    'te puede interesar'
  ],
  it: [
    'articoli correlati',
    'i più letti',
    'notizie correlate',
    'post correlati',
    'potrebbe interessarti',
    'potrebbe piacerti anche',
    'ti potrebbe interessare'
  ],
  pt: [
    'artigos relacionados',
    'mais lidas',
    'mais lidos',
    'matérias relacionadas',
    'notícias relacionadas',
    'posts relacionados',
    'você pode gostar',
    'você também pode gostar'
  ],
  nl: [
    'dit vind je misschien ook leuk',
    'gerelateerde artikelen',
    'gerelateerde berichten',
    'meest gelezen'
  ],
  pl: [
    'mogą cię zainteresować',
    'może cię zainteresować',
    'najczęściej czytane',
    'podobne artykuły',
    'podobne wpisy',
    'polecane artykuły',
    'powiązane artykuły'
  ],
  sv: [
    'du kanske också gillar',
    'liknande inlägg',
    'mest läst',
    'mest lästa',
    'relaterade artiklar',
    'relaterade inlägg'
  ],
  da: [
    'du vil måske også kunne lide',
    'lignende indlæg',
    'mest læste',
    'relaterede artikler',
    'relaterede indlæg'
  ],
  nb: [
    'du vil kanskje også like',
    'lignende innlegg',
    'mest lest',
    'mest leste',
    'relaterte artikler',
    'relaterte innlegg'
  ],
  cs: [
    'mohlo by vás také zajímat',
    'mohlo by vás zajímat',
    'nejčtenější',
    'nejčtenější články',
    'podobné články',
    'související články'
  ],
  tr: [
    'benzer haberler',
    'benzer yazılar',
    'bunları da beğenebilirsiniz',
    'en çok okunanlar',
    'ilgili haberler',
    'ilgili yazılar',
    'ilginizi çekebilir'
  ],
  ru: [
    'вам может быть интересно',
    'вам также может понравиться',
    'материалы по теме',
    'новости по теме',
    'похожие новости',
    'похожие статьи',
    'самое читаемое'
  ],
  uk: [
    'вам може бути цікаво',
    'матеріали за темою',
    'найчитаніше',
    'новини за темою',
    'схожі новини',
    'схожі статті'
  ],
  ja: [
    'おすすめ記事',
    'この記事を読んだ人はこんな記事も読んでいます',
    'よく読まれている記事',
    'アクセスランキング',
    '人気記事',
    '関連ニュース',
    '関連記事'
  ],
  zh: [
    '你可能还喜欢',
    '延伸閱讀',
    '延伸阅读',
    '热门文章',
    '猜你喜欢',
    '相关推荐',
    '相关文章',
    '相关新闻',
    '相关阅读',
    '相關文章',
    '相關新聞'
  ],
  ko: [
    '관련 기사',
    '관련 뉴스',
    '관련기사',
    '많이 본 기사',
    '많이 본 뉴스',
    '인기 기사',
    '함께 보면 좋은 기사'
  ],
  id: [
    'anda mungkin juga suka',
    'artikel terkait',
    'berita terkait',
    'berita terpopuler',
    'paling banyak dibaca'
  ],
  vi: [
    'bài liên quan',
    'bài viết liên quan',
    'có thể bạn quan tâm',
    'tin cùng chuyên mục',
    'tin liên quan',
    'đọc nhiều nhất'
  ]
}

/**
 * Headings after which the article is over (tail markers), with the category
 * of what follows them, as `phraseKey`s: English, then the comment-section
 * and related-box headings of every language.
 */
export const tailHeadings: Readonly<Record<string, Category>> = {
  ...keyed(relatedTails, 'related'),
  ...keyed(commentHeadings, 'comments'),
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
    // As `phraseKey` of `src/structure/phrases.ts`.
    const key = entry.replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\d+/g, '#').trim()
    keys[key] = category
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
