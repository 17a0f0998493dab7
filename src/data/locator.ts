import type {Category} from '../types.js'

/**
 * Whole-line phrases of page chrome, for the locator
 * (`src/structure/phrases.ts`) and the site profile (`src/rules/profile.ts`).
 *
 * ###### Notes
 * Seen on the dev set and the seed articles, in English and in the other
 * languages with a stopword list. Lines are matched after `phraseKey`: lower
 * case, every run of non-letters and non-digits one space, digit runs `#`.
 * Only whole short lines match, so a sentence that mentions sharing or
 * signing up is never hit.
 */

/**
 * Whole lines of page chrome, with their category.
 */
export const chromeLines: Readonly<Record<string, Category>> = {
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
  // What a video player prints when it fails to load.
  'tap here to see other videos from our team': 'chrome',
  'terms and conditions': 'navigation',
  'terms of service': 'navigation',
  'terms of use': 'navigation',
  'toggle navigation': 'navigation',
  'try refreshing your browser or': 'chrome',
  'tweet': 'share',
  'twitter': 'share',
  'view all': 'navigation',
  'we apologize but this video has failed to load': 'chrome',
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
export const chromePrefixes: ReadonlyArray<readonly [string, Category]> = [
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
 * Trades of a note about the author, lower case: `Jane Roe is a freelance
 * writer based in Toronto.`, `Sean Higgins is a content marketing
 * strategist …` (`src/structure/edges.ts`).
 *
 * ###### Notes
 * Seen at either end of blog posts and news stories on the dev set: the
 * trades of the people who write them, and of the experts a post cites as
 * its author.
 */
export const bioTrades: ReadonlyArray<string> = [
  'adviser',
  'advisor',
  'analyst',
  'author',
  'blogger',
  'coach',
  'columnist',
  'consultant',
  'contributor',
  'copywriter',
  'correspondent',
  'designer',
  'developer',
  'dietitian',
  'editor',
  'educator',
  'engineer',
  'executive',
  'expert',
  'freelancer',
  'instructor',
  'journalist',
  'marketer',
  'nutritionist',
  'photographer',
  'planner',
  'reporter',
  'researcher',
  'specialist',
  'strategist',
  'therapist',
  'writer'
]

/**
 * Roles in a note about the author after `the`: `John Doe is the editor of
 * …`, `Jane Roe is the founder at …`.
 */
export const bioRoles: ReadonlyArray<string> = ['author', 'co-founder', 'director', 'editor', 'founder', 'owner']

/**
 * Capitalised words that start a sentence but are no name, so no author
 * note (`It is a writer’s dream`, `This is the founder of …`); as written,
 * capital first.
 */
export const notNames: ReadonlyArray<string> = [
  'He',
  'Her',
  'Here',
  'His',
  'I',
  'It',
  'One',
  'Our',
  'She',
  'That',
  'Their',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'We',
  'What',
  'Who',
  'You',
  'Your'
]
