import type {LexiconLanguage} from './lexicon.js'

/**
 * A kind of template artifact: how to find it, and when to believe it.
 */
export interface TemplatePattern {
  /** Rule id of what it finds. */
  ruleId: string
  /** What the reason calls it. */
  name: string
  /** Global regex, linear time: bounded repeats only. */
  regex: RegExp
  /**
   * Which extra test a match must pass: `'alone'`, white space or
   * punctuation on both sides, not code (`text.{mosads}`, not `f"{name}"`);
   * `'parameter'`, `alone` and a parameter that looks like one (`user9`,
   * `123`, `on`); `'shortcode'`, attributes, a closing tag later in the line,
   * or a known or underscored name.
   */
  test?: 'alone' | 'parameter' | 'shortcode' | undefined
  /** Only when the whole line is artifacts (`${title}`). */
  lineOnly?: boolean | undefined
  /** Not in a document that shows this kind of code (`{% … %}`, HTML). */
  unless?: RegExp | undefined
}

/**
 * What template and CMS artifacts look like, in order of precedence (a match
 * that overlaps an earlier one is dropped).
 *
 * Seen in the dev set (Joomla tags, WordPress and page-builder shortcodes,
 * Angular and Handlebars placeholders, Word’s conditional comments) and in
 * the seed articles.
 */
export const templatePatterns: ReadonlyArray<TemplatePattern> = [
  {
    // [embed]https://youtu.be/x[/embed]: the address goes with its tags.
    ruleId: 'template-shortcode',
    name: 'shortcode',
    regex: /\[(audio|embed|video|youtube)\][^\s[\]]{1,300}\[\/\1\]/gu
  },
  {
    // {mosads}; {loadposition user9}; {module 123}; {jcomments on}; {/tab}
    ruleId: 'template-tag',
    name: 'template tag',
    regex: /\{\/?[a-z][a-z\d_]{2,30}(?: ([^\s{}]{1,40}))?\}/gu,
    test: 'parameter'
  },
  {
    // [caption id="attachment_123" align="alignnone" width="300"]; [vc_row]
    ruleId: 'template-shortcode',
    name: 'shortcode',
    regex: /\[([a-z][\w-]{0,30})((?:\s[^\]\n]{0,300})?)\]/gu,
    test: 'shortcode'
  },
  {
    // [/caption]; [/vc_row]
    ruleId: 'template-shortcode',
    name: 'shortcode',
    regex: /\[\/[a-z][\w-]{0,30}\]/gu
  },
  {
    // %%ARTICLE_AD%%
    ruleId: 'template-placeholder',
    name: 'placeholder',
    regex: /%%[A-Za-z][\w-]{1,40}%%/gu
  },
  {
    // {{ variable }}; {{ navItem.title }}
    ruleId: 'template-placeholder',
    name: 'placeholder',
    regex: /\{\{ ?[A-Za-z_][\w.]{0,60} ?\}\}/gu,
    test: 'alone',
    unless: /\{%/u
  },
  {
    // ${title}${badge}
    ruleId: 'template-placeholder',
    name: 'placeholder',
    regex: /\$\{[A-Za-z_][\w.]{0,40}\}/gu,
    lineOnly: true
  },
  {
    // <!-- google_ad_section_end -->
    ruleId: 'template-comment',
    name: 'HTML comment',
    regex: /<!--.{0,300}?-->/gu,
    unless: /<\/?[a-z][a-z\d]*[\s/>]/iu
  },
  {
    // <![if !supportEmptyParas]>; <![endif]>; ![endif]-->
    ruleId: 'template-comment',
    name: 'HTML comment',
    regex: /(?:<!(?:--)?|!)\[(?:if\b[^\]\n]{0,60}|endif)\](?:--)?>/gu
  }
]

/**
 * WordPress shortcodes that leak without attributes, lower case: a lone
 * `[caption]` or `[embed]` is a tag, where a lone `[sic]` or `[laughter]` is
 * text.
 *
 * ###### Notes
 * Names with an underscore (`[vc_row]`, `[rt_reading_time]`), tags with
 * `attr="…"` and tags closed later in the line are matched without a list.
 */
