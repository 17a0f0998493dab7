import type {Lexicon} from './lexicon.js'

/**
 * Words that name a hit or view counter, lower case: `Hits: 81`, `Views
 * 1,204`, `81 hits`, `1.204 Aufrufe`, `1 204 vues`, `Просмотров: 120`,
 * `閲覧数：1,234`, `阅读 1234`, `조회수 1,234`, `Lượt xem: 1.204`.
 *
 * ###### Notes
 * Seen on the dev set (Joomla’s `Hits`, WordPress view counters) and on
 * news sites. A whole piece of the line must be the word and a number, so
 * an ordinary word (`visitas`, `reads`) is safe. The Chinese and Japanese
 * forms are whole runs of CJK characters (`次阅读` in `1234次阅读`).
 */
export const hitWords: Lexicon = {
  en: ['hit', 'hits', 'impressions', 'page views', 'pageviews', 'reads', 'view', 'views', 'visits'],
  de: ['aufrufe', 'mal gelesen', 'seitenaufrufe', 'zugriffe'],
  fr: ['lectures', 'vues'],
  es: ['lecturas', 'visitas', 'vistas', 'visualizaciones'],
  it: ['letture', 'visualizzazioni'],
  pt: ['leituras', 'visualizações'],
  nl: ['keer bekeken', 'keer gelezen', 'weergaven'],
  pl: ['odsłon', 'odsłony', 'wyświetlenia', 'wyświetleń'],
  sv: ['visningar'],
  da: ['visninger'],
  nb: ['visninger'],
  cs: ['zhlédnutí', 'zobrazení'],
  tr: ['görüntülenme', 'okunma', 'kez okundu'],
  ru: ['просмотр', 'просмотра', 'просмотров', 'просмотры'],
  uk: ['перегляд', 'перегляди', 'перегляду', 'переглядів'],
  ja: ['pv', '回閲覧', '閲覧', '閲覧数'],
  zh: ['人已阅读', '人已閱讀', '人阅读', '人閱讀', '次浏览', '次阅读', '浏览', '浏览次数', '浏览量', '閱讀', '阅读', '阅读量', '點閱'],
  ko: ['조회', '조회수', '읽음'],
  id: ['dibaca', 'dilihat', 'kali dibaca', 'kali dilihat'],
  vi: ['lượt xem', 'lượt đọc'],
  ar: ['مشاهدة', 'مشاهدات', 'المشاهدات', 'عدد المشاهدات', 'قراءة', 'عدد القراءات'],
  fa: ['بازدید', 'بازدیدها', 'تعداد بازدید', 'مشاهده'],
  el: ['αναγνώσεις', 'προβολές'],
  ro: ['accesări', 'afișări', 'citiri', 'vizualizare', 'vizualizări'],
  hu: ['megtekintés', 'megtekintések', 'megtekintések száma', 'olvasottság'],
  he: ['צפיות', 'צפייה', 'כניסות'],
  hi: ['बार देखा गया', 'बार पढ़ा गया', 'व्यू', 'व्यूज', 'व्यूज़'],
  th: ['เข้าชม', 'ผู้เข้าชม', 'ยอดเข้าชม', 'ยอดวิว', 'วิว'],
  fi: ['katselukertaa', 'katselukerrat', 'lukukertaa', 'lukukerrat', 'näyttökertaa', 'näyttökerrat'],
  bg: ['прегледа', 'преглеждания', 'прочитания', 'показвания']
}

/**
 * Words before the count of a view counter that says how many times the page
 * was read or seen, lower case, with the words after it (`timesWords`): `Read
 * 1,234 times`, `Läst 4 567 gånger`, `Dibaca 1.234 kali`, `Přečteno 5 871×`.
 */
