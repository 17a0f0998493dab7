import {wordCount} from '../util/shape.js'

/**
 * Whole-line phrases of page chrome and the headings that open the tail of a
 * page, as data.
 *
 * ###### Notes
 * Lines are matched after `phraseKey`: lower case, every run of non-letters
 * and non-digits one space, digit runs `#`. Only whole short lines match, so
 * a sentence that mentions sharing or comments is never hit.
 */

/**
 * Headings after which the article is over (tail markers), with the category
 * of what follows them: English, then the other languages with a stopword
 * list (German, French, Spanish, Italian, Portuguese, Dutch).
 */
export const tailHeadings: Readonly<Record<string, string>> = {
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
  'δ': 'comments',
  // Not `lesen Sie auch`, `lire aussi`, `leggi anche`, `leia também`, `lees
  // ook`: European news sites put those boxes inside the body.
  // German
  'ähnliche artikel': 'related',
  'das könnte sie auch interessieren': 'related',
  'kommentar schreiben': 'comments',
  'kommentare': 'comments',
  'meistgelesen': 'related',
  'mehr zum thema': 'related',
  'verwandte artikel': 'related',
  'weitere artikel': 'related',
  // French
  'articles liés': 'related',
  'articles similaires': 'related',
  'commentaires': 'comments',
  'laisser un commentaire': 'comments',
  'les plus lus': 'related',
  'sur le même sujet': 'related',
  'vous aimerez aussi': 'related',
  // Spanish
  'artículos relacionados': 'related',
  'comentarios': 'comments',
  'deja un comentario': 'comments',
  'lo más leído': 'related',
  'noticias relacionadas': 'related',
  'te puede interesar': 'related',
  'también te puede interesar': 'related',
  // Italian
  'articoli correlati': 'related',
  'commenti': 'comments',
  'lascia un commento': 'comments',
  'i più letti': 'related',
  'potrebbe interessarti': 'related',
  'ti potrebbe interessare': 'related',
  // Portuguese
  'artigos relacionados': 'related',
  'comentários': 'comments',
  'deixe um comentário': 'comments',
  'mais lidas': 'related',
  'notícias relacionadas': 'related',
  'posts relacionados': 'related',
  'você pode gostar': 'related',
  'você também pode gostar': 'related',
  // Dutch
  'gerelateerde artikelen': 'related',
  'laat een reactie achter': 'comments',
  'meest gelezen': 'related',
  'reacties': 'comments'
}

/**
 * Starts of tail headings that go on with a name or a count
 * (`More from …`, `12 comments`).
 */
