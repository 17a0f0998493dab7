import type {Lexicon} from './lexicon.js'

/**
 * Arabic `Read also`, as sites spell it: with and without the hamza of
 * `إقرأ`, the tanween of `أيضاً` written or not (a heading, and a label before
 * a headline).
 */
const arabicReadAlso: ReadonlyArray<string> = ['اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ أيضًا', 'إقرأ أيضا', 'إقرأ أيضاً']

/**
 * Headings of related-content boxes, lower case, without trailing
 * punctuation (`Related Posts:`, `MOST READ`, `Lesen Sie auch`, `■関連記事`
 * and `【関連記事】` match).
 *
 * ###### Notes
 * English seen on news sites and blogs of the dev set (CleanEval, L3S-GN1,
 * CleanPortalEval, Scrapinghub, WCXB inputs) and in the seed articles; the
 * other languages are the headings of their news sites and of blog themes.
 * A heading matches as a whole line only, and takes the lines under it only
 * while they read as headlines (no sentence of prose), so a single word
 * (`Relacionados`, `Polecamy`, `Terpopuler`) is safe: alone on its line it
 * is not prose in any language. The headings of boxes that close an article
 * in the other languages are `closingHeadings`, which the locator reads too.
 */
export const relatedHeadings: Lexicon = {
  en: [
    'also read',
    "editor's picks",
    'editor’s picks',
    'latest headlines',
    'latest news',
    'latest posts',
    'latest stories',
    'more like this',
    'more on',
    'more on this story',
    'more on this topic',
    'more stories',
    'more trending',
    'most commented',
    'most e-mailed',
    'most emailed',
    'most popular',
    'most popular articles',
    'most popular now',
    'most popular stories',
    'most read',
    'most read articles',
    'most read stories',
    'most shared',
    'most viewed',
    'popular articles',
    'popular posts',
    'popular stories',
    'read also',
    'read next',
    'recent articles',
    'recent posts',
    'recommended',
    'recommended articles',
    'recommended for you',
    'recommended reading',
    'recommended stories',
    'related',
    'related articles',
    'related blog posts',
    'related content',
    'related coverage',
    'related links',
    'related news',
    'related posts',
    'related questions',
    'related reading',
    'related stories',
    'related threads',
    'related videos',
    'see also',
    'similar articles',
    'similar posts',
    'similar questions',
    'similar threads',
    'top stories',
    'trending',
    'trending news',
    'trending now',
    'trending stories',
    'watch next',
    'you may also like',
    'you may like',
    'you might also like',
    'you might like'
  ],
  de: [
    'am meisten gelesen',
    'auch interessant',
    'aus dem ressort',
    'beliebte artikel',
    'die redaktion empfiehlt',
    'die sportredaktion empfiehlt',
    'empfehlungen der redaktion',
    'lesen sie auch',
    'mehr artikel',
    'mehr aus dem ressort',
    'meist gelesen',
    'neueste artikel',
    'neueste beiträge',
    'passend zum thema',
    'unsere redaktion empfiehlt',
    'verwandte beiträge',
    'weitere meldungen',
    'weitere nachrichten',
    'zum thema'
  ],
  fr: [
    'a lire aussi',
    'articles recommandés',
    'ces articles peuvent vous intéresser',
    'derniers articles',
    'les plus commentés',
    'les plus partagés',
    'les plus populaires',
    'lire aussi',
    'lire également',
    'sur le même thème',
    'voir aussi',
    'vous pourriez aimer',
    'à découvrir aussi',
    'à lire aussi',
    'à lire également',
    'à voir aussi'
  ],
  es: [
    'contenido relacionado',
    'le puede interesar',
    'lea también',
    'lee también',
    'lo más popular',
    'más leídos',
    'más noticias',
    'más sobre este tema',
    'noticia relacionada',
    'otras noticias',
    'publicaciones relacionadas',
    'puede interesarte',
    'quizás te interese',
    'relacionadas',
    'relacionado',
    'relacionados',
    'también te podría interesar',
    'ver también',
    'últimas noticias'
  ],
  it: [
    'altri articoli su questo tema',
    'altre notizie',
    'correlati',
    'le più lette',
    'leggi anche',
    'più lette',
    'più letti',
    'potrebbe interessarti anche',
    'sullo stesso argomento',
    'ti potrebbe interessare anche',
    'ti potrebbe piacere anche',
    'ultime notizie',
    'vedi anche'
  ],
  pt: [
    'as mais lidas',
    'conteúdo relacionado',
    'leia também',
    'mais notícias',
    'mais vistos',
    'pode também gostar',
    'relacionados',
    'também lhe pode interessar',
    'também pode interessar',
    'veja também',
    'você pode gostar também',
    'últimas notícias'
  ],
  nl: [
    'dit vind je misschien ook interessant',
    'aanbevolen',
    'gerelateerd',
    'laatste nieuws',
    'lees ook',
    'meer nieuws',
    'meer over dit onderwerp',
    'misschien ook interessant',
    'ook interessant',
    'populaire artikelen',
    'recente berichten',
    'zie ook'
  ],
  pl: [
    'czytaj również',
    'czytaj także',
    'czytaj też',
    'najnowsze artykuły',
    'najpopularniejsze',
    'ostatnie wpisy',
    'polecamy',
    'polecane',
    'powiązane wpisy',
    'przeczytaj również',
    'przeczytaj także',
    'przeczytaj też',
    'to może cię zainteresować',
    'więcej na ten temat',
    'zobacz również',
    'zobacz także',
    'zobacz też'
  ],
  sv: [
    'fler nyheter',
    'läs också',
    'läs även',
    'mer om ämnet',
    'relaterat',
    'se även',
    'senaste nyheterna'
  ],
  da: [
    'flere nyheder',
    'læs også',
    'mest læst',
    'populære artikler',
    'relateret',
    'se også',
    'seneste nyheder'
  ],
  nb: [
    'anbefalt',
    'flere nyheter',
    'les også',
    'populære artikler',
    'relatert',
    'relaterte saker',
    'se også',
    'siste nytt'
  ],
  cs: [
    'další články k tématu',
    'další články',
    'doporučujeme',
    'k tématu',
    'nejnovější zprávy',
    'nejnovější články',
    'přečtěte si také',
    'přečtěte si též',
    'související',
    'více k tématu',
    'čtěte také',
    'čtěte též'
  ],
  tr: [
    'ayrıca bakınız',
    'bunlar da ilginizi çekebilir',
    'daha fazla haber',
    'en çok okunan haberler',
    'son haberler',
    'önerilen haberler'
  ],
  ru: [
    'другие новости',
    'еще по теме',
    'ещё по теме',
    'по теме',
    'популярное',
    'последние новости',
    'рекомендуем',
    'самое популярное',
    'связанные статьи',
    'смотрите также',
    'читайте также',
    'читайте тоже'
  ],
  uk: [
    'вас може зацікавити',
    'більше на тему',
    'дивіться також',
    'за темою',
    'найпопулярніше',
    'останні новини',
    'по темі',
    'популярне',
    'рекомендуємо',
    'читайте також',
    'інші новини'
  ],
  ja: [
    'あなたにおすすめ',
    'あわせて読みたい',
    'こちらの記事もおすすめ',
    'こちらもおすすめ',
    '合わせて読みたい',
    '最新記事',
    '関連する記事'
  ],
  zh: [
    '大家都在看',
    '您可能还喜欢',
    '推荐阅读',
    '推薦閱讀',
    '更多新闻',
    '最新文章',
    '热门推荐',
    '热门新闻',
    '熱門文章',
    '相關閱讀'
  ],
  ko: [
    '관련 글',
    '관련글',
    '관련뉴스',
    '이 기사와 함께 본 기사',
    '인기기사',
    '주요 뉴스',
    '최신 기사',
    '추천 기사'
  ],
  id: [
    'rekomendasi untuk anda',
    'artikel lainnya',
    'artikel terbaru',
    'baca juga',
    'berita lainnya',
    'berita terbaru',
    'lihat juga',
    'pos terkait',
    'simak juga',
    'terpopuler'
  ],
  vi: [
    'bài viết mới nhất',
    'bạn có thể thích',
    'tin khác',
    'tin mới nhất',
    'tin nổi bật',
    'xem nhiều nhất',
    'xem thêm',
    'đọc thêm'
  ],
  ar: [
    ...arabicReadAlso,
    'آخر الأخبار',
    'أحدث المقالات',
    'الأكثر مشاهدة',
    'المزيد من الأخبار',
    'ذات صلة',
    'قد يهمك'
  ],
  fa: ['آخرین اخبار', 'بیشتر بخوانید', 'همچنین بخوانید', 'نوشته‌های تازه', 'نوشته های تازه'],
  el: [
    'διαβάστε ακόμη',
    'διαβάστε επίσης',
    'δείτε επίσης',
    'δημοφιλή',
    'πρόσφατα άρθρα',
    'τελευταία νέα',
    'τελευταίες ειδήσεις'
  ],
  ro: ['articole recente', 'articole recomandate', 'citește și', 'citeşte şi', 'ultimele știri', 'vezi și'],
  hu: [
    'ajánljuk',
    'friss hírek',
    'kapcsolódó',
    'legfrissebb hírek',
    'legnépszerűbb',
    'legutóbbi bejegyzések',
    'további hírek'
  ],
  he: [
    'חדשות אחרונות',
    'כתבות נוספות',
    'מומלצים',
    'עוד בנושא',
    'עוד כתבות',
    'פוסטים אחרונים',
    'קראו גם'
  ],
  hi: [
    'अन्य खबरें',
    'इसे भी पढ़ें',
    'ताजा खबरें',
    'ताज़ा ख़बरें',
    'ताज़ा खबरें',
    'यह भी पढ़ें',
    'ये भी पढ़ें'
  ],
  th: ['ข่าวยอดนิยม', 'ข่าวล่าสุด', 'ข่าวแนะนำ', 'บทความล่าสุด', 'บทความแนะนำ'],
  fi: [
    'katso myös',
    'lisää aiheesta',
    'lue myös',
    'muut uutiset',
    'suosittelemme',
    'toimitus suosittelee',
    'tuoreimmat uutiset',
    'uusimmat uutiset',
    'viimeisimmät artikkelit'
  ],
  bg: [
    'виж още',
    'вижте още',
    'още новини',
    'още по темата',
    'последни новини',
    'последни публикации',
    'прочетете още',
    'препоръчано'
  ]
}

