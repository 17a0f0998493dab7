import type {Lexicon} from './lexicon.js'

/**
 * Addresses that share the page on a network or by mail, without their
 * scheme and `www.`: a share button, as html-to-text and Markdown print one
 * whose text is an icon (`* https://www.facebook.com/sharer/sharer.php?u=…`,
 * `Share:[](https://twitter.com/intent/tweet?url=…)`). A regular expression
 * source each, matched at the start of an address, case-insensitively.
 *
 * ###### Notes
 * In the dev sets, 575 lines are such addresses with share words or
 * nothing else around them; none is in a gold.
 */
export const shareEndpoints: ReadonlyArray<string> = [
  String.raw`facebook\.com/share(?:r(?:/sharer)?\.php|/)`,
  String.raw`(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share)`,
  String.raw`linkedin\.com/(?:shareArticle|sharing/share-offsite|cws/share)`,
  String.raw`pinterest\.[a-z.]{2,6}/pin/create`,
  String.raw`reddit\.com/submit`,
  String.raw`(?:api\.)?whatsapp\.com/send`,
  String.raw`wa\.me/\?`,
  String.raw`t\.me/share`,
  String.raw`bsky\.app/intent/compose`,
  String.raw`del\.icio\.us/post`,
  String.raw`digg\.com/submit`,
  String.raw`(?:www\.)?stumbleupon\.com/submit`,
  String.raw`tumblr\.com/(?:widgets/)?share`,
  String.raw`news\.ycombinator\.com/submitlink`,
  String.raw`getpocket\.com/(?:save|edit)`,
  String.raw`flipboard\.com/bookmarklet`,
  String.raw`vk\.com/share\.php`,
  String.raw`mail\.google\.com/mail/\?view=cm`
]

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
  'xing',
  'zalo'
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
 * What follows `Add <site>` in a prompt to follow the site on Google, lower
 * case: `Add as preferred on Google`, `Add Global News as a Preferred Source
 * on Google to see more of our stories`, `Add TheJapanNews to your Google
 * News feed.`
 */
export const googlePrompts: ReadonlyArray<string> = [
  'as a preferred source on google',
  'as preferred on google',
  'as preferred source on google',
  'as your preferred source on google',
  'to your google news feed',
  'to your preferred sources on google'
]

/**
 * Buttons that copy a page's link, and the notices they leave (`Link
 * copied`, `Link wurde kopiert`, `Ссылка скопирована`), lower case: share
 * debris as a whole line, without the punctuation around it.
 *
 * ###### Notes
 * Whole lines only, so a sentence that says a link was copied stays.
 * `Copy link` and its translations alone are buttons already (`weakButtons`
 * need a second button); these are the lines with words no button has.
 */
export const copyLinkLines: Lexicon = {
  en: ['copied to clipboard', 'link copied', 'link copied to clipboard', 'link has been copied', 'link is copied', 'url copied'],
  de: ['in die zwischenablage kopiert', 'link in die zwischenablage kopiert', 'link kopiert', 'link wurde kopiert'],
  fr: ['lien copié', 'lien copié dans le presse-papier', 'lien copié dans le presse-papiers'],
  es: ['copiado al portapapeles', 'enlace copiado', 'enlace copiado al portapapeles'],
  it: ['link copiato', 'link copiato negli appunti'],
  pt: ['copiado para a área de transferência', 'link copiado'],
  nl: ['gekopieerd naar klembord', 'link gekopieerd'],
  pl: ['link skopiowany', 'link został skopiowany', 'skopiowano do schowka', 'skopiowano link'],
  sv: ['länk kopierad', 'länken har kopierats', 'länken kopierad'],
  da: ['link kopieret', 'linket er kopieret'],
  nb: ['lenke kopiert', 'lenken er kopiert'],
  cs: ['odkaz byl zkopírován', 'odkaz zkopírován'],
  tr: ['bağlantı kopyalandı', 'bağlantıyı kopyala', 'link kopyalandı', 'linki kopyala'],
  ru: ['скопировать ссылку', 'ссылка скопирована'],
  uk: ['посилання скопійовано', 'скопіювати посилання'],
  ja: ['コピーしました', 'リンクをコピーしました'],
  zh: ['已复制链接', '复制成功', '链接已复制'],
  ko: ['링크 복사', '링크가 복사되었습니다'],
  id: ['link disalin', 'salin link', 'salin tautan', 'tautan disalin'],
  vi: ['đã sao chép liên kết', 'sao chép liên kết'],
  ar: ['تم النسخ', 'تم نسخ الرابط', 'تم نسخ الرابط بنجاح', 'نسخ الرابط'],
  fa: ['کپی لینک', 'کپی شد', 'لینک با موفقیت کپی شد', 'لینک کپی شد'],
  el: ['αντιγραφή συνδέσμου', 'αντιγράφηκε', 'αντιγράφηκε στο πρόχειρο', 'ο σύνδεσμος αντιγράφηκε'],
  ro: ['copiază link-ul', 'copiază linkul', 'link copiat', 'link-ul a fost copiat', 'linkul a fost copiat'],
  hu: ['a link vágólapra másolva', 'link másolása', 'link másolva', 'link vágólapra másolva', 'vágólapra másolva'],
  he: ['הועתק', 'הועתק ללוח', 'הקישור הועתק', 'הקישור הועתק ללוח', 'העתק קישור', 'העתקת קישור'],
  hi: ['कॉपी लिंक', 'कॉपी हो गया', 'लिंक कॉपी करें', 'लिंक कॉपी हो गया', 'लिंक कॉपी हुआ'],
  th: ['คัดลอกลิงก์', 'คัดลอกลิงก์แล้ว', 'คัดลอกลิงค์', 'คัดลอกลิงค์แล้ว', 'คัดลอกแล้ว'],
  fi: ['kopioi linkki', 'kopioitu leikepöydälle', 'linkki kopioitu', 'linkki kopioitu leikepöydälle', 'linkki on kopioitu'],
  bg: ['връзката е копирана', 'копирай линка', 'копирано', 'линкът е копиран', 'линкът е копиран в клипборда']
}

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

