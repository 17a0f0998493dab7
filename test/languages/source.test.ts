import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {headlines} from './headlines.js'

/**
 * A source line under the article in each language.
 */
const sources: Readonly<Record<LanguageCode, string>> = {
  en: 'Source: Reuters',
  de: 'Quelle: dpa',
  fr: 'Source : AFP',
  es: 'Fuente: EFE',
  it: 'Fonte: ANSA',
  pt: 'Fonte: Lusa',
  nl: 'Bron: ANP',
  pl: 'Źródło: PAP',
  sv: 'Källa: TT',
  da: 'Kilde: Ritzau',
  nb: 'Kilde: NTB',
  cs: 'Zdroj: ČTK',
  tr: 'Kaynak: Anadolu Ajansı',
  ru: 'Источник: ТАСС',
  uk: 'Джерело: Укрінформ',
  ja: '出典：共同通信',
  zh: '来源：新华社',
  ko: '출처: 연합뉴스',
  id: 'Sumber: Antara',
  vi: 'Nguồn: TTXVN',
  ar: 'المصدر: وكالات',
  fa: 'منبع: ایرنا',
  el: 'Πηγή: ΑΠΕ-ΜΠΕ',
  ro: 'Sursa: Agerpres',
  hu: 'Forrás: MTI',
  he: 'מקור: רויטרס',
  hi: 'स्रोत: पीटीआई',
  th: 'ที่มา : สำนักข่าวไทย',
  fi: 'Lähde: STT',
  bg: 'Източник: БТА'
}

/**
 * A page in a language: headline, article, then its source.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  return [headlines[code], first, second, sources[code]].join('\n\n')
}

describe('source lines in 30 languages', function () {
  it.each(languageCodes)('should strip the source line of a page in %s as `source`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code))
    expect(result.stripped.find((item) => item.actual === sources[code])?.category).toBe('source')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'pl', 'ru', 'ko'] as const)('should keep it in %s with `source` off', function (code) {
    const result = clean(page(code), {rules: {source: false}})
    expect(result.text).toContain(sources[code])
  })
})
