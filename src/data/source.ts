import type {Lexicon} from './lexicon.js'

/**
 * Labels of a lone source line, lower case, before a colon: `Source:
 * Reuters`, `Quelle: dpa`, `Source : AFP`, `Fuente: EFE`, `Źródło: rp.pl`,
 * `Источник: ТАСС`, `出典：共同通信`, `来源：新华社`, `출처: 연합뉴스`,
 * `Sumber: Antara`, `Nguồn: TTXVN`, `Via: The Verge`.
 *
 * ###### Notes
 * Each is an ordinary word (`Quelle`, `source`, `kaynak`), so the colon and
 * a short name after it are required.
 */
export const sourceLabels: Lexicon = {
  en: ['source', 'sources', 'via'],
  de: ['quelle', 'quellen'],
  fr: ['source', 'sources'],
  es: ['fuente', 'fuentes'],
  it: ['fonte', 'fonti'],
  pt: ['fonte', 'fontes'],
  nl: ['bron', 'bronnen'],
  pl: ['źródła', 'źródło'],
  sv: ['källa', 'källor'],
  da: ['kilde', 'kilder'],
  nb: ['kilde', 'kilder'],
  cs: ['převzato z', 'zdroj', 'zdroje'],
  tr: ['kaynak', 'kaynaklar'],
  ru: ['источник', 'источники'],
  uk: ['джерела', 'джерело'],
  ja: ['出典', '出所', '引用元', '情報元', '情報源'],
  zh: ['來源', '出处', '文章来源', '文章來源', '新闻来源', '来源', '消息来源', '資料來源', '资料来源'],
  ko: ['자료 출처', '출처'],
  id: ['sumber'],
  vi: ['nguồn', 'nguồn tin'],
  ar: ['المصادر', 'المصدر'],
  fa: ['منابع', 'منبع'],
  el: ['πηγές', 'πηγή'],
  ro: ['sursa', 'sursă', 'surse'],
  hu: ['forrás', 'források'],
  he: ['מקור', 'מקורות'],
  hi: ['इनपुट', 'सोर्स', 'स्रोत'],
  th: ['ที่มา', 'แหล่งที่มา'],
  fi: ['lähde', 'lähteet'],
  bg: ['източник', 'източници']
}

/**
 * Phrases that open a syndication note in the other languages, lower case,
 * before the place it first appeared: `Dieser Artikel erschien zuerst auf
 * Zeit Online`, `Cet article a été initialement publié sur The
 * Conversation`, `Este artículo fue publicado originalmente en The
 * Conversation`, `本文首发于澎湃新闻`.
 *
 * ###### Notes
 * A short preposition may follow (`auf`, `sur`, `en`); the place is judged
 * as in English: a date or a page there makes an editor’s note, kept.
 */
