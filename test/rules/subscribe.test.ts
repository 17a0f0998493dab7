import {deboilerSubscribe} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerSubscribe', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerSubscribe, 'Para one.\nSubscribe to our newsletter\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected newsletter prompt `Subscribe to our newsletter`',
      ruleId: 'subscribe-newsletter',
      source: 'deboiler',
      category: 'subscribe',
      actual: 'Subscribe to our newsletter',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#subscribe',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 28, offset: 37}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Sign up for our daily newsletter',
    'Enter your email address',
    'Get the latest news delivered to your inbox',
    'Subscribe',
    'Already a subscriber? Log in',
    'Sign up for our FREE newsletter',
    'Newsletter Sign Up',
    'Subscribe via RSS',
    'SUBSCRIBE NOW',
    'Thank you for subscribing to our daily newsletter.',
    "Don't miss out - sign up today.",
    'Please enter a valid email address.',
    'Sign up with your email address to receive news and updates.',
    'Ready to get started? Sign up now!',
    'Log in or sign up',
    'Subscribe now to keep reading and get access to the full archive.',
    'Newsletters',
    'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY',
    'REGISTER / SIGN IN TO UNLOCK MORE ARTICLES',
    'Create an account or sign in to continue with your reading experience.'
  ] as const

  const ok = [
    'If you just want Disney+, you can sign up for a free 7-day trial.',
    'More than 2 million people subscribe to the service.',
    'More posts ≠ more subscribers.',
    'Astronomy Newsletter',
    'Subscription Box Details',
    'Log in',
    'subscribers.',
    'Sign up for',
    'Only subscribers read this.',
    'Create an article'
  ] as const

  it('should name a paywall `subscribe-paywall`', function () {
    const file = run(deboilerSubscribe, 'Body text.\nSUBSCRIBE TO UNLOCK MORE ARTICLES\nMore body.')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['subscribe-paywall'])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should keep the rest of a wrapped sentence', function () {
    const wrapped = 'Readers who want the weekly digest can now\nsubscribe to the newsletter\n'
    expect(stripped(deboilerSubscribe, wrapped)).toEqual([])
    expect(stripped(deboilerSubscribe, wrapped.replace('now\n', 'now.\n'))).toEqual([
      'subscribe to the newsletter'
    ])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerSubscribe,
      ['Title', '', 'Text of the article.', '', 'Sign up', 'Enter your email:', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '5:1-5:8: Unexpected subscribe prompt `Sign up`',
      '6:1-6:18: Unexpected email field `Enter your email:`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['subscribe-prompt', 'subscribe-email'])
    expect(String(file.value)).toBe('Title\n\nText of the article.\n')
  })
})
