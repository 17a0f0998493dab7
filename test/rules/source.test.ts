import {deboilerSource} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerSource', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerSource, 'Para one.\nSource: Reuters\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected source line `Source: Reuters`',
      ruleId: 'source-line',
      source: 'deboiler',
      category: 'source',
      actual: 'Source: Reuters',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#source',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 16, offset: 25}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Source Article from https://www.example.com/news/454555-talks-fail/?utm_source=rss&utm_medium=rss',
    'This article originally appeared on The Conversation.',
    'This story was first published by ProPublica.',
    'Originally published at example.com',
    'Originally posted on Medium',
    'Read the original article here',
    'Original article: https://example.org/2019/03/talks',
    'This article is republished from The Conversation under a Creative Commons license. Read the original article.',
    'SOURCE: News agencies',
    'Source: www.example.com',
    'Sources: AP, AFP'
  ] as const

  const ok = [
    'A source close to the minister said the talks had failed.',
    'Sources said the deal was off.',
    'This article was originally published on August 27, 2015. It has been updated since.',
    'This article was originally published on page 28 of The Sunday Tribune on December 30, 2007',
    'Editor’s note: This story was first published in 2012.',
    'Correction: An earlier version of this article misstated the date of the vote.',
    'Source: Bureau of Labor Statistics',
    'Original article titles were changed before print, she said.',
    'Source:'
  ] as const

  // Source lines and syndication notes in other languages, with the rule id.
  const notOkLanguages = [
    ['Quelle: dpa', 'source-line'],
    ['(Quelle: APA/sda/dpa)', 'source-line'],
    ['Dieser Artikel erschien zuerst auf Zeit Online.', 'source-originally'],
    ['Source : AFP', 'source-line'],
    ['Fuente: EFE', 'source-line'],
    ['Este artículo fue publicado originalmente en The Conversation.', 'source-originally'],
    ['Fonte: ANSA', 'source-line'],
    ['Bron: BELGA', 'source-line'],
    ['Źródło: rp.pl', 'source-line'],
    ['Kilde: Ritzau', 'source-line'],
    ['Zdroj: ČTK', 'source-line'],
    ['Kaynak: AA', 'source-line'],
    ['Источник: ТАСС', 'source-line'],
    ['Джерело: Укрінформ', 'source-line'],
    ['出典：共同通信', 'source-line'],
    ['来源：新华社', 'source-line'],
    ['本文首发于澎湃新闻', 'source-originally'],
    ['출처: 연합뉴스', 'source-line'],
    ['Sumber: Antara', 'source-line'],
    ['Nguồn: TTXVN', 'source-line'],
    // More labels, and the notes in other words.
    ['Převzato z: Novinky.cz', 'source-line'],
    ['情報元：札幌市公式サイト', 'source-line'],
    ['文章来源：杭州日报', 'source-line'],
    ['Ursprünglich veröffentlicht auf ZEIT ONLINE', 'source-originally'],
    ["Article publié à l'origine sur The Conversation.", 'source-originally'],
    ['Articolo originale pubblicato su Il Fatto Quotidiano', 'source-originally'],
    ['Dit artikel is oorspronkelijk gepubliceerd op Trouw.nl.', 'source-originally'],
    ['Texten publicerades först i Upsala Nya Tidning.', 'source-originally'],
    ['Saken ble først publisert i Bergensavisen.', 'source-originally'],
    ["Bu haber ilk olarak Cumhuriyet'te yayımlanmıştır.", 'source-originally'],
    ['Матеріал вперше опубліковано на сайті Zaxid.net', 'source-originally'],
    ['本文转载自微信公众号“杭州发布”', 'source-originally']
  ] as const

  // The same words in article sentences, chart sources and editor’s notes.
  const okLanguages = [
    'Quelle der Informationen ist ein Bericht der Regierung.',
    'Quelle: Statistisches Bundesamt',
    'Dieser Artikel erschien zuerst am 5. Juni 2025 in der Printausgabe.',
    'Fuente: Instituto Nacional de Estadística, encuesta de 2024',
    'Une source proche du dossier a confirmé la nouvelle.',
    'Źródło problemu leży w przepisach.',
    'Источник в правительстве сообщил об отставке.',
    '来源：国家统计局',
    '出典を明記してください。',
    'Nguồn tin cho biết cuộc họp đã bị hoãn.',
    'Fonte di preoccupazione resta il costo dell’energia.',
    'A fonte disse que o acordo estava fechado.',
    'Bron van de problemen is een oude wet.',
    'Källan uppgav att mötet hade skjutits upp.',
    'Kaynak, toplantının ertelendiğini söyledi.',
    '출처를 밝히지 않은 자료가 퍼졌다.',
    'Sumber di kepolisian mengatakan pelaku sudah ditangkap.',
    'Zdroj z ministerstva potvrdil, že jednání selhala.',
    'Джерело в уряді повідомило про відставку.',
    'Ursprünglich veröffentlicht am 5. Juni 2025 in der Printausgabe.'
  ] as const

  it.each(notOkLanguages)('should strip %j (%s)', function (line, ruleId) {
    const file = run(deboilerSource, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.actual, message.ruleId])).toEqual([[line, ruleId]])
  })

  it.each(okLanguages)('should keep %j', function (line) {
    expect(stripped(deboilerSource, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerSource, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerSource, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerSource,
      ['Talks fail', '', 'The talks failed on Monday.', '', 'This article originally appeared on Example News.', 'Source Article from https://example.com/a', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '5:1-5:50: Unexpected syndication note `This article originally appeared on Example News.`',
      '6:1-6:42: Unexpected source link `Source Article from https://example.com/a`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['source-originally', 'source-article'])
    expect(String(file.value)).toBe('Talks fail\n\nThe talks failed on Monday.\n')
  })
})
