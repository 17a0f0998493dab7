import {threadBylines} from '../data/tail.js'
import {isCommentCue} from './phrases.js'

/**
 * Most words of a commenter line.
 */
const cueWords = 16

/**
 * Commenter line of a thread: `Posted by: Anna on May 2, 2008 01:59 PM`,
 * `Submitted by Ben`, `Comment by …`.
 */
const postedBy = new RegExp('^(?:' + threadBylines.join('|') + ') by\\b', 'i')

/**
 * Commenter line with a time: `By Anna at 01/08/08 05:30 PM`.
 */
const byAtTime = /^by\b.*\b\d{1,2}:\d{2}\b/i

/**
 * Whether a line is a cue of a comment thread: a control under a comment
 * (`Reply`), a reply title (`Re: …`), a commenter line (`Anna says:`,
 * `Posted by: Anna | Jan 10, 2008 4:49 PM`).
 *
 * ###### Notes
 * One such line is also found above an article (`Posted by Anna`): a thread
 * needs several within a few lines (see `cutTail`).
 *
 * @param key
 *   `phraseKey` of the line (`''` for long lines).
 * @param value
 *   Line text.
 * @param words
 *   Words of the line.
 * @returns
 *   Whether it is a cue.
 */
export function isThreadCue(key: string, value: string, words: number): boolean {
  if (isCommentCue(key, value)) return true
  if (words > cueWords) return false
  const text = value.trimStart()
  return postedBy.test(text) || byAtTime.test(text)
}