/**
 * Share buttons of the other languages that are share debris alone on a
 * line, lower case; CJK buttons whole (`メールで送る`, `分享到`).
 *
 * ###### Notes
 * A word that is also an ordinary word of a line with a number (`deel 2`,
 * Dutch for part two; `del 5`, Spanish) is a weak button instead. Networks
 * as Polish and Czech decline them (`na Facebooku`) are here too.
 */
export const strongButtonWords: Lexicon = {
  de: ['teilen', 'twittern', 'pinnen', 'weiterleiten'],
  fr: ['partager', 'partagez', 'tweeter', 'épingler'],
  es: ['compartir', 'comparte', 'compártelo', 'tuitear'],
  it: ['condividi', 'condividere', 'twitta'],
  pt: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe'],
  nl: ['tweeten'],
  pl: ['udostępnij', 'podziel', 'facebooku', 'twitterze', 'linkedinie'],
  sv: ['dela'],
  cs: ['sdílet', 'sdílejte', 'facebooku', 'twitteru'],
  tr: ['paylaş', 'paylaşın', "facebook'ta", "twitter'da", "whatsapp'ta", "linkedin'de"],
  ru: ['поделиться', 'поделитесь', 'репост', 'вк', 'вконтакте', 'одноклассники'],
  uk: ['поділитися', 'поділіться', 'поширити', 'поширте'],
  ja: ['シェア', 'シェアする', 'ツイート', 'ポスト', 'メールで送る', 'はてなブックマーク', 'リンクをコピーする', 'lineで送る', 'フェイスブック', 'ツイッター', 'facebookでシェア', 'lineでシェア', 'xでシェア', 'xでポスト', 'twitterでシェア', 'はてブ', 'はてブでシェア', 'はてなブックマークに追加'],
  zh: ['分享', '分享到', '转发', '微信', '微博', 'qq空间', '朋友圈', '复制链接'],
  ko: ['공유', '공유하기', '카카오톡', '카카오스토리', '페이스북', '트위터', '카카오톡으로', '페이스북으로', '트위터로', '네이버 밴드', '밴드'],
  id: ['bagikan'],
  ar: ['شارك', 'مشاركة', 'فيسبوك', 'تويتر', 'واتساب'],
  fa: ['اشتراک‌گذاری', 'تلگرام'],
  el: ['κοινοποίηση', 'κοινοποιήστε', 'μοιραστείτε'],
  ro: ['distribuie', 'partajează'],
  hu: ['megosztás', 'megosztom', 'facebookon', 'twitteren'],
  he: ['שתפו', 'שתף', 'שיתוף', 'פייסבוק', 'בפייסבוק', 'טוויטר', 'בטוויטר', 'וואטסאפ', 'בוואטסאפ'],
  hi: ['शेयर', 'साझा', 'फ़ेसबुक', 'फेसबुक', 'ट्विटर', 'व्हाट्सऐप', 'व्हाट्सएप'],
  th: ['แชร์', 'แชร์ไปยัง', 'แบ่งปัน', 'ทวีต', 'เฟซบุ๊ก', 'ไลน์'],
  fi: ['jaa', 'facebookissa', 'twitterissä', 'whatsappissa'],
  bg: ['сподели', 'споделете', 'споделяне']
}

