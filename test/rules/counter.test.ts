import {deboilerCounter} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerCounter', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerCounter, 'Para one.\nHits: 81\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected hit counter `Hits: 81`',
      ruleId: 'counter-hits',
      source: 'deboiler',
      category: 'counter',
      actual: 'Hits: 81',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#counter',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 9, offset: 18}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Hits: 81',
    'Views: 1,204',
    '1.2K shares',
    '5 min read',
    '12 minute read',
    '3,457 views',
    'Page views: 9 876',
    'Reading time: 4 minutes',
    '5 min read | 1.2K shares',
    '24 Comments',
    'Visits 12',
    'Hits: 1234'
  ] as const

  const ok = [
    'The video had 2 million views.',
    'Share prices fell 3% on Monday.',
    'It takes 5 min to read the whole report, she said.',
    'Views differ on the new law.',
    'Hits of the 80s',
    '81'
  ] as const

  // Reading times and view counters in other languages, with the rule id.
  const notOkLanguages = [
    ['5 min', 'counter-reading-time'],
    ['1 Min', 'counter-reading-time'],
    ['00:21 Min.', 'counter-reading-time'],
    ['12 мин', 'counter-reading-time'],
    ['Lesezeit: 3 Min.', 'counter-reading-time'],
    ['3 Min. Lesezeit', 'counter-reading-time'],
    ['1.204 Aufrufe', 'counter-hits'],
    ['Temps de lecture : 4 min', 'counter-reading-time'],
    ['1 204 vues', 'counter-hits'],
    ['Tiempo de lectura: 5 minutos', 'counter-reading-time'],
    ['Tempo di lettura: 4 minuti', 'counter-reading-time'],
    ['4 min de leitura', 'counter-reading-time'],
    ['Leestijd: 3 minuten', 'counter-reading-time'],
    ['Czas czytania: ok. 3 min', 'counter-reading-time'],
    ['1204 wyświetlenia', 'counter-hits'],
    ['Læsetid: 3 min.', 'counter-reading-time'],
    ['Okuma süresi: 3 dakika', 'counter-reading-time'],
    ['Просмотров: 120', 'counter-hits'],
    ['Час читання: 3 хв', 'counter-reading-time'],
    ['読了時間：約3分', 'counter-reading-time'],
    ['閲覧数：1,234', 'counter-hits'],
    ['阅读 1234', 'counter-hits'],
    ['조회수 1,234', 'counter-hits'],
    ['Lượt xem: 1.204', 'counter-hits'],
    // How many times a page was read, and more reading times.
    ['Read 1,234 times', 'counter-hits'],
    ['Viewed 5,678 times', 'counter-hits'],
    ['Läst 4 567 gånger', 'counter-hits'],
    ['Lest 5 678 ganger', 'counter-hits'],
    ['Set 5.678 gange', 'counter-hits'],
    ['Přečteno 5 871×', 'counter-hits'],
    ['Dibaca: 5.871 kali', 'counter-hits'],
    ['1234人已阅读', 'counter-hits'],
    ['Lecture 3 min.', 'counter-reading-time'],
    ['2 minuters läsning', 'counter-reading-time'],
    ['2 minutters lesing', 'counter-reading-time'],
    ['Okunma süresi: 3 dk', 'counter-reading-time'],
    ['Đọc trong 5 phút', 'counter-reading-time'],
    // Read counters of the Romance languages, and counters after an icon.
    ['Leído 2.087 veces', 'counter-hits'],
    ['Lu 2 087 fois', 'counter-hits'],
    ['Letto 2.087 volte', 'counter-hits'],
    ['Lido 2.087 vezes', 'counter-hits'],
    ['1.254 kez okundu', 'counter-hits'],
    ['2.581 lượt đọc', 'counter-hits'],
    ['조회 2,581회', 'counter-hits'],
    ['읽음 523', 'counter-hits'],
    ['Lästid ca 6 minuter', 'counter-reading-time'],
    ['Estimasi baca ±4 menit', 'counter-reading-time'],
    ['Читать 3 мин.', 'counter-reading-time'],
    ['この記事は約3分で読めます。', 'counter-reading-time'],
    ['⏱ 4 phút đọc', 'counter-reading-time'],
    ['👁 1,204 views', 'counter-hits']
  ] as const

  // The same words in article sentences, and minutes without a label.
  const okLanguages = [
    '10 mins',
    '5 minutes',
    'Nach 5 min war alles vorbei.',
    'Die Lesezeit beträgt 3 Minuten.',
    '3 Minuten',
    'Le temps de lecture est de 4 min.',
    'La película tuvo 1.204 visitas en un día.',
    'Czas czytania to 3 min.',
    'Просмотров было 120 за день.',
    '読了時間は約3分です。',
    '阅读 1234 本书是他的目标。',
    '조회수가 1,234회를 넘었다.',
    'Il video ha raggiunto 1.204 visualizzazioni in un giorno.',
    'O tempo de leitura é de 4 min, segundo o site.',
    'De leestijd is 3 minuten, zegt de redactie.',
    'Lästiden är 3 min för en genomsnittlig läsare.',
    'Video 1.204 görüntülenme aldı.',
    'Lượt xem tăng lên 1.204 chỉ trong một ngày.',
    'Artikel itu sudah dibaca 1.204 kali sejak pagi.',
    'Doba čtení je asi 3 minuty.',
    'Переглядів за день було понад 120.',
    'Read 3 times a day, the book changes you.',
    'Läst 3 gånger av hela klassen, blev boken en succé.',
    'La lecture de 3 minutes a suffi au juge.',
    '1234人已阅读这篇报道，市政府随后作出回应。',
    'Lo he leído 3 veces y sigue sorprendiéndome.',
    'Je l’ai lu 3 fois avant de comprendre.',
    'Visto 3 volte in un mese, il medico ha cambiato la cura.',
    'Ele foi visto 2 vezes perto da estação.',
    'Kitap 3 kez okundu ve tartışıldı.',
    '⏱ Die Uhr zeigte 4 Minuten nach zehn.'
  ] as const

  it.each(notOkLanguages)('should strip %j (%s)', function (line, ruleId) {
    const file = run(deboilerCounter, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.actual, message.ruleId])).toEqual([[line, ruleId]])
  })

  it.each(okLanguages)('should keep %j', function (line) {
    expect(stripped(deboilerCounter, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerCounter, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerCounter, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(['Views: ۱۲۰۴', 'بازدید: ۱۲۰۴', 'المشاهدات: ١٢٣٤', '۵ دقیقه مطالعه', '５ min read'])(
    'should read the digits of other scripts as numbers: %j',
    function (line) {
      expect(stripped(deboilerCounter, 'Para one.\n' + line + '\nPara two.\n')).toEqual([line])
    }
  )

  it('should report places and rule ids in order', function () {
    const file = run(deboilerCounter, ['Title', '', '5 min read', 'Text of the article.', '', 'Views: 3', ''].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '3:1-3:11: Unexpected reading time `5 min read`',
      '6:1-6:9: Unexpected hit counter `Views: 3`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['counter-reading-time', 'counter-hits'])
    expect(String(file.value)).toBe('Title\n\nText of the article.\n')
  })
})
