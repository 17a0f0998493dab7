import type {Lexicon} from './lexicon.js'

/**
 * Arabic and Persian tag labels: the same words head a tag list and, with a
 * colon, start one (neither script has capitals to tell a list from a
 * sentence, so `colonLabels` ask for the colon).
 */
const arabicLabels: ReadonlyArray<string> = ['التصنيف', 'التصنيفات', 'الكلمات المفتاحية', 'الوسوم', 'كلمات مفتاحية', 'نشر في', 'نُشر في', 'وسوم']

const persianLabels: ReadonlyArray<string> = [
  'ارسال شده در',
  'برچسب',
  'برچسب ها',
  'برچسب‌ها',
  'تگ ها',
  'تگ‌ها',
  'دسته',
  'دسته بندی',
  'دسته‌بندی',
  'دسته‌ها',
  'کلمات کلیدی'
]

/**
 * Hebrew, Hindi and Thai tag labels: as in Arabic and Persian, their scripts
 * have no capitals, so each label needs a colon (`colonLabels`).
 */
const hebrewLabels: ReadonlyArray<string> = ['מילות מפתח', 'נושאים', 'קטגוריה', 'קטגוריות', 'תגיות', 'תגים']

const hindiLabels: ReadonlyArray<string> = ['कीवर्ड', 'कीवर्ड्स', 'टैग', 'टैग्स', 'विषय', 'श्रेणियाँ', 'श्रेणियां', 'श्रेणी']

const thaiLabels: ReadonlyArray<string> = ['คำค้น', 'คีย์เวิร์ด', 'ป้ายกำกับ', 'หมวดหมู่', 'แท็ก', 'แท็กที่เกี่ยวข้อง']

/**
 * Labels that open a tag line, lower case: `Tags Donald Trump`, `Tags:
 * Syria, ISIS`, `Filed under: Politics`, `Schlagwörter: Berlin`,
 * `Etiquetas: Madrid`, `Mots-clés : Paris`, `Tagi: Sejm`, `Теги: Москва`,
 * `タグ：政治`, `标签：北京`, `태그 #서울`.
 *
 * ###### Notes
 * Seen on the dev set and on news and blog footers (WordPress, Joomla and
 * their translations: `Veröffentlicht unter`, `Publié dans`, `Geplaatst
 * in`). A label is a whole word: `Tagged` is not `Tag` and `ged`; where two
 * fit (`Tagged with: …`), the longer is the label. The ordinary words among
 * them need a colon (`colonLabels`).
 */
