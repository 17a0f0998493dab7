import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {page} from './headings.js'

/**
 * An ad label inside the article and a link that sells ads under it, in
 * each language.
 */
const adverts: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Advertisement', 'Place an Ad'],
  de: ['Anzeige', 'Anzeige aufgeben'],
  fr: ['Publicité', 'Annoncer sur ce site'],
  es: ['Publicidad', 'Anúnciate con nosotros'],
  it: ['Pubblicità', 'Pubblicità su questo sito'],
  pt: ['Publicidade', 'Anuncie aqui'],
  nl: ['Advertentie', 'Adverteer bij ons'],
  pl: ['Reklama', 'Reklama w serwisie'],
  sv: ['Annons', 'Annonsera hos oss'],
  da: ['Annonce', 'Annoncer hos os'],
  nb: ['Annonse', 'Annonser hos oss'],
  cs: ['Reklama', 'Inzerujte u nás'],
  tr: ['Reklam', 'Bize reklam verin'],
  ru: ['Реклама', 'Размещение рекламы'],
  uk: ['Реклама', 'Розміщення реклами'],
  ja: ['広告', '広告掲載について'],
  zh: ['广告', '广告合作'],
  ko: ['광고', '광고 문의'],
  id: ['Iklan', 'Pasang iklan'],
  vi: ['Quảng cáo', 'Liên hệ quảng cáo'],
  ar: ['إعلان', 'للإعلان معنا'],
  fa: ['تبلیغات', 'تعرفه تبلیغات'],
  el: ['Διαφήμιση', 'Διαφημιστείτε μαζί μας'],
  ro: ['Publicitate', 'Tarife publicitate'],
  hu: ['Hirdetés', 'Hirdessen nálunk'],
  he: ['פרסומת', 'פרסום באתר'],
  hi: ['विज्ञापन', 'हमारे साथ विज्ञापन करें'],
  th: ['โฆษณา', 'ลงโฆษณากับเรา'],
  fi: ['Mainos', 'Mainosta meillä'],
  bg: ['Реклама', 'За реклама']
}

describe('ad labels in 30 languages', function () {
  it.each(languageCodes)('should strip the ad label and link of a page in %s as `advert`, and keep its article', function (code) {
    const [label, promo] = adverts[code]
    const [first, second] = prose[code]
    const result = clean(page(code, [label], [promo]))
    for (const line of [label, promo]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('advert')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'pl', 'zh'] as const)('should keep the label in %s with `advert` off', function (code) {
    const result = clean(page(code, [adverts[code][0]]), {rules: {advert: false}})
    expect(result.text).toContain(adverts[code][0])
  })
})
