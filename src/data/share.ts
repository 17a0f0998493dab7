/**
 * Networks and share buttons that are share debris even alone on a line
 * (with `share` in the other languages that have a stopword list).
 *
 * ###### Notes
 * Seen on their own line, or in rows, on the dev set (`Facebook` 225 times,
 * `Twitter` 149, `Share` 128, `Email` 120, `Tweet` 23).
 */
export const strongButtons: ReadonlyArray<string> = [
  'bluesky',
  'compartilhar',
  'compartir',
  'condividi',
  'del.icio.us',
  'delicious',
  'digg',
  'e-mail',
  'email',
  'evernote',
  'facebook',
  'flipboard',
  'google+',
  'instapaper',
  'linkedin',
  'messenger',
  'myspace',
  'newsvine',
  'partager',
  'partilhar',
  'pinterest',
  'reddit',
  'share',
  'stumbleupon',
  'teilen',
  'technorati',
  'telegram',
  'tumblr',
  'tweet',
  'twitter',
  'vk',
  'wechat',
  'weibo',
  'whatsapp',
  'xing'
]

/**
 * Buttons that are also ordinary words or code (`x`, `Print`, `Threads`;
 * print, download and the Dutch `delen` in the other languages; `Pint`, a
 * cut-off `Pinterest`): share debris only next to another button on the same
 * line.
 */
export const weakButtons: ReadonlyArray<string> = [
  'afdrukken',
  'baixar',
  'bookmark',
  'buffer',
  'copy',
  'delen',
  'descargar',
  'drucken',
  'fark',
  'google',
  'imprimer',
  'imprimir',
  'line',
  'link',
  'mail',
  'permalink',
  'pin',
  'pint',
  'pocket',
  'print',
  'save',
  'skype',
  'slashdot',
  'sms',
  'stampa',
  'threads',
  'viber',
  'x',
  'yahoo'
]

/**
 * Words that link buttons into a row or a label: `Share on Facebook`,
 * `Click to share on X`, `Share via Email`.
 *
 * ###### Notes
 * They count only on a line that also has a button; on their own they are
 * ordinary words. `on` in the other languages: `auf`, `sur`, `en`, `su`,
 * `em`, `no`, `op`.
 */
export const linkWords: ReadonlyArray<string> = [
  'a',
  'auf',
  'by',
  'click',
  'clipboard',
  'em',
  'en',
  'no',
  'on',
  'op',
  'or',
  'send',
  'sharing',
  'su',
  'sur',
  'the',
  'to',
  'via',
  'with'
]

/**
 * Words that name what to share, or with whom, and so make a prompt of a
 * button: `Share this article`, `Share it with a friend`, `Pin it`.
 */
export const objectWords: ReadonlyArray<string> = [
  'article',
  'entry',
  'friend',
  'friends',
  'gallery',
  'it',
  'page',
  'post',
  'recipe',
  'story',
  'this',
  'video'
]

/**
 * Phrases that share widgets add around buttons, removed before the words of
 * a line are checked.
 */
export const widgetPhrases: ReadonlyArray<string> = [
  // `Click to share on Facebook (Opens in new window) Facebook`
  'opens in new window',
  'opens in a new window',
  // `Share this article What is this?`
  "what's this",
  'what is this',
  // `Share All sharing options`, `Share Close extra sharing options`
  'all sharing options',
  'close extra sharing options',
  'more sharing options'
]

/**
 * Questions that ask readers to share, alone or before share buttons.
 *
 * ###### Notes
 * Each is matched at the start of a line, up to its question mark; what
 * follows must be share words.
 */
export const promptQuestions: ReadonlyArray<string> = [
  // `Think your friends would be interested? Share this story!`
  'think your friends (?:would|will|might) (?:be interested|like (?:this|it)|enjoy (?:this|it))',
  // `Know someone who would like this?`
  'know someone who (?:would|might) (?:like|enjoy|be interested in) (?:this|it)',
  // `Like this story? Share it with a friend!`
  '(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|page|video|recipe)',
  // `Found this article useful?`
  '(?:found|find) this (?:story |article |post |page )?(?:useful|helpful|interesting)'
]
