import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectStripped, headline} from './page.js'

/**
 * The credits in the footer of a page in each language: the platform, and
 * the design.
 */
const credits: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Proudly powered by WordPress', 'Theme by Theme Junkie'],
  de: ['Stolz präsentiert von WordPress', 'Webdesign von Müller und Partner'],
  fr: ['Fièrement propulsé par WordPress', 'Site réalisé par Agence Web'],
  es: ['Con tecnología de WordPress', 'Diseñado por Estudio Sur'],
  it: ['Orgogliosamente powered by WordPress', 'Sito realizzato da Studio Rossi'],
  pt: ['Orgulhosamente mantido com WordPress', 'Site desenvolvido por Agência Norte'],
  nl: ['Trots aangedreven door WordPress', 'Webdesign door Studio Noord'],
  pl: ['Dumnie wspierane przez WordPress', 'Projekt i wykonanie: Agencja Nowa'],
  sv: ['Drivs med WordPress', 'Webbdesign av Studio Norr'],
  da: ['Stolt drevet af WordPress', 'Webdesign af Studio Nord'],
  nb: ['Stolt drevet av WordPress', 'Webdesign av Studio Nord'],
  cs: ['Běží na WordPressu', 'Tvorba webu: Studio Sever'],
  tr: ['WordPress ile güçlendirilmiştir', 'Web Tasarım: Ajans Kuzey'],
  ru: ['Сайт работает на WordPress', 'Разработка сайта: Студия Север'],
  uk: ['З гордістю працює на WordPress', 'Розробка сайту: Студія Північ'],
  ja: ['WordPress で作成', 'サイト制作：Studio North'],
  zh: ['自豪地采用WordPress', '技术支持：阿里云'],
  ko: ['자랑스럽게 WordPress 사용중', '홈페이지 제작: Studio North'],
  id: ['Dipersembahkan oleh WordPress', 'Didesain oleh Studio Utara'],
  vi: ['Được cung cấp bởi WordPress', 'Thiết kế website bởi Studio Bắc'],
  ar: ['مدعوم بواسطة WordPress بكل فخر', 'تصميم وتطوير: Studio North'],
  fa: ['با افتخار، نیرو گرفته از وردپرس', 'طراحی سایت: Studio North'],
  el: ['Με την υποστήριξη του WordPress', 'Κατασκευή ιστοσελίδας: Studio Βορράς'],
  ro: ['Propulsat cu mândrie de WordPress', 'Site realizat de Studio Nord'],
  hu: ['Köszönjük WordPress!', 'A weboldalt készítette: Studio Észak'],
  he: ['מופעל על ידי WordPress', 'עיצוב ופיתוח: Studio North'],
  hi: ['WordPress द्वारा संचालित', 'वेबसाइट डिज़ाइन: Studio North'],
  th: ['ขับเคลื่อนโดย WordPress', 'ออกแบบเว็บไซต์โดย Studio North'],
  fi: ['Voimanlähteenä WordPress', 'Sivuston toteutus: Studio Pohjoinen'],
  bg: ['С гордост задвижвано от WordPress', 'Изработка на уебсайт: Студио Север']
}

/**
 * A page in a language: headline, article, then its footer.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  return [headline(code), first, second, ...credits[code]].join('\n\n')
}

describe('site credits in 30 languages', function () {
  it.each(languageCodes)('should strip the credits of a page in %s as `site-credit`, and keep its article', function (code) {
    expectStripped(code, page(code), credits[code], 'site-credit')
  })

  it.each(['de', 'fr', 'es', 'pl', 'ru', 'zh'] as const)('should keep them in %s with `site-credit` off', function (code) {
    const result = clean(page(code), {rules: {'site-credit': false}})
    expect(result.text).toContain(credits[code][0])
  })
})
