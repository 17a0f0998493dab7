import type {Lexicon} from './lexicon.js'

/**
 * Picture libraries and stock sites, lower case: a line that is only one of
 * these names (`Getty`, `Getty Images`, `Shutterstock`) is a photo credit.
 *
 * ###### Notes
 * News agencies (`Reuters`, `AP`, `AFP`) are not here: alone on a line they
 * are as often a byline or a dateline; see `agencies`.
 */
export const libraries = [
  'adobe stock',
  'afp via getty images',
  'alamy',
  'alamy stock photo',
  'bloomberg via getty images',
  'canva',
  'corbis',
  'depositphotos',
  'dreamstime',
  'filmmagic',
  'getty',
  'getty images',
  'getty images for',
  'getty images/istockphoto',
  'istock',
  'istock/getty',
  'istock/getty images',
  'istockphoto',
  'pa images',
  'pa wire',
  'pexels',
  'pixabay',
  'rex features',
  'rex/shutterstock',
  'shutterstock',
  'stock photo',
  'unsplash',
  'wireimage',
  'שאטרסטוק'
] as const

/**
 * Agencies and libraries that end (or start) a credit with a photographer’s
 * name, lower case: `Jane Doe/Reuters`, `REUTERS/Jane Doe`, `AFP via Getty
 * Images`, `(AP Photo/Jane Doe)`.
 *
 * ###### Notes
 * Public broadcasters credit their own pictures as an agency does (`Bild:
 * Jane Doe/rbb`, `Bildrechte: MDR/Jane Doe`, `Foto: ORF/Jane Doe`), so they
 * are here too.
 */
export const agencies = [
  'aa',
  'aap',
  'abaca',
  'adobe stock',
  'afp',
  'afp photo',
  'alamy',
  'alamy stock photo',
  'ana',
  'anadolu',
  'anadolu agency',
  'ani',
  'anp',
  'ansa',
  'antara',
  'ap',
  'ap images',
  'ap photo',
  'apa',
  'ap通信',
  'ard',
  'associated press',
  'bbc',
  'belga',
  'bildbyrån',
  'bloomberg',
  'br',
  'canva',
  'contributor',
  'corbis',
  'ctk',
  'depositphotos',
  'dha',
  'digitalvision',
  'dpa',
  'dpa-bildfunk',
  'dpa-zentralbild',
  'dreamstime',
  'e+',
  'efe',
  'epa',
  'epa-efe',
  'eurokinissi',
  'europa press',
  'file',
  'file photo',
  'filmmagic',
  'getty',
  'getty images',
  'getty images bank',
  'iha',
  'imago',
  'imago images',
  'inquam photos',
  'intime news',
  'istock',
  'istockphoto',
  'keystone',
  'kyodo',
  'lightrocket',
  'lusa',
  'mdr',
  'moment',
  'ndr',
  'nhk',
  'nrk',
  'ntb',
  'ntb scanpix',
  'nurphoto',
  'orf',
  'pa',
  'pa images',
  'pa media',
  'pa wire',
  'pap',
  'pexels',
  'picture alliance',
  'picture-alliance',
  'pixabay',
  'rai',
  'rbb',
  'reuters',
  'rex',
  'rex features',
  'ria novosti',
  'ritzau',
  'ritzau scanpix',
  'rtbf',
  'rts',
  'rtve',
  'scanpix',
  'sda',
  'shutterstock',
  'sipa',
  'sopa images',
  'sputnik',
  'srf',
  'staff',
  'stt',
  'svt',
  'swr',
  'tass',
  'the canadian press',
  'tt',
  'ttxvn',
  'ukrinform',
  'unian',
  'unsplash',
  'upi',
  'vrt',
  'wdr',
  'wireimage',
  'xinhua',
  'yle',
  'yonhap',
  'zdf',
  'zuma',
  'zuma press',
  'zuma wire',
  'zvg',
  'čtk',
  'асошиейтед прес',
  'бгнес',
  'бта',
  'булфото',
  'риа новости',
  'ройтерс',
  'тасс',
  'укрінформ',
  'уніан',
  'франс прес',
  'פלאש 90',
  'פלאש90',
  'רויטרס',
  'שאטרסטוק',
  'أ ف ب',
  'أسوشيتد برس',
  'الأناضول',
  'ایرنا',
  'ایسنا',
  'ایلنا',
  'تسنیم',
  'رويترز',
  'شينخوا',
  'فرانس برس',
  'كونا',
  'واس',
  'आईएएनएस',
  'एएनआई',
  'एएफपी',
  'पीटीआई',
  'रॉयटर्स',
  'ซินหัว',
  'รอยเตอร์',
  'เอพี',
  'เอเอฟพี',
  'アフロ',
  'ロイター',
  '中新社',
  '共同',
  '共同通信',
  '新华社',
  '新華社',
  '時事',
  '時事通信',
  '東方ic',
  '视觉中国',
  '게티이미지뱅크',
  '뉴스1',
  '뉴시스',
  '연합뉴스'
] as const

