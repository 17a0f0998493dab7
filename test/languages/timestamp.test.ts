import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectStripped} from './page.js'

/**
 * A publication stamp and a relative time in each language.
 */
const stamps: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Published March 23, 2019 10:42 AM ET', '2 hours ago'],
  de: ['Stand: 22.04.2024, 06:00 Uhr', 'vor 2 Stunden'],
  fr: ['Publié le 5 juin 2025 à 14h30', 'il y a 3 heures'],
  es: ['Actualizado: 15/03/2024 10:45', 'hace 5 minutos'],
  it: ['Aggiornato il 5 giugno 2025 alle 14:30', '3 ore fa'],
  pt: ['Atualizado em 05/06/2025 às 14h30', 'há 3 horas'],
  nl: ['Bijgewerkt op 5 juni 2025 om 14:30', '3 uur geleden'],
  pl: ['Opublikowano: 5 czerwca 2025, 14:30', '2 godziny temu'],
  sv: ['Publicerad 5 juni 2025 kl. 14.30', '3 timmar sedan'],
  da: ['Publiceret 5. juni 2025 kl. 14.30', '3 timer siden'],
  nb: ['Oppdatert 5. juni 2025 kl. 14:30', '3 timer siden'],
  cs: ['Aktualizováno 5. června 2025 14:30', 'před 3 hodinami'],
  tr: ['Yayınlanma: 05.06.2025 14:30', '2 saat önce'],
  ru: ['Опубликовано: 5 июня 2025, 14:30', '3 часа назад'],
  uk: ['Опубліковано: 5 червня 2025, 14:30', '3 години тому'],
  ja: ['公開日：2025/01/31 11:30 更新日：2025/01/31 11:30', '3時間前'],
  zh: ['发布时间：2025-06-05 14:30', '3小时前'],
  ko: ['입력 2025.06.05 14:30', '3시간 전'],
  id: ['Diperbarui 5 Juni 2025, 14:30 WIB', '2 jam yang lalu'],
  vi: ['Cập nhật lúc 14:30 ngày 05/06/2025', '3 giờ trước'],
  ar: ['تاريخ النشر: 05/06/2025 - 14:30', 'منذ 3 ساعات'],
  fa: ['تاریخ انتشار: ۱۵ خرداد ۱۴۰۴ - ۱۴:۳۰', '۳ ساعت پیش'],
  el: ['Δημοσίευση: 5 Ιουνίου 2025, 14:30', 'πριν από 3 ώρες'],
  ro: ['Publicat: 5 iunie 2025, 14:30', 'acum 3 ore'],
  hu: ['Frissítve: 2025. június 5. 14:30', '3 órája'],
  he: ['פורסם: 05.06.25, 14:30', 'לפני 3 שעות'],
  hi: ['अपडेटेड: 5 जून 2025, 14:30 IST', '2 घंटे पहले'],
  th: ['5 มกราคม 2567 - 14:30 น.', '3 ชั่วโมงที่แล้ว'],
  fi: ['Päivitetty 5.6.2025 klo 14.30', '3 tuntia sitten'],
  bg: ['Публикувано: 05.06.2025, 14:30', 'преди 3 часа']
}