export const viewedWords: Lexicon = {
  en: ['read', 'seen', 'viewed'],
  de: ['gelesen', 'aufgerufen'],
  fr: ['lu', 'vu'],
  es: ['leído', 'visto'],
  it: ['letto', 'visto'],
  pt: ['lido', 'visto'],
  nl: ['gelezen', 'bekeken'],
  pl: ['przeczytano', 'wyświetlono'],
  sv: ['läst', 'visad', 'visat'],
  da: ['læst', 'set', 'vist'],
  nb: ['lest', 'sett', 'vist'],
  cs: ['přečteno', 'zobrazeno'],
  ko: ['조회'],
  id: ['dibaca', 'dilihat']
}

/**
 * Words after the count of a view counter (`viewedWords`), lower case.
 */
export const timesWords: Lexicon = {
  en: ['times'],
  de: ['mal'],
  fr: ['fois'],
  es: ['veces'],
  it: ['volte'],
  pt: ['vezes'],
  nl: ['keer'],
  pl: ['razy'],
  sv: ['gånger'],
  da: ['gange'],
  nb: ['ganger'],
  cs: ['krát', '×'],
  ko: ['회'],
  id: ['kali']
}

/**
 * Words that name a share or reaction counter, lower case: `1.2K shares`,
 * `5 comments`, `Likes: 12`.
 */
export const shareWords: ReadonlyArray<string> = [
  'comment',
  'comments',
  'like',
  'likes',
  'reaction',
  'reactions',
  'replies',
  'response',
  'responses',
  'share',
  'shares'
]

/**
 * Labels of a reading time before its minutes, lower case: `Reading time:
 * 5 min`, `Lesezeit: 3 Min.`, `Temps de lecture : 4 min`, `Tiempo de
 * lectura: 5 minutos`, `Czas czytania: 3 min`, `Время чтения: 3 мин`,
 * `読了時間：約3分`, `阅读时间：5分钟`.
 */
export const readingLabels: Lexicon = {
  en: ['read time', 'reading time', 'time to read'],
  de: ['lesedauer', 'lesezeit'],
  fr: ['durée de lecture', 'lecture', 'temps de lecture'],
  es: ['lectura', 'tiempo de lectura'],
  it: ['lettura', 'tempo di lettura'],
  pt: ['leitura', 'tempo de leitura'],
  nl: ['leesduur', 'leestijd'],
  pl: ['czas czytania', 'czas lektury'],
  sv: ['lästid'],
  da: ['læsetid'],
  nb: ['lesetid'],
  cs: ['doba čtení', 'čas čtení', 'čtení na'],
  tr: ['okuma süresi', 'okunma süresi'],
  ru: ['время прочтения', 'время чтения', 'читать'],
  uk: ['час читання', 'читати'],
  ja: ['この記事は', '読む時間', '読了時間'],
  zh: ['閱讀時間', '閱讀時間約', '阅读时间', '预计阅读时间'],
  ko: ['예상 읽기 시간', '읽기 시간', '읽는 시간'],
  id: ['waktu baca', 'waktu membaca', 'estimasi baca'],
  vi: ['thời gian đọc', 'đọc trong'],
  ar: ['وقت القراءة', 'مدة القراءة', 'زمن القراءة'],
  fa: ['زمان مطالعه', 'مدت زمان مطالعه', 'زمان خواندن'],
  el: ['χρόνος ανάγνωσης'],
  ro: ['timp de citire', 'timp de lectură'],
  hu: ['becsült olvasási idő', 'olvasási idő'],
  he: ['זמן קריאה', 'זמן קריאה משוער'],
  hi: ['पढ़ने का समय'],
  th: ['เวลาอ่าน', 'ใช้เวลาอ่าน'],
  fi: ['arvioitu lukuaika', 'lukuaika'],
  bg: ['време за четене', 'време за прочитане']
}

/**
 * Words after the minutes of a reading time, lower case: `5 min read`, `3
 * Min. Lesezeit`, `4 min de lecture`, `3 min czytania`, `3分で読めます`,
 * `3분 읽기`.
 */
