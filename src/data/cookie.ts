/**
 * Words of the buttons, headings and table cells of a cookie banner, lower
 * case: a short line made only of these (`Accept All`, `Manage
 * preferences`, `Privacy Overview`, `Always Enabled`, `Duration`) is part of
 * the banner when it sits next to a cookie line.
 */
export const controlWords = [
  '&',
  'about',
  'accept',
  'active',
  'additional',
  'advertisement',
  'advertising',
  'agree',
  'all',
  'allow',
  'always',
  'analytics',
  'and',
  'cancel',
  'choices',
  'close',
  'confirm',
  'consent',
  'continue',
  'cookie',
  'cookies',
  'customise',
  'customize',
  'decline',
  'deny',
  'description',
  'details',
  'dismiss',
  'duration',
  'enabled',
  'essential',
  'functional',
  'got',
  'i',
  'it',
  'learn',
  'manage',
  'marketing',
  'more',
  'my',
  'necessary',
  'no',
  'non',
  'ok',
  'okay',
  'only',
  'options',
  'other',
  'others',
  'overview',
  'performance',
  'personalisation',
  'personalization',
  'policy',
  'preferences',
  'privacy',
  'purposes',
  'read',
  'reject',
  'required',
  'save',
  'selected',
  'selection',
  'settings',
  'show',
  'statistics',
  'strictly',
  'thanks',
  'type',
  'uncategorised',
  'uncategorized',
  'yes'
] as const

/**
 * Words that make a short line with `cookie` in it a banner control by
 * itself (`Accept all cookies`, `Cookie settings`, `Manage cookies`), lower
 * case. `Cookies` alone, or `Easy Cookie Recipes`, has none.
 */
export const labelWords = [
  'accept',
  'allow',
  'analytical',
  'analytics',
  'choices',
  'consent',
  'declaration',
  'decline',
  'disable',
  'enable',
  'essential',
  'functional',
  'gdpr',
  'manage',
  'marketing',
  'necessary',
  'notice',
  'performance',
  'policies',
  'policy',
  'preferences',
  'privacy',
  'reject',
  'required',
  'settings',
  'statement',
  'strictly',
  'targeting'
] as const

/**
 * Other words of a short cookie button or link, lower case (`See the list
 * of essential cookies`, `Powered by GDPR Cookie Compliance`).
 */
export const extraWords = [
  'banner',
  'by',
  'change',
  'compliance',
  'for',
  'info',
  'information',
  'list',
  'of',
  'open',
  'or',
  'our',
  'powered',
  'see',
  'set',
  'site',
  'the',
  'this',
  'to',
  'update',
  'use',
  'website',
  'your'
] as const

/**
 * The word cookie.
 */
export const cookieWord = /\bcookies?\b/iu

/**
 * What only a cookie banner says, next to the word cookie: `We use
 * cookies…`, `This website uses cookies`, `By continuing to use this site`,
 * `you agree to our use of cookies`, `Google Analytics sets this cookie`,
 * `The cookie is used to store…`; in German, French, Spanish, Italian,
 * Portuguese and Dutch, `we use` and `this site uses` (`Wir verwenden
 * Cookies`, `Ce site utilise des cookies`, `Utilizziamo i cookie`).
 */
export const bannerPhrase =
  /\bwe(?: and our (?:\d+ )?(?:partners|vendors))?(?: also)? (?:use|are using|store|serve|may use|place|set)\b|\b(?:this|our) (?:web ?site|site|store|blog|page|product|platform)s? (?:uses?|is using|stores?)\b|\bby (?:continuing|clicking|using|browsing|choosing|accepting|closing|navigating|scrolling|selecting|staying)\b|\byou (?:agree|consent|accept|are agreeing|are consenting|are accepting|have consented)\b|\b(?:sets?|installs?|places?) (?:this|the) cookie\b|\b(?:this|the) cookies? (?:is|are|was|will be) (?:used|set|named|stored)\b|\b(?:wir (?:verwenden|nutzen|setzen)|nous utilisons|utilizamos|usamos|utilizziamo|usiamo|wij gebruiken|we gebruiken)\b|\b(?:diese (?:web)?seite|diese website|ce site|este sitio(?: web)?|este site|questo sito(?: web)?|deze (?:web)?site|deze website) (?:verwendet|nutzt|utilise|utiliza|usa|utilizza|gebruikt)\b/iu

/**
 * A cookie control named in a sentence (`adjust your cookie settings`,
 * `see our Cookie Policy`): a banner when the sentence also speaks to the
 * reader or for the site.
 */
export const policyPhrase = /\bcookies? (?:policy|policies|settings|preferences|consent|notice|statement|declaration)\b/iu

/**
 * Who a banner speaks for or to (not `us`, which every `Contact us` link
 * has).
 */
export const voice = /\b(?:we|we're|our|you|your|you're)\b|\bthis (?:web ?)?(?:site|website|store|page)\b/iu

/**
 * Consent text that does not say `cookie`: `If you continue to use this site
 * we will assume that you are happy with it.`
 */
export const consentPhrase =
  /\bif you continue (?:to use|using|browsing) this (?:web ?)?site\b|\bwe will assume that you are (?:happy|ok|okay)\b/iu

/**
 * What a sentence inside a banner says about cookies (`Necessary cookies are
 * absolutely essential for the website to function properly.`): banner text
 * only next to a clear banner line.
 */
export const technical =
  /\b(?:web ?site|site|sites|browser|browsing|consent|gdpr|privacy|tracking|tracks?|analytics|analytical|third[- ]party|personal data|preferences|settings|opt[- ]out|session|device|pixel|plugin|visitors?|users?|advertis\w*|marketing|functionality|functionalities|cookie policy)\b/iu

/**
 * A cookie’s name in the table of a banner: `viewed_cookie_policy`,
 * `cookielawinfo-checkbox-necessary`, `_ga`, `_hjSession_*`, `vuid`.
 */
export const cookieName = /^[_a-z][\w*.-]{0,59}$/u

/**
 * A cookie’s lifetime in the table of a banner: `11 months`, `1 year 1 month
 * 4 days`, `session`.
 */
export const lifetime =
  /^(?:\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s?)+$|^(?:session|persistent|never|past)$/iu
