import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {headlines} from './headlines.js'

/**
 * A tags heading and a tag line under the article, in each language.
 */
const tagLines: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Tags', 'Tags: Libraries, Railways, Town council'],
  de: ['Schlagwörter', 'Schlagwörter: Bibliothek, Bahnhof, Gemeinderat'],
  fr: ['Mots-clés', 'Mots-clés : Bibliothèque, Gare, Conseil municipal'],
  es: ['Etiquetas', 'Etiquetas: Biblioteca, Estación, Ayuntamiento'],
  it: ['Parole chiave', 'Tag: Biblioteca, Stazione, Consiglio comunale'],
  pt: ['Palavras-chave', 'Tags: Biblioteca, Estação, Câmara municipal'],
  nl: ['Trefwoorden', 'Trefwoorden: Bibliotheek, Station, Gemeenteraad'],
  pl: ['Tagi', 'Tagi: biblioteka, dworzec, rada miasta'],
  sv: ['Taggar', 'Taggar: Bibliotek, Järnväg, Kommunen'],
  da: ['Nøgleord', 'Tags: Bibliotek, Banegård, Byrådet'],
  nb: ['Stikkord', 'Stikkord: Bibliotek, Jernbane, Kommunestyret'],
  cs: ['Štítky', 'Štítky: knihovna, nádraží, zastupitelstvo'],
  tr: ['Etiketler', 'Etiketler: Kütüphane, Tren istasyonu, Belediye'],
  ru: ['Теги', 'Теги: библиотека, вокзал, городской совет'],
  uk: ['Теги', 'Теги: бібліотека, вокзал, міська рада'],
  ja: ['タグ', 'タグ：図書館、駅舎、市議会'],
  zh: ['标签', '标签：图书馆 火车站 市议会'],
  ko: ['태그', '태그 #도서관 #기차역 #시의회'],
  id: ['Tagar', 'Tag: Perpustakaan, Stasiun, Dewan Kota'],
  vi: ['Từ khóa', 'Từ khóa: thư viện, nhà ga, hội đồng thành phố'],
  ar: ['الوسوم', 'الوسوم: مكتبة, محطة القطار, المجلس البلدي'],
  fa: ['برچسب ها', 'برچسب ها: کتابخانه, ایستگاه راه آهن, شورای شهر'],
  el: ['Ετικέτες', 'Ετικέτες: Βιβλιοθήκη, Σιδηροδρομικός σταθμός, Δημοτικό συμβούλιο'],
  ro: ['Etichete', 'Etichete: Bibliotecă, Gară, Consiliul local'],
  hu: ['Címkék', 'Címkék: könyvtár, vasútállomás, önkormányzat'],
  he: ['תגיות', 'תגיות: ספרייה, תחנת רכבת, מועצת העיר'],
  hi: ['टैग्स', 'टैग्स: Delhi News, Library, Railway Station'],
  th: ['แท็ก', 'แท็ก: Bangkok, Library, BTS'],
  fi: ['Avainsanat', 'Avainsanat: kirjasto, rautatieasema, kaupunginvaltuusto'],
  bg: ['Етикети', 'Етикети: библиотека, гара, общински съвет']
}

/**
 * A page in a language: headline, article, then its tags.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  return [headlines[code], first, second, ...tagLines[code]].join('\n\n')
}

describe('tags in 30 languages', function () {
  it.each(languageCodes)('should strip the tags of a page in %s as `tags`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code))
    for (const line of tagLines[code]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('tags')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'es', 'pl', 'ru', 'ja'] as const)('should keep them in %s with `tags` off', function (code) {
    const result = clean(page(code), {rules: {tags: false}})
    expect(result.text).toContain(tagLines[code][1])
  })
})
