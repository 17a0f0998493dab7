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
