/**
 * Words of which every disclaimer has one, lower case: the cheap first cue
 * of the disclaimer rule (a line with none of them is not judged).
 *
 * ###### Notes
 * From the patterns of `src/rules/disclaimer.ts` (affiliate disclosures,
 * advice disclaimers, editorial policy notices, the banner of official
 * `.gov` sites), as seen on the dev set. Matched anywhere in the line, as
 * text (`.gov` is a dot and `gov`).
 */
export const cueWords: ReadonlyArray<string> = [
  '.gov',
  'advice',
  'affiliate',
  'associate',
  'commission',
  'compensation',
  'disclaimer',
  'disclosure',
  'editorial',
  'government',
  'primary sources',
  'purposes',
  'sourcing'
]