export const tailPrefixes: ReadonlyArray<readonly [string, string]> = [
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
 * Whole lines of page chrome, with their category.
 */
export const chromeLines: Readonly<Record<string, string>> = {
  'about us': 'navigation',
  'accessibility': 'navigation',
  'advertise': 'navigation',
  'advertise with us': 'navigation',
  'advertisement': 'advert',
  'all rights reserved': 'copyright',
  'archives': 'navigation',
  'back': 'navigation',
  'back to top': 'navigation',
  'careers': 'navigation',
  'close': 'navigation',
  'contact': 'navigation',
  'contact us': 'navigation',
  'cookie policy': 'cookie',
  'copy link': 'share',
  'email': 'share',
  'facebook': 'share',
  'follow us': 'share',
  'home': 'navigation',
  'instagram': 'share',
  'learn more': 'navigation',
  'like this': 'share',
  'linkedin': 'share',
  'load more': 'navigation',
  'loading': 'navigation',
  'log in': 'navigation',
  'login': 'navigation',
  'menu': 'navigation',
  'next': 'navigation',
  'next article': 'navigation',
  'next post': 'navigation',
  'pinterest': 'share',
  'previous': 'navigation',
  'previous article': 'navigation',
  'previous post': 'navigation',
  'print': 'share',
  'privacy': 'navigation',
  'privacy policy': 'navigation',
  'read more': 'navigation',
  'read more read more': 'navigation',
  'reddit': 'share',
  'related article': 'related',
  'register': 'navigation',
  'reply': 'comments',
  'rss': 'navigation',
  'search': 'navigation',
  'share': 'share',
  'share this': 'share',
  'share this article': 'share',
  'share this post': 'share',
  'share this story': 'share',
  'sign in': 'navigation',
  'sign up': 'subscribe',
  'site map': 'navigation',
  'sitemap': 'navigation',
  'skip to content': 'navigation',
  'skip to main content': 'navigation',
  'skip to navigation': 'navigation',
  'sponsored': 'advert',
  'sponsored content': 'advert',
  'subscribe': 'subscribe',
  'subscribe now': 'subscribe',
  'table of contents': 'navigation',
  'tags': 'tags',
  'terms and conditions': 'navigation',
  'terms of service': 'navigation',
  'terms of use': 'navigation',
  'toggle navigation': 'navigation',
  'tweet': 'share',
  'twitter': 'share',
  'view all': 'navigation',
  'whatsapp': 'share',
  'youtube': 'share',
  // German, French, Spanish, Italian, Portuguese, Dutch
  'abonneren': 'subscribe',
  'abonnieren': 'subscribe',
  'accedi': 'navigation',
  'accueil': 'navigation',
  'advertentie': 'advert',
  'anmelden': 'navigation',
  'anzeige': 'advert',
  'assine': 'subscribe',
  'aviso legal': 'navigation',
  'buscar': 'navigation',
  'chi siamo': 'navigation',
  'colofon': 'navigation',
  'compartilhar': 'share',
  'compartir': 'share',
  'condividi': 'share',
  'connexion': 'navigation',
  'contacteer ons': 'navigation',
  'contacto': 'navigation',
  'contato': 'navigation',
  'contatti': 'navigation',
  'continua a leggere': 'navigation',
  'datenschutz': 'navigation',
  'datenschutzerklärung': 'navigation',
  'delen': 'share',
  'impressum': 'navigation',
  'iniciar sesión': 'navigation',
  'inicio': 'navigation',
  'inloggen': 'navigation',
  'inscreva se': 'subscribe',
  'início': 'navigation',
  'iscriviti': 'subscribe',
  'kontakt': 'navigation',
  'leer más': 'navigation',
  'lees meer': 'navigation',
  'lees verder': 'navigation',
  'leggi di più': 'navigation',
  'leia mais': 'navigation',
  'lire la suite': 'navigation',
  'mehr lesen': 'navigation',
  'mentions légales': 'navigation',
  'newsletter abonnieren': 'subscribe',
  'note legali': 'navigation',
  'nous contacter': 'navigation',
  'over ons': 'navigation',
  'partager': 'share',
  'pesquisar': 'navigation',
  'politique de confidentialité': 'navigation',
  'política de privacidad': 'navigation',
  'política de privacidade': 'navigation',
  'precedente': 'navigation',
  'privacybeleid': 'navigation',
  'précédent': 'navigation',
  'próximo': 'navigation',
  'pubblicità': 'advert',
  'publicidad': 'advert',
  'publicidade': 'advert',
  'publicité': 'advert',
  'página inicial': 'navigation',
  'quem somos': 'navigation',
  'qui sommes nous': 'navigation',
  'rechercher': 'navigation',
  's abonner': 'subscribe',
  'se connecter': 'navigation',
  'siguiente': 'navigation',
  'sobre nosotros': 'navigation',
  'sobre nós': 'navigation',
  'startseite': 'navigation',
  'successivo': 'navigation',
  'suche': 'navigation',
  'suivant': 'navigation',
  'suscribirse': 'subscribe',
  'suscríbete': 'subscribe',
  'teilen': 'share',
  'volgende': 'navigation',
  'vorige': 'navigation',
  'weiter': 'navigation',
  'weiterlesen': 'navigation',
  'werbung': 'advert',
  'zoeken': 'navigation',
  'zurück': 'navigation',
  'à propos': 'navigation',
  'über uns': 'navigation'
}

/**
 * Starts of chrome lines that go on with a name, a count or a list.
 */
export const chromePrefixes: ReadonlyArray<readonly [string, string]> = [
  ['# min read', 'timestamp'],
  ['all rights reserved', 'copyright'],
  ['click here', 'navigation'],
  ['copyright', 'copyright'],
  ['filed under', 'tags'],
  ['follow us', 'share'],
  ['posted in', 'tags'],
  ['share on', 'share'],
  ['share this', 'share'],
  ['sign up for', 'subscribe'],
  ['skip to', 'navigation'],
  ['subscribe to', 'subscribe'],
  ['tagged', 'tags'],
  ['tags', 'tags']
]

/**
 * A phrase list ready for look-ups.
 */
interface PhraseList {
  /** Whole lines and their category (a map: faster than an object on arbitrary keys). */
  exact: ReadonlyMap<string, string>
  /** First words of the prefixes (a quick filter). */
  starts: ReadonlySet<string>
  /** Prefixes and their category. */
  prefixes: ReadonlyArray<readonly [string, string]>
  /** Longest key looked up, in characters. */
  maxLength: number
  /** Most words of a key that matches a prefix. */
  maxWords: number
}

/**
 * Tail headings.
 */
const tails = phraseList(tailHeadings, tailPrefixes, 40, 6)

/**
 * Chrome lines.
 */
const chromes = phraseList(chromeLines, chromePrefixes, 60, 8)

/**
 * Normalise a line for the phrase lists.
 *
 * @param value
 *   Line text.
 * @returns
 *   Lower case, runs of other characters as one space, digit runs as `#`.
 */
export function phraseKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\d+/g, '#')
    .trim()
}

