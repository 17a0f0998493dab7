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