/**
 * Agencies that alone never make a credit (they qualify another one):
 * `Jane Doe / Contributor via Getty Images`, `AP Photo/Jane Doe, File`.
 */
export const qualifiers = ['contributor', 'file', 'file photo', 'staff'] as const

/**
 * Labels of a photo credit, lower case, before a colon (or `by`, `©`, the
 * words of `creditJoins`): `Photo: Reuters`, `Foto: dpa`, `Bild: Keystone`,
 * `Bildrechte: picture alliance/dpa`, `Crédit photo : AFP`, `Fot. PAP`,
 * `Фото: ТАСС`, `写真：共同通信`, `图片来源：视觉中国`, `사진=연합뉴스`,
 * `Ảnh: TTXVN`.
 *
 * ###### Notes
 * Each is an ordinary word (`Bild`, `image`, `foto`), so what follows must
 * be a credit (names, agencies, separators), never a sentence: `Bild:
 * Scholz will mehr Geld` is kept.
 */
export const creditLabels: Lexicon = {
  en: [
    'credit',
    'credits',
    'illustration',
    'illustrations',
    'image',
    'images',
    'img',
    'photo',
    'photo illustration',
    'photograph',
    'photographer',
    'photographs',
    'photography',
    'photos',
    'pic',
    'pics',
    'picture',
    'pictures'
  ],
  de: ['archivbild', 'archivfoto', 'bild', 'bilder', 'bildnachweis', 'bildquelle', 'bildrechte', 'foto', 'fotograf', 'fotografin', 'fotonachweis', 'fotos', 'grafik', 'symbolbild', 'symbolfoto', 'titelbild'],
  fr: ['crédit', 'crédit photo', 'crédits', 'crédits photo', 'photographe', 'photos'],
  es: ['crédito', 'crédito de la foto', 'créditos', 'foto', 'foto de archivo', 'fotografía', 'fotos', 'fotógrafa', 'fotógrafo', 'ilustración', 'imagen', 'imagen de archivo'],
  it: ['crediti', 'credito', 'credito foto', 'foto', "foto d'archivio", 'fotografa', 'fotografo', 'illustrazione', 'immagine', "immagine d'archivio"],
  pt: ['crédito', 'crédito da foto', 'créditos', 'foto', 'foto de arquivo', 'fotografia', 'fotos', 'fotógrafa', 'fotógrafo', 'ilustração', 'imagem', 'imagem de arquivo'],
  nl: ['afbeelding', 'archiefbeeld', 'archieffoto', 'beeld', 'foto', "foto's", 'fotograaf', 'illustratie'],
  pl: ['autor zdjęcia', 'fot.', 'foto', 'ilustracja', 'zdjęcia', 'zdjęcie', 'źródło zdjęcia'],
  sv: ['arkivbild', 'arkivfoto', 'bild', 'bildkälla', 'foto', 'fotograf', 'illustration'],
  da: ['arkivbillede', 'arkivfoto', 'billede', 'foto', 'fotograf', 'illustration'],
  nb: ['arkivbilde', 'arkivfoto', 'bilde', 'foto', 'fotograf', 'illustrasjon', 'illustrasjonsbilde', 'illustrasjonsfoto'],
  cs: ['foto', 'fotografie', 'ilustrace', 'snímek', 'zdroj foto'],
  tr: ['foto', 'fotoğraf', 'fotoğraflar', 'görsel'],
  ru: ['иллюстрация', 'фото', 'фотограф', 'фотография'],
  uk: ['фото', 'фотограф', 'фотографія', 'ілюстрація'],
  ja: ['写真', '写真提供', '撮影', '画像', '画像提供'],
  zh: ['图', '图源', '图片', '图片来源', '圖片', '圖片來源', '摄影', '攝影', '照片'],
  ko: ['사진', '사진 제공', '사진제공', '이미지', '촬영'],
  id: ['foto', 'gambar', 'ilustrasi', 'sumber foto', 'sumber gambar'],
  vi: ['hình', 'hình ảnh', 'nguồn ảnh', 'ảnh', 'ảnh minh hoạ', 'ảnh minh họa'],
  ar: ['الصورة', 'تصوير', 'صور', 'صورة', 'مصدر الصورة'],
  fa: ['تصویر', 'عکس', 'عکاس', 'منبع تصویر', 'منبع عکس'],
  el: ['εικόνα', 'εικονογράφηση', 'πηγή φωτογραφίας', 'φωτ.', 'φωτο', 'φωτογραφία', 'φωτογραφίες'],
  ro: ['credit foto', 'foto', 'fotograf', 'fotografie', 'ilustrație', 'imagine', 'sursa foto', 'sursă foto'],
  hu: ['borítókép', 'fotó', 'fotók', 'fotós', 'illusztráció', 'kép', 'képek', 'nyitókép'],
  he: ['איור', 'אילוסטרציה', 'צילום', 'צילום אילוסטרציה', 'צילום מסך', 'צילומים', 'קרדיט', 'קרדיט צילום', 'תמונה'],
  hi: ['चित्र', 'तस्वीर', 'फ़ोटो', 'फ़ोटो साभार', 'फोटो', 'फोटो साभार', 'साभार'],
  th: ['เครดิตภาพ', 'ที่มาภาพ', 'ภาพ', 'ภาพจาก', 'ภาพประกอบ', 'ภาพถ่าย', 'รูปภาพ'],
  fi: ['kuva', 'kuvaaja', 'kuvalähde', 'kuvat', 'kuvitus', 'kuvituskuva', 'valokuva'],
  bg: ['илюстрация', 'източник на снимката', 'кадър', 'снимка', 'снимки', 'фото', 'фотограф']
}

