import type {Position} from 'unist'
import {clean, deboilerNavigation} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

// A paragraph of prose: it ends the head of a document.
const body = 'The announcement came on Saturday after weeks of heavy fighting in the east of the country.'
const more = 'Officials said the last pocket of resistance had been cleared by the end of the day.'

describe('deboilerNavigation', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerNavigation, 'Skip to main content\n' + body + '\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected skip link `Skip to main content`',
      ruleId: 'navigation-skip-link',
      source: 'deboiler',
      category: 'navigation',
      actual: 'Skip to main content',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#navigation',
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 21, offset: 20}}
    })
    expect(String(file.value)).toBe(body + '\n')
  })

  // Lines that are navigation wherever they are.
  const notOk = [
    'Zum Inhalt springen',
    'Aller au contenu principal',
    'Saltar al contenido',
    'Vai al contenuto',
    'Pular para o conteúdo',
    'Naar de inhoud springen',
    'Skip to content',
    'Skip to Main Content',
    'Jump to navigation',
    'Toggle navigation',
    'Menu',
    'Search',
    'Search for:',
    '×',
    'Back to top',
    '↑ Back to Top',
    'Load more',
    'Show more',
    'View all',
    'See all Video',
    'See all Hill.TV See all Video',
    'View All Recipe Collections',
    'Next article',
    'Previous post',
    'Next »',
    'Continue reading',
    'Click here',
    'Sign in',
    'Log In',
    'Print',
    '» Print this article',
    'Email',
    'E-mail this to a friend',
    'Privacy Policy',
    'Home » News » World',
    'Home > Technology & Science',
    'home / blogs',
    'Home | News | Sport',
    'News | Opinion | Entertainment | Sport',
    'Print • Email',
    'Content |',
    'A A A',
    'A- A+',
    'Text size: S M L XL',
    'Font size: Decrease Increase',
    'XS SM MD LG'
  ] as const

  // Article lines that look like navigation.
  const ok = [
    'Search teams found the boat on Monday.',
    'Home prices rose 5%.',
    'Print newspapers are struggling.',
    'Email remains the main way staff talk to each other.',
    'See all the photos from the parade on our website.',
    'Back to school',
    'Next year',
    'Settings > Privacy > Clear data',
    'Sources: HomeAdvisor | Houzz | Rocket Mortgage',
    '1-4 Players • Ages 14+ • 90-120 minutes • $45',
    'Good noise canceling • Heart-rate monitor • H2 chip',
    '|',
    'XS',
    'HIDDEN CAVES',
    'By Jane Doe',
    'MADRID —',
    'Image 3 of 12 shows the bridge at night.',
    'Photo 1 of 5: the flooded square.',
    'Increase',
    'Prices increase'
  ] as const

  // Navigation in other languages, with its rule id.
  const notOkLanguages = [
    ['Zum Hauptinhalt springen Zur Suche springen', 'navigation-skip-link'],
    ['Nach oben', 'navigation-skip-link'],
    ['Audio starten, abbrechen mit Escape', 'navigation-skip-link'],
    ['Westlaw, opens new tab', 'navigation-link'],
    ['Impressum (öffnet in einem neuen Fenster)', 'navigation-link'],
    ['Unternehmen (öffnet in einem neuen Fenster)Impressum (öffnet in einem neuen Fenster)Credits Hilfe (öffnet in einem neuen Fenster)', 'navigation-link'],
    ["Mentions légales (s'ouvre dans un nouvel onglet)", 'navigation-link'],
    ['Política de privacidad (se abre en una nueva pestaña)', 'navigation-link'],
    ['Polityka prywatności (otwiera się w nowej karcie)', 'navigation-link'],
    ['Условия использования (откроется в новой вкладке)', 'navigation-link'],
    ['利用規約（新しいタブで開く）', 'navigation-link'],
    ['Startseite', 'navigation-link'],
    ['Impressum', 'navigation-link'],
    ['Seite 2 von 5', 'navigation-more'],
    // Counters of a gallery, in 11 languages.
    ['Image 3 of 12', 'navigation-more'],
    ['Slide 4 of 10', 'navigation-more'],
    ['Bild 2 von 8', 'navigation-more'],
    ['Photo 1 sur 6', 'navigation-more'],
    ['Imagen 2 de 9', 'navigation-more'],
    ['Foto 3 di 7', 'navigation-more'],
    ['Imagem 1 de 4', 'navigation-more'],
    ['Afbeelding 2 van 5', 'navigation-more'],
    ['Zdjęcie 4 z 11', 'navigation-more'],
    ['Фото 2 из 10', 'navigation-more'],
    ['写真 3 / 8', 'navigation-more'],
    ['Weiterlesen »', 'navigation-more'],
    ['Startseite > Politik > Ausland', 'navigation-breadcrumb'],
    ['Retour en haut de page', 'navigation-skip-link'],
    ['Accueil / Monde', 'navigation-breadcrumb'],
    ['Lire la suite', 'navigation-more'],
    ['Mentions légales', 'navigation-link'],
    ['Ir al contenido', 'navigation-skip-link'],
    ['Página siguiente', 'navigation-more'],
    ['Inicio » Deportes', 'navigation-breadcrumb'],
    ['Torna su', 'navigation-skip-link'],
    ['Pagina 2 di 4', 'navigation-more'],
    ['Voltar ao topo', 'navigation-skip-link'],
    ['Leia mais', 'navigation-more'],
    ['Lees verder', 'navigation-more'],
    ['Przejdź do treści', 'navigation-skip-link'],
    ['Strona główna', 'navigation-link'],
    ['Strona 1 z 3', 'navigation-more'],
    ['Läs mer', 'navigation-more'],
    ['Læs mere', 'navigation-more'],
    ['Přejít k obsahu', 'navigation-skip-link'],
    ['İletişim', 'navigation-link'],
    ['Devamını oku', 'navigation-more'],
    ['Перейти к содержанию', 'navigation-skip-link'],
    ['Главная > Новости', 'navigation-breadcrumb'],
    ['Читать далее', 'navigation-more'],
    ['Головна', 'navigation-link'],
    ['本文へスキップ', 'navigation-skip-link'],
    ['検索：', 'navigation-skip-link'],
    ['ホーム ＞ ニュース', 'navigation-breadcrumb'],
    ['首页', 'navigation-link'],
    ['第2页，共5页', 'navigation-more'],
    ['返回顶部', 'navigation-skip-link'],
    ['본문 바로가기', 'navigation-skip-link'],
    ['다음 페이지', 'navigation-more'],
    ['Baca selengkapnya', 'navigation-more'],
    ['Halaman 2 dari 3', 'navigation-more'],
    ['Trang chủ', 'navigation-link'],
    ['Xem thêm', 'navigation-more'],
    ['Artikel anhören', 'navigation-skip-link'],
    ['Выйти из полноэкранного режима', 'navigation-skip-link'],
    ['Plein écran', 'navigation-skip-link'],
    ['全屏', 'navigation-skip-link'],
    ['Anmelden / Registrieren', 'navigation-menu-row'],
    ['Zaloguj się / Zarejestruj się', 'navigation-menu-row']
  ] as const

  // Article lines with the same words in prose.
  const okLanguages = [
    'Nach oben ging es für die Preise im Mai kaum noch.',
    'Das Audio starten die Moderatoren jeden Morgen um sechs.',
    'Click the link below, which opens in a new tab',
    'Das Formular öffnet in einem neuen Fenster.',
    'Wer auf den Knopf drückt, sieht, wie sich die Karte in einem neuen Fenster öffnet in neuem Tab',
    'Auf Seite 2 von 5 des Berichts steht die Zahl.',
    'Die Startseite der Stadt zeigt den neuen Plan.',
    'Startseite, Politik und Ausland sind die Rubriken der Zeitung.',
    'Lire la suite du rapport prendra du temps aux élus.',
    'Retour en haut de la liste pour le club après la victoire.',
    'Inicio de las obras: el lunes por la mañana.',
    'La página siguiente del informe muestra los costes.',
    'Torna su questo tema il sindaco nel suo discorso.',
    'Leia mais sobre o projeto no site da câmara, disse ele.',
    'Strona główna urzędu nie działała w poniedziałek.',
    'Läs mer om biblioteket på kommunens webbplats, sa hon.',
    'İletişim bilgileri belediyenin sitesinde yer alıyor.',
    'Главная новость дня — открытие библиотеки.',
    'Читать далее отчёт никто не стал.',
    '首页上的新闻很快就被删除了。',
    '본문 바로가기 버튼을 누르면 기사로 이동한다.',
    'Baca selengkapnya laporan itu di situs resmi pemerintah.',
    'Trang chủ của thành phố đã được cập nhật hôm thứ Hai.',
    'Artikel anhören oder lesen: Die Stadt bietet beides an.',
    'Слушать музыку в библиотеке можно только в наушниках.',
    'Wegbeschreibung / Anfahrt',
    'Mots croisés / Sudokus'
  ] as const

  it.each(notOkLanguages)('should strip %j (%s)', function (line, ruleId) {
    const file = run(deboilerNavigation, [body, line, more].join('\n'))
    expect(file.messages.map((message) => [message.actual, message.ruleId])).toEqual([[line, ruleId]])
  })

  it.each(okLanguages)('should keep %j', function (line) {
    expect(stripped(deboilerNavigation, [body, line, more].join('\n'))).toEqual([])
  })

  // The next or previous article with its title, and arrows around a link.
  it.each([
    'Next article: Council approves the new bridge',
    'Previous story: Lindsay off wagon, hops on crazy train',
    'Nächster Artikel: Stadtwerke erhöhen die Strompreise',
    'Article précédent : Les travaux de la RD8 prendront fin en juin',
    'Następny artykuł: Radni przyjęli budżet',
    'Следующая статья: Мэрия открыла новый мост',
    '下一篇：江南市地铁3号线二期工程开工',
    '次の記事：北山町で図書館が開館',
    '다음 기사 ▶',
    '◀ Previous article'
  ])('should strip the link to another article %j', function (line) {
    const file = run(deboilerNavigation, [body, line, more].join('\n'))
    expect(file.messages.map((message) => [message.actual, message.ruleId])).toEqual([[line, 'navigation-more']])
  })

  it.each([
    'Next article: the council said on Monday that it would approve the bridge.',
    'Nächster Artikel: Die Stadtwerke erhöhen die Preise zum 1. Juli.',
    'The next article: a look at the budget'
  ])('should keep %j', function (line) {
    expect(stripped(deboilerNavigation, [body, line, more].join('\n'))).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerNavigation, [body, line, more].join('\n'))).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerNavigation, [body, line, more].join('\n'))).toEqual([])
  })

  it('should strip labels above the headline and lower-case labels below it', function () {
    const file = run(
      deboilerNavigation,
      [
        'Accessibility links',
        '',
        'Breaking News',
        '',
        'Islamic State Defeated, US-Backed Syrian Force Says',
        '',
        'update',
        '',
        body
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '1:1-1:20: Unexpected skip link `Accessibility links`',
      '3:1-3:14: Unexpected section label `Breaking News`',
      '7:1-7:7: Unexpected section label `update`'
    ])
    expect(String(file.value)).toBe('Islamic State Defeated, US-Backed Syrian Force Says\n\n' + body)
  })

  it('should strip a section label above a headline', function () {
    const value = ['Defense', '', 'US-backed forces claim victory over Islamic State', '', 'Getty', '', body].join('\n')
    expect(stripped(deboilerNavigation, value)).toEqual(['Defense'])
  })

  it('should keep a short headline above a byline or a date', function () {
    expect(stripped(deboilerNavigation, ['Allardyce leaves Magpies', 'By Jane Doe', body].join('\n'))).toEqual([])
    expect(stripped(deboilerNavigation, ['SLOW TRAINING', '17:59 - 9th, Jan 2008', body].join('\n'))).toEqual([])
  })

  it('should keep the headline, standfirst, byline and dateline', function () {
    const value = [
      'ISIS wiped out after five-year reign of terror, US declares',
      'The militant group no longer holds any territory in Syria, a spokeswoman said',
      'By Jane Doe',
      'Staff Writer',
      'MADRID —',
      body
    ].join('\n')
    expect(stripped(deboilerNavigation, value)).toEqual([])
  })

  it('should keep sub-headings and lists between paragraphs', function () {
    const list = ['Flour', 'Sugar', 'Butter', 'Technology', 'Eggs', 'Milk', 'Health']
    const value = [body, 'HIDDEN CAVES', more, ...list, body].join('\n')
    expect(stripped(deboilerNavigation, value)).toEqual([])
  })

  it('should strip a menu: short lines with known links among them', function () {
    const menu = ['Home', 'Local', 'Nation/World', 'Business/Tech', 'Columnists', 'Steve Kelley', 'Sports']
    const file = run(deboilerNavigation, [...menu, 'Seahawks sign new kicker before playoffs', body].join('\n'))
    expect(file.messages.map((message) => message.actual)).toEqual(menu)
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'navigation-link',
      'navigation-menu',
      'navigation-menu',
      'navigation-menu',
      'navigation-menu',
      'navigation-menu',
      'navigation-menu'
    ])
  })

  it('should strip text size toggles one a line', function () {
    const file = run(deboilerNavigation, [body, '', 'XS', 'SM', 'MD', 'LG'].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '3:1-3:3: Unexpected size toggle `XS`',
      '4:1-4:3: Unexpected size toggle `SM`',
      '5:1-5:3: Unexpected size toggle `MD`',
      '6:1-6:3: Unexpected size toggle `LG`'
    ])
    expect(String(file.value)).toBe(body)
  })

  it('should report rule ids of the tail of a page', function () {
    const file = run(deboilerNavigation, [body, '', 'See all Hill.TV See all Video', '', 'Most Popular', '', 'Load more'].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '3:1-3:30: Unexpected more link `See all Hill.TV See all Video`',
      '7:1-7:10: Unexpected more link `Load more`'
    ])
    expect(String(file.value)).toBe(body + '\n\nMost Popular')
  })

  it('should strip lines of links and images in Markdown', function () {
    const value = [
      '[![Logo](https://example.com/logo.png)](https://example.com/)',
      '',
      '*   [News](https://example.com/news/)',
      '*   [Sport](https://example.com/sport/ "Sport")',
      '',
      '[Home](/) · [About us](/about)',
      '',
      body + ' See [the report](https://example.com/report).',
      '',
      '## [A headline that is a link](https://example.com/a)',
      '',
      more
    ].join('\n')
    const file = run(deboilerNavigation, value)
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['navigation-image', '[![Logo](https://example.com/logo.png)](https://example.com/)'],
      ['navigation-link-line', '*   [News](https://example.com/news/)'],
      ['navigation-link-line', '*   [Sport](https://example.com/sport/ "Sport")'],
      ['navigation-link-line', '[Home](/) · [About us](/about)']
    ])
    expect(file.messages[1]!.reason).toBe('Unexpected line of links `*   [News](https://example.com/news/)`')
    // Prose with a link, and a lone link among prose, are the locator’s to judge.
    expect(String(file.value)).toContain('See [the report](https://example.com/report).')
    expect(String(file.value)).toContain('## [A headline that is a link](https://example.com/a)')
  })

  it('should strip lines of links and images as html-to-text prints them', function () {
    const value = [
      '[http://example.com/img/pill.gif]',
      'Subscribe to SI [https://subs.example.com/si]',
      ' * Bears [/football/nfl/teams/bears/]',
      ' * Jets [/football/nfl/teams/jets/]',
      '',
      body,
      'He said so in a statement [https://example.com/statement] on Monday.',
      'Read the whole speech here. [https://example.com/speech]',
      '',
      'Latest news [fullstory.php?id=19497]'
    ].join('\n')
    expect(stripped(deboilerNavigation, value)).toEqual([
      '[http://example.com/img/pill.gif]',
      'Subscribe to SI [https://subs.example.com/si]',
      '* Bears [/football/nfl/teams/bears/]',
      '* Jets [/football/nfl/teams/jets/]'
    ])
  })

  it('should strip an image that html-to-text prints as its address, in brackets or bare, between paragraphs', function () {
    const value = [
      body,
      '[https://example.com/uploads/2025/12/bridge-300x261.jpg]',
      '[data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E]',
      'https://example.com/uploads/2025/12/bridge.jpg',
      '[/_next/image?url=https%3A%2F%2Fimages.example.com%2Fbridge.jpg&w=1920&q=75]',
      body,
      'See https://example.com/uploads/2025/12/bridge.jpg for the plan.',
      'https://example.com/report'
    ].join('\n')
    expect(stripped(deboilerNavigation, value)).toEqual([
      '[https://example.com/uploads/2025/12/bridge-300x261.jpg]',
      '[data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E]',
      'https://example.com/uploads/2025/12/bridge.jpg',
      '[/_next/image?url=https%3A%2F%2Fimages.example.com%2Fbridge.jpg&w=1920&q=75]'
    ])
  })

  it('should strip an image that html-to-text prints inside a line of text, and keep the text', function () {
    const value = [
      body,
      'Video [/includes/gfx/icon_video.gif] Electricity has been restored to thousands of customers.',
      '[data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E]Social commerce sales keep growing',
      'The plan was approved by the council on Monday after a long debate [https://example.com/img/stamp.png]',
      more
    ].join('\n')
    const file = run(deboilerNavigation, value)
    expect(file.messages.map((message) => message.actual)).toEqual([
      ' [/includes/gfx/icon_video.gif]',
      '[data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E]',
      ' [https://example.com/img/stamp.png]'
    ])
    // Each strip is placed where its text is in the input.
    const places = file.messages.map((message) => message.place as Position)
    for (const [index, place] of places.entries()) {
      expect(value.slice(place.start.offset, place.end.offset)).toBe(file.messages[index]!.actual)
    }

    expect(places.map((place) => [place.start.line, place.start.column])).toEqual([
      [2, 6],
      [3, 1],
      [4, 67]
    ])
    expect(file.messages[0]!.reason).toBe('Unexpected image `[/includes/gfx/icon_video.gif]`')
    expect(String(file.value)).toBe(
      [
        body,
        'Video Electricity has been restored to thousands of customers.',
        'Social commerce sales keep growing',
        'The plan was approved by the council on Monday after a long debate',
        more
      ].join('\n')
    )
    // Markdown is left as it is.
    expect(clean(value, {format: 'markdown'}).text).toContain('[/includes/gfx/icon_video.gif]')
  })

  it('should strip the text of an image that html-to-text prints above its address', function () {
    const value = [
      body,
      '',
      // An image’s `alt` text, its address too long to fit on the line.
      'a woman models a boxy pink tee with light wash jeans',
      // An image that is a link: its address, then the link’s.
      '[https://example.com/uploads/2024/09/tee.png]https://shop.example.com/?oid=171',
      '',
      more,
      '',
      // So is a call or a question (a pin’s text), with no blank line before
      // the address.
      'Looking for a weekend project? Build a planter for the porch!',
      '[https://example.com/img/planter.jpg]',
      '',
      // A title or a name above an image is a teaser’s or a product’s.
      'Three Queens Met in New York Harbor',
      '[https://example.com/img/queens.jpg]',
      // A caption is a paragraph of its own.
      'the bridge seen from the north bank of the river',
      '',
      '[https://example.com/img/bridge.jpg]',
      // A sentence, or a lead-in, before an image stays.
      'See the plan below:',
      '[https://example.com/img/plan.png]',
      'The plan was approved on Monday.',
      '[https://example.com/img/approved.png]',
      // So does a line with a link in it (a byline).
      'by Catherine Shu [https://example.com/author/catherine-shu/] for the desk',
      '[https://example.com/img/avatar.jpg]',
      body
    ].join('\n')
    const file = run(deboilerNavigation, value)
    expect(
      file.messages.map((message) => [message.ruleId, message.actual, message.reason])
    ).toEqual([
      [
        'navigation-image',
        'a woman models a boxy pink tee with light wash jeans',
        'Unexpected image text `a woman models a boxy pink tee with light wash jeans`'
      ],
      [
        'navigation-image',
        '[https://example.com/uploads/2024/09/tee.png]https://shop.example.com/?oid=171',
        'Unexpected image `[https://example.com/uploads/2024/09/tee.png]https://shop.e…`'
      ],
      [
        'navigation-image',
        'Looking for a weekend project? Build a planter for the porch!',
        'Unexpected image text `Looking for a weekend project? Build a planter for the porc…`'
      ],
      ['navigation-image', '[https://example.com/img/planter.jpg]', 'Unexpected image `[https://example.com/img/planter.jpg]`'],
      ['navigation-image', '[https://example.com/img/queens.jpg]', 'Unexpected image `[https://example.com/img/queens.jpg]`'],
      ['navigation-image', '[https://example.com/img/bridge.jpg]', 'Unexpected image `[https://example.com/img/bridge.jpg]`'],
      ['navigation-image', '[https://example.com/img/plan.png]', 'Unexpected image `[https://example.com/img/plan.png]`'],
      ['navigation-image', '[https://example.com/img/approved.png]', 'Unexpected image `[https://example.com/img/approved.png]`'],
      ['navigation-image', '[https://example.com/img/avatar.jpg]', 'Unexpected image `[https://example.com/img/avatar.jpg]`']
    ])
    // Markdown prints an image’s text inside its own syntax: nothing above is taken.
    const markdown = [body, '', 'a woman models a boxy pink tee', '![](https://example.com/tee.png)', '', more].join('\n')
    const reasons = clean(markdown, {format: 'markdown'}).stripped.map((item) => item.reason)
    expect(reasons).toEqual(['Unexpected image `![](https://example.com/tee.png)`'])
  })
})