describe('timestamps in 30 languages', function () {
  it.each(languageCodes)('should strip the timestamps of a page in %s as `timestamp`, and keep its article', function (code) {
    const [published, relative] = stamps[code]
    const [first, second] = prose[code]
    const page = [published, first, relative, second].join('\n\n')
    const result = clean(page)
    for (const line of [published, relative]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('timestamp')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each([
    ['ja', '数時間前'],
    ['ja', '3ヶ月前'],
    ['zh', '几分钟前'],
    ['zh', '3个月前'],
    ['ko', '몇 시간 전'],
    ['ko', '3개월 전']
  ] as const)('should strip a relative time in %s written without digits or in weeks, months and years: %j', function (code, relative) {
    const [first, second] = prose[code]
    expectStripped(code, [first, relative, second].join('\n\n'), [relative], 'timestamp', 'timestamp-relative')
  })

  it.each(['de', 'fr', 'es', 'ja', 'ko'] as const)('should keep them in %s with `timestamp` off', function (code) {
    const [published, relative] = stamps[code]
    const [first, second] = prose[code]
    const result = clean([published, first, relative, second].join('\n\n'), {rules: {timestamp: false}})
    expect(result.text).toContain(published)
    expect(result.text).toContain(relative)
  })
})

/**
 * A relative time without a digit in each language that has one: a word of
 * one or a few, or a unit whose singular or dual is the count.
 */
const countless = [
  ['en', 'an hour ago'],
  ['de', 'vor einem Tag'],
  ['de', 'vor wenigen Minuten'],
  ['fr', 'il y a quelques minutes'],
  ['es', 'hace una hora'],
  ['it', "un'ora fa"],
  ['pt', 'há uma hora'],
  ['nl', 'een uur geleden'],
  ['pl', 'godzinę temu'],
  ['sv', 'en timme sedan'],
  ['da', 'en time siden'],
  ['nb', 'en time siden'],
  ['cs', 'před hodinou'],
  ['tr', 'bir saat önce'],
  ['ru', 'час назад'],
  ['uk', 'годину тому'],
  ['id', 'satu jam yang lalu'],
  ['vi', 'một giờ trước'],
  ['ar', 'منذ ساعتين'],
  ['fa', 'یک ساعت پیش'],
  ['el', 'πριν από μία ώρα'],
  ['ro', 'acum o oră'],
  ['hu', 'egy órája'],
  ['he', 'לפני שעה'],
  ['hi', 'एक घंटा पहले'],
  ['fi', 'tunti sitten'],
  ['bg', 'преди час']
] as const

describe('a relative time without a digit', function () {
  it.each(countless)('should strip it in %s (`%s`) as `timestamp-relative`', function (code, line) {
    const [first, second] = prose[code]
    const result = clean([first, line, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === line)?.ruleId).toBe('timestamp-relative')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each([
    ['en', 'hours ago'],
    ['de', 'vor Stunden'],
    ['ru', 'часов назад']
  ] as const)('should keep a relative word and a plain plural in %s (`%s`): no count', function (code, line) {
    const [first, second] = prose[code]
    const result = clean([first, line, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === line && item.category === 'timestamp')).toBeUndefined()
  })
})

/**
 * A time of day alone, with the clock word of each language that writes one.
 */
const times = [
  ['de', '15:44 Uhr'],
  ['fr', '14h30'],
  ['it', 'ore 14:30'],
  ['nl', '14.30 uur'],
  ['pl', 'godz. 14:30'],
  ['sv', 'kl. 14.30'],
  ['da', 'kl. 14.30'],
  ['nb', 'klokken 14.30'],
  ['tr', 'saat 14:30'],
  ['id', 'pukul 10.00 WIB'],
  ['ar', 'الساعة 14:30'],
  ['fa', 'ساعت 14:30'],
  ['ro', 'ora 14:30'],
  ['th', '14:30 น.'],
  ['fi', 'klo 14.30'],
  ['bg', '14:30 ч.']
] as const

describe('a time of day alone', function () {
  it.each(times)('should strip a time alone in %s (`%s`) as `timestamp-date`', function (code, time) {
    const [first, second] = prose[code]
    const result = clean([first, time, second].join('\n\n'))
    const item = result.stripped.find((item) => item.actual === time)
    expect(item?.category).toBe('timestamp')
    expect(item?.ruleId).toBe('timestamp-date')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['16:30', '10:42:03', '45:47'])('should strip `%s` alone, a time or a clip length', function (time) {
    const [first, second] = prose.en
    const result = clean([first, time, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === time)?.ruleId).toBe('timestamp-date')
  })

  it.each(['1.11', '17.05', '12:00 - 13:00', 'Son of a preacher 12:30'])('should keep `%s` (a version, a date, a range, words)', function (line) {
    const [first, second] = prose.en
    const result = clean([first, line, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === line && item.category === 'timestamp')).toBeUndefined()
  })

  it('should read two labelled stamps on one line (`Aktualizacja: … Publikacja: …`, `Son Güncelleme : …`)', function () {
    for (const [code, line] of [
      ['pl', 'Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52'],
      ['tr', 'Son Güncelleme : 30.04.2024 - 16:49']
    ] as const) {
      const [first, second] = prose[code]
      const result = clean([first, line, second].join('\n\n'))
      expect(result.stripped.find((item) => item.actual === line)?.ruleId).toBe('timestamp-updated')
    }
  })
})
