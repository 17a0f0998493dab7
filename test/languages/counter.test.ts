import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {headlines} from './headlines.js'

/**
 * A reading time and a view counter in each language.
 */
const counters: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Reading time: 5 min', '1,204 views'],
  de: ['Lesezeit: 3 Min.', '1.204 Aufrufe'],
  fr: ['Temps de lecture : 4 min', '1 204 vues'],
  es: ['Tiempo de lectura: 5 minutos', '1.204 visitas'],
  it: ['Tempo di lettura: 4 minuti', '1.204 visualizzazioni'],
  pt: ['Tempo de leitura: 4 min', '1.204 visualizações'],
  nl: ['Leestijd: 3 minuten', '1.204 keer bekeken'],
  pl: ['Czas czytania: 3 min', '1204 wyświetlenia'],
  sv: ['Lästid: 3 min', '1 204 visningar'],
  da: ['Læsetid: 3 min.', '1.204 visninger'],
  nb: ['Lesetid: 3 min', '1 204 visninger'],
  cs: ['Doba čtení: 3 minuty', '1 204 zobrazení'],
  tr: ['Okuma süresi: 3 dakika', '1.204 görüntülenme'],
  ru: ['Время чтения: 3 мин', 'Просмотров: 120'],
  uk: ['Час читання: 3 хв', 'Переглядів: 120'],
  ja: ['読了時間：約3分', '閲覧数：1,204'],
  zh: ['阅读时间：5分钟', '阅读 1204'],
  ko: ['읽는 시간 3분', '조회수 1,204'],
  id: ['Waktu baca: 3 menit', '1.204 kali dibaca'],
  vi: ['Thời gian đọc: 3 phút', 'Lượt xem: 1.204'],
  ar: ['وقت القراءة: 3 دقائق', '1204 مشاهدة'],
  fa: ['زمان مطالعه: 5 دقیقه', 'بازدید: 1204'],
  el: ['Χρόνος ανάγνωσης: 3 λεπτά', '1.204 προβολές'],
  ro: ['Timp de citire: 3 minute', '1.204 vizualizări'],
  hu: ['Olvasási idő: 3 perc', '1204 megtekintés'],
  he: ['זמן קריאה: 3 דקות', '1,204 צפיות'],
  hi: ['पढ़ने का समय: 3 मिनट', '1,204 व्यूज़'],
  th: ['เวลาอ่าน 3 นาที', 'เข้าชม 1,204'],
  fi: ['Lukuaika: 3 min', '1 204 katselukertaa'],
  bg: ['Време за четене: 3 мин', '1204 преглеждания']
}

/**
 * A page in a language: headline, the reading time, the article with the
 * view counter between its paragraphs.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  const [reading, views] = counters[code]
  return [headlines[code], reading, first, views, second].join('\n\n')
}

describe('counters in 30 languages', function () {
  it.each(languageCodes)('should strip the counters of a page in %s as `counter`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code))
    for (const line of counters[code]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('counter')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'ru', 'zh'] as const)('should keep them in %s with `counter` off', function (code) {
    const result = clean(page(code), {rules: {counter: false}})
    expect(result.text).toContain(counters[code][0])
    expect(result.text).toContain(counters[code][1])
  })
})
