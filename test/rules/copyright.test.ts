import {deboilerCopyright} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerCopyright', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerCopyright, 'Para one.\n© 2019 Example Media\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected copyright notice `© 2019 Example Media`',
      ruleId: 'copyright-notice',
      source: 'deboiler',
      category: 'copyright',
      actual: '© 2019 Example Media',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#copyright',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 21, offset: 30}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Copyright 2024 X Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    '(c) 2021 Foo Media',
    'All rights reserved.',
    'Copyright © 2003-2024 Example Ltd',
    'Copyright ©2013 Dow Jones & Company, Inc. All Rights Reserved.',
    '© Copyright 2008 Times Newspapers Ltd.',
    '©MMVI, CBS Broadcasting Inc. All Rights Reserved.',
    'Copyright, respective author or news agency',
    'Â©2025',
    'Ⓒ 2026 Humanscale. All Rights Reserved.',
    'guardian.co.uk © Guardian News and Media Limited 2008',
    'Portions 2008 Internet Broadcasting Systems, Inc. All rights reserved.',
    'All Rights Reserved © monday.com',
    'This material may not be published, broadcast, rewritten, or redistributed.',
    'Copyright',
    'Copyright Policy',
    '2024 Beispiel GmbH. Alle Rechte vorbehalten.',
    'Tous droits réservés.',
    'Todos los derechos reservados',
    'Exemplo Ltda. Todos os direitos reservados.',
    'Tous droits réservés - Les Echos 2024',
    'Tutti i diritti sono riservati',
    'Alle rechten voorbehouden.',
    'Wszelkie prawa zastrzeżone.',
    'Alla rättigheter förbehållna.',
    'Alle rettigheder forbeholdes.',
    'Všechna práva vyhrazena.',
    'Tüm hakları saklıdır.',
    'Все права защищены.',
    'Усі права захищені.',
    '無断転載を禁じます。',
    '版权所有：新闻网',
    '저작권자 © 중앙일보, 무단 전재 및 재배포 금지',
    '<저작권자 © 한국일보, 무단전재 및 재배포금지>',
    'Hak cipta dilindungi undang-undang.',
    'Bảo lưu mọi quyền.',
    // A sign before a name in a script without case, and the notices sites
    // print in place of `All rights reserved`.
    '저작권자 © 마포신문 무단전재 및 재배포 금지',
    '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
    '記事・写真の無断転載を禁じます。',
    '© 共同通信社',
    '人民网版权所有，未经书面授权禁止使用',
    '版权声明：本文为原创文章，未经授权禁止转载。',
    'При полном или частичном использовании материалов ссылка на сайт обязательна.',
    'Tous droits de reproduction et de représentation réservés.',
    // Licence notices.
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
    'This work is licensed under a Creative Commons Attribution 4.0 International License.',
    'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License.',
    'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.',
    'This is an open access article distributed under the terms of the Creative Commons Attribution License.',
    'Licensed under Creative Commons',
    'Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar.',
    'Les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions.',
    'Esta obra está bajo una Licencia Creative Commons Atribución 4.0 Internacional.',
    'Il testo è disponibile secondo la licenza Creative Commons Attribuzione-Condividi allo stesso modo.',
    'Tekst udostępniany na licencji Creative Commons: uznanie autorstwa, na tych samych warunkach.',
    'Текст доступен по лицензии Creative Commons «С указанием авторства — С сохранением условий».',
    'De tekst is beschikbaar onder de licentie Creative Commons Naamsvermelding-Gelijk delen.',
    'Este trabalho está licenciado com uma Licença Creative Commons - Atribuição 4.0 Internacional.'
  ] as const

  const ok = [
    'The court ruled that the copyright had expired in 2019.',
    'Copyright law protects a work for 70 years after the death of its author.',
    '(c) To provide a forum for communication on all aspects of the industry.',
    'May/June 2003 pp. 26-33 (vol. 59, no. 03) © 2003 Bulletin of the Atomic Scientists',
    'His novel All Rights Reserved was published in 2014.',
    'The CostIt© tool allows this to be done automatically.',
    'all rights reserved.',
    'Der Verlag sagt, alle Rechte vorbehalten zu haben.',
    'Le tribunal a jugé que tous droits réservés ne suffisait pas.',
    'Todos los derechos reservados por la ley fueron respetados.',
    'Il giudice ha detto che tutti i diritti riservati restano validi.',
    'Wszelkie prawa zastrzeżone przez wydawcę wygasły w 2019 roku.',
    'Alla rättigheter förbehållna av förlaget har gått ut.',
    'Všechna práva vyhrazena autorem vypršela.',
    'Tüm hakları saklıdır ibaresi mahkemede tartışıldı.',
    'Все права защищены законом, заявил судья.',
    '该公司声称对这部电影版权所有。',
    '法院认为，未经授权禁止转载的规定适用于这篇文章。',
    'При цитировании ссылка обязательна только для текстов агентства, напомнил юрист.',
    '画家は© 記号の使い方について語った。',
    'Menurut hakim, hak cipta dilindungi undang-undang.',
    'The full text is available under request from the clerk.',
    'Text is available under the counter, the pharmacist said.',
    'Creative Commons licenses let authors share their work on their own terms.'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerCopyright, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(['الجزيرة، جميع الحقوق محفوظة', 'جميع الحقوق محفوظة؛ موقع الأخبار', '© 2024 समाचार पत्र। All rights reserved'])(
    'should see a rights notice after an Arabic comma or semicolon or a danda: %j',
    function (line) {
      expect(stripped(deboilerCopyright, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
    }
  )

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerCopyright, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerCopyright,
      ['Text of the article.', '', 'Copyright Notice', 'Portions 2008 Example Inc. All rights reserved.', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:17: Unexpected copyright link `Copyright Notice`',
      '4:1-4:48: Unexpected rights notice `Portions 2008 Example Inc. All rights reserved.`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['copyright-link', 'copyright-reserved'])
    expect(String(file.value)).toBe('Text of the article.\n')
  })
})
