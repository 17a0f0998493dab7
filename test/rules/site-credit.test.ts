import {deboilerSiteCredit} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerSiteCredit', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerSiteCredit, 'Para one.\nPowered by Blogger.\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected platform credit `Powered by Blogger.`',
      ruleId: 'site-credit-platform',
      source: 'deboiler',
      category: 'site-credit',
      actual: 'Powered by Blogger.',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#site-credit',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 20, offset: 29}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Theme by X',
    'Proudly powered by WordPress',
    'Website by Y',
    'Designed by Z',
    'Powered by WordPress.com VIP',
    'Powered by WordPress.com VIP | Privacy Policy | Your Privacy Rights | Ad Choices | Terms Of Use',
    'Blog at WordPress.com.',
    'Website design by Sanctuary Media Group',
    'Site developed and hosted by WorldCALL Internet Solutions',
    'Crafted with by TemplatesYard | Designed by First Media Ltd',
    '© 2026 Restless Meanderer - WordPress Theme by Kadence WP',
    'Website Design & Development by Guido Media',
    'Powered by Verbosa & WordPress.',
    'Powered by'
  ] as const

  const ok = [
    'The plant is powered by solar panels.',
    'Powered by solar panels, the plant runs all year.',
    'Designed by an expert coach, this five-lesson course will help you.',
    'Thanks to the volunteers, the event went ahead.',
    'Developed by coffee science experts and professional coffee tasters.',
    'Privacy Policy | Terms of Use'
  ] as const

  // Credits in other languages, with their rule id.
  const notOkLanguages = [
    ['Stolz präsentiert von WordPress', 'site-credit-platform'],
    ['Bereitgestellt von WordPress | Impressum | Datenschutz', 'site-credit-platform'],
    ['Webdesign von Müller und Partner', 'site-credit-design'],
    ['Fièrement propulsé par WordPress', 'site-credit-platform'],
    ['© 2024 Le Journal - Tous droits réservés - Site réalisé par Agence Web', 'site-credit-design'],
    ['Con tecnología de WordPress', 'site-credit-platform'],
    ['Diseñado por Estudio Sur', 'site-credit-design'],
    ['Orgogliosamente powered by WordPress', 'site-credit-platform'],
    ['Sito realizzato da Studio Rossi', 'site-credit-design'],
    ['Orgulhosamente mantido com WordPress', 'site-credit-platform'],
    ['Trots aangedreven door WordPress', 'site-credit-platform'],
    ['Dumnie wspierane przez WordPress', 'site-credit-platform'],
    ['Wszelkie prawa zastrzeżone | Projekt i wykonanie: Agencja Nowa', 'site-credit-design'],
    ['Drivs med WordPress', 'site-credit-platform'],
    ['Stolt drevet af WordPress', 'site-credit-platform'],
    ['Stolt drevet av WordPress', 'site-credit-platform'],
    ['Běží na WordPressu', 'site-credit-platform'],
    ['WordPress ile güçlendirilmiştir', 'site-credit-platform'],
    ['Сайт работает на WordPress', 'site-credit-platform'],
    ['Разработка сайта: Студия Сайт', 'site-credit-design'],
    ['З гордістю працює на WordPress', 'site-credit-platform'],
    ['WordPress で作成', 'site-credit-platform'],
    ['自豪地采用WordPress', 'site-credit-platform'],
    ['技术支持：阿里云', 'site-credit-platform'],
    ['Dipersembahkan oleh WordPress', 'site-credit-platform'],
    ['Được cung cấp bởi WordPress', 'site-credit-platform']
  ] as const

  // Article lines with the same words in prose.
  const okLanguages = [
    'Betrieben von der Stadt, bleibt das Bad bis September offen.',
    'Propulsé par le vent, le bateau a traversé la Manche en six heures.',
    'Diseñado por un equipo de la universidad, el puente resistió la tormenta.',
    'Realizzato da un gruppo di volontari, il murale è stato inaugurato ieri.',
    'Desenvolvido por engenheiros da cidade, o sistema economiza água.',
    'Mogelijk gemaakt door de inzet van vrijwilligers uit de buurt.',
    'Wspierane przez miasto projekty ruszą w maju.',
    'Drivs med solenergi och klarar sig hela sommaren.',
    'Сайт работает на деньги читателей, сказал редактор.',
    'このサイトはWordPressで作成されています。',
    '技术支持是公司发展的关键。',
    'Dikembangkan oleh mahasiswa, aplikasi itu kini dipakai di seluruh kota.'
  ] as const

  it.each(notOkLanguages)('should strip %j (%s)', function (line, ruleId) {
    const file = run(deboilerSiteCredit, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.actual, message.ruleId])).toEqual([[line, ruleId]])
  })

  it.each(okLanguages)('should keep %j', function (line) {
    expect(stripped(deboilerSiteCredit, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerSiteCredit, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerSiteCredit, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerSiteCredit,
      ['Text of the article.', '', 'Proudly powered by WordPress', 'Theme: Twenty Ten by Automattic', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:29: Unexpected platform credit `Proudly powered by WordPress`',
      '4:1-4:32: Unexpected design credit `Theme: Twenty Ten by Automattic`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['site-credit-platform', 'site-credit-design'])
    expect(String(file.value)).toBe('Text of the article.\n')
  })
})
