import {phraseKey} from '../util/line-text.js'
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
  pl: [/^twoja przeglądarka nie obsługuje (?:elementu |znacznika |odtwarzania )?(?:html# )?(?:video|wideo|audio|filmów)$/u],
  ro: [
    /^(?:browserul|browser ul) (?:tău|tau|dvs|dumneavoastră) nu (?:suportă|acceptă|este compatibil cu) (?:tag ul |eticheta |elementul |redarea )?(?:html# )?(?:video|audio)(?: html#)?$/u
  ],
  fi: [/^(?:selaimesi|verkkoselaimesi) ei tue (?:upotettuja )?(?:html# )?(?:video|audio)(?:ta|ita| ?tagia| ?elementtiä)?$/u]
}

/**
 * The words of a widget’s error message, in one language: what may open it
 * (`Oops!`), the error itself (`Something went wrong`), and what tells a
 * widget’s message from a sentence about a problem (`try again`, `the
 * form`). All lower case, as `phraseKey` gives them (every run of
 * non-letters one space).
 */
export interface WidgetErrorWords {
  openers: ReadonlyArray<string>
  errors: ReadonlyArray<string>
  cues: ReadonlyArray<string>
}

/**
 * What a form, a cart or a feed prints where it failed, per language: a
 * line that is an error (`Something went wrong`, `There was a problem`)
 * after an opener (`Oops!`, `Sorry,`), alone, or followed by what a widget
 * says (`while submitting the form`, `Please try again.`).
 *
 * ###### Notes
 * Seen on product, service and article pages of the benchmark sets (`Oops!
 * Something went wrong while submitting the form.` on 9 pages, `Oops! Looks
 * like we're having trouble connecting to our server.` on 4, `Sorry, there
 * was a problem.`, `There was a problem calculating your shipping. Please
 * try again.`), never in their gold. A line is one only as a whole: `There
 * was a problem with the engine, officials said.` has no widget’s words,
 * and an error alone needs its opener (`Something went wrong.` may be a
 * paragraph of a story).
 */
export const widgetErrors: Readonly<Record<LexiconLanguage, WidgetErrorWords>> = {
  en: {
    openers: ['oops', 'whoops', 'sorry', 'uh oh', 'oh no', 'error', 'oops sorry', 'sorry but'],
    errors: [
      'something went wrong',
      'something has gone wrong',
      'there was a problem',
      'there was an error',
      'there was an issue',
      'there was an unexpected error',
      'an error occurred',
      'an error occured',
      'an error has occurred',
      'an error has occured',
      'an unexpected error occurred',
      'an unexpected error has occurred',
      'looks like we re having trouble',
      'looks like we are having trouble',
      'we re having trouble',
      'we are having trouble',
      'we encountered an issue',
      'we encountered an error',
      'we encountered a problem',
      'we ran into a problem',
      'we couldn t load',
      'we were unable to load'
    ],
    cues: [
      'try again',
      'please',
      'reload',
      'refresh',
      'the form',
      'submitting',
      'server',
      'connecting',
      'loading',
      'retrieving',
      'processing your',
      'sending your',
      'your email',
      'your message',
      'signing you up',
      'subscribing',
      'has not been sent',
      'was not sent'
    ]
  },
  de: {
    openers: ['hoppla', 'ups', 'oops', 'entschuldigung', 'leider', 'fehler'],
    errors: ['etwas ist schiefgelaufen', 'etwas ist schief gelaufen', 'ein fehler ist aufgetreten', 'es ist ein fehler aufgetreten', 'da ist etwas schiefgelaufen'],
    cues: ['erneut', 'noch einmal', 'später', 'bitte', 'formular', 'server', 'laden']
  },
  fr: {
    openers: ['oups', 'désolé', 'erreur'],
    errors: ['une erreur s est produite', 'une erreur est survenue', 'quelque chose s est mal passé', 'un problème est survenu'],
    cues: ['réessayer', 'réessayez', 'veuillez', 'formulaire', 'serveur', 'recharger', 'plus tard']
  },
  es: {
    openers: ['ups', 'vaya', 'lo sentimos', 'error'],
    errors: ['algo salió mal', 'se ha producido un error', 'ha ocurrido un error', 'ocurrió un error', 'se produjo un error', 'hubo un problema', 'hubo un error'],
    cues: ['inténtalo', 'inténtelo', 'vuelve a intentar', 'por favor', 'formulario', 'servidor', 'más tarde', 'recarga']
  },
  it: {
    openers: ['ops', 'oops', 'spiacenti', 'errore'],
    errors: ['qualcosa è andato storto', 'si è verificato un errore', 'si è verificato un problema'],
    cues: ['riprova', 'riprovare', 'per favore', 'modulo', 'server', 'più tardi', 'ricarica']
  },
  pt: {
    openers: ['ops', 'opa', 'desculpe', 'erro'],
    errors: ['algo deu errado', 'algo correu mal', 'ocorreu um erro', 'houve um problema', 'ocorreu um problema'],
    cues: ['tente novamente', 'tente de novo', 'por favor', 'formulário', 'servidor', 'mais tarde', 'recarregue']
  },
  nl: {
    openers: ['oeps', 'sorry', 'helaas', 'fout'],
    errors: ['er is iets misgegaan', 'er ging iets mis', 'er is een fout opgetreden', 'er is een probleem opgetreden'],
    cues: ['opnieuw', 'probeer', 'alstublieft', 'formulier', 'server', 'later']
  },
  pl: {
    openers: ['ups', 'przepraszamy', 'błąd'],
    errors: ['coś poszło nie tak', 'wystąpił błąd', 'wystąpił problem', 'pojawił się błąd'],
    cues: ['spróbuj', 'ponownie', 'formularz', 'serwer', 'później', 'odśwież']
  },
  sv: {
    openers: ['hoppsan', 'oj', 'tyvärr', 'fel'],
    errors: ['något gick fel', 'ett fel uppstod', 'ett fel har uppstått', 'ett problem uppstod'],
    cues: ['försök igen', 'försök senare', 'formuläret', 'servern', 'ladda om']
  },
  da: {
    openers: ['ups', 'beklager', 'fejl'],
    errors: ['noget gik galt', 'der opstod en fejl', 'der skete en fejl', 'der opstod et problem'],
    cues: ['prøv igen', 'prøv senere', 'formularen', 'serveren', 'genindlæs']
  },
  nb: {
    openers: ['oisann', 'beklager', 'feil'],
    errors: ['noe gikk galt', 'det oppstod en feil', 'det har oppstått en feil', 'det oppstod et problem'],
    cues: ['prøv igjen', 'prøv senere', 'skjemaet', 'serveren', 'last inn']
  },
  cs: {
    openers: ['jejda', 'omlouváme se', 'chyba'],
    errors: ['něco se pokazilo', 'došlo k chybě', 'nastala chyba', 'vyskytla se chyba'],
    cues: ['zkuste', 'znovu', 'později', 'formulář', 'server']
  },
  tr: {
    openers: ['hata', 'üzgünüz', 'hay aksi'],
    errors: ['bir şeyler ters gitti', 'bir hata oluştu', 'bir sorun oluştu', 'beklenmeyen bir hata oluştu'],
    cues: ['tekrar deneyin', 'yeniden deneyin', 'lütfen', 'daha sonra', 'form', 'sunucu']
  },
  ru: {
    openers: ['упс', 'извините', 'ошибка'],
    errors: ['что то пошло не так', 'произошла ошибка', 'возникла ошибка', 'возникла проблема'],
    cues: ['попробуйте', 'повторите', 'позже', 'форм', 'сервер', 'обновите']
  },
  uk: {
    openers: ['упс', 'вибачте', 'помилка'],
    errors: ['щось пішло не так', 'сталася помилка', 'виникла помилка', 'виникла проблема'],
    cues: ['спробуйте', 'повторіть', 'пізніше', 'форм', 'сервер', 'оновіть']
  },
  ja: {
    openers: ['申し訳ありません', 'エラー'],
    errors: ['問題が発生しました', 'エラーが発生しました', '予期しないエラーが発生しました'],
    cues: ['もう一度お試しください', 'しばらくしてから', '再読み込み', 'お試しください']
  },
  zh: {
    openers: ['抱歉', '哎呀', '错误'],
    errors: ['出了点问题', '出错了', '发生错误', '发生了错误', '出现错误', '出现了问题'],
    cues: ['请重试', '请稍后再试', '请稍后重试', '重新加载', '刷新']
  },
  ko: {
    openers: ['죄송합니다', '오류'],
    errors: ['문제가 발생했습니다', '오류가 발생했습니다', '알 수 없는 오류가 발생했습니다'],
    cues: ['다시 시도', '잠시 후', '새로고침']
  },
  id: {
    openers: ['ups', 'maaf', 'kesalahan'],
    errors: ['terjadi kesalahan', 'ada yang salah', 'terjadi masalah'],
    cues: ['coba lagi', 'silakan', 'nanti', 'formulir', 'server', 'muat ulang']
  },
  vi: {
    openers: ['rất tiếc', 'xin lỗi', 'lỗi'],
    errors: ['đã xảy ra lỗi', 'có lỗi xảy ra', 'đã có lỗi xảy ra', 'đã xảy ra sự cố'],
    cues: ['thử lại', 'vui lòng', 'sau', 'biểu mẫu', 'máy chủ', 'tải lại']
  },
  ar: {
    openers: ['عذرا', 'عفوا', 'للأسف', 'خطأ'],
    errors: ['حدث خطأ', 'حدث خطأ ما', 'حدث خطأ غير متوقع', 'لقد حدث خطأ', 'حدثت مشكلة'],
    cues: ['يرجى', 'الرجاء', 'حاول مرة أخرى', 'حاول لاحقا', 'أعد المحاولة', 'إعادة المحاولة', 'الخادم', 'إعادة تحميل', 'تحديث الصفحة']
  },
  fa: {
    openers: ['متاسفانه', 'متأسفانه', 'اوه', 'خطا'],
    errors: ['خطایی رخ داد', 'خطایی رخ داده است', 'یک خطا رخ داد', 'مشکلی پیش آمد', 'مشکلی پیش آمده است', 'مشکلی رخ داد'],
    cues: ['لطفا', 'تلاش کنید', 'سرور', 'بارگذاری']
  },
  el: {
    openers: ['ωχ', 'ουπς', 'λυπούμαστε', 'σφάλμα'],
    errors: ['κάτι πήγε στραβά', 'παρουσιάστηκε σφάλμα', 'παρουσιάστηκε ένα σφάλμα', 'προέκυψε σφάλμα', 'προέκυψε ένα σφάλμα', 'παρουσιάστηκε πρόβλημα', 'προέκυψε πρόβλημα'],
    cues: ['δοκιμάστε', 'προσπαθήστε', 'ξαναδοκιμάστε', 'παρακαλώ', 'παρακαλούμε', 'διακομιστ', 'ανανεώστε']
  },
  ro: {
    openers: ['hopa', 'ups', 'ne pare rău', 'eroare'],
    errors: ['ceva nu a mers bine', 'ceva n a mers bine', 'a apărut o eroare', 'a intervenit o eroare', 's a produs o eroare', 'a apărut o problemă'],
    cues: ['încercați', 'încercaţi', 'încearcă', 'vă rugăm', 'te rugăm', 'formular', 'server', 'reîncărca']
  },
  hu: {
    openers: ['hoppá', 'sajnáljuk', 'hiba'],
    errors: ['hiba történt', 'valami hiba történt', 'váratlan hiba történt', 'hiba lépett fel'],
    cues: ['próbáld újra', 'próbálja újra', 'próbáld meg', 'próbálja meg', 'kérjük', 'kérlek', 'űrlap', 'szerver', 'frissítsd', 'frissítse']
  },
  he: {
    openers: ['אופס', 'מצטערים', 'שגיאה'],
    errors: ['משהו השתבש', 'אירעה שגיאה', 'ארעה שגיאה', 'התרחשה שגיאה', 'אירעה שגיאה בלתי צפויה', 'אירעה תקלה'],
    cues: ['נסו שוב', 'נסה שוב', 'נא לנסות', 'יש לנסות', 'אנא', 'בשרת', 'השרת', 'הטופס', 'רעננו', 'רענן']
  },
  hi: keyed({
    openers: ['उफ़', 'क्षमा करें', 'त्रुटि'],
    errors: ['कुछ गलत हो गया', 'कुछ ग़लत हो गया', 'कुछ गलत हुआ', 'एक त्रुटि हुई', 'कोई त्रुटि हुई', 'त्रुटि हुई'],
    cues: ['कृपया', 'पुनः प्रयास', 'फिर से प्रयास', 'दोबारा प्रयास', 'फिर से कोशिश', 'दोबारा कोशिश', 'बाद में', 'सर्वर', 'फ़ॉर्म']
  }),
  th: keyed({
    openers: ['ขออภัย', 'ข้อผิดพลาด'],
    errors: ['เกิดข้อผิดพลาด', 'เกิดข้อผิดพลาดบางอย่าง', 'เกิดข้อผิดพลาดขึ้น', 'มีบางอย่างผิดพลาด'],
    cues: ['กรุณา', 'โปรด', 'ลองใหม่', 'เซิร์ฟเวอร์', 'แบบฟอร์ม', 'ภายหลัง', 'รีเฟรช']
  }),
  fi: {
    openers: ['hups', 'hupsis', 'pahoittelut', 'valitettavasti', 'virhe'],
    errors: ['jokin meni vikaan', 'jotain meni vikaan', 'tapahtui virhe', 'on tapahtunut virhe', 'tapahtui odottamaton virhe', 'ilmeni virhe'],
    cues: ['yritä', 'yrittäkää', 'ole hyvä', 'lomake', 'lomakkee', 'palvelin', 'palvelim', 'päivitä sivu', 'lataa sivu']
  },
  bg: {
    openers: ['опа', 'упс', 'съжаляваме', 'грешка'],
    errors: ['нещо се обърка', 'възникна грешка', 'получи се грешка', 'възникна проблем', 'възникна неочаквана грешка'],
    cues: ['опитайте', 'опитай', 'моля', 'формуляр', 'сървър', 'презаредете', 'обновете']
  }
}

/**
 * The words of a widget’s error message in one language, as `phraseKey`
 * gives them: for Hindi and Thai, written as sites print them, whose vowel
 * signs and tone marks `phraseKey` reads as no letters.
 *
 * @param words
 *   Words as printed.
 * @returns
 *   The same, as `phraseKey`s.
 */
function keyed(words: WidgetErrorWords): WidgetErrorWords {
  return {
    openers: words.openers.map((value) => phraseKey(value)),
    errors: words.errors.map((value) => phraseKey(value)),
    cues: words.cues.map((value) => phraseKey(value))
  }
}
