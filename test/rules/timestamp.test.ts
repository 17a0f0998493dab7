import {deboilerTimestamp} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerTimestamp', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerTimestamp, 'Para one.\nLast updated: March 23, 2019\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected timestamp `Last updated: March 23, 2019`',
      ruleId: 'timestamp-updated',
      source: 'deboiler',
      category: 'timestamp',
      actual: 'Last updated: March 23, 2019',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#timestamp',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 29, offset: 38}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Published 3 hours ago',
    'Posted on 12/03/2019 at 10:42',
    'UPDATED: 9:17 a.m. CT, January 15, 2008',
    'First Published: Tuesday, November 19, 2019 08:38 AM',
    'Published: January 10 2008 02:00 | Last updated: January 10 2008 02:00',
    'Last updated less than one minute ago',
    'Updated yesterday',
    'Posted: 16:50 8th January 2008',
    '2 hours ago',
    'an hour ago',
    '2 days ago at 07:52 am',
    'March 23, 2019 10:42 AM ET',
    'Thu Jan 17, 2008 5:51pm IST',
    '10:42 AM',
    '3 HRS ago 2 mins read',
    'March 23, 2019 10:42 AM · 5 min read'
  ] as const

  const ok = [
    'Updated guidance on vaccines leaves parents confused',
    'MADRID —',
    'On March 23, 2019, the SDF declared victory.',
    'Posted by Paul on January 6, 2008 2:09 PM',
    'Updated: New York, Jan 16 06:49',
    'January 15, 2008',
    '17.05.2021',
    '8:00AM-4:30PM',
    'Today',
    '2008',
    'Last 5 days',
    'March 23, 2019 · 5 min read',
    'The talks ended at 10:42 AM · 5 min read'
  ] as const

  // Timestamps in other languages, and lines in those languages with the same
  // words that are article text.
  const notOkElsewhere = [
    'Stand: 22.04.2024, 06:00 Uhr',
    '22.04.2024, 06:00 Uhr · Lesezeit: 3 Min.',
    '06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten',
    'vor 2 Stunden',
    'Publié le 5 juin 2025 à 14h30',
    'il y a 3 heures',
    'Actualizado: 15/03/2024 10:45',
    'hace 5 minutos',
    'Aggiornato il 5 giugno 2025 alle 14:30',
    'Opublikowano: 5 czerwca 2025, 14:30',
    '2 godziny temu',
    'Publicerad 5 juni 2025 kl. 14.30',
    'Bijgewerkt op 5 juni 2025 om 14:30',
    'Aktualizováno 5. června 2025 14:30',
    '2 saat önce',
    '3 часа назад',
    'Опубліковано: 5 червня 2025, 14:30',
    '公開日：2025/01/31 11:30',
    '3小时前',
    '입력 2025.06.05 14:30',
    '2 jam yang lalu',
    '3 giờ trước',
    // Counts in Han numerals and units glued to `前`, weeks, months and years,
    // Korean counts in words and a unit glued to `전`.
    '数時間前',
    '一時間前',
    '3週間前',
    '3ヶ月前',
    '1年前',
    '昨日 14:30',
    '几分钟前',
    '两天前',
    '3个月前',
    '3个小时前',
    '3周前',
    '몇 시간 전',
    '며칠 전',
    '3개월 전',
    '2주 전',
    '3시간전',
    // A zone's offset, more labels, and relative times of the Nordic
    // languages.
    '2024-01-04 11:37:44 +00:00',
    'Publié le 06/01/2026 - 14:16 UTC+1',
    'Thứ hai, 22/4/2024, 06:00 (GMT+7)',
    '最終更新：2025/06/05 14:30',
    '更新于 2025-06-05 14:30',
    'for 2 timer siden',
    'for en time siden',
    'för 2 timmar sedan',
    'I dag kl. 14.32',
    // Labels of Dutch and Turkish sites.
    'Aangepast: 12 maart 2024, 09:12',
    'Giriş Tarihi: 12.03.2024 06:00 | Son Güncelleme: 12.03.2024 09:31'
  ] as const

  const okElsewhere = [
    'Am 22.04.2024 um 06:00 Uhr begann der Streik der Feuerwehr.',
    'Stand der Dinge',
    'Vor 2 Stunden hat die Polizei den Bahnhof geräumt.',
    'Le conseil a publié le 5 juin 2025 un rapport sur la gare.',
    'Hace 5 minutos que el tren salió de la estación.',
    'Aggiornato il regolamento della biblioteca',
    '2 godziny temu zaczęła się sesja rady miasta.',
    'Три часа назад открылась новая библиотека.',
    '3時間前に図書館が開館した。',
    '三年前、彼は東京に移った。',
    '十年前の約束を、彼は今も覚えている。',
    '两天前，他在北京见到了市长。',
    '몇 시간 전부터 비가 내리기 시작했다.',
    '前年',
    'For 2 timer siden kom politiet til stedet.',
    'För 2 timmar sedan öppnade biblioteket igen.',
    'I dag kl. 14.32 åpner biblioteket igjen etter ombyggingen.',
    'Dag 3',
    '今日',
    'Diperbarui setiap hari oleh tim redaksi',
    'Aangepast aan de nieuwe regels werd het plan op 12 maart 2024 goedgekeurd.',
    'Giriş tarihi 12 Mart 2024 olarak belirlendi ve başvurular başladı.'
  ] as const

  it.each(notOkElsewhere)('should strip %j (another language)', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(okElsewhere)('should keep %j (another language)', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each([
    '۱۲ مهر ۱۴۰۳ - ۱۴:۳۰',
    'الأحد ٥ يناير ٢٠٢٥ - ١٠:٣٠',
    'منذ ٣ ساعات',
    '２０２４年１月２１日 １０:３０',
    'Updated ۱۴:۳۰'
  ])('should read the digits of other scripts as numbers: %j', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(['الأحد، 5 يناير 2025 - 10:30', 'نُشر في 5 يناير 2025 - 10:30', 'سه‌شنبه ۱۲ مهر ۱۴۰۳ - ۱۴:۳۰'])(
    'should read an Arabic comma, vowel marks and a zero-width non-joiner in a stamp: %j',
    function (line) {
      expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
    }
  )

  it('should quote a stamp in other digits as the page prints it', function () {
    const file = run(deboilerTimestamp, 'Body text.\n۱۲ مهر ۱۴۰۳ - ۱۴:۳۰\nMore body.')
    expect(file.messages.map((message) => message.reason)).toEqual(['Unexpected timestamp `۱۲ مهر ۱۴۰۳ - ۱۴:۳۰`'])
  })

  it.each(['۱۲ مهر ۱۴۰۳', '٢٠٢٤'])('should keep a date alone in other digits, as in ASCII ones: %j', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each([
    'Nach dem Angriff wurden auf dem EU-Gipfel in Brüssel schärfere Sanktionen beschlossen. 18.04.2024 | 0:21 min',
    'Politik 28.04.2023 01:48 min',
    'Do 27.04.2023 15:17Uhr 01:00 min',
    'WDR Studios NRW. 22.04.2024. 00:21 Min.. Verfügbar bis 22.04.2026. WDR Online.',
    'Le ministre arrive à Bruxelles 05/06/2025 · 2:14 min',
    'Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr',
    'Audio: Antenne Brandenburg | 24.04.2024 | Jane Doe',
    'Émission : Le 19/20, 05/06/2025',
    'Video: Evening News, 12/03/2024'
  ])('should strip the media or broadcast line %j', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each([
    'Audio: VIA VT1708A High Definition Audio Codec with built-in speakers',
    'Video: Ministers meet in Brussels to discuss the budget',
    'Sendung: Am 24.04.2024 sprach der Minister. Danach ging er.',
    'Die Sendung lief am 24.04.2024 um 20:15 Uhr im Ersten.',
    'Der Läufer lief die Strecke in 2:05 min und gewann.',
    'Am 12.03.2024 lief sie die 800 Meter in persönlicher Bestzeit.'
  ])('should keep the sentence %j', function (line) {
    expect(stripped(deboilerTimestamp, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerTimestamp,
      ['Talks fail', 'Published 3 hours ago', '', 'The talks failed on Monday.', '', '2 hours ago', 'March 23, 2019 10:42 AM ET', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '2:1-2:22: Unexpected timestamp `Published 3 hours ago`',
      '6:1-6:12: Unexpected relative time `2 hours ago`',
      '7:1-7:27: Unexpected timestamp `March 23, 2019 10:42 AM ET`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'timestamp-published',
      'timestamp-relative',
      'timestamp-date'
    ])
    expect(String(file.value)).toBe('Talks fail\n\nThe talks failed on Monday.\n')
  })
})