/**
 * Sources of a photo named by common words, lower case, which stand for a
 * name after a credit label: `Photo: handout`, `Foto: privat`, `Фото:
 * пресс-служба мэрии Москвы`, `Фото: из открытых источников`, `Foto:
 * divulgação`, `Foto: Dok. Istimewa`.
 *
 * ###### Notes
 * Two words may follow the source (`пресс-служба мэрии Москвы`, `archiwum
 * rodziny`); a longer line is a caption or a sentence, and stays.
 */
export const creditSources: Lexicon = {
  en: ['archive', 'courtesy', 'handout', 'press office', 'screengrab', 'screenshot', 'social media', 'submitted', 'supplied'],
  de: ['archiv', 'hersteller', 'pressebild', 'pressefoto', 'pressestelle', 'privat', 'screenshot', 'veranstalter'],
  fr: ['archives', 'capture d’écran', "capture d'écran", 'document remis', 'dr', 'service de presse'],
  es: ['archivo', 'captura de pantalla', 'cedida', 'cortesía', 'especial', 'redes sociales'],
  it: ['archivio', 'ufficio stampa', 'web'],
  pt: ['arquivo', 'arquivo pessoal', 'assessoria de imprensa', 'divulgação', 'redes sociais', 'reprodução'],
  nl: ['archief', 'eigen foto', 'privéfoto'],
  pl: ['archiwum', 'mat. prasowe', 'materiały prasowe', 'zrzut ekranu'],
  sv: ['arkiv', 'pressbild', 'privat', 'skärmdump'],
  da: ['arkiv', 'pressefoto', 'privat', 'privatfoto', 'skærmbillede'],
  nb: ['arkiv', 'pressefoto', 'privat', 'skjermdump'],
  cs: ['archiv', 'archiv autora', 'sociální sítě', 'tisková zpráva'],
  tr: ['arşiv', 'ekran görüntüsü', 'sosyal medya'],
  ru: ['архив', 'из открытых источников', 'кадр видео', 'личный архив', 'открытые источники', 'пресс-служба', 'скриншот', 'социальные сети', 'соцсети'],
  uk: ['архів', 'відкриті джерела', 'з відкритих джерел', 'особистий архів', 'прес-служба', 'пресслужба', 'скриншот', 'соцмережі'],
  id: ['dok.', 'dokumentasi', 'istimewa', 'tangkapan layar'],
  vi: ['internet', 'mạng xã hội', 'tư liệu']
}

