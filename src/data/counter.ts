/**
 * Words that name a hit counter, lower case: `Hits: 81`, `Views 1,204`,
 * `81 hits`.
 *
 * ###### Notes
 * Seen on the dev set (Joomla’s `Hits`, WordPress view counters). A whole
 * piece of the line must be the word and a number.
 */
export const hitWords: ReadonlyArray<string> = [
  'hit',
  'hits',
  'impressions',
  'page views',
  'pageviews',
  'reads',
  'view',
  'views',
  'visits'
]

/**
 * Words that name a share or reaction counter, lower case: `1.2K shares`,
 * `5 comments`, `Likes: 12`.
 */
export const shareWords: ReadonlyArray<string> = [
  'comment',
  'comments',
  'like',
  'likes',
  'reaction',
  'reactions',
  'replies',
  'response',
  'responses',
  'share',
  'shares'
]

/**
 * Labels of a reading time before its minutes, lower case: `Reading time:
 * 5 min`, `Time to read 3 minutes`.
 */
export const readingLabels: ReadonlyArray<string> = ['read time', 'reading time', 'time to read']