export const shortcodes: ReadonlyArray<string> = [
  'audio',
  'caption',
  'contact-form',
  'contact-form-7',
  'embed',
  'gallery',
  'playlist',
  'video',
  'wp_caption'
]

/**
 * What a page prints where its video or audio cannot play (the fallback
 * text inside `<video>`, the notice of a player that failed to load), per
 * language, as patterns of a whole line after `phraseKey` (lower case, every
 * run of non-letters and non-digits one space, digit runs `#`: `HTML5` is
 * `html#`).
 *
 * ###### Notes
 * Seen on product and news pages of the benchmark sets (`Your browser does
 * not support the video tag.`, `Your user agent does not support the HTML5
 * Video element.`, `To view this video please enable JavaScript, and
 * consider upgrading to a web browser that supports HTML5 video`), never in
 * their gold; the other languages are the same fallback as sites and
 * players translate it. Only a whole line matches: an article about
 * browsers that do not support a format is prose.
 */
export const mediaFallbacks: Readonly<Partial<Record<LexiconLanguage, ReadonlyArray<RegExp>>>> = {
  en: [
    /^(?:sorry )?your (?:web )?(?:browser|user agent) (?:does not|doesn t|cannot|can t|is unable to) (?:support|play|display)(?: (?:the|this|embedded|inline|html#))* (?:video|videos|audio|media|iframes?)(?: (?:tag|element|elements|content|files?|playback))?$/u,
    /^to (?:view|watch|play) this (?:video|content|media) (?:please )?enable javascript(?: .{1,120})?$/u,
    /^(?:please )?enable javascript to (?:view|watch|play) (?:this |the )?(?:video|videos|media|audio)(?: .{1,80})?$/u,
    /^we apologi[sz]e but this video has failed to load$/u,
    /^try refreshing your browser or$/u,
    /^tap here to see other videos from our team$/u,
    /^this video is (?:unavailable|not available|no longer available)(?: .{1,80})?$/u
  ],
  de: [
    /^(?:ihr|dein) browser unterstützt (?:das |den |dieses )?(?:html# )?(?:video|audio)(?: ?(?:tag|element|format))? nicht$/u,
    /^(?:ihr|dein) browser unterstützt (?:keine|kein) (?:html# )?(?:videos?|audio|iframes?)$/u
  ],
  fr: [
    /^votre navigateur ne (?:supporte|prend) pas (?:en charge )?(?:la balise |l élément |la |les )?(?:html# )?(?:vidéo|vidéos|audio|iframes?)(?: html#)?$/u
  ],
  es: [
    /^(?:tu|su) navegador no (?:soporta|admite|es compatible con) (?:el elemento |la etiqueta |el |la |los )?(?:de )?(?:html# )?(?:video|vídeo|videos|vídeos|audio|iframes?)(?: html#)?$/u
  ],
  it: [/^il (?:tuo )?browser non supporta (?:il tag |l elemento |il |i |la )?(?:html# )?(?:video|audio|iframe)(?: html#)?$/u],
  pt: [
    /^(?:o )?(?:seu )?navegador não (?:suporta|tem suporte para|é compatível com) (?:a tag |o elemento |o |a |os )?(?:de )?(?:html# )?(?:vídeo|video|vídeos|áudio|audio)(?: html#)?$/u
  ],
  nl: [
    /^(?:je|uw) browser ondersteunt (?:de |het )?(?:html# )?(?:video|audio)(?: ?(?:tag|element))? niet$/u,
    /^(?:je|uw) browser ondersteunt geen (?:html# )?(?:video|audio|video s)$/u
  ],
  pl: [/^twoja przeglądarka nie obsługuje (?:elementu |znacznika |odtwarzania )?(?:html# )?(?:video|wideo|audio|filmów)$/u]
}