/**
 * Words after the name in a credit of a language that writes the label
 * last: `연합뉴스 자료사진` (“file photo”), `연합뉴스 제공`, `新华社记者 李明 摄`
 * (“photographed by”), `新华社 供图`, `共同通信 提供`.
 *
 * ###### Notes
 * What comes before must be a name (a few words of a script without case,
 * or an agency): a sentence ends in `。`, and a caption is longer.
 */
export const creditTrailers: Lexicon = {
  ja: ['写真提供', '提供', '撮影'],
  zh: ['供图', '提供', '摄', '摄影', '攝', '攝影'],
  ko: ['사진 제공', '자료사진', '제공', '촬영']
}

/**
 * Words before a photo label that keep it a label, lower case: `Main image:
 * …`, `Featured photo: …`, `File photo: …`, `Ilustrační foto: …`,
 * `Архивное фото: …`.
 */
export const creditPrefixes: Lexicon = {
  en: ['archive', 'cover', 'featured', 'file', 'header', 'hero', 'illustration', 'lead', 'main', 'stock', 'top'],
  cs: ['archivní', 'ilustrační'],
  pl: ['archiwalne'],
  ru: ['архивное', 'иллюстративное'],
  uk: ['архівне', 'ілюстративне'],
  tr: ['arşiv', 'temsili']
}

/**
 * Words after a photo label that keep it a label, lower case: `Photo
 * credit: …`, `Image source: …`, `Foto-Credit: …`.
 */
export const creditSuffixes: Lexicon = {
  en: ['courtesy', 'credit', 'credits', 'source', 'sources']
}

/**
 * Words that join a photo label to the credit instead of a colon, lower
 * case: `Photo by Jane Doe`, `Photo courtesy of NASA`, `Image copyright AFP`,
 * `Foto von Hans Müller`, `Photo par Jean Dupont`, `Foto por EFE`.
 *
 * ###### Notes
 * What follows must still be names or agencies, so `Foto von Berlin bei
 * Nacht` (lower-case words) stays.
 */
export const creditJoins: Lexicon = {
  en: ['by', 'copyright', 'courtesy', 'courtesy of'],
  de: ['von'],
  fr: ['par'],
  es: ['por'],
  it: ['di'],
  pt: ['por'],
  nl: ['door'],
  sv: ['av'],
  da: ['af'],
  nb: ['av'],
  fa: ['از'],
  he: ['באדיבות'],
  bg: ['от']
}
