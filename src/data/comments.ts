/**
 * Sentences of comment forms and comment footers, written the same way by
 * every site on a blog engine, lower case, without end punctuation.
 *
 * ###### Notes
 * A line is comments debris when each of its sentences is one of these (or
 * matches a pattern of `src/rules/comments.ts`), so `Your email address will
 * not be published. Required fields are marked *` is one line of two.
 */
export const formSentences: ReadonlyArray<string> = [
  // WordPress, Akismet.
  'learn how your comment data is processed',
  'notify me of follow-up comments by email',
  'notify me of follow-up comments via email',
  'notify me of new comments via email',
  'notify me of new posts by email',
  'notify me of new posts via email',
  'required fields are marked',
  'save my name, email, and website in this browser for the next time i comment',
  'this site uses akismet to reduce spam',
  'your email address will not be published',
  'your email will not be published',
  // Other engines.
  'email me if my comment is published',
  'name and both e-mail fields are required',
  'your comment is awaiting moderation',
  'your comment has not been saved'
]

/**
 * Sentences that WordPress themes print under a post about its comments.
 */
export const footerSentences: ReadonlyArray<string> = [
  'both comments and pings are currently closed',
  'pinging is currently not allowed',
  'responses are currently closed, but you can trackback from your own site',
  'you can follow any responses to this entry through the rss 2.0 feed',
  'you can leave a response, or trackback from your own site',
  'you can skip to the end and leave a response'
]
