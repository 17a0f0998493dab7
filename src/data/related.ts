/**
 * Headings of related-content boxes, lower case, without trailing
 * punctuation (`Related Posts:` and `MOST READ` match).
 *
 * Seen on news sites and blogs of the dev set (CleanEval, L3S-GN1,
 * CleanPortalEval, Scrapinghub, WCXB inputs) and in the seed articles.
 */
export const relatedHeadings: ReadonlyArray<string> = [
  'also read',
  "editor's picks",
  'editor’s picks',
  'latest headlines',
  'latest news',
  'latest posts',
  'latest stories',
  'more like this',
  'more on',
  'more on this story',
  'more on this topic',
  'more stories',
  'most commented',
  'most e-mailed',
  'most emailed',
  'most popular',
  'most popular articles',
  'most popular now',
  'most popular stories',
  'most read',
  'most read articles',
  'most read stories',
  'most shared',
  'most viewed',
  'popular articles',
  'popular posts',
  'popular stories',
  'read also',
  'read next',
  'recent articles',
  'recent posts',
  'recommended',
  'recommended articles',
  'recommended for you',
  'recommended reading',
  'recommended stories',
  'related',
  'related articles',
  'related blog posts',
  'related content',
  'related coverage',
  'related links',
  'related news',
  'related posts',
  'related reading',
  'related stories',
  'related videos',
  'see also',
  'similar articles',
  'similar posts',
  'top stories',
  'trending',
  'trending news',
  'trending now',
  'trending stories',
  'watch next',
  'you may also like',
  'you may like',
  'you might also like',
  'you might like'
]

/**
 * First two words of a heading that names a site or a section after them:
 * `Also on rt.com`, `More from Sports`, `More On: taliban`.
 */
export const relatedPrefixes: ReadonlyArray<string> = ['also in', 'also on', 'more from', 'more on']

/**
 * Labels that start a one-line cross link: `READ MORE: <headline>`.
 */
export const relatedLabels: ReadonlyArray<string> = [
  'also read',
  'also see',
  'read also',
  'read more',
  'read next',
  'recommended',
  'related',
  'related article',
  'related story',
  'see also'
]

/**
 * Lines that start the comments tail of a page, lower case, without
 * trailing punctuation: a teaser line just above one is not article text.
 */
export const commentTails: ReadonlyArray<string> = [
  'add a comment',
  'add comment',
  'comments',
  'comments are closed',
  'join the conversation',
  'join the discussion',
  'leave a comment',
  'leave a reply',
  'no comments',
  'post a comment',
  'reader comments',
  'write a comment'
]
