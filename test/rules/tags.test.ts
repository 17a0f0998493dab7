import {deboilerTags} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerTags', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerTags, 'Para one.\nTags: Syria, ISIS\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected tag list `Tags: Syria, ISIS`',
      ruleId: 'tags-list',
      source: 'deboiler',
      category: 'tags',
      actual: 'Tags: Syria, ISIS',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#tags',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 18, offset: 27}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Filed under: Politics',
    'Filed Under: Economy, Education, Health Care Reform, Jobs',
    'Topics: Climate change, Energy',
    'Categories: News, World',
    'Category: Gardening, Raising Your Own Food',
    'Posted in Uncategorized',
    'Posted in Home Safety',
    'Tagged: Altra, Brooks, Hoka, La Sportiva, trail running shoes',
    'Tags: advent of code computing rust',
    'Tags:lc 500 lexus lc convertible',
    'tags #Local Markets #Nifty #Sensex',
    'Filed under afghanistan , hostages , middle east',
    'Posted in GiveWell Incubation Grants | Permalink | 1 Comment',
    'Tags',
    'Filed under:',
    'Related Tags:',
    // The longest label: `Tagged with`, not `Tagged` and `with Donald Trump`.
    'Tagged with Donald Trump, Melania Trump'
  ] as const

  // Tag lines and headings in other languages.
  const notOkLanguages = [
    'Schlagwörter: Bundestag, Olaf Scholz, Haushalt',
    'Schlagwörter',
    'Veröffentlicht unter Allgemein',
    'Themen: Klima, Energie',
    'Mots-clés : Paris, Culture',
    'Étiquettes',
    'Etiquetas: Madrid, Política, Cultura',
    'Parole chiave: Roma, Cultura',
    'Palavras-chave: Lisboa, Cultura',
    'Trefwoorden: Amsterdam, Cultuur',
    'Tagi: Sejm, Warszawa',
    'Taggar: Stockholm, Kultur',
    'Etiketter: Nyheter, Lokalt',
    'Emneord: almene boliger, Gellerup',
    'Štítky: Praha, Kultura',
    'Etiketler: İstanbul, Kültür',
    'Теги: Москва, культура',
    'タグ：政治、経済',
    '标签：北京 文化',
    '태그 #서울 #도서관',
    'Kata kunci: Jakarta, Budaya',
    'Từ khóa: Hà Nội, văn hóa'
  ] as const

  // The same words in article sentences.
  const okLanguages = [
    'Schlagwörter wie Zeitenwende prägten das Jahr.',
    'Themen wie Klima und Energie bestimmten den Wahlkampf.',
    'Veröffentlicht unter dem Titel „Heimat“ wurde das Buch ein Erfolg.',
    'Mots-clés et slogans ont envahi la campagne.',
    'Etiquetas de precios nuevas llegan a las tiendas.',
    'Publicado en 05/06/2025',
    'Tagi i hashtagi nie pomogły w kampanii.',
    'Теги в соцсетях помогли найти пропавшего.',
    'タグを付けた写真が話題になった。',
    '태그를 단 게시물이 늘었다.',
    'Từ khóa này được tìm kiếm nhiều nhất.',
    'Thẻ ATM',
    'Temas pendientes del Gobierno',
    'Argomenti come la sanità e la scuola hanno dominato il dibattito.',
    'Palavras-chave como sustentabilidade aparecem em todos os discursos.',
    'Trefwoorden als duurzaamheid keren steeds terug in het debat.',
    'Taggar på kläderna visade var de var tillverkade.',
    'Etiketler ürünlerin üzerinden sökülmüştü.',
    '标签上写着产品的原产地和价格。',
    'Kata kunci dalam pidato itu adalah persatuan.',
    'Štítky na zboží ukazovaly staré ceny.',
    'Мітки на мапі показують місця обстрілів.',
    'Stikkord som klima og energi preget valgkampen.',
    'Nøgleord som klima og energi prægede valgkampen.',
    'Etiketter på varorna visade var de var tillverkade.'
  ] as const

  it.each(notOkLanguages)('should strip %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(['الوسوم: سياسة، اقتصاد، الشرق الأوسط', 'برچسب ها: سیاست، اقتصاد، خاورمیانه'])(
    'should cut a tag list at the Arabic comma: %j',
    function (line) {
      expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
    }
  )

  // Rows of hashtags without a label, in any language; hashtags in a
  // sentence, a lone one, a Markdown heading and a number are kept.
  it.each([
    '#Písek #doprava #zastupitelstvo',
    '#kungälv #trafik #kommunen',
    '#Вологда #мост #гордума',
    '#TânPhước #cầudânsinh #giaothông',
    '#北山町 #地方議会 #図書館',
    '#江南大桥通车# #城市建设#',
    '#development, #git',
    '  #Eskişehir #belediye #ulaşım  '
  ])('should strip the row of hashtags %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([line.trim()])
  })

  it.each([
    'Der Hashtag #MeToo ging um die Welt.',
    '#MeToo',
    '# Heading one',
    '#1 #2',
    '#Vologda ist eine Stadt #Russland'
  ])('should keep %j, which is no row of hashtags', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(okLanguages)('should keep %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  const ok = [
    'Tags were attached to the birds’ legs.',
    'Tags were attached',
    'Topics include Watershed Ecology, Watershed Change, and Clean Water Act Foundations',
    'Category winners were announced on Friday.',
    'Tag us in your photos',
    'tags = {',
    'Topic Editor: where you write and format content.',
    'Topics',
    'Tagsy loves the park',
    'Tagged with love by our readers',
    // A count on a forum’s index, not a tag.
    'Topics: 8',
    'Topics: 1,204'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(deboilerTags, ['Talks fail', '', 'The talks failed on Monday.', '', 'Tags', 'Filed under: World, Middle East', ''].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '5:1-5:5: Unexpected tags heading `Tags`',
      '6:1-6:32: Unexpected tag list `Filed under: World, Middle East`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['tags-heading', 'tags-list'])
    expect(String(file.value)).toBe('Talks fail\n\nThe talks failed on Monday.\n')
  })
})
