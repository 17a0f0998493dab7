/**
 * Words of a data source under a chart or table (`Source: Bureau of Labor
 * Statistics`, `Source: Times database`), lower case: such a source line
 * belongs to the figure, as a caption does, and is kept.
 *
 * ###### Notes
 * Seen on the dev set, under the charts of news and finance pages.
 */
export const dataWords: ReadonlyArray<string> = [
  'analysis',
  'bureau',
  'census',
  'data',
  'database',
  'estimate',
  'estimates',
  'figures',
  'index',
  'ministry',
  'office',
  'poll',
  'report',
  'statistics',
  'study',
  'survey'
]

/**
 * Words after `published on` that make a syndication note an editor’s note
 * or a print reference, kept (`on page 28 of …`, `on Monday`), lower case;
 * month names (`on August 27, 2015`) are `months` of `timestamp.ts`.
 */
export const noteWords: ReadonlyArray<string> = [
  'friday',
  'monday',
  'page',
  'pages',
  'saturday',
  'sunday',
  'thursday',
  'tuesday',
  'wednesday'
]
