import {deboilerAdvert} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerAdvert', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerAdvert, 'Para one.\nAdvertisement\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected ad label `Advertisement`',
      ruleId: 'advert-label',
      source: 'deboiler',
      category: 'advert',
      actual: 'Advertisement',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#advert',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 14, offset: 23}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Sponsored Content',
    'ADVERTISEMENT',
    '(Advertisement)',
    'Story continues below advertisement',
    'Story continues',
    'Article continues below',
    'Continue Article',
    'Advertisment',
    'Advertisement - Continue Reading Below',
    'Sponsored',
    'Ad',
    'Paid content',
    'Sponsored Links:',
    'Ads by Google',
    'ADVERTORIAL',
    'Sponsored by Acme Bank',
    'Advertise with us',
    '• Advertise With Us',
    'Advertise in the Herald',
    'Ad Choices',
    'Place an Ad',
    'Advertisement 1',
    'Ad 2',
    'This advertisement has not loaded yet, but your article continues below.',
    'This advertisement has not loaded yet.',
    'Anzeige',
    'Werbung',
    'Gutscheine (Anzeige)',
    'Kooperationspartner | ANZEIGE',
    'Anzeige aufgeben',
    'PUBLICITÉ',
    'Publicidad',
    'Pubblicità',
    'Publicidade',
    'Anuncie aqui',
    'Advertentie',
    'Reklama',
    'Dalsza część artykułu pod reklamą',
    'Annons',
    'Reklam',
    'Реклама',
    '広告',
    '【广告】',
    '광고',
    'Iklan',
    'Quảng cáo',
    'Publi-information',
    'Annonssamarbete',
    'PR článek',
    '스폰서드 콘텐츠',
    'Nội dung được tài trợ',
    '本内容为广告推广',
    'Реклама. ООО «Ромашка», ИНН 7701234567, erid: 2SDnjeZnX1R'
  ] as const

  const ok = [
    'The advertisement was banned by regulators.',
    'The story continues in the second volume.',
    'Sponsored by the city council, the festival runs all week.',
    'Advertising',
    'Ads were pulled after the complaints, the company said.',
    'Adam',
    'Sponsors',
    'Advertisement 2024',
    'This advertisement has not loaded yet, said the agency.',
    'Die Polizei erstattete Anzeige gegen den Fahrer.',
    'Polizei erstattet Anzeige',
    'Die Werbung wurde nach Beschwerden zurückgezogen.',
    'La publicité a été interdite par le régulateur.',
    'La publicidad fue retirada tras las quejas.',
    'La pubblicità è stata ritirata dopo le proteste.',
    'Reklama została wycofana po skargach.',
    'Реклама erid-токенов стала обязательной в 2022 году.',
    'Annonsen drogs tillbaka efter klagomål.',
    'Реклама была запрещена регулятором.',
    '广告被监管机构禁止。',
    '광고가 규제 당국에 의해 금지되었다.',
    'Iklan itu dilarang oleh regulator.',
    'Quảng cáo đã bị cấm.',
    'ANP / AD'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerAdvert, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  // The title of paid content headed by its label, in brackets or before a
  // colon; labels of a few more languages alone.
  it.each([
    '[광고] 송림농협 여름맞이 특판 정기예금',
    '【广告】江南农商银行夏季存款特惠，点击了解详情',
    '［PR］提供：北山信用金庫',
    '(PR) Ngân hàng Phước Lâm ra mắt gói vay ưu đãi cho hộ kinh doanh',
    '[Advertorial] Kerja Sama Pemkab Sukamaju dan Bank Sukamaju Jaya',
    '(Anzeige) Jetzt den Sommer-Gutschein sichern',
    'Paid Post: Five reasons to refinance your mortgage this summer',
    'Sponsored: Sip, Savor, Celebrate',
    'Gesponserter Beitrag',
    'Sponzorovaný článek',
    'Partnerbijdrage',
    'İçerik Ortaklığı'
  ])('should strip the ad label %j', function (line) {
    expect(stripped(deboilerAdvert, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each([
    // A sentence after the label, a label too short before a colon, a
    // bracket that holds no label.
    'Werbung: Die Kampagne war ein Erfolg.',
    'PR: the agency that wrote the statement',
    'AD: the year the church was built',
    '[Update] The council voted again on Friday',
    '(Reuters) The council voted again on Friday',
    'Advertising: how the 1984 campaign changed television'
  ])('should keep %j', function (line) {
    expect(stripped(deboilerAdvert, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerAdvert, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerAdvert,
      ['Talks fail', '', 'ADVERTISEMENT', 'The talks failed on Monday.', '', 'Advertise with us', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:14: Unexpected ad label `ADVERTISEMENT`',
      '6:1-6:18: Unexpected ad link `Advertise with us`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['advert-label', 'advert-promo'])
    expect(String(file.value)).toBe('Talks fail\n\nThe talks failed on Monday.\n')
  })
})