/**
 * Headings of related-content boxes that close an article, in the other
 * languages (English: `src/data/tail.ts`): the related rule strips them with
 * their teasers, and the locator reads them as the start of the page’s tail.
 *
 * ###### Notes
 * Not `Lesen Sie auch`, `Lire aussi`, `Leggi anche`, `Leia também`, `Lees
 * ook`, `Czytaj też`, `Читайте также`, `Baca juga`, `Xem thêm`
 * (`relatedHeadings`): news sites put those boxes inside the body.
 */
export const closingHeadings: Lexicon = {
  de: [
    'das könnte sie auch interessieren',
    'das könnte sie interessieren',
    'mehr zum thema',
    'meistgelesen',
    'meistgelesene artikel',
    'unsere empfehlungen',
    'verwandte artikel',
    'weitere artikel',
    'weitere beiträge',
    'ähnliche artikel',
    'ähnliche beiträge'
  ],
  fr: [
    'articles connexes',
    'articles liés',
    'articles similaires',
    'dans la même rubrique',
    'les plus lus',
    'sur le même sujet',
    'vous aimerez aussi',
    'vous aimerez peut-être aussi',
    'vous pourriez aussi aimer'
  ],
  es: [
    'artículos relacionados',
    'entradas relacionadas',
    'lo más leído',
    'lo más visto',
    'más leídas',
    'noticias relacionadas',
    'también te puede interesar',
    'te podría interesar',
    'te puede interesar'
  ],
  it: [
    'articoli correlati',
    'i più letti',
    'notizie correlate',
    'post correlati',
    'potrebbe interessarti',
    'potrebbe piacerti anche',
    'ti potrebbe interessare'
  ],
  pt: [
    'artigos relacionados',
    'mais lidas',
    'mais lidos',
    'matérias relacionadas',
    'notícias relacionadas',
    'posts relacionados',
    'você pode gostar',
    'você também pode gostar'
  ],
  nl: [
    'dit vind je misschien ook leuk',
    'gerelateerde artikelen',
    'gerelateerde berichten',
    'meest gelezen'
  ],
  pl: [
    'mogą cię zainteresować',
    'może cię zainteresować',
    'najczęściej czytane',
    'najnowsze',
    'podobne artykuły',
    'podobne wpisy',
    'polecane',
    'polecane artykuły',
    'powiązane',
    'powiązane artykuły'
  ],
  sv: [
    'du kanske också gillar',
    'liknande inlägg',
    'mest läst',
    'mest lästa',
    'relaterade artiklar',
    'relaterade inlägg'
  ],
  da: [
    'du vil måske også kunne lide',
    'lignende indlæg',
    'mest læste',
    'relaterede artikler',
    'relaterede indlæg'
  ],
  nb: [
    'du vil kanskje også like',
    'lignende innlegg',
    'mest lest',
    'mest leste',
    'relaterte artikler',
    'relaterte innlegg'
  ],
  cs: [
    'mohlo by vás také zajímat',
    'mohlo by vás zajímat',
    'nejčtenější',
    'nejčtenější články',
    'podobné články',
    'související články'
  ],
  tr: [
    'benzer haberler',
    'benzer yazılar',
    'bunları da beğenebilirsiniz',
    'en çok okunanlar',
    'ilgili haberler',
    'ilgili yazılar',
    'ilginizi çekebilir'
  ],
  ru: [
    'вам может быть интересно',
    'вам также может понравиться',
    'материалы по теме',
    'новости по теме',
    'похожие новости',
    'похожие статьи',
    'самое читаемое'
  ],
  uk: [
    'вам може бути цікаво',
    'матеріали за темою',
    'найчитаніше',
    'новини за темою',
    'схожі новини',
    'схожі статті'
  ],
  ja: [
    'おすすめ記事',
    'この記事を読んだ人はこんな記事も読んでいます',
    'よく読まれている記事',
    'アクセスランキング',
    '人気記事',
    '関連ニュース',
    '関連記事'
  ],
  zh: [
    '你可能还喜欢',
    '延伸閱讀',
    '延伸阅读',
    '热门文章',
    '猜你喜欢',
    '相关推荐',
    '相关文章',
    '相关新闻',
    '相关阅读',
    '相關文章',
    '相關新聞'
  ],
  ko: [
    '관련 기사',
    '관련 뉴스',
    '관련기사',
    '많이 본 기사',
    '많이 본 뉴스',
    '인기 기사',
    '함께 보면 좋은 기사'
  ],
  id: [
    'anda mungkin juga suka',
    'artikel terkait',
    'berita terkait',
    'berita terpopuler',
    'paling banyak dibaca'
  ],
  vi: [
    'bài liên quan',
    'bài viết liên quan',
    'có thể bạn quan tâm',
    'tin cùng chuyên mục',
    'tin liên quan',
    'đọc nhiều nhất'
  ],
  ar: [
    'أخبار ذات صلة',
    'الأكثر قراءة',
    'قد يعجبك أيضا',
    'قد يعجبك أيضاً',
    'مقالات ذات صلة',
    'مواضيع ذات صلة'
  ],
  fa: [
    'اخبار مرتبط',
    'مطالب مرتبط',
    'پربازدیدترین',
    'پربازدیدترین‌ها',
    'پربازدیدترین ها'
  ],
  el: [
    'μπορεί να σας ενδιαφέρει',
    'σχετικά άρθρα',
    'σχετικά θέματα',
    'σχετικές ειδήσεις',
    'τα πιο δημοφιλή'
  ],
  ro: [
    'articole asemănătoare',
    'articole similare',
    'cele mai citite',
    'te-ar putea interesa'
  ],
  hu: [
    'ezek is érdekelhetnek',
    'hasonló cikkek',
    'kapcsolódó cikkek',
    'kapcsolódó hírek',
    'legolvasottabb'
  ],
  he: [
    'אולי יעניין אותך',
    'הכי נקראים',
    'הנקראים ביותר',
    'כתבות קשורות',
    'מאמרים קשורים',
    'פוסטים קשורים'
  ],
  hi: [
    'संबंधित खबरें',
    'संबंधित ख़बरें',
    'संबंधित लेख',
    'सबसे ज्यादा पढ़ी गई',
    'सबसे ज़्यादा पढ़ी गई'
  ],
  th: [
    'ข่าวที่เกี่ยวข้อง',
    'คุณอาจสนใจ',
    'บทความที่เกี่ยวข้อง',
    'บทความที่น่าสนใจ',
    'เรื่องที่เกี่ยวข้อง'
  ],
  fi: [
    'aiheeseen liittyvät',
    'aiheeseen liittyvät artikkelit',
    'aiheeseen liittyvää',
    'luetuimmat',
    'luetuimmat uutiset',
    'samasta aiheesta',
    'sinua voisi kiinnostaa'
  ],
  bg: [
    'може да ви интересува',
    'най-четени',
    'подобни новини',
    'подобни статии',
    'свързани новини',
    'свързани статии'
  ]
}

