import {deboilerPhotoCredit} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerPhotoCredit', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerPhotoCredit, 'Para one.\nPhoto: Reuters\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected photo credit `Photo: Reuters`',
      ruleId: 'photo-credit-label',
      source: 'deboiler',
      category: 'photo-credit',
      actual: 'Photo: Reuters',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#photo-credit',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 15, offset: 24}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Getty Images',
    'Shutterstock',
    '(AP Photo/Jane Doe)',
    'AP Photo/Evan Vucci, File',
    'REUTERS/Jane Doe',
    'Jae C. Hong/AP',
    'AFP via Getty Images',
    'Morsa Images/DigitalVision via Getty Images',
    'Natalie Naccache | Bloomberg | Getty Images',
    'iStock/Getty',
    'Image copyright AFP',
    'Credit: John Smith/The Times',
    'Credit: Getty Images / fizkes',
    '(Image credit: Blue Origin)',
    'Photo: John Locher, AP',
    'Photo by Xingchen Yan on Unsplash',
    'Image by AlexZel from Pixabay',
    'Image: Courtesy of Michael Ma',
    'Photo credit: Janome.com.',
    'Image used under license from Shutterstock'
  ] as const

  const ok = [
    'Getty Images reported record revenue this year.',
    'The council voted on the plan on Monday (in March).',
    'The minister spoke to reporters in Brussels (Reuters reported).',
    'The talks failed (AP)',
    'Credit: the council, which paid for the new road, said it would open in spring.',
    'Photo: The minister arrives in Brussels on Monday.',
    'Photos: Million-dollar cars for auction',
    'Image caption The minister arrives in Brussels',
    'Reuters',
    'AP',
    'Hugh Gentry, Reuters',
    'Reuters | Careers',
    'In-Depth/Photos',
    'Credit Cards'
  ] as const

  // Labelled credits in other languages.
  const notOkLanguages = [
    'Foto: dpa',
    'Bild: Keystone',
    'Bildrechte: picture alliance/dpa | Daniel Vogl',
    'Foto von Hans Müller',
    'Crédit photo : AFP',
    'Photo : Ludovic Marin/AFP',
    'Fotografía: Europa Press',
    'Foto: ANSA',
    '(Foto: Galerie EIGEN + ART)',
    'Foto: ANP',
    'Fot. PAP/Leszek Szymański',
    'Zdjęcie: Jan Kowalski',
    'Bild: TT',
    'Foto: ČTK',
    'Fotoğraf: AA',
    'Фото: РИА Новости',
    'Фото: Укрінформ',
    '（写真：共同通信）',
    '图片来源：视觉中国',
    '사진=연합뉴스',
    'Foto: Antara',
    'Ảnh: TTXVN',
    // Labels of file and illustration photos.
    'File photo: Reuters',
    'Archive photo: John Smith',
    'Illustration photo: Shutterstock',
    'Symbolfoto: picture alliance/dpa',
    'Archivfoto: Hans Müller',
    'Foto de archivo: EFE',
    "Foto d'archivio: Ansa",
    'Foto de arquivo: Lusa',
    'Archieffoto: ANP',
    'Arkivbild: TT',
    'Arkivfoto: Lars Nielsen',
    'Illustrasjonsfoto: Colourbox',
    'Ilustrační foto: Profimedia.cz',
    'Архивное фото: ТАСС',
    'Ілюстративне фото: Depositphotos',
    'Temsili fotoğraf: AA'
  ] as const

  // The same labels before captions and in sentences.
  const okLanguages = [
    'Bild: Scholz will mehr Geld für die Bundeswehr',
    'Foto von Berlin bei Nacht',
    'Fotos zeigen die Zerstörung in der Stadt.',
    'Photo : le ministre arrive à Bruxelles lundi.',
    'Foto de familia de la cumbre en Madrid',
    'Zdjęcie: minister przyjeżdża do Brukseli',
    'Фото: министр прибывает в Брюссель',
    '写真：記者会見する首相',
    '사진=서울 시내 도서관에서 공부하는 학생들',
    '图：市民在新图书馆里阅读。',
    'Ảnh: người dân đọc sách trong thư viện mới',
    'Foto: il ministro arriva a Bruxelles lunedì',
    'Foto: o ministro chega a Bruxelas na segunda-feira',
    'Foto van de burgemeester bij de opening',
    'Bild: ministern anländer till Bryssel på måndagen',
    'Fotoğraf: bakan pazartesi günü Brüksel’e geldi',
    'Foto: ministr přijíždí do Bruselu',
    'Фото: міністр прибуває до Брюсселя',
    'Foto: menteri tiba di Brussel pada hari Senin',
    'File photo: the mayor at the opening of the library',
    'Archivfoto: der Bürgermeister bei der Eröffnung der Bibliothek',
    'Архивное фото: мэр на открытии библиотеки'
  ] as const

  it.each(notOkLanguages)('should strip %j', function (line) {
    const file = run(deboilerPhotoCredit, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.actual, message.category])).toEqual([[line, 'photo-credit']])
  })

  it.each(okLanguages)('should keep %j', function (line) {
    expect(stripped(deboilerPhotoCredit, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerPhotoCredit, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerPhotoCredit, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each([
    'President Trump speaks in the Rose Garden. (AP Photo/Evan Vucci)',
    'Crowds wait near Buckingham Palace to view the procession (Picture: PA)',
    'Ghislaine Maxwell is serving a 20-year sentence for her involvement in the case. (AP)',
    'Federal Energy and Climate Change Minister Chris Bowen. Credit: Oliver Lane/RegionalHUB',
    'Rebecca Cooke supporting Phil Foden at the Qatar World CupCredit: PA'
  ])('should strip the caption %j, which ends in its credit, as `photo-credit-caption`', function (line) {
    const file = run(deboilerPhotoCredit, 'The talks failed on Monday, officials said.\n\n' + line + '\n\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['photo-credit-caption', line]])
    expect(String(file.value)).toContain('The talks failed on Monday, officials said.')
  })

  it.each([
    'Murat Yakin ärgerte sich über die Entscheidung des Schiedsrichters. Foto: AFP',
    'Ein Protestzug füllt am Samstagmorgen die Avenue de la Liberté Foto: Editpress/Jane Doe',
    'Spontane Tanzeinlage des Publikums | Bild: Jane Doe/rbb',
    'Pro Stunde werden dort etwa 45 Schweine geschlachtet. Bildrechte: MDR/Jane Doe',
    'Verlinden tijdens de coronacrisis. — © BELGA',
    'Das Wohn- und Pflegeheim in der Gemeinde © Gemeinde Nußdorf-Debant',
    'The report should ease the worries of the central bank, economists said. Photo by Jane Doe/Bloomberg',
    'An aerial view of the glass-covered ice, at left, and the bare ice.Photograph by Doug Johnson',
    'La secrétaire générale arrive à Matignon, à Paris, le 12 juillet. Crédit photo : AFP'
  ])('should strip the caption %j, which ends in a labelled credit, as `photo-credit-caption`', function (line) {
    const file = run(deboilerPhotoCredit, 'Die Gespräche scheiterten am Montag, sagten Beamte.\n\n' + line + '\n\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['photo-credit-caption', line]])
  })

  it.each([
    'Auf dem Tisch des Kanzlers lag ein Foto von Angela Merkel',
    'Das Ministerium veröffentlichte am Montag ein neues Bild: Scholz will mehr Geld',
    'Er zeigte den Reportern das Foto: es war unscharf und dunkel',
    'In the end it was a photo: Jane and her brother at the beach',
    'Die Redaktion fragte nach dem Bild: Wer hat es gemacht?',
    'Die Künstlerin zeigt in der Ausstellung ihre Fotos: Landschaften aus Berlin',
    'Maimane Phiri © Gallo Images'
  ])('should keep the sentence %j', function (line) {
    expect(stripped(deboilerPhotoCredit, 'Die Gespräche scheiterten am Montag, sagten Beamte.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each([
    'La secrétaire générale de la CGT, à Matignon, à Paris, le 12 juillet 2023. BERTRAND GUAY / AFP',
    'Trump had pledged a huge crackdown on migrants entering the country AP Photo/Edgar H. Clemente',
    'El ministro de Exteriores de Portugal, Paulo Rangel. EFE/ J.J. Guillén',
    'Demonstration im September 2022 nach dem Tod der Studentin. Uncredited/AP/dpa',
    'Cientos de personas en la pradera de San Isidro, en Madrid (España).Gustavo Valiente / Europa Press'
  ])('should strip the caption %j, which ends in an agency credit, as `photo-credit-caption`', function (line) {
    const file = run(deboilerPhotoCredit, 'The talks failed on Monday, officials said.\n\n' + line + '\n\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['photo-credit-caption', line]])
  })

  it('should strip a Japanese caption that ends in `（…撮影）`', function () {
    const line = '移送のため警視庁を出る容疑者＝13日、東京・霞ケ関で（潟沼義樹撮影）'
    expect(stripped(deboilerPhotoCredit, '警視庁は13日、元理事長を逮捕した。\n' + line + '\n大学は会見を開いた。')).toEqual([line])
  })

  it.each(['東京で（撮影）', '彼は写真を撮った（記者が撮影）。', '映画の撮影が始まった（東京）'])('should keep %j', function (line) {
    expect(stripped(deboilerPhotoCredit, '警視庁は13日、元理事長を逮捕した。\n' + line + '\n大学は会見を開いた。')).toEqual([])
  })

  it.each([
    'Support for the president fell to 38 percent, according to a poll by Reuters/Ipsos.',
    'The poll was conducted by Reuters/Ipsos',
    'She was interviewed on Monday by AFP and Reuters',
    'Die Zahl der Kunden stieg im Jahr auf 3 Millionen pro Monat, sagt der Chef von dpa/AFX'
  ])('should keep the sentence %j', function (line) {
    expect(stripped(deboilerPhotoCredit, 'The talks failed on Monday, officials said.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerPhotoCredit,
      ['Talks fail', '', 'Getty', '', 'Ministers leave the summit in Brussels.', 'Photo by Jane Doe/Reuters', '', 'The talks failed on Monday.', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:6: Unexpected photo credit `Getty`',
      '6:1-6:26: Unexpected photo credit `Photo by Jane Doe/Reuters`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['photo-credit-agency', 'photo-credit-label'])
    expect(String(file.value)).toBe('Talks fail\n\nMinisters leave the summit in Brussels.\n\nThe talks failed on Monday.\n')
  })
})
