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
    'Create an account or sign in to continue with your reading experience.',
    'There was an error, please provide a valid email address.',
    'Interested in more newsletters? Browse here.',
    'The next issue of Top Stories will soon be in your inbox.',
    'Get email updates from your favourite authors.',
    "Sign up (it's quick and free) or sign in now.",
    'Sign me up!',
    'Yes please, sign me up!',
    // A shop's sign-up prompts.
    'Sign up to our weekly newsletter for exclusive offers and updates on our latest products.',
    'Enter your email to stay updated on this product.',
    'Sign up for exclusive offers and deals',
    'By clicking and subscribing, you agree to receive our emails.',
    // A discount, and the shop's name after `from`.
    'Sign up for 10% off your first purchase',
    'Enter your email address below for the latest offers, new products and more from iRobot.',
    'Sign up for our newsletter from The Verge',
    // Registration walls.
    'To read this article in full you must be registered with the site.',
    'You must be logged in to read this article.',
    // A word or two no prompt word (`local`, `morning`, `stories`).
    'Get the latest local news delivered to your inbox every morning. Sign up now.',
    'This story is for subscribers only. Already a subscriber? Log in.'
  ] as const

  const ok = [
    'We will try again next week, the coach said.',
    'There was an error in the report, the agency said on Monday.',
    'If you just want Disney+, you can sign up for a free 7-day trial.',
    'More than 2 million people subscribe to the service.',
    'More posts ≠ more subscribers.',
    'Astronomy Newsletter',
    'Subscription Box Details',
    'Log in',
    'subscribers.',
    'Sign up for',
    'Only subscribers read this.',
    'Create an article',
    'Yes, sign me up, she told the recruiter.',
    'Sign up for our products below the first floor.',
    'By clicking on the first product, you agree to the terms of the offer, the judge said.',
    'You must be registered to vote in the election.',
    'I signed up and logged in to the site.',
    'More than 20 sign up for 2 classes each week.',
    'Sign up for updates from the Smithsonian Museum of Art in Washington.',
    'From Tuesday you can sign up for the race.',
    'Readers can sign up for the free newsletter at the town hall.',
    'You can subscribe to our newsletter here, the mayor said.'
  ] as const

  it('should name a paywall `subscribe-paywall`', function () {
    const file = run(deboilerSubscribe, 'Body text.\nSUBSCRIBE TO UNLOCK MORE ARTICLES\nMore body.')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['subscribe-paywall'])
    const wall = run(deboilerSubscribe, 'Body text.\nTo read this article in full you must be registered with the site.\nMore body.')
    expect(wall.messages.map((message) => message.ruleId)).toEqual(['subscribe-paywall'])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  const otherLanguages = [
    ['de', 'Abonnieren Sie unseren Newsletter', 'subscribe-newsletter'],
    ['de', 'Jetzt abonnieren', 'subscribe-prompt'],
    ['de', 'E-Mail-Adresse (erforderlich)', 'subscribe-email'],
    ['de', 'Dieser Artikel ist nur für Abonnenten', 'subscribe-paywall'],
    ['pl', 'Pozostało jeszcze 89% artykułu', 'subscribe-paywall'],
    ['fr', 'Inscrivez-vous à notre newsletter', 'subscribe-newsletter'],
    ['fr', 'S’abonner', 'subscribe-prompt'],
    ['fr', 'Vous possédez déjà un compte ?', 'subscribe-prompt'],
    ['de', 'Melden Sie sich für unseren Newsletter an', 'subscribe-newsletter'],
    ['de', '2 Wochen kostenlos testen', 'subscribe-paywall'],
    ['fr', 'Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.', 'subscribe-paywall'],
    ['es', 'Suscríbete a nuestro boletín', 'subscribe-newsletter'],
    ['es', 'Esta funcionalidad es sólo para suscriptores', 'subscribe-paywall'],
    ['it', 'Iscriviti alla newsletter', 'subscribe-newsletter'],
    ['it', 'Inserisci il tuo indirizzo email', 'subscribe-email'],
    ['pt', 'Assine a nossa newsletter', 'subscribe-newsletter'],
    ['nl', 'Schrijf je in voor onze nieuwsbrief', 'subscribe-newsletter'],
    ['pl', 'Zaloguj się, aby czytać dalej', 'subscribe-prompt'],
    ['pl', 'Czytaj dalej. Subskrybuj', 'subscribe-prompt'],
    ['sv', 'Prenumerera på vårt nyhetsbrev', 'subscribe-newsletter'],
    ['da', 'Tilmeld dig vores nyhedsbrev', 'subscribe-newsletter'],
    ['nb', 'Meld deg på vårt nyhetsbrev', 'subscribe-newsletter'],
    ['cs', 'Tento článek je pouze pro předplatitele', 'subscribe-paywall'],
    ['tr', 'Bültenimize abone olun', 'subscribe-newsletter'],
    ['ru', 'Подпишитесь на рассылку', 'subscribe-newsletter'],
    ['ru', 'Введите адрес электронной почты', 'subscribe-email'],
    ['uk', 'Підпишіться на нашу розсилку', 'subscribe-newsletter'],
    ['ja', 'ニュースレターに登録', 'subscribe-newsletter'],
    ['ja', 'この記事は有料会員限定です。', 'subscribe-paywall'],
    ['ja', 'メールアドレス（必須）', 'subscribe-email'],
    ['zh', '订阅我们的新闻通讯', 'subscribe-newsletter'],
    ['zh', '请输入您的邮箱地址：', 'subscribe-email'],
    ['ko', '뉴스레터 구독', 'subscribe-newsletter'],
    ['id', 'Berlangganan newsletter', 'subscribe-newsletter'],
    ['vi', 'Đăng ký nhận bản tin', 'subscribe-newsletter'],
    // Paywall prompts with the words around their cue.
    ['ru', 'Оформите подписку, чтобы прочитать статью полностью', 'subscribe-prompt'],
    ['uk', 'Оформіть передплату, щоб прочитати статтю повністю', 'subscribe-prompt'],
    ['cs', 'Předplaťte si Premium a čtěte bez omezení', 'subscribe-prompt'],
    ['nl', 'Al abonnee? Log in om verder te lezen.', 'subscribe-prompt']
  ] as const

  const otherLanguagesOk = [
    ['de', 'Mehr als zwei Millionen Leser abonnieren den Newsletter der Zeitung.'],
    ['de', 'Mehr Abonnenten'],
    ['pl', 'Pozostało jeszcze kilka dni do wyborów, a sondaże się zmieniają.'],
    ['de', 'Anmelden'],
    ['de', 'Der Artikel ist für Abonnenten der Zeitung gratis.'],
    ['fr', 'Les abonnés du journal reçoivent la newsletter chaque matin.'],
    ['fr', 'Abonnement'],
    ['fr', 'Inscrivez-vous à notre'],
    ['de', 'Abonnieren Sie unseren'],
    ['es', 'Regístrate'],
    ['es', 'El boletín oficial publicó la norma para los suscriptores del servicio.'],
    ['it', 'Gli abbonati della rivista possono iscriversi alla newsletter dal sito.'],
    ['pt', 'Os assinantes recebem a newsletter da biblioteca todas as semanas.'],
    ['nl', 'De nieuwsbrief van de gemeente gaat naar alle abonnees in de stad.'],
    ['pl', 'Zaloguj się'],
    ['pl', 'Redakcja wysyła newsletter do czytelników w każdy poniedziałek.'],
    ['sv', 'Biblioteket skickar ett nyhetsbrev till alla prenumeranter varje vecka.'],
    ['cs', 'Předplatitelé dostávají zpravodaj knihovny každý týden.'],
    ['ru', 'Рассылка библиотеки приходит подписчикам каждую неделю.'],
    ['ja', 'ニュースレターは毎週月曜日に図書館から届く。'],
    ['zh', '图书馆每周向读者发送新闻通讯。'],
    ['ko', '도서관은 매주 뉴스레터를 독자들에게 보낸다.'],
    ['vi', 'Tin mới nhất']
  ] as const

  it.each(otherLanguages)('should strip in %s %j as %s', function (_, line, ruleId) {
    const file = run(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleId])
  })

  it.each(otherLanguagesOk)('should keep in %s %j', function (_, line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  // What a sign-up form says once it is sent, in 12 languages.
  const statuses = [
    ['en', 'You’ve been successfully signed up!'],
    ['en', 'Great! We’ve sent you an email to confirm your subscription.'],
    ['en', 'There was a problem subscribing you to this newsletter.'],
    ['en', "A welcome email is on its way. If you don't see it, please check your junk folder."],
    ['en', 'Thank you for signing up. We’ll send you an email to share our latest insights.'],
    ['de', 'Vielen Dank für Ihre Anmeldung!'],
    ['fr', 'Merci pour votre inscription.'],
    ['es', '¡Gracias por suscribirte!'],
    ['it', 'Grazie per esserti iscritto alla newsletter.'],
    ['pt', 'Obrigado por se inscrever!'],
    ['nl', 'Bedankt voor je aanmelding.'],
    ['pl', 'Dziękujemy za zapisanie się!'],
    ['sv', 'Tack för din prenumeration!'],
    ['ru', 'Спасибо за подписку!'],
    ['ja', 'ご登録ありがとうございます。'],
    ['zh', '感谢您的订阅！']
  ] as const

  // Prose that starts as a message does, and goes on.
  const statusesOk = [
    ['en', 'Thanks for subscribing to the channel, the host said, before the guest arrived and the interview began.'],
    ['en', 'The form says “Thank you for signing up” even when the address is wrong.'],
    ['en', 'The letter goes out on Fridays with the best stories of the week. Thanks for subscribing!'],
    ['de', 'Vielen Dank für Ihre Anmeldung zum Marathon, schrieb der Veranstalter allen Läufern, die sich bis Freitag gemeldet hatten.']
  ] as const

  it.each(statuses)('should strip a sign-up message in %s: %j', function (_, line) {
    const file = run(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['subscribe-prompt', line]])
    expect(file.messages[0]!.reason).toMatch(/^Unexpected sign-up message `/)
  })

  it.each(statusesOk)('should keep prose in %s that starts as a sign-up message: %j', function (_, line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  // The small print of sign-up forms (seen on the dev sets, never in a gold).
  const smallPrint = [
    'By signing up, you agree to our Privacy Policy and Terms of Use.',
    'By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.',
    '*    By checking this box, you agree to receive marketing emails from Jobber (newsletters, updates, offers, etc.). Unsubscribe at any time. View our Privacy Policy.',
    'By providing your information and clicking Subscribe, you agree to our Terms of Use and Privacy Policy. You also elect to receive updates, newsletters and offers from us, and can opt out at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'You can unsubscribe at any time.',
    'No spam, we promise. You can unsubscribe at any time and we’ll never share your details without your permission.'
  ] as const

  // Prose that starts as small print does, and a cookie notice.
  const smallPrintOk = [
    'By signing up 300 volunteers, the council agreed to keep the library open on Sundays.',
    'By clicking through the archive, readers can see how the station looked. You agree it is a fine building.',
    'No spam calls have reached the library since the new rule began.',
    'By clicking “Accept”, you agree to the storing of cookies on your device.'
  ] as const

  it.each(smallPrint)('should strip the small print of a sign-up form: %j', function (line) {
    const file = run(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['subscribe-consent', line]])
  })

  it.each(smallPrintOk)('should keep %j (not the small print of a sign-up form)', function (line) {
    expect(stripped(deboilerSubscribe, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should keep the rest of a wrapped sentence', function () {
    const wrapped = 'Readers who want the weekly digest can now\nsubscribe to the newsletter\n'
    expect(stripped(deboilerSubscribe, wrapped)).toEqual([])
    expect(stripped(deboilerSubscribe, wrapped.replace('now\n', 'now.\n'))).toEqual([
      'subscribe to the newsletter'
    ])
    const german = 'Wer jeden Morgen informiert sein will, kann ab sofort\nunseren Newsletter abonnieren\n'
    expect(stripped(deboilerSubscribe, german)).toEqual([])
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

  it('should strip the perks a paywall lists between two of its lines, not prose or a long run', function () {
    const perks = [
      'Subscribe now to read the latest news in your city and across Canada.',
      'Daily puzzles, including the New York Times Crossword.',
      'Exclusive articles from our columnists and others.'
    ]
    const wall = ['THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY', ...perks, 'SUBSCRIBE TO UNLOCK MORE ARTICLES']
    const body = 'The jobless rate fell to 6.6 per cent in May as 88,000 positions were added.'
    const file = run(deboilerSubscribe, [body, '', ...wall, '', body.replace('May', 'June')].join('\n'))
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'subscribe-paywall',
      'subscribe-prompt',
      'subscribe-prompt',
      'subscribe-prompt',
      'subscribe-paywall'
    ])
    expect(file.messages[1]!.reason).toBe(
      'Unexpected line of a sign-up box `Subscribe now to read the latest news in your city and acro…`'
    )
    expect(file.messages[1]!.note).toBe('Between two lines of the box')
    // A paragraph of two sentences between two prompts is the article’s.
    const paragraph = 'The jobless rate fell in May. Economists had expected a rise.'
    expect(stripped(deboilerSubscribe, [wall[0]!, paragraph, wall.at(-1)!].join('\n'))).toEqual([wall[0], wall.at(-1)])
    // Seven lines between two prompts are the article’s.
    const seven = [wall[0]!, ...perks, ...perks.slice(0, 3), body, wall.at(-1)!]
    expect(stripped(deboilerSubscribe, seven.join('\n'))).toEqual([wall[0], wall.at(-1)])
  })
})