/**
 * First two words of a heading that names a site, a section or a topic after
 * them: `Also on rt.com`, `More from Sports`, `Mehr zum Thema Hitzeschäden`,
 * `Más sobre Sánchez`.
 *
 * ###### Notes
 * A line of at most six words that does not end like a sentence, so
 * `Mehr zum Preis sagte er nichts.` is kept; not `plus de`, `más de` (`Más de
 * 300 heridos` is a headline of the article).
 */
export const relatedPrefixes: Lexicon = {
  en: [
    'also in',
    'also on',
    'more from',
    'more on',
    'most read'
  ],
  de: [
    'mehr aus',
    'mehr von',
    'mehr zu',
    'mehr zum',
    'weitere artikel'
  ],
  es: [
    'más noticias',
    'más sobre'
  ],
  it: [
    'altre notizie'
  ],
  pt: [
    'mais notícias',
    'mais sobre'
  ],
  nl: [
    'meer nieuws',
    'meer over'
  ],
  sv: [
    'mer från',
    'mer om'
  ],
  da: [
    'mere fra',
    'mere om'
  ],
  nb: [
    'mer fra',
    'mer om'
  ],
  ru: [
    'еще по',
    'ещё по'
  ],
  hu: [
    'további cikkek',
    'további hírek'
  ],
  fi: [
    'lisää aiheesta'
  ],
  bg: [
    'още от'
  ]
}

