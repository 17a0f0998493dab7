import {deboilerCookie} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerCookie', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerCookie, 'Para one.\nWe use cookies.\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected cookie banner `We use cookies.`',
      ruleId: 'cookie-banner',
      source: 'deboiler',
      category: 'cookie',
      actual: 'We use cookies.',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#cookie',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 16, offset: 25}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'We use cookies to ensure that we give you the best experience on our website.',
    'By continuing to use this site you agree to our use of cookies.',
    'This website uses cookies to improve your experience.',
    'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
    'We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to process personal data.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation.',
    'Google Analytics sets this cookie to store and count page views.',
    'The cookie is set by the GDPR Cookie Consent plugin and is used to store whether or not user has consented to the use of cookies.',
    'If you are NOT OK with this, please leave the site, clear your browsers cache and adjust your cookie settings in your browsers.',
    'If you continue to use this site we will assume that you are happy with it.',
    'Accept all cookies',
    'Cookie settings',
    'Cookie SettingsAccept All',
    'Reject all cookiesAllow all cookies',
    'Manage Cookie Preferences',
    'Privacy & Cookie Policy',
    'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.',
    'Ce site utilise des cookies pour améliorer votre expérience.',
    'Este sitio web utiliza cookies para mejorar su experiencia.',
    'Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.',
    'Utilizamos cookies para melhorar a sua experiência.',
    'Wij gebruiken cookies om onze website te verbeteren.',
    'Cookie-Einstellungen',
    'Datenschutz- und Cookie-Richtlinien',
    'Gestion des cookies',
    'Política de cookies',
    'Preferenze sui Cookie',
    'Cookiebeleid',
    'Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu.',
    'Ustawienia plików cookie',
    'Vi använder kakor för att förbättra webbplatsen.',
    'Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.',
    'Tento web používá soubory cookie ke zlepšení vašeho zážitku.',
    'Web sitemizdeki çerezleri (cookie) kullanıcı deneyimini artırmak için kullanıyoruz.',
    'Мы используем файлы cookie для улучшения работы сайта.',
    'Настройки файлов cookie',
    'Ми використовуємо файли cookie, щоб покращити роботу сайту.',
    '当サイトではCookieを使用しています。',
    'Cookie設定',
    '本网站使用Cookie来改善您的浏览体验。',
    '이 웹사이트는 쿠키를 사용합니다.',
    '쿠키 설정',
    'Kami menggunakan cookie untuk meningkatkan pengalaman Anda.',
    'Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.',
    'Wenn Sie diese Website weiterhin nutzen, gehen wir davon aus, dass Sie damit zufrieden sind.',
    'Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait.',
    'Si continúas usando este sitio, asumiremos que estás de acuerdo.',
    'Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice.',
    'Um unsere Webseite für Sie optimal zu gestalten, verwenden wir Cookies.',
    'Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, beispielsweise auf Cookies.',
    'Noi e i nostri partner utilizziamo cookie o tecnologie simili.',
    'Мы и наши партнеры используем файлы cookie.'
  ] as const

  const ok = [
    'She baked cookies for the volunteers.',
    'Regulators fined the company for tracking cookies without consent.',
    'Regulators fined the company over cookie consent',
    'Focus on whole foods. That doesn’t mean you can never enjoy a vegan cookie.',
    'These cookies freeze well in an airtight container.',
    'Cookies',
    'Easy Cookie Recipes',
    'I accept',
    'Manage preferences',
    'Necessary',
    'Am Sonntag backen wir Cookies mit den Kindern.',
    'Die Behörde prüft, ob Webseiten Cookies ohne Zustimmung setzen.',
    'Alle akzeptieren',
    'La CNIL a sanctionné le site pour ses cookies publicitaires.',
    'Tout accepter',
    'Los reguladores multaron a la empresa por instalar cookies sin permiso.',
    'Il garante ha multato la società per i cookie di profilazione.',
    'A autoridade multou a empresa por usar cookies sem consentimento.',
    'De toezichthouder beboette het bedrijf voor tracking cookies.',
    'Urząd nałożył karę na firmę za pliki cookie bez zgody użytkowników.',
    'Akceptuję',
    'Mormor bakade kakor till hela familjen.',
    'Datatilsynet ga selskapet bot for informasjonskapsler uten samtykke.',
    'Úřad pokutoval firmu za soubory cookie bez souhlasu.',
    'Kurum, şirkete izinsiz çerezler nedeniyle ceza verdi.',
    'Регулятор оштрафовал компанию за файлы cookie без согласия.',
    '多くのサイトがCookieを使用しています。',
    'すべて同意する',
    '监管机构对该公司未经同意使用Cookie处以罚款。',
    '규제 당국은 동의 없이 쿠키를 사용한 회사에 벌금을 부과했다.',
    'Wir gehen davon aus, dass die Bibliothek im Winter geöffnet bleibt.',
    'Si el ayuntamiento sigue usando este sitio, la biblioteca abrirá en invierno.'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerCookie, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerCookie, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  const banners = [
    ['Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.', 'Alle akzeptieren', 'Nur notwendige Cookies', 'Ich stimme zu'],
    ['Nous utilisons des cookies pour mesurer l’audience.', 'Accepter et fermer', 'Continuer sans accepter'],
    ['Utilizamos cookies propias y de terceros.', 'Aceptar y continuar', 'Rechazar todas', 'Más opciones'],
    ['Questo sito utilizza cookie tecnici e di profilazione.', 'Accetta e chiudi', 'Ok, ho capito'],
    ['Używamy plików cookie, aby zapewnić najlepszą jakość.', 'Akceptuję i przechodzę do serwisu', 'Zgadzam się'],
    ['Vi använder kakor för att förbättra webbplatsen.', 'Godkänn alla', 'Endast nödvändiga'],
    ['Size daha iyi bir deneyim sunmak için çerezler kullanıyoruz.', 'Tümünü Kabul Et', 'Çerez Ayarları'],
    ['Мы используем файлы cookie для улучшения работы сайта.', 'Я согласен', 'Принять и закрыть'],
    ['当サイトではCookieを使用しています。', '同意して閉じる', '設定'],
    ['我们使用Cookie来改善您的体验。', '我知道了', '拒绝'],
    ['이 웹사이트는 쿠키를 사용합니다.', '동의합니다', '쿠키 설정'],
    ['Chúng tôi sử dụng cookie để cải thiện trải nghiệm.', 'Tôi đồng ý', 'Tùy chỉnh']
  ] as const

  it.each(banners)('should strip %j and its buttons', function (...lines) {
    expect(stripped(deboilerCookie, ['Body text.', '', ...lines, '', 'More body.'].join('\n'))).toEqual(lines)
  })

  it('should strip the controls and table of a banner next to it', function () {
    const file = run(
      deboilerCookie,
      [
        'The talks failed on Monday.',
        '',
        'This website uses cookies to improve your experience while you navigate through the website.',
        'I accept',
        'Manage preferences',
        'Privacy Overview',
        'Necessary',
        'Always Enabled',
        'Necessary cookies are absolutely essential for the website to function properly.',
        'cookielawinfo-checkbox-necessary',
        '11 months',
        'SAVE & ACCEPT',
        '',
        'Necessary',
        ''
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:93: Unexpected cookie banner `This website uses cookies to improve your experience while…`',
      '4:1-4:9: Unexpected cookie control `I accept`',
      '5:1-5:19: Unexpected cookie control `Manage preferences`',
      '6:1-6:17: Unexpected cookie control `Privacy Overview`',
      '7:1-7:10: Unexpected cookie control `Necessary`',
      '8:1-8:15: Unexpected cookie control `Always Enabled`',
      '9:1-9:81: Unexpected cookie banner `Necessary cookies are absolutely essential for the website…`',
      '10:1-10:33: Unexpected cookie control `cookielawinfo-checkbox-necessary`',
      '11:1-11:10: Unexpected cookie control `11 months`',
      '12:1-12:14: Unexpected cookie control `SAVE & ACCEPT`',
      '14:1-14:10: Unexpected cookie control `Necessary`'
    ])
    expect(String(file.value)).toBe('The talks failed on Monday.\n')
  })

  const purposes: ReadonlyArray<{language: string; lines: ReadonlyArray<string>}> = [
    {
      language: 'en',
      lines: [
        'Manage Consent',
        'To provide the best experiences, we use technologies like cookies to store and/or access device information.',
        'Functional Functional Always active',
        'The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a specific service explicitly requested by the subscriber or user.',
        'Statistics Statistics',
        'The technical storage or access that is used exclusively for statistical purposes.',
        'Manage services',
        'Manage vendors',
        'Read more about these purposes',
        'Accept Deny View preferences Save preferences View preferences'
      ]
    },
    {
      language: 'de',
      lines: [
        'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.',
        'Die technische Speicherung oder der Zugriff ist unbedingt erforderlich für den rechtmäßigen Zweck, die Nutzung eines bestimmten Dienstes zu ermöglichen.',
        'Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen Zwecken erfolgt.'
      ]
    },
    {
      language: 'fr',
      lines: [
        'Ce site utilise des cookies pour améliorer votre expérience de navigation.',
        'Le stockage ou l’accès technique est strictement nécessaire dans la finalité d’intérêt légitime de permettre l’utilisation d’un service spécifique.'
      ]
    },
    {
      language: 'es',
      lines: [
        'Utilizamos cookies para ofrecerte la mejor experiencia en nuestra web.',
        'El almacenamiento o acceso técnico es estrictamente necesario para el propósito legítimo de permitir el uso de un servicio específico.'
      ]
    }
  ]

  it.each(purposes)('should strip the storage purposes of a consent box ($language)', function ({lines}) {
    const before = 'The talks failed on Monday, and the two sides left without a date for the next round.'
    const file = run(deboilerCookie, [before, '', ...lines, '', before].join('\n'))
    expect(file.messages.map((message) => message.category)).toEqual(lines.map(() => 'cookie'))
    expect(file.messages.some((message) => message.ruleId === 'cookie-banner' && /technical|technische|technique|técnico/u.test(String(message.actual)))).toBe(true)
    expect(String(file.value)).toBe(before + '\n\n' + before)
  })

  it('should keep a sentence on storage purposes away from a banner', function () {
    const line = 'The technical storage or access is strictly necessary, the court ruled, only for a service the user asked for.'
    expect(stripped(deboilerCookie, ['Body text.', '', line, '', 'More body.'].join('\n'))).toEqual([])
  })

  const embeds = [
    ['Empfohlener redaktioneller Inhalt', 'Externen Inhalt anzeigen'],
    [
      'Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.'
    ],
    ['Ein Klick für den Datenschutz', 'Infografiken anzeigenDatenschutzeinstellungen anpassen'],
    ['Load external content'],
    ['I agree to external content being displayed.'],
    ['Afficher le contenu externe'],
    ['J’accepte que des contenus externes me soient affichés.'],
    ['Mostrar contenido externo'],
    ['Externe inhoud laden'],
    ['Pokaż treści zewnętrzne'],
    ['Показать внешний контент'],
    ['外部コンテンツを表示']
  ] as const

  it.each(embeds)('should strip the consent box of embedded content %j', function (...lines) {
    const file = run(deboilerCookie, ['Body text.', '', ...lines, '', 'More body.'].join('\n'))
    expect(file.messages.map((message) => message.ruleId)).toEqual(lines.map(() => 'cookie-embed'))
    expect(String(file.value)).toBe('Body text.\n\nMore body.')
  })

  const embedProse = [
    'External content from partners slowed the page, the audit found.',
    'Externe Inhalte anzeigen zu lassen, kostet Ladezeit, sagte die Entwicklerin.',
    'Ich bin damit einverstanden, sagte der Minister am Montag.',
    'Le contenu externe du rapport a été publié lundi.'
  ]

  it.each(embedProse)('should keep the prose %j', function (line) {
    expect(stripped(deboilerCookie, ['Body text.', '', line, '', 'More body.'].join('\n'))).toEqual([])
  })

  it('should keep controls and cookie sentences away from a banner', function () {
    const lines = [
      'Necessary cookies keep the site working, the regulator said.',
      'I accept',
      'The talks failed on Monday.',
      'We use cookies.'
    ]
    const file = run(deboilerCookie, lines.join('\n'))
    expect(file.messages.map(String)).toEqual(['4:1-4:16: Unexpected cookie banner `We use cookies.`'])
  })
})
