import {deboilerRelated} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerRelated', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerRelated, 'Para one.\n\nYou may also like\nWhy the moon drifts away each year\n\nPara two.\n')
    expect(file.messages.length).toBe(2)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected related heading `You may also like`',
      ruleId: 'related-heading',
      source: 'deboiler',
      category: 'related',
      actual: 'You may also like',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#related',
      place: {start: {line: 3, column: 1, offset: 11}, end: {line: 3, column: 18, offset: 28}}
    })
    expect(file.messages[1]!.ruleId).toBe('related-teaser')
    expect(String(file.value)).toBe('Para one.\n\nPara two.\n')
  })

  const notOk = [
    'You might also like',
    'MOST READ',
    'Most popular',
    'Related Stories',
    'Related Posts:',
    'More from Sports',
    'More From the Los Angeles Times',
    'Recommended for you',
    'Trending Now',
    'Read Next',
    'Read More:',
    'SEE ALSO',
    'Also on Reuters',
    'Read more: Tencent profit falls as Alibaba threat and economic woes weigh',
    'RELATED: Workout of the Week: The Hill-Tempo Sandwich',
    'Also Read: 10 Ways Generative AI is Transforming the eCommerce Industry',
    'Also on bbc.co.uk Bulldog back on top 10 U.S. dog list after 75 years'
  ] as const

  const ok = [
    'Related: the council also voted to raise parking fees next year.',
    'More from the interview will air on Sunday.',
    'Also on the Kerry front, see this article in The New Republic.',
    'Most popular with younger voters was the promise of free tuition.',
    'Trending upward, the index closed at a record on Friday.',
    'UP NEXT',
    'Read more',
    'HIDDEN CAVES'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    const text = 'Body text of the article.\n\n' + line + '\n\nMore body text of the article, which goes on.'
    expect(stripped(deboilerRelated, text)).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    const text = 'Body text of the article.\n\n' + line + '\n\nMore body text of the article, which goes on.'
    expect(stripped(deboilerRelated, text)).toEqual([])
  })

  it.each([
    'Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr',
    'Löschen, Retten, Rente: Feuerwehr-Ruhestand mit 60? | audio',
    'Council approves the new bridge over the river | video',
    'Le gouvernement présente son plan pour les retraites | vidéo',
    'Rząd przedstawił nowy plan dla szpitali | więcej'
  ])('should strip the teaser with its link after a bar %j', function (line) {
    const file = run(deboilerRelated, 'Body text of the article.\n\n' + line + '\n\nMore body text of the article, which goes on.')
    expect(file.messages.map((message) => [message.actual, message.ruleId])).toEqual([[line, 'related-teaser']])
  })

  it.each(['Sport | mehr', 'News | Sport | mehr', 'Er sagte, die Feuerwehr habe mehr Personal gefordert. | mehr Infos'])(
    'should keep %j',
    function (line) {
      expect(stripped(deboilerRelated, 'Body text of the article.\n\n' + line + '\n\nMore body text of the article.')).toEqual([])
    }
  )

  const notOkLanguages = [
    ['de', 'Lesen Sie auch:'],
    ['de', 'Das könnte Sie auch interessieren'],
    ['de', 'Mehr zum Thema Hitzeschäden'],
    ['de', 'Lesen Sie auch: Merz will die Schuldenbremse lockern'],
    ['de', 'Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt'],
    ['de', 'Mehr zu Fleischkonsum'],
    ['de', 'Aus dem Ressort'],
    ['de', 'Die Sportredaktion empfiehlt'],
    ['fr', 'À lire aussi : Le Sénat adopte la réforme des retraites'],
    ['fr', 'Les plus lus'],
    ['es', 'Lea más: El Gobierno aprueba el nuevo plan de vivienda'],
    ['es', 'Noticias relacionadas'],
    ['es', 'Lea más:'],
    ['it', 'Leggi anche: Il governo approva la manovra'],
    ['pt', 'Leia também: Governo anuncia novo pacote fiscal'],
    ['nl', 'Lees ook: Kabinet presenteert nieuwe plannen voor wonen'],
    ['pl', 'Czytaj też: Sejm przyjął ustawę o mediach publicznych'],
    ['pl', 'Najczęściej czytane'],
    ['sv', 'Läs också: Regeringen sänker skatten på bensin'],
    ['cs', 'Související články'],
    ['tr', 'İlgili Haberler'],
    ['ru', 'Читайте также: Правительство утвердило новый бюджет'],
    ['uk', 'Читайте також: Уряд ухвалив новий бюджет'],
    ['ja', '■関連記事'],
    ['ja', '【関連記事】東京女子医大、理事長「1強体制」だったガバナンス見直しへ'],
    ['zh', '相关文章'],
    ['zh', '延伸阅读：央行宣布降息'],
    ['ko', '관련 기사'],
    ['id', 'Baca juga: Pemerintah umumkan harga BBM baru'],
    ['vi', 'Xem thêm: Chính phủ thông qua gói hỗ trợ mới'],
    ['fr', 'Lire aussi | Vélo en ville : les chiffres qui inquiètent les maires'],
    ['tr', "Ayrıca okuyun: İstanbul'da toplu taşımaya yüzde 30 zam"],
    ['cs', 'Další články k tématu'],
    ['it', 'Altri articoli su questo tema'],
    ['nl', 'Dit vind je misschien ook interessant'],
    ['uk', 'Вас може зацікавити'],
    ['id', 'Rekomendasi untuk Anda'],
    // A label before a spaced dash, in square brackets, after `>>`.
    ['fr', 'LIRE AUSSI - Loire : les travaux de la RD8 prendront fin en juin'],
    ['ko', '[관련기사] 송림군, 옛 군청 부지 활용 방안 확정'],
    ['vi', '>> Đọc thêm: Bến đò ngang Phước Lâm – nỗi lo mỗi mùa lũ'],
    ['uk', 'Також читайте: Синоптики попередили про заморозки в ніч на неділю'],
    ['tr', 'ÖNERİLEN HABER: Akaryakıta yeni zam geldi! İşte güncel fiyatlar'],
    ['nb', 'Relaterte saker'],
    ['pt', 'Também lhe pode interessar']
  ] as const

  const okLanguages = [
    ['de', 'Lesen Sie auch: Die Regierung hat am Montag einen neuen Plan vorgelegt.'],
    ['de', 'Mehr zum Preis sagte er nichts.'],
    ['de', 'Mehr zu tun gab es am Abend nicht.'],
    ['de', 'Aus dem Ressort Wirtschaft wechselte sie 2019 in die Chefredaktion.'],
    ['fr', 'À lire aussi les nouvelles règles, publiées lundi par le ministère.'],
    ['es', 'Los artículos relacionados con la vivienda subieron un diez por ciento.'],
    ['it', 'Leggi anche il rapporto, che il ministero ha pubblicato lunedì.'],
    ['pl', 'Czytaj też: ministerstwo opublikowało raport w poniedziałek.'],
    ['pl', 'Czytaj więcej'],
    ['fr', 'Lire aussi | le ministère a publié lundi les nouvelles règles.'],
    ['pl', 'Polecane przez redakcję książki sprzedały się w tydzień.'],
    ['sv', 'Mest läst var boken om kriget, enligt biblioteket.'],
    ['ru', 'Читайте также: министерство опубликовало доклад в понедельник.'],
    ['ja', '関連記事によると、市は保存を検討している。'],
    ['zh', '相关文章指出，该市正在考虑保护方案。'],
    ['id', 'Baca juga laporan kementerian yang terbit hari Senin.'],
    ['vi', 'Xem thêm báo cáo của bộ được công bố hôm thứ Hai.'],
    ['fr', 'Lire aussi - le ministère a publié lundi les nouvelles règles.'],
    ['en', 'Related - or so the court said - were the two cases.']
  ] as const

  it.each(notOkLanguages)('should strip the %s line %j', function (_, line) {
    const text = 'Body text of the article.\n\n' + line + '\n\nMore body text of the article, which goes on.'
    const file = run(deboilerRelated, text)
    expect(file.messages.map((message) => message.actual)).toEqual([line])
    expect(file.messages[0]!.ruleId).toMatch(/^related-(?:heading|also-on)$/)
  })

  it.each(okLanguages)('should keep the %s line %j', function (_, line) {
    const text = 'Body text of the article.\n\n' + line + '\n\nMore body text of the article, which goes on.'
    expect(stripped(deboilerRelated, text)).toEqual([])
  })

  it('should strip the teasers under a heading in another language, up to prose', function () {
    const text = [
      'Der Gemeinderat tagte am Montag.',
      '',
      'Das könnte Sie auch interessieren',
      '',
      'Neue Fähre für den Hafen',
      '',
      'Bahnhof wird zur Bibliothek umgebaut',
      '',
      'Die Sitzung dauerte bis in den späten Abend, sagte die Bürgermeisterin.'
    ].join('\n')
    expect(stripped(deboilerRelated, text)).toEqual([
      'Das könnte Sie auch interessieren',
      'Neue Fähre für den Hafen',
      'Bahnhof wird zur Bibliothek umgebaut'
    ])
  })

  it('should strip a headline between the article and a comments heading in another language', function () {
    const text = [
      'Die Rettungskräfte erreichten das Dorf am späten Sonntagabend nach einem langen Aufstieg.',
      '',
      'Überflutete Mine öffnet nach zehn Jahren wieder',
      '',
      'Kommentare'
    ].join('\n')
    expect(stripped(deboilerRelated, text)).toEqual(['Überflutete Mine öffnet nach zehn Jahren wieder'])
    expect(stripped(deboilerRelated, text.replace('Kommentare', '0 Kommentare'))).toEqual([
      'Überflutete Mine öffnet nach zehn Jahren wieder'
    ])
    expect(stripped(deboilerRelated, text.replace('Kommentare', 'Die Kommentare'))).toEqual([])
  })

  it('should strip the headlines after a heading and a blank line, up to prose', function () {
    const file = run(
      deboilerRelated,
      [
        'The last paragraph of the story ends here.',
        '',
        'Related Stories',
        '',
        "Somalia famine: World's response 'unforgiveable'",
        '',
        '22 SEPTEMBER 2011, AFRICA',
        '',
        'In pictures: Combating drought in the Horn of Africa',
        '',
        'A new story starts with this paragraph, which is prose and ends with a period.',
        ''
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:16: Unexpected related heading `Related Stories`',
      "5:1-5:49: Unexpected related teaser `Somalia famine: World's response 'unforgiveable'`",
      '7:1-7:26: Unexpected related teaser `22 SEPTEMBER 2011, AFRICA`',
      '9:1-9:53: Unexpected related teaser `In pictures: Combating drought in the Horn of Africa`'
    ])
    expect(String(file.value)).toBe(
      'The last paragraph of the story ends here.\n\nA new story starts with this paragraph, which is prose and ends with a period.\n'
    )
  })

  it('should strip the lines directly under a heading, up to a blank line', function () {
    const file = run(
      deboilerRelated,
      [
        'Body.',
        '',
        'Also on Reuters',
        'Video: Beijing Olympics spurs a learning frenzy for English',
        '',
        'Cars are parked on the street, the mayor said on Monday.'
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:16: Unexpected related link `Also on Reuters`',
      '4:1-4:60: Unexpected related teaser `Video: Beijing Olympics spurs a learning frenzy for English`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['related-also-on', 'related-teaser'])
  })

  it('should strip a one-line related link whole', function () {
    const file = run(deboilerRelated, 'Body.\n\nREAD MORE: Why the moon drifts away from Earth each year\n\nMore body.')
    expect(file.messages.map(String)).toEqual([
      '3:1-3:57: Unexpected related link `READ MORE: Why the moon drifts away from Earth each year`'
    ])
    expect(file.messages[0]!.ruleId).toBe('related-also-on')
  })

  it.each([
    'Hughes Focused On Rovers (Sunday January 13 2008)',
    'The Day’s Best (December 2, 2007)',
    'NFL Inactives (Sunday, January 13, 2008)',
    'Council approves the harbour budget (01/10/2008)'
  ])('should strip the dated teaser %j', function (line) {
    const file = run(deboilerRelated, 'Body.\n\n' + line + '\n\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.note])).toEqual([
      ['related-teaser', 'Headline with its date in parentheses']
    ])
  })

  it.each([
    'The law took effect on the first day of the year (January 1, 2008).',
    'The law took effect on the first day of the year, as the council had promised in its budget for the harbour and the old river bridge (January 1, 2008)'
  ])('should keep the sentence %j', function (line) {
    expect(stripped(deboilerRelated, 'Body.\n\n' + line + '\n\nMore body.')).toEqual([])
  })

  it('should keep prose after a label in the middle of an article', function () {
    const text = [
      'The mayor spoke for an hour.',
      'Related',
      'The council also voted to raise parking fees, which will rise by a fifth next year.',
      'Short sub heading',
      'More prose follows here.'
    ].join('\n')
    expect(stripped(deboilerRelated, text)).toEqual(['Related'])
    expect(stripped(deboilerRelated, text.replace('Related\n', 'Related\n\n'))).toEqual(['Related'])
  })

  it('should leave short lines and other chrome after a heading', function () {
    const text = 'Body.\n\nMost Popular\n\nLoad more\n\nTags Donald Trump Syria\n\nCats on the roof again this winter'
    expect(stripped(deboilerRelated, text)).toEqual(['Most Popular'])
  })

  it('should strip a headline between the article and its comments', function () {
    const text = [
      'The rescue team reached the village late on Sunday after a long climb.',
      '',
      'Flooded mine reopens after a decade of repairs',
      '',
      'Leave a Reply'
    ].join('\n')
    const file = run(deboilerRelated, text)
    expect(file.messages.map(String)).toEqual([
      '3:1-3:47: Unexpected related teaser `Flooded mine reopens after a decade of repairs`'
    ])
    expect(file.messages[0]!.note).toBe('Headline between the article and its comments')
  })

  it('should keep bylines, credits and non-headlines above a comments tail', function () {
    const body = 'The rescue team reached the village late on Sunday after a long climb.\n'
    expect(stripped(deboilerRelated, body + 'Posted by Jane Doe at 10:42 AM on Monday\n3 Comments')).toEqual([])
    expect(stripped(deboilerRelated, body + '(Reporting by Jane Doe; Editing by John Roe)\nPost a Comment')).toEqual([])
    expect(stripped(deboilerRelated, body + 'Happy baking\nNo comments:')).toEqual([])
    expect(stripped(deboilerRelated, 'Menu\nFlooded mine reopens after a decade of repairs\nLeave a Reply')).toEqual([])
  })

  it('should strip what follows the credit line that closes a wire story', function () {
    const story = [
      'The airline said on Tuesday that it had found no proof of a bird strike on the plane, which landed safely.',
      '',
      'Reporting by Jane Doe in Kathmandu; additional reporting by Ann Lee; Editing by John Roe',
      '',
      'Newsletter | Three times a week.',
      '',
      'Make sense of companies and governments grappling with climate change.',
      '',
      'Oilfield firm Acme on Tuesday reported a first quarter profit that topped Wall Street estimates as a tight services market helped drive demand.',
      '',
      'Follow Us'
    ].join('\n')
    const file = run(deboilerRelated, story)
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['related-after-credit', 'Newsletter | Three times a week.'],
      ['related-after-credit', 'Make sense of companies and governments grappling with climate change.'],
      [
        'related-after-credit',
        'Oilfield firm Acme on Tuesday reported a first quarter profit that topped Wall Street estimates as a tight services market helped drive demand.'
      ],
      ['related-after-credit', 'Follow Us']
    ])
    expect(file.messages[0]!.category).toBe('related')
    expect(String(file.value)).toContain('Reporting by Jane Doe in Kathmandu')
    expect(String(file.value)).toContain('no proof of a bird strike')
  })

  it('should strip what follows an agency’s `contributed to this report` line', function () {
    const story = [
      'The council said on Tuesday that the new road would open in the spring, two years later than it had planned.',
      '',
      'Associated Press writer Jane Doe in Paris contributed to this report.',
      '',
      'JOHN ROE',
      '',
      'Roe covers national politics for The Associated Press.'
    ].join('\n')
    const file = run(deboilerRelated, story)
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['related-after-credit', 'JOHN ROE'],
      ['related-after-credit', 'Roe covers national politics for The Associated Press.']
    ])
    expect(String(file.value)).toContain('contributed to this report.')
  })

  it('should keep what follows a credit line when the story goes on, or a sentence that starts like one', function () {
    const paragraph = 'The council said on Tuesday that the new road would open in the spring, two years later than it had planned at first.'
    expect(stripped(deboilerRelated, 'Editing by John Roe\n\n' + paragraph + '\n\n' + paragraph.replace('council', 'mayor'))).toEqual([])
    expect(
      stripped(deboilerRelated, 'Reporting by the council showed that costs had doubled.\n\nFollow Us\n\nSign in to read more stories')
    ).toEqual([])
  })

  it('should keep the one paragraph that ends a text after a credit line', function () {
    const paragraph = 'The mayor welcomed the decision and promised to publish the spending details next month, before the city council meets again in March.'
    expect(stripped(deboilerRelated, 'Additional reporting by Reuters.\n\n' + paragraph)).toEqual([])
    expect(stripped(deboilerRelated, 'Additional reporting by Reuters.\n\n' + paragraph + '\n\nFollow Us')).toEqual([paragraph, 'Follow Us'])
  })

  it('should strip the section labels of a box’s teaser cards, up to a sub-heading of the article', function () {
    const paragraph = 'The council said on Tuesday that the new road would open in the spring, two years later than it had planned at first.'
    const box = [
      'Trending',
      '',
      'Ottawa’s budget watchdog predicts a rate hike in 2027',
      '',
      'Economy',
      '',
      'Trade talks to miss the July renewal date',
      '',
      'Economy',
      '',
      'Canada’s jobless rate drops as the economy adds jobs',
      '',
      'Mortgages',
      '',
      '‘Difficult to have much confidence’: Desjardins',
      '',
      paragraph
    ].join('\n')
    expect(stripped(deboilerRelated, paragraph + '\n\n' + box)).toEqual([
      'Trending',
      'Ottawa’s budget watchdog predicts a rate hike in 2027',
      'Economy',
      'Trade talks to miss the July renewal date',
      'Economy',
      'Canada’s jobless rate drops as the economy adds jobs'
    ])
  })

  it('should not take an author’s name over each card for a section label', function () {
    const box = [
      'Most Popular',
      '',
      'Julie Bort',
      '',
      'Cursor is rolling out a new kind of agentic coding tool',
      '',
      'Sarah Perez',
      '',
      'ChatGPT uninstalls surged after the deal',
      '',
      'Connie Loizos',
      '',
      'Claude reports widespread outage'
    ].join('\n')
    expect(stripped(deboilerRelated, box)).toEqual(['Most Popular'])
  })

  it('should strip runs of three or more teaser cards glued into lines', function () {
    const cards = [
      'Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left without paying the bill on Friday.',
      'Weather',
      'DNR Seeks Tips About Bull Elk Poached In Northern MichiganConservation officers are asking for tips from hunters.',
      'Mayor Says Move For Health Benefits Will Not StandThe mayor said the move was despicable and would be fought.'
    ]
    const body = 'The council voted on Tuesday to close the old bridge to cars.\n'
    const file = run(deboilerRelated, body + cards.join('\n') + '\n' + body)
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'related-glued-teaser',
      'related-glued-teaser',
      'related-glued-teaser'
    ])
    expect(file.messages[0]!.reason).toBe(
      'Unexpected related teaser `Customers Leave Without Paying $690 Bill At Troy Steakhouse…`'
    )
    // Two in a row, or one, may be article text run together by the scraper.
    const two = [cards[0]!, cards[2]!].join('\n')
    expect(stripped(deboilerRelated, body + two + '\n' + body)).toEqual([])
  })

  it('should strip a news rail: three or more headlines, each under its time', function () {
    const rail = [
      '19:00',
      'Mathieu van der Poel gewinnt Hitze-Etappe',
      '18:52',
      'Nationalspieler wechselt nach Dänemark',
      '15:15',
      'Jude Bellingham befolgt Mamas Rat',
      '12:22AM',
      'British PM visits India in trade push'
    ]
    const body = 'The council voted on Tuesday to close the old bridge to cars.\n\n'
    const file = run(deboilerRelated, body + rail.join('\n\n') + '\n\n' + body)
    expect(file.messages.map((message) => message.ruleId)).toEqual(rail.map(() => 'related-teaser'))
    expect(file.messages[1]!.reason).toBe('Unexpected related teaser `Mathieu van der Poel gewinnt Hitze-Etappe`')
    expect(file.messages[1]!.note).toBe('Headline of a news rail, each under its time')
    // Two teasers are no rail.
    expect(stripped(deboilerRelated, body + rail.slice(0, 4).join('\n') + '\n' + body)).toEqual([])
  })

  it('should keep the posts of a live blog under their times, and a table of figures', function () {
    const blog = [
      '19:00',
      'The minister has resigned, his office said in a statement.',
      '18:52',
      'Police have closed the road to the coast after the floods.',
      '15:15',
      'The council will meet again on Friday to vote on the bus.'
    ]
    const table = ['0.45', '0.5', '0.55', '0.6', '0.65', '0.7', '0.75', '0.8']
    const body = 'The council voted on Tuesday to close the old bridge to cars.\n'
    expect(stripped(deboilerRelated, body + blog.join('\n') + '\n' + body)).toEqual([])
    expect(stripped(deboilerRelated, body + table.join('\n') + '\n' + body)).toEqual([])
  })

  // Teasers that end in the link to their story, with their headlines.
  const storyTeasers = [
    [
      'en',
      [
        'Dry Skin Guide',
        'Itchy, dry skin can have many origins and solutions. Find out how to make it stop here. More',
        'Check Your Credit Score',
        'You can get a free credit report online right now by giving your address. Read more'
      ]
    ],
    [
      'de',
      [
        'Neue Brücke für Köln',
        'Die Stadt plant eine neue Brücke über den Rhein. Der Bau soll 2027 beginnen. Mehr',
        'Streik bei der Bahn',
        'Die Gewerkschaft ruft zum dritten Streik in diesem Monat auf. Weiterlesen'
      ]
    ],
    [
      'es',
      [
        'Nuevo puente en Sevilla',
        'La ciudad construirá un puente sobre el río antes de 2027. Leer más',
        'Huelga de trenes',
        'Los sindicatos convocan la tercera huelga del mes. Leer más'
      ]
    ]
  ] as const

  it.each(storyTeasers)('should strip a run of teasers that end in a link to their story (%s)', function (_, teasers) {
    const body = 'The council voted on Tuesday to close the old bridge to cars.\n'
    const file = run(deboilerRelated, body + teasers.join('\n') + '\n' + body)
    expect(file.messages.map((message) => message.actual)).toEqual([...teasers])
    expect(file.messages.map((message) => message.ruleId)).toEqual(teasers.map(() => 'related-teaser'))
    expect(file.messages[1]!.note).toBe('Summary with a link to its story after it')
  })

  it('should keep one sentence that ends in `More`, and sentences that end in a medium (`Video`)', function () {
    const body = 'The council voted on Tuesday to close the old bridge to cars.\n'
    const one = 'The mayor said the town would look at the cost of a bus over the summer. More'
    expect(stripped(deboilerRelated, body + one + '\n' + body)).toEqual([])
    const media = ['Watch the mayor explain the plan for the new bridge. Video', 'See the old bridge before the floods. Video']
    expect(stripped(deboilerRelated, body + media.join('\n') + '\n' + body)).toEqual([])
  })
})