/**
 * Labels that start a one-line cross link: `READ MORE: <headline>`, `Lesen
 * Sie auch: <headline>`, `Czytaj też: <headline>`, `【関連記事】<headline>`.
 *
 * ###### Notes
 * Only with a colon (or in `【】`) and a headline after it: a sentence of
 * prose after the label (`Подробнее: в документе сказано, что…`) is kept.
 */
export const relatedLabels: Lexicon = {
  en: [
    'also read',
    'also see',
    'read also',
    'read more',
    'read next',
    'recommended',
    'related',
    'related article',
    'related story',
    'see also'
  ],
  de: [
    'auch interessant',
    'lesen sie auch',
    'lesen sie mehr',
    'mehr zum thema',
    'siehe auch',
    'zum artikel',
    'zum thema'
  ],
  fr: [
    'a lire aussi',
    'lire aussi',
    'lire également',
    'sur le même sujet',
    'voir aussi',
    'à lire aussi',
    'à lire également',
    'à voir aussi'
  ],
  es: [
    'lea más',
    'lea también',
    'lee más',
    'lee también',
    'leer más',
    'noticia relacionada',
    'relacionada',
    'relacionado',
    'te puede interesar',
    'ver también'
  ],
  it: [
    'correlato',
    'leggi anche',
    'potrebbe interessarti',
    'vedi anche'
  ],
  pt: [
    'leia mais',
    'leia também',
    'relacionado',
    'saiba mais',
    'veja mais',
    'veja também'
  ],
  nl: [
    'gerelateerd',
    'lees meer',
    'lees ook',
    'ook interessant',
    'zie ook'
  ],
  pl: [
    'czytaj również',
    'czytaj także',
    'czytaj też',
    'czytaj więcej',
    'polecamy',
    'przeczytaj również',
    'przeczytaj także',
    'przeczytaj też',
    'zobacz również',
    'zobacz także',
    'zobacz też'
  ],
  sv: [
    'läs mer',
    'läs också',
    'läs även',
    'relaterat',
    'se även'
  ],
  da: [
    'læs mere',
    'læs også',
    'relateret',
    'se også'
  ],
  nb: [
    'les mer',
    'les også',
    'relatert',
    'se også'
  ],
  cs: [
    'mohlo by vás zajímat',
    'přečtěte si také',
    'související',
    'čtěte také',
    'čtěte též'
  ],
  tr: [
    'ayrıca okuyun',
    'ayrıca okuyunuz',
    'ayrıca bakınız',
    'ayrıca oku',
    'ilgili haber',
    'ilgili haberler',
    'önerilen haber'
  ],
  ru: [
    'по теме',
    'подробнее',
    'смотрите также',
    'читайте также',
    'читайте тоже'
  ],
  uk: [
    'детальніше',
    'дивіться також',
    'за темою',
    'по темі',
    'також читайте',
    'читайте також'
  ],
  ja: [
    'あわせて読みたい',
    'こちらもおすすめ',
    '合わせて読みたい',
    '関連',
    '関連記事'
  ],
  zh: [
    '延伸閱讀',
    '延伸阅读',
    '推荐阅读',
    '推薦閱讀',
    '相关文章',
    '相关新闻',
    '相关阅读',
    '相關新聞',
    '相關閱讀'
  ],
  ko: [
    '관련 기사',
    '관련 뉴스',
    '관련기사',
    '관련뉴스',
    '함께 보면 좋은 기사'
  ],
  id: [
    'artikel terkait',
    'baca juga',
    'berita terkait',
    'lihat juga',
    'simak juga'
  ],
  vi: [
    'tin liên quan',
    'xem thêm',
    'đọc thêm'
  ],
  ar: [
    ...arabicReadAlso,
    'اقرأ المزيد',
    'ذات صلة'
  ],
  fa: [
    'بخوانید',
    'بیشتر بخوانید',
    'همچنین بخوانید'
  ],
  el: [
    'διαβάστε ακόμη',
    'διαβάστε επίσης',
    'διαβάστε περισσότερα',
    'δείτε επίσης'
  ],
  ro: [
    'citește și',
    'citeşte şi',
    'vezi și'
  ],
  hu: [
    'kapcsolódó',
    'kapcsolódó cikk',
    'lásd még'
  ],
  he: [
    'כתבה קשורה',
    'עוד בנושא',
    'קרא גם',
    'קרא עוד',
    'קראו גם',
    'קראו עוד'
  ],
  hi: [
    'इसे भी पढ़ें',
    'और पढ़ें',
    'यह भी पढ़ें',
    'यह भी देखें',
    'ये भी पढ़ें',
    'ये भी देखें'
  ],
  th: [
    'ข่าวที่เกี่ยวข้อง',
    'บทความที่เกี่ยวข้อง',
    'อ่านข่าวที่เกี่ยวข้อง',
    'อ่านเพิ่มเติม'
  ],
  fi: [
    'katso myös',
    'lue lisää',
    'lue myös',
    'lisää aiheesta'
  ],
  bg: [
    'виж още',
    'вижте още',
    'още по темата',
    'прочетете още',
    'прочетете също',
    'прочети още'
  ]
}