export const firstPublished: Lexicon = {
  de: ['dieser artikel erschien zuerst', 'dieser beitrag erschien zuerst', 'erstmals erschienen', 'erstmals veröffentlicht', 'ursprünglich erschienen', 'ursprünglich veröffentlicht', 'zuerst erschienen', 'zuerst veröffentlicht'],
  fr: ['article publié à l’origine', "article publié à l'origine", 'cet article a d’abord été publié', 'cet article a été initialement publié', 'cet article a été publié initialement', 'cet article a été publié à l’origine', "cet article a été publié à l'origine", 'initialement publié', 'publié initialement', 'publié à l’origine', "publié à l'origine"],
  es: ['este artículo fue publicado originalmente', 'este artículo se publicó originalmente', 'publicado originalmente'],
  it: ['articolo originale pubblicato', 'articolo originariamente pubblicato', 'originariamente pubblicato', 'pubblicato originariamente', 'questo articolo è stato pubblicato originariamente'],
  pt: ['este artigo foi publicado originalmente', 'publicado originalmente'],
  nl: ['dit artikel is oorspronkelijk gepubliceerd', 'dit artikel verscheen eerder', 'dit artikel verscheen oorspronkelijk', 'oorspronkelijk gepubliceerd'],
  pl: ['artykuł pierwotnie ukazał się', 'artykuł ukazał się pierwotnie', 'pierwotnie opublikowano', 'tekst pierwotnie ukazał się', 'tekst ukazał się pierwotnie'],
  sv: ['artikeln publicerades först', 'publicerades ursprungligen', 'texten publicerades först'],
  da: ['artiklen blev først bragt', 'artiklen blev oprindeligt bragt', 'oprindeligt bragt'],
  nb: ['artikkelen ble først publisert', 'opprinnelig publisert', 'saken ble først publisert'],
  cs: ['původně publikováno', 'článek původně vyšel'],
  tr: ['bu haber ilk olarak', 'bu makale ilk olarak', 'bu yazı ilk olarak'],
  ru: ['впервые опубликовано', 'материал впервые опубликован', 'статья впервые опубликована'],
  uk: ['вперше опубліковано', 'матеріал вперше опубліковано', 'статтю вперше опубліковано'],
  zh: ['原文首发于', '本文首发于', '首发于', '本文转载自', '转载自'],
  id: ['artikel ini pertama kali terbit', 'artikel ini telah tayang', 'pertama kali dipublikasikan'],
  vi: ['bài viết được đăng lần đầu', 'bài viết được đăng lần đầu tiên'],
  el: [
    'δημοσιεύθηκε αρχικά',
    'δημοσιεύτηκε αρχικά',
    'πρώτη δημοσίευση',
    'το άρθρο δημοσιεύθηκε αρχικά',
    'το άρθρο δημοσιεύτηκε αρχικά'
  ],
  ro: ['acest articol a fost publicat inițial', 'articolul a fost publicat inițial', 'publicat inițial'],
  he: ['הכתבה פורסמה במקור', 'הכתבה פורסמה לראשונה', 'פורסם במקור', 'פורסם לראשונה', 'פורסמה לראשונה'],
  th: ['บทความนี้เผยแพร่ครั้งแรก', 'เผยแพร่ครั้งแรก'],
  fi: ['artikkeli on julkaistu alun perin', 'artikkeli julkaistiin alun perin', 'julkaistu alun perin', 'juttu on julkaistu alun perin'],
  bg: [
    'материалът е публикуван първоначално',
    'първоначално публикувана',
    'статията е публикувана първоначално',
    'тази статия е публикувана първоначално'
  ]
}

/**
 * Words of a data source under a chart or table (`Source: Bureau of Labor
 * Statistics`, `Quelle: Statistisches Bundesamt`, `Fuente: INE`), lower
 * case: such a source line belongs to the figure, as a caption does, and
 * is kept.
 *
 * ###### Notes
 * Seen on the dev set, under the charts of news and finance pages. Whole
 * words: `Bundesamt` is one, `Ämter` is not `amt`.
 */
