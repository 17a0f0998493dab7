import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {page} from './headings.js'
import {expectKept, expectStripped} from './page.js'

/**
 * The notice under a page and its `All rights reserved` line, in each
 * language.
 */
const notices: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['© 2025 Example Media Ltd', 'All rights reserved.'],
  de: ['© 2025 Beispiel Verlag GmbH', 'Alle Rechte vorbehalten.'],
  fr: ['© 2025 Le Journal', 'Tous droits réservés.'],
  es: ['© 2025 El Diario', 'Todos los derechos reservados.'],
  it: ['© 2025 Il Giornale', 'Tutti i diritti riservati.'],
  pt: ['© 2025 O Jornal', 'Todos os direitos reservados.'],
  nl: ['© 2025 De Krant', 'Alle rechten voorbehouden.'],
  pl: ['© 2025 Gazeta', 'Wszelkie prawa zastrzeżone.'],
  sv: ['© 2025 Tidningen', 'Alla rättigheter förbehållna.'],
  da: ['© 2025 Avisen', 'Alle rettigheder forbeholdes.'],
  nb: ['© 2025 Avisen', 'Alle rettigheter reservert.'],
  cs: ['© 2025 Noviny', 'Všechna práva vyhrazena.'],
  tr: ['© 2025 Gazete', 'Tüm hakları saklıdır.'],
  ru: ['© 2025 Газета', 'Все права защищены.'],
  uk: ['© 2025 Газета', 'Усі права захищені.'],
  ja: ['© 2025 新聞社', '無断転載を禁じます。'],
  zh: ['© 2025 新闻网', '版权所有'],
  ko: ['© 2025 신문', '무단 전재 및 재배포 금지'],
  id: ['© 2025 Koran', 'Hak cipta dilindungi undang-undang.'],
  vi: ['© 2025 Báo', 'Bảo lưu mọi quyền.'],
  ar: ['© 2025 الجريدة', 'جميع الحقوق محفوظة.'],
  fa: ['© 2025 روزنامه', 'کلیه حقوق محفوظ است.'],
  el: ['© 2025 Η Εφημερίδα', 'Με επιφύλαξη παντός δικαιώματος.'],
  ro: ['© 2025 Ziarul', 'Toate drepturile rezervate.'],
  hu: ['© 2025 Hírlap', 'Minden jog fenntartva.'],
  he: ['© 2025 העיתון', 'כל הזכויות שמורות.'],
  hi: ['© 2025 समाचार पत्र', 'सर्वाधिकार सुरक्षित।'],
  th: ['© 2025 หนังสือพิมพ์', 'สงวนลิขสิทธิ์'],
  fi: ['© 2025 Sanomalehti', 'Kaikki oikeudet pidätetään.'],
  bg: ['© 2025 Вестник', 'Всички права запазени.']
}

describe('copyright notices in 30 languages', function () {
  it.each(languageCodes)('should strip the notices of a page in %s as `copyright`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code, [], [notices[code].join('\n')]))
    for (const line of notices[code]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('copyright')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'ru', 'zh'] as const)('should keep the rights line in %s with `copyright` off', function (code) {
    const result = clean(page(code, [], [notices[code][1]]), {rules: {copyright: false}})
    expect(result.text).toContain(notices[code][1])
  })
})

describe('notices that forbid a reprint', function () {
  it.each([
    ['de', 'Nachdruck nur mit Genehmigung.'],
    ['fr', 'Reproduction interdite sans autorisation.'],
    ['es', 'Prohibida su reproducción total o parcial.'],
    ['it', 'Riproduzione vietata'],
    ['pt', 'Proibida a reprodução sem autorização.'],
    ['sv', 'Eftertryck förbjudet.'],
    ['da', 'Eftertryk forbudt.'],
    ['nb', 'Ettertrykk uten tillatelse forbudt.'],
    ['tr', 'İzinsiz kopyalanamaz, kaynak gösterilmeden kullanılamaz.'],
    ['uk', 'Передрук матеріалів можливий лише з посиланням на джерело.']
  ] as const)('should strip the notice in %s (`%s`) as `copyright`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, second, line].join('\n\n'), [line], 'copyright')
  })

  it.each([
    ['es', 'La ley prohibida su reproducción en 1950, dijo el juez.'],
    ['de', 'Der Nachdruck verboten worden war, sagte er.'],
    ['tr', 'Belgelerin izinsiz kopyalanamaz olduğunu söyledi.']
  ] as const)('should keep a sentence with the same words in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})