/**
 * Buttons of the other languages that are also ordinary words (print, copy,
 * save; `del`, `deel`, `chia`): share debris only next to another button or
 * an object.
 */
export const weakButtonWords: Lexicon = {
  de: ['merken', 'kopieren', 'senden', 'versenden'],
  fr: ['copier', 'envoyer', 'lien'],
  es: ['copiar', 'correo', 'enlace', 'enviar', 'guardar', 'imprimir'],
  it: ['copia', 'invia', 'salva'],
  pt: ['copiar', 'enviar', 'salvar'],
  nl: ['deel', 'kopieer', 'opslaan'],
  pl: ['drukuj', 'kopiuj', 'skopiuj', 'wyślij', 'zapisz'],
  sv: ['dela', 'kopiera', 'länk', 'mejl', 'spara'],
  da: ['del', 'kopier', 'kopiér', 'gem'],
  nb: ['del', 'kopier', 'lagre', 'lenke'],
  cs: ['tisk', 'tisknout', 'kopírovat', 'odkaz', 'uložit'],
  tr: ['e-posta', 'yazdır', 'kopyala', 'kaydet'],
  ru: ['ок', 'печать', 'распечатать', 'копировать', 'скопировать'],
  uk: ['друк', 'копіювати', 'скопіювати'],
  ja: ['印刷', '印刷する', 'コピー', '保存'],
  zh: ['打印', '复制', '收藏'],
  ko: ['인쇄', '복사', '스크랩', '저장'],
  id: ['cetak', 'salin', 'simpan', 'tautan'],
  vi: ['chia', 'lưu'],
  ar: ['طباعة', 'نسخ', 'حفظ', 'إرسال'],
  fa: ['اشتراک', 'چاپ', 'کپی', 'ذخیره', 'ارسال'],
  el: ['εκτύπωση', 'αντιγραφή', 'αποστολή', 'αποθήκευση'],
  ro: ['printează', 'tipărește', 'copiază', 'trimite', 'salvează'],
  hu: ['nyomtatás', 'másolás', 'küldés', 'mentés'],
  he: ['הדפס', 'הדפסה', 'העתק', 'שלח', 'שמור', 'מייל'],
  hi: ['प्रिंट', 'कॉपी', 'सेव', 'ईमेल'],
  th: ['พิมพ์', 'คัดลอก', 'คัดลอกลิงก์', 'บันทึก', 'อีเมล'],
  fi: ['tulosta', 'kopioi', 'lähetä', 'tallenna', 'sähköposti', 'sähköpostilla'],
  bg: ['печат', 'принтирай', 'копирай', 'изпрати', 'запази', 'имейл']
}

/**
 * Words of the other languages that link buttons into a row (`bei Facebook
 * teilen`, `über Bluesky teilen`, `Partager sur X`, `Compartir en WhatsApp`, `Udostępnij na
 * Facebooku`); they count only on a line that has a button.
 */
export const linkWordsByLanguage: Lexicon = {
  de: ['bei', 'per', 'mit', 'über', 'via'],
  fr: ['par', 'le', 'la', 'ou'],
  es: ['por', 'con', 'o'],
  it: ['per', 'via'],
  pt: ['na', 'por', 'com'],
  nl: ['via', 'per', 'op', 'of'],
  pl: ['na', 'przez', 'e-mailem', 'się'],
  sv: ['på', 'via', 'med'],
  da: ['på', 'via', 'med'],
  nb: ['på', 'via', 'med', 'e-post'],
  cs: ['na', 'přes'],
  ru: ['в', 'через'],
  uk: ['в', 'у', 'через'],
  id: ['ke', 'di', 'via', 'lewat'],
  vi: ['qua', 'lên', 'trên'],
  ar: ['على', 'عبر'],
  fa: ['در', 'به', 'با'],
  el: ['στο', 'στην', 'μέσω', 'με'],
  ro: ['pe', 'prin', 'cu'],
  hu: ['a', 'az'],
  he: ['דרך', 'עם'],
  hi: ['पर', 'करें'],
  fi: ['kautta'],
  bg: ['в', 'във', 'чрез', 'по']
}

/**
 * Words of the other languages that name what to share (`Teilen Sie dies
 * mit:`, `Partager cet article`, `Compartir esta noticia`).
 */