export const dataWords: Lexicon = {
  en: [
    'analysis',
    'bureau',
    'census',
    'data',
    'database',
    'estimate',
    'estimates',
    'figures',
    'index',
    'ministry',
    'office',
    'poll',
    'report',
    'statistics',
    'study',
    'survey'
  ],
  de: ['bundesamt', 'daten', 'destatis', 'eurostat', 'landesamt', 'statistik', 'statistisches', 'studie', 'umfrage'],
  fr: ['données', 'enquête', 'insee', 'ministère', 'rapport', 'sondage', 'statistiques', 'étude'],
  es: ['datos', 'encuesta', 'estadística', 'estudio', 'ine', 'informe', 'ministerio'],
  it: ['dati', 'indagine', 'istat', 'ministero', 'rapporto', 'sondaggio', 'statistica'],
  pt: ['dados', 'ibge', 'inquérito', 'ministério', 'pesquisa', 'relatório'],
  nl: ['cbs', 'cijfers', 'gegevens', 'onderzoek', 'peiling'],
  pl: ['badanie', 'dane', 'gus', 'raport', 'sondaż'],
  sv: ['scb', 'statistik', 'undersökning'],
  da: ['danmarks statistik', 'statistik', 'undersøgelse'],
  nb: ['ssb', 'statistikk', 'undersøkelse'],
  cs: ['data', 'průzkum', 'údaje', 'čsú'],
  tr: ['araştırma', 'tüik', 'veri', 'veriler'],
  ru: ['данные', 'опрос', 'росстат', 'статистика'],
  uk: ['даними', 'дані', 'опитування', 'статистика'],
  ja: ['データ', '統計', '調査'],
  zh: ['数据', '统计', '统计局', '調查', '调查'],
  ko: ['자료', '조사', '통계'],
  id: ['bps', 'data', 'survei'],
  vi: ['khảo sát', 'số liệu', 'thống kê'],
  ar: ['إحصاءات', 'استطلاع', 'الإحصاء', 'البيانات', 'بيانات', 'تقرير', 'دراسة', 'وزارة'],
  fa: ['آمار', 'داده‌ها', 'گزارش', 'نظرسنجی', 'وزارت', 'پژوهش'],
  el: ['δεδομένα', 'δημοσκόπηση', 'ελστατ', 'έκθεση', 'έρευνα', 'στοιχεία', 'υπουργείο'],
  ro: ['date', 'ins', 'ministerul', 'raport', 'sondaj', 'statistică', 'studiu'],
  hu: ['adatok', 'felmérés', 'jelentés', 'ksh', 'kutatás', 'statisztika'],
  he: ['דוח', 'הלמ"ס', 'הלמ״ס', 'לסטטיסטיקה', 'מחקר', 'משרד', 'נתוני', 'נתונים', 'סקר'],
  hi: ['अध्ययन', 'आंकड़े', 'आँकड़े', 'डेटा', 'मंत्रालय', 'रिपोर्ट', 'सर्वे', 'सर्वेक्षण'],
  th: ['ข้อมูล', 'ผลสำรวจ', 'รายงาน', 'สถิติ', 'สำนักงานสถิติแห่งชาติ'],
  fi: ['kysely', 'ministeriö', 'raportti', 'selvitys', 'tilasto', 'tilastokeskus', 'tilastokeskuksen', 'tilastot', 'tutkimus'],
  bg: ['данни', 'данните', 'доклад', 'евростат', 'министерство', 'нси', 'проучване', 'статистика']
}

/**
 * Words after `published on` that make a syndication note an editor’s note
 * or a print reference, kept (`on page 28 of …`, `on Monday`, `auf Seite 3
 * der Ausgabe`), lower case; month and weekday names (`on August 27, 2015`)
 * are those of `timestamp.ts`.
 */
export const noteWords: Lexicon = {
  en: ['friday', 'monday', 'page', 'pages', 'saturday', 'sunday', 'thursday', 'tuesday', 'wednesday'],
  de: ['ausgabe', 'seite'],
  fr: ['page', 'édition'],
  es: ['edición', 'página'],
  it: ['edizione', 'pagina'],
  pt: ['edição', 'página'],
  nl: ['editie', 'pagina'],
  pl: ['stronie', 'wydaniu'],
  sv: ['sidan', 'upplagan'],
  da: ['side', 'udgaven'],
  nb: ['side', 'utgaven'],
  cs: ['straně', 'vydání'],
  tr: ['sayfa', 'sayısında'],
  ru: ['номере', 'странице'],
  uk: ['номері', 'сторінці'],
  id: ['edisi', 'halaman'],
  vi: ['số', 'trang'],
  ar: ['العدد', 'صفحة'],
  fa: ['شماره', 'صفحه'],
  el: ['έκδοση', 'σελίδα', 'φύλλο'],
  ro: ['ediția', 'numărul', 'pagina'],
  hu: ['oldalon', 'számában'],
  he: ['בגיליון', 'בעמוד', 'גיליון', 'עמוד'],
  hi: ['अंक', 'पृष्ठ', 'पेज'],
  th: ['ฉบับ', 'ฉบับที่', 'หน้า'],
  fi: ['numerossa', 'painetussa', 'sivulla'],
  bg: ['брой', 'броя', 'страница']
}