export const tagLabels: Lexicon = {
  en: [
    'categories',
    'category',
    'filed in',
    'filed under',
    'posted in',
    'related tags',
    'tag',
    'tagged',
    'tagged as',
    'tagged in',
    'tagged with',
    'tags',
    'topic',
    'topics'
  ],
  de: [
    'getaggt mit',
    'kategorie',
    'kategorien',
    'ressort',
    'schlagworte',
    'schlagwörter',
    'stichworte',
    'stichwörter',
    'thema',
    'themen',
    'themen des artikels',
    'verschlagwortet mit',
    'veröffentlicht in',
    'veröffentlicht unter'
  ],
  fr: ['catégorie', 'catégories', 'classé dans', 'mot-clé', 'mots clés', 'mots-clés', 'publié dans', 'rubrique', 'sujets', 'thèmes', 'étiquettes'],
  es: ['archivado en', 'categoría', 'categorías', 'etiqueta', 'etiquetas', 'palabras clave', 'publicado en', 'temas'],
  it: ['argomenti', 'categoria', 'categorie', 'parole chiave', 'pubblicato in', 'temi'],
  pt: ['assuntos', 'categoria', 'categorias', 'marcadores', 'palavras-chave', 'publicado em', 'tópicos'],
  nl: ['categorie', 'categorieën', 'geplaatst in', 'getagd met', 'onderwerpen', "thema's", 'trefwoorden'],
  pl: ['kategoria', 'kategorie', 'słowa kluczowe', 'tagi', 'tematy'],
  sv: ['etiketter', 'kategori', 'kategorier', 'nyckelord', 'taggar', 'ämnen'],
  da: ['emneord', 'emner', 'kategori', 'kategorier', 'nøgleord'],
  nb: ['emner', 'kategori', 'kategorier', 'stikkord'],
  cs: ['kategorie', 'klíčová slova', 'tagy', 'témata', 'štítky'],
  tr: ['anahtar kelimeler', 'etiketler', 'kategori', 'konular'],
  ru: ['ключевые слова', 'метки', 'рубрика', 'рубрики', 'теги', 'темы', 'тэги'],
  uk: ['ключові слова', 'мітки', 'рубрика', 'теги', 'теми'],
  ja: ['カテゴリ', 'カテゴリー', 'キーワード', 'タグ', '関連キーワード', '関連タグ'],
  zh: ['关键字', '关键词', '分类', '分類', '标签', '標籤', '相关标签', '關鍵詞'],
  ko: ['관련 태그', '카테고리', '키워드', '태그'],
  id: ['kata kunci', 'kategori', 'tagar', 'topik'],
  vi: ['chuyên mục', 'chủ đề', 'danh mục', 'thẻ', 'từ khoá', 'từ khóa'],
  ar: arabicLabels,
  fa: persianLabels,
  el: [
    'αναρτήθηκε σε',
    'ετικέτα',
    'ετικέτες',
    'θέματα',
    'κατηγορία',
    'κατηγορίες',
    'λέξεις κλειδιά',
    'λέξεις-κλειδιά',
    'με ετικέτα'
  ],
  ro: [
    'categorie',
    'categorii',
    'cuvinte cheie',
    'cuvinte-cheie',
    'din categoria',
    'etichetat',
    'etichete',
    'publicat în',
    'tag-uri'
  ],
  hu: ['címke', 'címkék', 'címkézve', 'kategória', 'kategóriák', 'kulcsszavak', 'rovat', 'témák'],
  he: hebrewLabels,
  hi: hindiLabels,
  th: thaiLabels,
  fi: ['aiheet', 'asiasanat', 'avainsanat', 'julkaistu kategoriassa', 'kategoria', 'kategoriat', 'tunnisteet'],
  bg: ['етикети', 'категории', 'категория', 'ключови думи', 'публикувано в', 'рубрика', 'тагове', 'теми']
}

/**
 * Labels that only make a tag line when a colon follows them, as they start
 * sentences, headings and prompts too (`Category winners`, `Tag us`,
 * `Thema Nummer eins`, `Temas pendientes`, `Рубрика недели`).
 */
export const colonLabels: Lexicon = {
  en: ['category', 'tag', 'topic'],
  de: ['kategorie', 'kategorien', 'ressort', 'thema', 'themen'],
  fr: ['catégorie', 'catégories', 'mot-clé', 'rubrique', 'sujets', 'thèmes'],
  es: ['categoría', 'categorías', 'etiqueta', 'temas'],
  it: ['argomenti', 'categoria', 'categorie', 'temi'],
  pt: ['assuntos', 'categoria', 'categorias', 'marcadores', 'tópicos'],
  nl: ['categorie', 'categorieën', 'onderwerpen', "thema's"],
  pl: ['kategoria', 'kategorie', 'tematy'],
  sv: ['etiketter', 'kategori', 'kategorier', 'ämnen'],
  da: ['emner', 'kategori', 'kategorier'],
  nb: ['emner', 'kategori', 'kategorier'],
  cs: ['kategorie', 'témata'],
  tr: ['kategori', 'konular'],
  ru: ['рубрика', 'рубрики', 'темы'],
  uk: ['рубрика', 'теми'],
  ja: ['カテゴリ', 'カテゴリー', 'キーワード'],
  zh: ['分类', '分類'],
  ko: ['카테고리', '키워드'],
  id: ['kategori', 'topik'],
  vi: ['chuyên mục', 'chủ đề', 'danh mục', 'thẻ'],
  // Arabic and Persian have no capitals to tell a list from a sentence: each
  // label needs a colon (alone on a line, `headingLabels` do without).
  ar: arabicLabels,
  fa: persianLabels,
  el: ['ετικέτα', 'θέματα', 'κατηγορία', 'κατηγορίες'],
  ro: ['categorie', 'categorii', 'din categoria'],
  hu: ['címke', 'kategória', 'kategóriák', 'rovat', 'témák'],
  he: hebrewLabels,
  hi: hindiLabels,
  th: thaiLabels,
  fi: ['aiheet', 'kategoria', 'kategoriat', 'tunnisteet'],
  bg: ['категории', 'категория', 'рубрика', 'теми']
}

