import {deboilerDisclaimer} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerDisclaimer', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerDisclaimer, 'Para one.\nWe may earn commission from links on this page.\nPara two.\n')
    expect(file.messages.length).toBe(1)
    expect(metadata(file.messages[0]!)).toEqual({
      fatal: undefined,
      reason: 'Unexpected affiliate disclosure `We may earn commission from links on this page.`',
      ruleId: 'disclaimer-affiliate',
      source: 'deboiler',
      category: 'disclaimer',
      actual: 'We may earn commission from links on this page.',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#disclaimer',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 48, offset: 57}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  it.each([
    ['disclaimer-affiliate', 'As an Amazon Associate I earn from qualifying purchases.'],
    ['disclaimer-affiliate', 'Some of the links in this article are affiliate links, which means we may earn a small commission.'],
    ['disclaimer-affiliate', 'Purchases made through links earn us a small commission, at no extra cost to you.'],
    ['disclaimer-affiliate', 'We independently evaluate all of our recommendations. If you click on links we provide, we may receive compensation.'],
    ['disclaimer-advice', 'This article is for informational purposes only and does not constitute legal advice.'],
    ['disclaimer-advice', 'The information provided on this website is not intended as medical advice.'],
    ['disclaimer-advice', 'Keep in mind that the content on this blog is for informational purposes and should not be considered medical advice.'],
    ['disclaimer-advice', 'This website is meant for general information and not legal advice.'],
    ['disclaimer-advice', 'Patient does not provide medical advice, diagnosis or treatment.'],
    ['disclaimer-advice', 'Risk Disclosure: Trading foreign exchange on margin carries a high level of risk.'],
    ['disclaimer-advice', 'DISCLAIMER: The views expressed are those of the author.'],
    ['disclaimer-editorial', 'Learn about our editorial policies'],
    ['disclaimer-editorial', 'Healthline has strict sourcing guidelines and relies on peer-reviewed studies.'],
    ['disclaimer-official-site', 'Federal government websites often end in .gov or .mil.'],
    ['disclaimer-official-site', 'A .gov website belongs to an official government organization in the United States.'],
    ['disclaimer-official-site', 'An official website of the United States government'],
    ['disclaimer-official-site', 'Secure .gov websites use HTTPS'],
    ['disclaimer-official-site', "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites."]
  ])('should strip a %s line: %j', function (ruleId, line) {
    const file = run(deboilerDisclaimer, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleId])
    expect(String(file.value)).toBe('Body text.\nMore body.')
  })

  it.each([
    'The agent earns a commission on each house she sells.',
    'The commission said it would publish its findings in May.',
    'Doctors warned that the app is not a substitute for seeing a nurse.',
    'He asked his lawyer for advice before signing the contract.',
    'She did not follow the medical advice she was given, and it cost her a year.',
    'The files were kept for tax purposes.',
    'The disclaimer on the packet was printed in tiny letters.',
    'Affiliate marketing grew by 10 percent last year.',
    'The paper changed its editorial line after the election.',
    'The official website of the state lists every .gov address it runs.'
  ])('should keep %j', function (line) {
    expect(stripped(deboilerDisclaimer, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })
})