export const objectWordsByLanguage: Lexicon = {
  de: ['sie', 'dies', 'diesen', 'artikel', 'beitrag', 'seite'],
  fr: ['cet', 'cette', 'article', 'page'],
  es: ['este', 'esta', 'artículo', 'noticia', 'nota'],
  it: ['questo', 'questa', 'articolo', 'notizia'],
  pt: ['este', 'esta', 'artigo', 'matéria', 'notícia'],
  nl: ['dit', 'deze', 'artikel', 'bericht'],
  pl: ['ten', 'artykuł'],
  sv: ['denna', 'artikel', 'artikeln'],
  da: ['denne', 'artikel', 'artiklen'],
  nb: ['denne', 'artikkel', 'artikkelen', 'saken'],
  cs: ['článek'],
  tr: ['haberi', 'bu'],
  ru: ['статьей', 'статьёй', 'новостью'],
  uk: ['статтею', 'новиною'],
  id: ['artikel', 'berita', 'ini'],
  vi: ['sẻ', 'bài', 'viết', 'này'],
  ar: ['هذا', 'هذه', 'المقال', 'الخبر'],
  fa: ['این', 'مطلب', 'خبر', 'گذاری', 'بگذارید'],
  el: ['το', 'αυτό', 'άρθρο'],
  ro: ['acest', 'articol', 'articolul', 'știrea'],
  hu: ['ezt', 'cikk', 'cikket'],
  he: ['את', 'זה', 'הכתבה', 'הפוסט'],
  hi: ['यह', 'इसे', 'लेख', 'खबर', 'ख़बर'],
  fi: ['tämä', 'artikkeli', 'juttu'],
  bg: ['тази', 'това', 'статия', 'статията', 'новината']
}

/**
 * Openings of prompts to follow the site on social networks, lower case,
 * hyphens as spaces: `Follow us on Facebook and Instagram for the latest
 * news`, `Folgen Sie uns auf Instagram`, `Síguenos en X`. A line that starts
 * with one is a prompt when it names a network (`strongButtons`,
 * `strongButtonWords`, `followNetworks`) or social media
 * (`socialMediaWords`).
 */
export const followPrompts: Lexicon = {
  en: ['connect with us on', 'find us on', 'follow us', 'like us on'],
  de: ['folge uns', 'folgen sie uns'],
  fr: ['retrouvez nous sur', 'suivez nous'],
  es: ['síguenos', 'siguenos'],
  it: ['seguici'],
  pt: ['siga nos', 'segue nos', 'acompanhe nos'],
  nl: ['volg ons'],
  pl: ['obserwuj nas'],
  sv: ['följ oss'],
  da: ['følg os'],
  nb: ['følg oss'],
  cs: ['sledujte nás'],
  ru: ['подписывайтесь на нас'],
  uk: ['слідкуйте за нами', 'стежте за нами'],
  id: ['ikuti kami'],
  vi: ['theo dõi chúng tôi'],
  ar: ['تابعنا على', 'تابعونا على'],
  el: ['ακολουθήστε μας'],
  ro: ['urmărește ne', 'urmăriți ne'],
  hu: ['kövess minket', 'kövessen minket'],
  he: ['עקבו אחרינו'],
  fi: ['seuraa meitä'],
  bg: ['последвайте ни']
}

/**
 * Networks a site is followed on but no article is shared to, lower case
 * (`Follow us on Instagram and YouTube`); the networks of share buttons
 * (`strongButtons`) count too, and so do `x` and `threads` after `follow us`.
 */
export const followNetworks: ReadonlyArray<string> = [
  'instagram',
  'mastodon',
  'snapchat',
  'threads',
  'tiktok',
  'twitch',
  'x',
  'youtube'
]

/**
 * Social media as a follow prompt names them, lower case, hyphens as spaces
 * (`Follow us on social media`, `Folgen Sie uns in den sozialen Medien`).
 */
export const socialMediaWords: Lexicon = {
  en: ['social media', 'social networks'],
  de: ['sozialen medien', 'sozialen netzwerken', 'social media'],
  fr: ['réseaux sociaux'],
  es: ['redes sociales'],
  it: ['social network', 'social media'],
  pt: ['redes sociais'],
  nl: ['sociale media'],
  pl: ['mediach społecznościowych'],
  sv: ['sociala medier'],
  da: ['sociale medier'],
  nb: ['sosiale medier'],
  cs: ['sociálních sítích'],
  ru: ['социальных сетях', 'соцсетях'],
  uk: ['соціальних мережах', 'соцмережах'],
  id: ['media sosial'],
  vi: ['mạng xã hội'],
  ar: ['مواقع التواصل الاجتماعي', 'وسائل التواصل الاجتماعي'],
  el: ['μέσα κοινωνικής δικτύωσης'],
  ro: ['rețelele sociale'],
  hu: ['közösségi médiában'],
  he: ['ברשתות החברתיות'],
  fi: ['sosiaalisessa mediassa'],
  bg: ['социалните мрежи']
}