/**
 * Category of a tail heading, if the line is one.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Category of what follows, or `undefined`.
 */
export function tailCategory(key: string): string | undefined {
  const found = categoryIn(tails, key)
  if (found || key.length > tails.maxLength) return found
  for (const [form, category] of tailForms) {
    if (form.test(key)) return category
  }

  return undefined
}

/**
 * Tail headings with a word or two of the site’s own in them (over a
 * `phraseKey`): `More Business News`, `MORE MANITOBA HEADLINES »`, `More
 * sport videos`; `Comments are now closed for this story`.
 */
const tailForms: ReadonlyArray<readonly [RegExp, string]> = [
  [/^more (?:[\p{L}#]+ ){0,3}(?:headlines|news|stories|articles|posts|videos)$/u, 'related'],
  [/^comments (?:are|have been) (?:now )?closed(?: for this (?:story|article|post))?$/u, 'comments']
]

/**
 * Category of a chrome line, if the line is one.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Category, or `undefined`.
 */
export function chromeCategory(key: string): string | undefined {
  return categoryIn(chromes, key)
}

/**
 * Make a phrase list ready for look-ups.
 *
 * @param exact
 *   Whole lines and their category.
 * @param prefixes
 *   Prefixes and their category.
 * @param maxLength
 *   Longest key looked up.
 * @param maxWords
 *   Most words of a key that matches a prefix.
 * @returns
 *   List.
 */
function phraseList(
  exact: Readonly<Record<string, string>>,
  prefixes: ReadonlyArray<readonly [string, string]>,
  maxLength: number,
  maxWords: number
): PhraseList {
  return {
    exact: new Map(Object.entries(exact)),
    starts: new Set(prefixes.map(([prefix]) => firstWord(prefix))),
    prefixes,
    maxLength,
    maxWords
  }
}

/**
 * Category of a key in a phrase list: a whole line, or a prefix of a short key.
 *
 * @param list
 *   Phrase list.
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Category, or `undefined`.
 */
function categoryIn(list: PhraseList, key: string): string | undefined {
  if (key.length > list.maxLength) return undefined
  const exact = list.exact.get(key)
  if (exact) return exact
  if (!list.starts.has(firstWord(key)) || wordCount(key, list.maxWords + 1) > list.maxWords) return undefined
  for (const [prefix, category] of list.prefixes) {
    if (startsWithWords(key, prefix)) return category
  }

  return undefined
}

/**
 * Whether a key starts with whole words.
 *
 * @param key
 *   `phraseKey` of a line.
 * @param prefix
 *   Words to look for.
 * @returns
 *   Whether `key` is `prefix` or starts with `prefix` and a space.
 */
function startsWithWords(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix + ' ')
}

/**
 * Whole lines that sit under each comment of a thread (`Reply` also in
 * German, French, Spanish, Italian, Portuguese and Dutch).
 */
const commentControls: ReadonlySet<string> = new Set([
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
])

/**
 * Whether a short line is a comment cue: a control under a comment
 * (`Reply`), a reply title (`Re: …`) or a commenter line (`Anna says:`).
 *
 * @param key
 *   `phraseKey` of the line (`''` for long lines).
 * @param value
 *   Line text.
 * @returns
 *   Whether it is a cue.
 */
export function isCommentCue(key: string, value: string): boolean {
  if (key === '') return false
  if (commentControls.has(key)) return true
  if (key.startsWith('re ')) return /^\s*re\s*:/i.test(value)
  if (commenterWords.has(lastWord(key))) return value.trimEnd().endsWith(':')
  if (key.endsWith(' says')) return true
  return (key.endsWith(' writes') || key.endsWith(' wrote')) && value.trimEnd().endsWith(':')
}

/**
 * `says` in the other languages: `Anna sagt:`, `Anna dit :`, `Anna dice:`,
 * `Anna disse:`, `Anna zegt:` (with the colon only).
 */
const commenterWords: ReadonlySet<string> = new Set(['dice', 'disse', 'dit', 'sagt', 'zegt'])

/**
 * Last word of a key.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Its last word.
 */
function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1)
}

/**
 * First word of a key.
 *
 * @param key
 *   `phraseKey` of a line.
 * @returns
 *   Its first word.
 */
function firstWord(key: string): string {
  const space = key.indexOf(' ')
  return space < 0 ? key : key.slice(0, space)
}