/**
 * Labels that make a tags heading alone on a line, without a colon: `Tags`,
 * `Filed under`, `Schlagwörter`, `Etiquetas`, `Tagi`, `Теги`, `タグ`,
 * `标签` (with a colon, any label does).
 *
 * ###### Notes
 * None is a sentence alone; ordinary words (`Themen`, `Temas`, `Рубрика`)
 * are left out, as a lone one is as often a menu or a section heading.
 */
export const headingLabels: Lexicon = {
  en: ['filed under', 'tagged', 'tags'],
  de: ['schlagworte', 'schlagwörter', 'stichworte', 'stichwörter', 'themen des artikels'],
  fr: ['mots clés', 'mots-clés', 'étiquettes'],
  es: ['etiquetas', 'palabras clave'],
  it: ['parole chiave'],
  pt: ['palavras-chave'],
  nl: ['trefwoorden'],
  pl: ['słowa kluczowe', 'tagi'],
  sv: ['nyckelord', 'taggar'],
  da: ['nøgleord'],
  nb: ['stikkord'],
  cs: ['klíčová slova', 'štítky'],
  tr: ['anahtar kelimeler', 'etiketler'],
  ru: ['ключевые слова', 'метки', 'теги', 'тэги'],
  uk: ['ключові слова', 'мітки', 'теги'],
  ja: ['タグ', '関連キーワード', '関連タグ'],
  zh: ['关键词', '标签', '標籤', '相关标签'],
  ko: ['관련 태그', '태그'],
  id: ['kata kunci', 'tagar'],
  vi: ['từ khoá', 'từ khóa'],
  ar: ['الكلمات المفتاحية', 'الوسوم', 'كلمات مفتاحية'],
  fa: ['برچسب ها', 'برچسب‌ها', 'تگ ها', 'تگ‌ها', 'کلمات کلیدی'],
  el: ['ετικέτες', 'λέξεις κλειδιά', 'λέξεις-κλειδιά'],
  ro: ['cuvinte cheie', 'cuvinte-cheie', 'etichete', 'tag-uri'],
  hu: ['címkék', 'kulcsszavak'],
  he: ['מילות מפתח', 'תגיות', 'תגים'],
  hi: ['कीवर्ड्स', 'टैग्स'],
  th: ['แท็ก', 'แท็กที่เกี่ยวข้อง'],
  fi: ['asiasanat', 'avainsanat'],
  bg: ['етикети', 'ключови думи', 'тагове']
}

/**
 * Lower-case words that may join the capitalised words of a tag without a
 * colon before it: `Tags Department of Justice`, `Filed under Arts and
 * Culture`, `Veröffentlicht unter Kunst und Kultur`.
 */
export const tagConnectors: Lexicon = {
  en: ['and', 'for', 'in', 'of', 'on', 'the'],
  de: ['und'],
  fr: ['et'],
  es: ['y'],
  it: ['e'],
  pt: ['e'],
  nl: ['en'],
  el: ['και'],
  ro: ['și'],
  hu: ['és'],
  fi: ['ja'],
  bg: ['и']
}