export const readingWords: Lexicon = {
  en: ['read', 'to read'],
  de: ['lesedauer', 'lesezeit'],
  fr: ['de lecture'],
  es: ['de lectura'],
  it: ['di lettura'],
  pt: ['de leitura'],
  nl: ['leestijd', 'lezen'],
  pl: ['czytania', 'lektury'],
  sv: ['läsning', 'lästid'],
  da: ['læsetid', 'læsning'],
  nb: ['lesetid', 'lesing'],
  cs: ['čtení'],
  tr: ['okuma', 'okuma süresi'],
  ru: ['на чтение', 'чтения'],
  uk: ['на читання', 'читання'],
  ja: ['で読めます', 'で読める'],
  zh: ['閱讀', '阅读'],
  ko: ['분량', '읽기'],
  id: ['baca', 'membaca', 'waktu baca'],
  vi: ['đọc'],
  ar: ['قراءة', 'للقراءة'],
  fa: ['مطالعه', 'زمان مطالعه'],
  el: ['ανάγνωση', 'ανάγνωσης'],
  ro: ['de citit', 'de lectură'],
  hu: ['olvasás', 'olvasási idő'],
  he: ['קריאה'],
  hi: ['में पढ़ें'],
  fi: ['lukuaika'],
  bg: ['за четене', 'четене']
}

/**
 * Units of the minutes of a reading time, lower case (the rule tries the
 * longer first): `5 min`, `3 Min.`, `5 minutos`, `3 мин`, `3 хв`,
 * `3分`, `5分钟`, `3분`, `3 menit`, `3 phút`.
 */
export const minuteWords: Lexicon = {
  en: ['min', 'mins', 'minute', 'minutes'],
  de: ['minute', 'minuten'],
  fr: ['minute', 'minutes'],
  es: ['minuto', 'minutos'],
  it: ['minuti', 'minuto'],
  pt: ['minuto', 'minutos'],
  nl: ['minuten', 'minuut'],
  pl: ['minut', 'minuta', 'minuty'],
  sv: ['minut', 'minuter', 'minuters'],
  da: ['minut', 'minutter', 'minutters'],
  nb: ['minutt', 'minutter', 'minutters'],
  cs: ['minut', 'minuta', 'minuty'],
  tr: ['dakika', 'dk'],
  ru: ['мин', 'минут', 'минута', 'минуты'],
  uk: ['хв', 'хвилин', 'хвилина', 'хвилини'],
  ja: ['分'],
  zh: ['分鐘', '分钟'],
  ko: ['분'],
  id: ['menit'],
  vi: ['phút'],
  ar: ['دقائق', 'دقيقة'],
  fa: ['دقیقه'],
  el: ['λεπτά', 'λεπτό'],
  ro: ['minut', 'minute'],
  hu: ['perc'],
  he: ['דקה', 'דקות', "דק'", 'דק׳'],
  hi: ['मिनट'],
  th: ['นาที'],
  fi: ['minuutti', 'minuuttia'],
  bg: ['мин', 'минута', 'минути']
}

/**
 * Words that may stand before the minutes of a reading time, lower case:
 * `Lesezeit: ca. 3 Min.`, `読了時間：約3分`, `Czas czytania: ok. 3 min`.
 */
export const aboutWords: Lexicon = {
  en: ['about', 'approx.'],
  de: ['ca.', 'etwa'],
  fr: ['env.', 'environ'],
  pl: ['ok.', 'około'],
  sv: ['ca', 'ca.', 'cirka'],
  cs: ['cca'],
  ru: ['~', 'около'],
  ja: ['約'],
  zh: ['約', '约'],
  ko: ['약'],
  id: ['sekitar', '±'],
  vi: ['khoảng'],
  ar: ['حوالي'],
  fa: ['حدود'],
  el: ['περίπου'],
  ro: ['aprox.', 'circa'],
  hu: ['kb.', 'körülbelül'],
  he: ['כ-', 'כ־'],
  hi: ['लगभग'],
  th: ['ประมาณ'],
  fi: ['n.', 'noin'],
  bg: ['около']
}
