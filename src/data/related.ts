import type {Lexicon} from './lexicon.js'

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
 * is not prose in any language.
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
    'related reading',
    'related stories',
    'related videos',
    'see also',
    'similar articles',
    'similar posts',
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
    'beliebte artikel',
    'das könnte sie auch interessieren',
    'das könnte sie interessieren',
    'empfehlungen der redaktion',
    'lesen sie auch',
    'mehr artikel',
    'mehr zum thema',
    'meist gelesen',
    'meistgelesen',
    'meistgelesene artikel',
    'neueste artikel',
    'neueste beiträge',
    'passend zum thema',
    'unsere empfehlungen',
    'verwandte artikel',
    'verwandte beiträge',
    'weitere artikel',
    'weitere beiträge',
    'weitere nachrichten',
    'zum thema',
    'ähnliche artikel',
    'ähnliche beiträge'
  ],
  fr: [
    'a lire aussi',
    'articles connexes',
    'articles liés',
    'articles recommandés',
    'articles similaires',
    'ces articles peuvent vous intéresser',
    'dans la même rubrique',
    'derniers articles',
    'les plus commentés',
    'les plus lus',
    'les plus partagés',
    'les plus populaires',
    'lire aussi',
    'lire également',
    'sur le même sujet',
    'sur le même thème',
    'voir aussi',
    'vous aimerez aussi',
    'vous aimerez peut-être aussi',
    'vous pourriez aimer',
    'vous pourriez aussi aimer',
    'à découvrir aussi',
    'à lire aussi',
    'à lire également',
    'à voir aussi'
  ],
  es: [
    'artículos relacionados',
    'contenido relacionado',
    'entradas relacionadas',
    'le puede interesar',
    'lea también',
    'lee también',
    'lo más leído',
    'lo más popular',
    'lo más visto',
    'más leídas',
    'más leídos',
    'más noticias',
    'más sobre este tema',
    'noticia relacionada',
    'noticias relacionadas',
    'otras noticias',
    'publicaciones relacionadas',
    'puede interesarte',
    'quizás te interese',
    'relacionadas',
    'relacionado',
    'relacionados',
    'también te podría interesar',
    'también te puede interesar',
    'te podría interesar',
    'te puede interesar',
    'ver también',
    'últimas noticias'
  ],
  it: [
    'altre notizie',
    'articoli correlati',
    'correlati',
    'i più letti',
    'le più lette',
    'leggi anche',
    'notizie correlate',
    'più lette',
    'più letti',
    'post correlati',
    'potrebbe interessarti',
    'potrebbe interessarti anche',
    'potrebbe piacerti anche',
    'sullo stesso argomento',
    'ti potrebbe interessare',
    'ti potrebbe interessare anche',
    'ti potrebbe piacere anche',
    'ultime notizie',
    'vedi anche'
  ],
  pt: [
    'artigos relacionados',
    'as mais lidas',
    'conteúdo relacionado',
    'leia também',
    'mais lidas',
    'mais lidos',
    'mais notícias',
    'mais vistos',
    'matérias relacionadas',
    'notícias relacionadas',
    'pode também gostar',
    'posts relacionados',
    'relacionados',
    'também pode interessar',
    'veja também',
    'você pode gostar',
    'você pode gostar também',
    'você também pode gostar',
    'últimas notícias'
  ],
  nl: [
    'aanbevolen',
    'dit vind je misschien ook leuk',
    'gerelateerd',
    'gerelateerde artikelen',
    'gerelateerde berichten',
    'laatste nieuws',
    'lees ook',
    'meer nieuws',
    'meer over dit onderwerp',
    'meest gelezen',
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
    'mogą cię zainteresować',
    'może cię zainteresować',
    'najczęściej czytane',
    'najnowsze artykuły',
    'najpopularniejsze',
    'ostatnie wpisy',
    'podobne artykuły',
    'podobne wpisy',
    'polecamy',
    'polecane',
    'polecane artykuły',
    'powiązane artykuły',
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
    'du kanske också gillar',
    'fler nyheter',
    'liknande inlägg',
    'läs också',
    'läs även',
    'mer om ämnet',
    'mest läst',
    'mest lästa',
    'relaterade artiklar',
    'relaterade inlägg',
    'relaterat',
    'se även',
    'senaste nyheterna'
  ],
  da: [
    'du vil måske også kunne lide',
    'flere nyheder',
    'lignende indlæg',
    'læs også',
    'mest læst',
    'mest læste',
    'populære artikler',
    'relaterede artikler',
    'relaterede indlæg',
    'relateret',
    'se også',
    'seneste nyheder'
  ],
  nb: [
    'anbefalt',
    'du vil kanskje også like',
    'flere nyheter',
    'les også',
    'lignende innlegg',
    'mest lest',
    'mest leste',
    'populære artikler',
    'relatert',
    'relaterte artikler',
    'relaterte innlegg',
    'se også',
    'siste nytt'
  ],
  cs: [
    'další články',
    'doporučujeme',
    'k tématu',
    'mohlo by vás také zajímat',
    'mohlo by vás zajímat',
    'nejnovější zprávy',
    'nejnovější články',
    'nejčtenější',
    'nejčtenější články',
    'podobné články',
    'přečtěte si také',
    'přečtěte si též',
    'související',
    'související články',
    'více k tématu',
    'čtěte také',
    'čtěte též'
  ],
  tr: [
    'ayrıca bakınız',
    'benzer haberler',
    'benzer yazılar',
    'bunlar da ilginizi çekebilir',
    'bunları da beğenebilirsiniz',
    'daha fazla haber',
    'en çok okunan haberler',
    'en çok okunanlar',
    'ilgili haberler',
    'ilgili yazılar',
    'ilginizi çekebilir',
    'son haberler',
    'önerilen haberler'
  ],
  ru: [
    'вам может быть интересно',
    'вам также может понравиться',
    'другие новости',
    'еще по теме',
    'ещё по теме',
    'материалы по теме',
    'новости по теме',
    'по теме',
    'популярное',
    'последние новости',
    'похожие новости',
    'похожие статьи',
    'рекомендуем',
    'самое популярное',
    'самое читаемое',
    'связанные статьи',
    'смотрите также',
    'читайте также',
    'читайте тоже'
  ],
  uk: [
    'більше на тему',
    'вам може бути цікаво',
    'дивіться також',
    'за темою',
    'матеріали за темою',
    'найпопулярніше',
    'найчитаніше',
    'новини за темою',
    'останні новини',
    'по темі',
    'популярне',
    'рекомендуємо',
    'схожі новини',
    'схожі статті',
    'читайте також',
    'інші новини'
  ],
  ja: [
    'あなたにおすすめ',
    'あわせて読みたい',
    'おすすめ記事',
    'こちらの記事もおすすめ',
    'こちらもおすすめ',
    'よく読まれている記事',
    'アクセスランキング',
    '人気記事',
    '合わせて読みたい',
    '最新記事',
    '関連する記事',
    '関連ニュース',
    '関連記事'
  ],
  zh: [
    '你可能还喜欢',
    '大家都在看',
    '延伸閱讀',
    '延伸阅读',
    '您可能还喜欢',
    '推荐阅读',
    '推薦閱讀',
    '更多新闻',
    '最新文章',
    '热门推荐',
    '热门文章',
    '热门新闻',
    '熱門文章',
    '猜你喜欢',
    '相关推荐',
    '相关文章',
    '相关新闻',
    '相关阅读',
    '相關文章',
    '相關新聞',
    '相關閱讀'
  ],
  ko: [
    '관련 글',
    '관련 기사',
    '관련 뉴스',
    '관련글',
    '관련기사',
    '관련뉴스',
    '많이 본 기사',
    '많이 본 뉴스',
    '이 기사와 함께 본 기사',
    '인기 기사',
    '인기기사',
    '주요 뉴스',
    '최신 기사',
    '추천 기사',
    '함께 보면 좋은 기사'
  ],
  id: [
    'anda mungkin juga suka',
    'artikel lainnya',
    'artikel terbaru',
    'artikel terkait',
    'baca juga',
    'berita lainnya',
    'berita terbaru',
    'berita terkait',
    'berita terpopuler',
    'lihat juga',
    'paling banyak dibaca',
    'pos terkait',
    'simak juga',
    'terpopuler'
  ],
  vi: [
    'bài liên quan',
    'bài viết liên quan',
    'bài viết mới nhất',
    'bạn có thể thích',
    'có thể bạn quan tâm',
    'tin cùng chuyên mục',
    'tin khác',
    'tin liên quan',
    'tin mới nhất',
    'tin nổi bật',
    'xem nhiều nhất',
    'xem thêm',
    'đọc nhiều nhất',
    'đọc thêm'
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
    'more on'
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
    'ayrıca bakınız',
    'ayrıca oku',
    'ilgili haber',
    'ilgili haberler'
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
  ]
}
