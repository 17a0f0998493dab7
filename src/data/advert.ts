import type {Lexicon} from './lexicon.js'

/**
 * Labels that mark an ad slot or paid content, per language, lower case,
 * without the punctuation around them: a line that is only one of these
 * (`Anzeige`, `Publicité`, `Reklama`, `広告`), or a short name with one of
 * these after a bracket or a separator (`Gutscheine (Anzeige)`,
 * `Kooperationspartner | ANZEIGE`), is an ad label.
 *
 * ###### Notes
 * Whole lines only: `Anzeige` is also a complaint to the police, `annonce`
 * an announcement and `reklame` a word of prose, but not alone on a line.
 */
export const labels: Lexicon = {
  en: [
    'ad',
    'ad feature',
    'ad-feature',
    'ads',
    'ads by google',
    'advert',
    'advertisement',
    'advertisement - continue reading below',
    'advertisement - scroll to continue',
    'advertisement · scroll to continue',
    'advertisement continue reading below',
    'advertisement feature',
    'advertisement features',
    'advertisement links',
    'advertisements',
    'advertisment',
    'advertiser content',
    'advertiser links',
    'advertising feature',
    'advertorial',
    'adverts',
    'article continues',
    'article continues below',
    'article continues below advertisement',
    'close ad',
    'content continues below',
    'continue article',
    'continue reading below',
    'continue reading below advertisement',
    'from our advertisers',
    'from our sponsors',
    'paid content',
    'paid partnership',
    'paid post',
    'partner content',
    'promoted',
    'promoted content',
    'promoted links',
    'promoted stories',
    'remove ads',
    'report this ad',
    'scroll to continue with content',
    'skip ad',
    'skip advertisement',
    'skip over adverts',
    'sponsor content',
    'sponsor links',
    'sponsored',
    'sponsored articles',
    'sponsored content',
    'sponsored link',
    'sponsored links',
    'sponsored post',
    'sponsored stories',
    'story continues',
    'story continues below',
    'story continues below advertisement',
    'text continues below',
    'this advertisement has not loaded yet',
    'this advertisement has not loaded yet, but your article continues below'
  ],
  de: [
    'anzeige',
    'anzeigen',
    'werbung',
    'werbung überspringen',
    'werbeanzeige',
    'gesponsert',
    'gesponserter inhalt',
    'gesponserte inhalte',
    'bezahlte partnerschaft',
    'bezahlter inhalt',
    'weiterlesen nach der anzeige',
    'der artikel wird nach der anzeige fortgesetzt',
    'artikel wird unterhalb der anzeige fortgesetzt'
  ],
  fr: [
    'publicité',
    'annonce',
    'annonces',
    'contenu sponsorisé',
    'sponsorisé',
    'article sponsorisé',
    'contenu partenaire',
    'publi-rédactionnel',
    'publireportage',
    'la suite après la publicité',
    'la suite après cette publicité',
    'lire la suite après cette publicité'
  ],
  es: [
    'publicidad',
    'anuncio',
    'anuncios',
    'patrocinado',
    'contenido patrocinado',
    'artículo patrocinado',
    'contenido de marca',
    'sigue leyendo después de la publicidad',
    'cerrar anuncio'
  ],
  it: [
    'pubblicità',
    'annuncio',
    'annunci',
    'sponsorizzato',
    'contenuto sponsorizzato',
    'contenuti sponsorizzati',
    'pubbliredazionale',
    'informazione pubblicitaria',
    'contenuto promozionale',
    'l’articolo continua dopo la pubblicità'
  ],
  pt: [
    'publicidade',
    'anúncio',
    'anúncios',
    'patrocinado',
    'conteúdo patrocinado',
    'conteúdo pago',
    'conteúdo de marca',
    'continua após a publicidade',
    'continua depois da publicidade'
  ],
  nl: [
    'advertentie',
    'advertenties',
    'gesponsord',
    'gesponsorde inhoud',
    'gesponsorde content',
    'reclame',
    'lees verder na de advertentie',
    'het artikel gaat verder onder de advertentie'
  ],
  pl: [
    'reklama',
    'reklamy',
    'sponsorowane',
    'materiał sponsorowany',
    'artykuł sponsorowany',
    'treść sponsorowana',
    'materiał partnera',
    'materiał reklamowy',
    'dalsza część artykułu pod reklamą',
    'dalsza część artykułu poniżej reklamy',
    'reklama: automatycznie wyświetlimy artykuł za 15 sekund'
  ],
  sv: [
    'annons',
    'annonser',
    'sponsrat',
    'sponsrad',
    'sponsrat innehåll',
    'annonsörsinnehåll',
    'artikeln fortsätter under annonsen'
  ],
  da: [
    'annonce',
    'annoncer',
    'reklame',
    'sponsoreret',
    'sponsoreret indhold',
    'annoncørbetalt indhold',
    'artiklen fortsætter under annoncen'
  ],
  nb: [
    'annonse',
    'annonser',
    'reklame',
    'sponset',
    'sponset innhold',
    'annonsørinnhold',
    'artikkelen fortsetter under annonsen'
  ],
  cs: [
    'reklama',
    'sponzorováno',
    'sponzorovaný obsah',
    'komerční sdělení',
    'komerční prezentace',
    'článek pokračuje pod reklamou',
    'pokračování článku pod reklamou'
  ],
  tr: ['reklam', 'reklamlar', 'sponsorlu', 'sponsorlu içerik', 'reklamı geç', 'reklamı kapat'],
  ru: [
    'реклама',
    'на правах рекламы',
    'партнерский материал',
    'партнёрский материал',
    'спонсорский материал',
    'продолжение статьи после рекламы'
  ],
  uk: [
    'реклама',
    'на правах реклами',
    'партнерський матеріал',
    'спонсорський матеріал',
    'продовження статті після реклами'
  ],
  ja: ['広告', 'pr', 'スポンサーリンク', 'スポンサー', '広告の後にも続きます', '記事の続きは広告の後で'],
  zh: ['广告', '廣告', '推广', '推廣', '赞助内容', '贊助內容', '赞助商内容'],
  ko: ['광고', '스폰서', '협찬', '광고 건너뛰기', '스폰서 콘텐츠'],
  id: [
    'iklan',
    'bersponsor',
    'konten bersponsor',
    'tutup iklan',
    'gulir untuk melanjutkan',
    'scroll untuk melanjutkan membaca'
  ],
  vi: ['quảng cáo', 'tài trợ', 'nội dung tài trợ', 'bài viết tài trợ', 'đóng quảng cáo']
}