/**
 * What a teaser line ends in after a bar, as the link to the story it
 * announces (`Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand
 * | mehr`, `… | audio`, `… | video`), lower case.
 */
export const moreLinks: Lexicon = {
  en: ['audio', 'gallery', 'more', 'photos', 'podcast', 'read more', 'video'],
  de: ['audio', 'bilder', 'bildergalerie', 'galerie', 'mehr', 'podcast', 'video', 'weiterlesen'],
  fr: ['audio', 'en savoir plus', 'lire la suite', 'plus', 'vidéo'],
  es: ['audio', 'leer más', 'más', 'vídeo', 'video'],
  it: ['altro', 'audio', 'foto', 'leggi', 'video'],
  pt: ['leia mais', 'mais', 'vídeo'],
  nl: ['lees meer', 'meer', 'video'],
  pl: ['czytaj więcej', 'wideo', 'więcej'],
  sv: ['läs mer', 'mer', 'video'],
  da: ['læs mere', 'mere', 'video'],
  nb: ['les mer', 'mer', 'video'],
  cs: ['číst dál', 'video', 'více'],
  tr: ['daha fazla', 'devamı', 'video'],
  ru: ['видео', 'далее', 'подробнее'],
  uk: ['відео', 'далі', 'детальніше'],
  ja: ['もっと見る', '動画', '続きを読む'],
  zh: ['更多', '视频', '阅读更多'],
  ko: ['더보기', '동영상'],
  id: ['baca selengkapnya', 'selengkapnya', 'video'],
  vi: ['video', 'xem thêm'],
  ar: ['اقرأ المزيد', 'المزيد'],
  fa: ['ادامه مطلب', 'بیشتر'],
  el: ['διαβάστε περισσότερα', 'περισσότερα'],
  ro: ['citește mai mult', 'detalii', 'mai mult', 'video'],
  hu: ['bővebben', 'tovább'],
  he: ['המשך קריאה', 'עוד', 'קרא עוד', 'קראו עוד'],
  hi: ['आगे पढ़ें', 'और पढ़ें'],
  th: ['อ่านต่อ', 'อ่านเพิ่มเติม'],
  fi: ['lue lisää', 'lisää', 'video'],
  bg: ['виж още', 'видео', 'още', 'прочетете още']
}
