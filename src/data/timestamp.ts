/**
 * Words that label a timestamp, lower case: `Updated 2:10 p.m.`, `Last
 * updated: March 23, 2019`, `Posted on 12/03/2019`, `First published …`.
 *
 * ###### Notes
 * `Date` and `Time` are not here: `Date: Saturday, March 3` heads event
 * details in an article as often as it stamps the page.
 */
export const labels = [
  'created',
  'edited',
  'first',
  'last',
  'modified',
  'originally',
  'posted',
  'published',
  'update',
  'updated'
] as const

/**
 * Month names and their abbreviations, lower case.
 */
export const months = [
  'apr',
  'april',
  'aug',
  'august',
  'dec',
  'december',
  'feb',
  'february',
  'jan',
  'january',
  'jul',
  'july',
  'jun',
  'june',
  'mar',
  'march',
  'may',
  'nov',
  'november',
  'oct',
  'october',
  'sep',
  'sept',
  'september'
] as const

/**
 * Weekday names and their abbreviations, lower case.
 */
export const weekdays = [
  'fri',
  'friday',
  'mon',
  'monday',
  'sat',
  'saturday',
  'sun',
  'sunday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday'
] as const

/**
 * Time zones, `am`/`pm` and their letters (`a.m.` is `a`, `.`, `m`, `.`),
 * lower case.
 */
export const clock = [
  'a',
  'aedt',
  'aest',
  'am',
  'bst',
  'cdt',
  'cest',
  'cet',
  'cst',
  'ct',
  'edt',
  'eet',
  'est',
  'et',
  'gmt',
  'hkt',
  'ist',
  'jst',
  'm',
  'mdt',
  'mst',
  'mt',
  'p',
  'pdt',
  'pm',
  'pst',
  'pt',
  'sgt',
  'utc',
  'z'
] as const

/**
 * Words of a relative time, lower case: `2 hours ago`, `an hour ago`, `less
 * than a minute ago`.
 */
export const relative = [
  'about',
  'ago',
  'an',
  'day',
  'days',
  'few',
  'hour',
  'hours',
  'hr',
  'hrs',
  'just',
  'less',
  'min',
  'mins',
  'minute',
  'minutes',
  'month',
  'months',
  'moments',
  'now',
  'one',
  'over',
  'sec',
  'secs',
  'second',
  'seconds',
  'than',
  'today',
  'week',
  'weeks',
  'wk',
  'wks',
  'year',
  'years',
  'yesterday',
  'yr',
  'yrs'
] as const

/**
 * Small words between the parts of a timestamp, and ordinal endings
 * (`14th`), lower case.
 */
export const joiners = ['at', 'nd', 'of', 'on', 'rd', 'st', 'th'] as const