/**
 * Links that sell ad space or explain ads, per language, lower case, whole
 * lines: `Advertise with us`, `Ad Choices`, `Anzeige aufgeben`, `Anuncie
 * aqui`, `広告掲載`.
 */
export const promos: Lexicon = {
  en: [
    'about our ads',
    'about these ads',
    'ad choices',
    'adchoices',
    'advertise',
    'advertise here',
    'advertise on this site',
    'advertise with us',
    'advertising info',
    'advertising information',
    'advertising opportunities',
    'interest based ads',
    'interest-based ads',
    'place an ad',
    'place your ad',
    'see your ad here',
    'why am i seeing this ad',
    'your ad choices',
    'your ad here'
  ],
  de: [
    'werben sie bei uns',
    'werben bei uns',
    'werbung schalten',
    'mediadaten',
    'anzeige aufgeben',
    'anzeigen aufgeben',
    'anzeige buchen',
    'anzeige schalten',
    'kleinanzeige aufgeben',
    'kleinanzeigen aufgeben'
  ],
  fr: ['annoncer sur ce site', 'faire de la publicité', 'devenir annonceur', 'annonceurs', 'régie publicitaire'],
  es: ['anúnciate', 'anúnciese', 'anúnciate con nosotros', 'anúnciese aquí', 'publicidad en este sitio'],
  it: ['pubblicità su questo sito', 'fai pubblicità con noi', 'pubblicizza la tua attività', 'per la tua pubblicità'],
  pt: ['anuncie', 'anuncie aqui', 'anuncie conosco', 'anuncie connosco'],
  nl: ['adverteren', 'adverteer bij ons', 'adverteren bij ons'],
  pl: ['reklama w serwisie', 'zamów reklamę', 'kup reklamę', 'biuro reklamy'],
  sv: ['annonsera', 'annonsera hos oss'],
  da: ['annoncér', 'annoncer hos os', 'annoncering'],
  nb: ['annonsere', 'annonser hos oss'],
  cs: ['inzerce', 'inzerujte u nás', 'reklama na webu'],
  tr: ['reklam verin', 'bize reklam verin', 'reklam ver'],
  ru: ['реклама на сайте', 'размещение рекламы', 'рекламодателям'],
  uk: ['реклама на сайті', 'розміщення реклами', 'рекламодавцям'],
  ja: ['広告掲載', '広告掲載について', '広告掲載のお問い合わせ'],
  zh: ['广告合作', '廣告合作', '广告服务', '廣告服務', '投放广告'],
  ko: ['광고 문의', '광고문의', '광고 안내'],
  id: ['pasang iklan', 'beriklan', 'beriklan bersama kami', 'iklan di sini'],
  vi: ['liên hệ quảng cáo', 'quảng cáo trên website']
}
