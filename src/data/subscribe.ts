import type {Lexicon} from './lexicon.js'

/**
 * Words of newsletter and sign-up prompts, lower case.
 *
 * ###### Notes
 * A short line made only of these words, with a sign-up cue among them
 * (see `src/rules/subscribe.ts`), is a prompt: `Sign up for our FREE
 * newsletter`, `Get the latest news delivered to your inbox`, `Enter your
 * email address`, `Already a subscriber? Log in`. A body sentence about
 * subscribing has other words (“If you just want Disney+, you can sign up for
 * a free 7-day trial.”).
 */
export const promptWords: ReadonlyArray<string> = [
  'a',
  'access',
  'account',
  'address',
  'agree',
  'alerts',
  'all',
  'already',
  'an',
  'and',
  'archive',
  'authors',
  'be',
  'been',
  'below',
  'best',
  'blog',
  'breaking',
  'browse',
  'by',
  'click',
  'clicking',
  'complete',
  'content',
  'continue',
  'daily',
  'deals',
  'delivered',
  'directly',
  "don't",
  'e-mail',
  'e-mails',
  'e-newsletter',
  'e-newsletters',
  'email',
  'emails',
  'enter',
  'error',
  'every',
  'exclusive',
  'favorite',
  'favourite',
  'fields',
  'first',
  'for',
  'free',
  'from',
  'full',
  'get',
  'have',
  'headlines',
  'here',
  'in',
  'inbox',
  'informed',
  'interested',
  'invalid',
  'issue',
  "it's",
  'join',
  'keep',
  'know',
  'latest',
  'learn',
  'list',
  'log',
  'login',
  'mailing',
  'manage',
  'me',
  'member',
  'miss',
  'monthly',
  'more',
  'morning',
  'must',
  'new',
  'news',
  'newsletter',
  'newsletters',
  'next',
  'not',
  'now',
  'of',
  'off',
  'offer',
  'offers',
  'on',
  'or',
  'order',
  'our',
  'out',
  'please',
  'posts',
  'premium',
  'product',
  'products',
  'provide',
  'purchase',
  'quick',
  'reading',
  'ready',
  'receive',
  'register',
  'renew',
  'right',
  'rss',
  'services',
  'sign',
  'sign-up',
  'signing',
  'signup',
  'soon',
  'special',
  'started',
  'stay',
  'stories',
  'straight',
  'subscribe',
  'subscribed',
  'subscriber',
  'subscribing',
  'subscription',
  'successfully',
  'thank',
  'thanks',
  'the',
  'there',
  'this',
  'to',
  'today',
  'top',
  'type',
  'up',
  'up-to-date',
  'updated',
  'updates',
  'valid',
  'via',
  'was',
  'weekly',
  'will',
  'with',
  'yes',
  'you',
  'your',
]

/**
 * Words only a paywall or a registration wall adds to those, lower case: a
 * line with one of them is a wall or nothing (`THIS CONTENT IS RESERVED FOR
 * SUBSCRIBERS ONLY`, `REGISTER / SIGN IN TO UNLOCK MORE ARTICLES`, `Create an
 * account or sign in to continue with your reading experience.`), so `More
 * posts ≠ more subscribers.` stays.
 */
export const wallWords: ReadonlyArray<string> = [
  'article',
  'articles',
  'create',
  'experience',
  'is',
  'logged',
  'only',
  'read',
  'registered',
  'reserved',
  'signed',
  'site',
  'subscribers',
  'unlock'
]

/**
 * Japanese newsletter prompts, whole runs (a run of CJK characters is one
 * word): `ニュースレターに登録`, `メルマガ登録はこちら`.
 */
const japaneseNewsletter = [
  'ニュースレター',
  'ニュースレター登録',
  'ニュースレターに登録',
  'ニュースレターに登録する',
  'ニュースレターの登録',
  'ニュースレターを購読',
  'ニュースレターを購読する',
  'ニュースレターの購読',
  'メルマガ',
  'メルマガ登録',
  'メルマガ登録はこちら',
  'メルマガ購読',
  'メルマガを購読する',
  '無料メルマガ',
  'メールマガジン',
  'メールマガジン登録',
  'メールマガジンに登録',
  'メールマガジンの登録'
]

/**
 * Japanese sign-up prompts, whole runs: `会員登録`, `無料会員登録はこちら`.
 */
const japanesePrompt = [
  '会員登録',
  '会員登録はこちら',
  '無料会員登録',
  '無料会員登録はこちら',
  '新規会員登録',
  '今すぐ登録',
  '購読する',
  '購読はこちら',
  '購読を申し込む',
  '登録はこちら'
]

/**
 * Japanese email fields, whole runs.
 */
const japaneseEmail = ['メールアドレス', 'メールアドレスを入力', 'メールアドレスを入力してください']

/**
 * Japanese paywalls, whole runs: `この記事は有料会員限定です`.
 */
const japanesePaywall = [
  '有料会員限定',
  '有料会員限定記事',
  '会員限定記事',
  '有料記事',
  'この記事は有料会員限定です',
  'この記事は有料会員限定記事です',
  'この記事は会員限定です',
  'この記事は会員限定記事です',
  '続きを読むには',
  '続きを読むには会員登録が必要です',
  '続きを読むにはログインが必要です',
  'この記事の続きを読むには',
  'この記事の続きを読むには会員登録が必要です',
  '会員登録が必要です',
  'ログインが必要です',
  'ログインして続きを読む',
  '有料会員になると続きをお読みいただけます'
]

/**
 * Chinese newsletter prompts (simplified and traditional), whole runs:
 * `订阅我们的新闻通讯`, `訂閱電子報`.
 */
const chineseNewsletter = [
  '新闻通讯',
  '订阅新闻通讯',
  '订阅我们的新闻通讯',
  '电子报',
  '订阅电子报',
  '订阅我们的电子报',
  '电子报订阅',
  '邮件订阅',
  '订阅邮件',
  '新聞通訊',
  '訂閱新聞通訊',
  '電子報',
  '訂閱電子報',
  '訂閱我們的電子報',
  '電子報訂閱'
]

/**
 * Chinese sign-up prompts, whole runs: `立即订阅`, `免费注册`.
 */
const chinesePrompt = ['订阅', '立即订阅', '免费订阅', '免费注册', '立即注册', '訂閱', '立即訂閱', '免費訂閱', '免費註冊', '立即註冊']

/**
 * Chinese email fields, whole runs.
 */
const chineseEmail = [
  '电子邮件地址',
  '电子邮箱',
  '邮箱地址',
  '请输入邮箱地址',
  '请输入您的邮箱',
  '请输入您的邮箱地址',
  '请输入您的电子邮件地址',
  '電子郵件地址',
  '請輸入您的電子郵件地址'
]

/**
 * Chinese paywalls, whole runs: `本文为付费内容`, `订阅后阅读全文`.
 */
const chinesePaywall = [
  '付费内容',
  '本文为付费内容',
  '会员专享',
  '订阅用户专享',
  '登录后阅读全文',
  '订阅后阅读全文',
  '付費內容',
  '會員專享',
  '訂閱後閱讀全文',
  '登入後閱讀全文'
]

/**
 * Words of sign-up prompts in the other languages, lower case: what goes
 * around the cues below (`unseren`, `kostenlos`, `notre`, `gratuitement`,
 * `nuestro`, `naszego`, `вашу`, `매일`).
 *
 * ###### Notes
 * They count only on a short line made of nothing else and with a cue
 * (`Newsletter`, `abonnieren`, `s’abonner`, `suscríbete`), so a sentence of
 * prose, which has other words, is kept. Words that could make a prompt of an
 * ordinary two-word line (`mehr`, `più`, `mijn`) are left out. Japanese and
 * Chinese prompts are whole runs of characters (below); only the mark of a
 * required field (`必須`, `必填`) stands on its own there.
 */
export const promptWordsByLanguage: Lexicon = {
  de: [
    'an', 'angemeldet', 'anmelden', 'bereits', 'bitte', 'bleiben', 'dank', 'danke', 'das', 'dass', 'dein', 'erforderlich', 'deine',
    'deinen', 'dem', 'den', 'der', 'dich', 'die', 'direkt', 'ein', 'eine', 'einen', 'erhalten', 'geben', 'gratis',
    'gültige', 'haben', 'hier', 'ihr', 'ihre', 'ihren', 'immer', 'informiert', 'ins', 'jetzt', 'kein', 'keine',
    'kostenlos', 'kostenlosen', 'login', 'melden', 'mit', 'nachrichten', 'neuesten', 'news', 'nichts', 'noch', 'oder',
    'per', 'sich', 'sie', 'sind', 'täglich', 'tägliche', 'täglichen', 'testen', 'und', 'unser', 'unsere',
    'unserem', 'unseren', 'verpassen', 'vielen', 'von', 'wöchentlichen', 'zum', 'zur', 'für'
  ],
  fr: [
    'a', 'actualité', 'actualités', "l'actualité", 'adresse', 'au', 'aux', 'avez', 'chaque', 'connecter', 'connectez-vous',
    'dans', 'de', 'des', 'directement', 'du', 'dès', 'déjà', 'e-mail', 'email', 'en', 'entrez', 'et', 'gratuit',
    'gratuite', 'gratuitement', 'hebdomadaire', 'ici', 'infos', 'inscrit', 'inscrite', 'la', 'le', 'les',
    'maintenant', 'manquez', 'merci', 'ne', 'nos', 'notre', 'nouveau', 'possédez', 'ou', 'par', 'pas', 'pour', 'quotidienne', 'recevez',
    'recevoir', 'rien', 'saisissez', 'se', 'toute', 'toutes', 'un', 'une', 'valide', 'veuillez', 'vos', 'votre',
    'vous', 'à', 'êtes'
  ],
  es: [
    'a', 'ahora', 'al', 'aquí', 'cada', 'con', 'correo', 'cuenta', 'de', 'del', 'diario', 'diaria', 'dirección',
    'directamente', 'el', 'electrónico', 'email', 'en', 'entrada', 'eres', 'estás', 'gracias', 'gratis', 'gratuito',
    'gratuita', 'informado', 'informada', 'inicia', 'iniciar', 'introduce', 'la', 'las', 'leer', 'leyendo', 'los',
    'mantente', 'nada', 'no', 'noticias', 'nuestra', 'nuestras', 'nuestro', 'nuestros', 'o', 'para', 'pierdas',
    'por', 'recibe', 'recibir', 'semanal', 'seguir', 'sesión', 'si', 'su', 'te', 'todas', 'tu', 'tus', 'un', 'una',
    'válido', 'y', 'ya', 'últimas'
  ],
  it: [
    'a', 'accedi', 'account', 'adesso', 'al', 'alla', 'alle', 'aggiornato', 'aggiornata', 'articolo', 'completo',
    'continua', 'con', 'crea', 'intero', "l'articolo", 'l’articolo',
    'del', 'della', 'di', 'direttamente', 'e', 'e-mail', 'email', 'giorno', 'gratis', 'gratuita', 'gratuitamente',
    'grazie', 'già', 'il', 'in', 'inserisci', 'nel', 'nella', 'la', 'le', 'leggere', 'non', 'nostra', 'nostre', 'nostro', 'notizie',
    'o', 'ogni', 'ora', 'per', 'perdere', 'posta', 'qui', 'quotidiana', 'resta', 'ricevere', 'ricevi', 'rimani',
    'sei', 'settimanale', 'tua', 'tuo', 'tutte', 'ultime', 'un', 'una', 'valida', 'valido'
  ],
  pt: [
    'a', 'agora', 'ao', 'aqui', 'as', 'cada', 'com', 'conta', 'continuar', 'crie', 'da', 'das', 'de', 'diretamente',
    'digite', 'diária', 'do', 'dos', 'e', 'e-mail', 'em', 'email', 'entrar', 'faça', 'fique', 'gratuita', 'gratuitamente',
    'gratuito', 'grátis', 'informado', 'insira', 'já', 'ler', 'lendo', 'login', 'na', 'nada', 'no', 'nossa',
    'nossas', 'nosso', 'nossos', 'notícias', 'não', 'o', 'obrigada', 'obrigado', 'os', 'ou', 'para', 'perca', 'por',
    'receba', 'receber', 'semanal', 'seu', 'sua', 'um', 'uma', 'válido', 'à', 'é', 'últimas'
  ],
  nl: [
    'aan', 'al', 'alle', 'bedankt', 'ben', 'bent', 'blijf', 'dagelijks', 'dagelijkse', 'de', 'direct', 'e-mail',
    'een', 'elke', 'en', 'geen', 'geldig', 'geldige', 'gratis', 'het', 'hier', 'hoogte', 'in', 'inloggen', 'je',
    'jouw', 'laatste', 'lees', 'lezen', 'log', 'mail', 'meld', 'met', 'mis', 'neem', 'niets', 'nieuws', 'nog', 'nu',
    'of', 'om', 'onbeperkt', 'ons', 'onze', 'ontvang', 'ontvangen', 'op', 'rechtstreeks', 'schrijf', 'te', 'uw',
    'van', 'verder', 'voor', 'vul', 'wekelijkse', 'word'
  ],
  pl: [
    'adres', 'aktywną', 'aby', 'artykuł', 'bezpłatnie', 'bieżąco', 'bądź', 'cały', 'czytaj', 'czytać', 'dalej', 'darmo', 'do',
    'dziękujemy', 'e-mail', 'email', 'i', 'informacje', 'już', 'konto', 'lub', 'masz', 'na', 'najnowsze', 'nasz',
    'nasze', 'naszego', 'naszej', 'naszym', 'nie', 'otrzymuj', 'podaj', 'się', 'swoją', 'swój', 'teraz', 'tutaj', 'twój', 'w',
    'wiadomości', 'wpisz', 'wykup', 'wypróbuj', 'przeczytać', 'z', 'za', 'zaloguj', 'załóż', 'żeby'
  ],
  sv: [
    'alla', 'att', 'av', 'dag', 'dagliga', 'dig', 'din', 'dina', 'direkt', 'ditt', 'du', 'e-post', 'eller', 'en',
    'ett', 'fortsätta', 'få', 'för', 'gratis', 'giltig', 'här', 'i', 'in', 'konto', 'logga', 'läsa', 'med', 'mejl',
    'nu', 'nyheter', 'nyheterna', 'och', 'på', 'redan', 'senaste', 'skapa', 'tack', 'till', 'vår', 'våra', 'vårt',
    'är', 'ange'
  ],
  da: [
    'alle', 'allerede', 'at', 'af', 'daglige', 'dig', 'din', 'dine', 'direkte', 'dit', 'du', 'e-mail', 'eller', 'en',
    'er', 'et', 'for', 'fortsæt', 'få', 'gratis', 'gyldig', 'her', 'i', 'ind', 'indtast', 'konto', 'log', 'læse',
    'med', 'nu', 'nyheder', 'og', 'opret', 'på', 'seneste', 'tak', 'til', 'vores'
  ],
  nb: [
    'alle', 'allerede', 'av', 'daglige', 'deg', 'din', 'dine', 'direkte', 'ditt', 'du', 'e-post', 'eller', 'en',
    'er', 'et', 'for', 'fortsett', 'få', 'gratis', 'gyldig', 'her', 'i', 'inn', 'konto', 'lese', 'logg', 'med',
    'nyheter', 'nå', 'og', 'opprett', 'på', 'rett', 'siste', 'skriv', 'takk', 'til', 'vårt', 'våre', 'å'
  ],
  cs: [
    'a', 'bez', 'den', 'denně', 'děkujeme', 'dál', 'dále', 'e-mail', 'e-mailem', 'jste', 'již', 'k', 'ke', 'každé',
    'na', 'naše', 'našeho', 'naši', 'náš', 'nebo', 'nejnovější', 'nezmeškejte', 'novinky', 'nyní', 'omezení',
    'platnou', 'platný', 'pokračovat', 'premium', 'pro', 'přihlaste', 'přihlásit', 'přímo', 's', 'se', 'si', 'svou',
    'svůj', 'teď', 'účet', 'už', 'v', 'vaše', 'vaši', 'váš', 'vytvořte', 'z', 'zadejte', 'zdarma', 'zde', 'zprávy',
    'získejte', 'čtěte', 'číst', 'čtení'
  ],
  tr: [
    'adresi', 'adresinizi', 'al', 'alın', 'bir', 'buradan', 'devamını', 'doğrudan', 'e-posta', 'girin', 'giriş',
    'geçerli', 'gün', 'günlük', 'haberdar', 'haberin', 'haberler', 'haberleri', 'haftalık', 'hemen', 'her', 'hesap',
    'için', 've', 'veya', 'ile', 'kaçırmayın', 'okumak', 'oluşturun', 'son', 'teşekkürler', 'tüm', 'ücretsiz',
    'şimdi', 'yapın', 'zaten'
  ],
  ru: [
    'e-mail', 'email', 'адрес', 'аккаунт', 'бесплатно', 'будьте', 'в', 'ваш', 'ваша', 'вашу', 'введите', 'вход',
    'войдите', 'войти', 'все', 'вы', 'главные', 'для', 'дальше', 'ежедневную', 'еженедельную', 'за', 'и', 'или',
    'курсе', 'на', 'наш', 'нашей', 'наши', 'нашу', 'не', 'новости', 'оформите', 'оформить', 'полностью', 'последние',
    'получайте', 'получать', 'почта', 'почту', 'продолжить', 'пропустите', 'прочитать', 'с', 'сейчас', 'создайте',
    'спасибо', 'статью', 'уже', 'укажите', 'читать', 'чтобы', 'электронную', 'электронной', 'почты', 'адресу'
  ],
  uk: [
    'e-mail', 'email', 'адреса', 'адресу', 'акаунт', 'або', 'безкоштовно', 'будьте', 'в', 'ваш', 'ваша', 'вашу',
    'введіть', 'вже', 'вкажіть', 'всі', 'головні', 'далі', 'для', 'дякуємо', 'електронну', 'електронної', 'з', 'за',
    'зараз', 'й', 'курсі', 'на', 'наш', 'нашої', 'наші', 'нашу', 'не', 'новини', 'оформити', 'оформіть', 'останні',
    'отримуйте', 'отримувати', 'повністю', 'пошта', 'пошти', 'пошту', 'продовжити', 'пропустіть', 'прочитати',
    'статтю', 'створіть', 'та', 'у', 'увійдіть', 'увійти', 'усі', 'читати', 'щоб', 'щодня', 'і'
  ],
  ja: ['必須'],
  zh: ['必填'],
  ko: [
    '감사합니다', '구독하고', '기사', '로그인', '매일', '매주', '무료', '바로', '받기', '받아보기', '받아보세요', '뉴스',
    '소식', '신청', '신청하기', '읽기', '이메일', '이메일로', '입력', '입력하세요', '입력해주세요', '전체', '지금', '최신',
    '필수', '하기'
  ],
  id: [
    'akun', 'alamat', 'anda', 'artikel', 'atau', 'baca', 'berita', 'buat', 'dan', 'dapatkan', 'dari', 'dengan', 'di',
    'e-mail', 'email', 'gratis', 'harian', 'ini', 'kami', 'kasih', 'ke', 'langsung', 'lengkap', 'lengkapnya',
    'masukkan', 'membaca', 'melanjutkan', 'mingguan', 'sekarang', 'selengkapnya', 'setiap', 'sini', 'sudah',
    'terbaru', 'terima', 'untuk', 'valid'
  ],
  vi: [
    'bài', 'bạn', 'bản', 'bộ', 'chúng', 'cho', 'của', 'email', 'hàng', 'miễn', 'mới', 'ngay', 'ngày', 'nhận', 'nhập',
    'nhất', 'phí', 'qua', 'tin', 'tiếp', 'toàn', 'tôi', 'tuần', 'và', 'viết', 'với', 'đây', 'để', 'đọc', 'tại'
  ],
  ar: [
    'أدخل', 'ادخل', 'آخر', 'احصل', 'الآن', 'الأخبار', 'الاخبار', 'الإخبارية', 'الاخبارية', 'النشرة', 'إلى', 'الى',
    'على', 'عنوان', 'في', 'لتصلك', 'لتلقي', 'مباشرة', 'مجانا', 'من', 'يوميا', 'أو', 'شكرا', 'صالح', 'بريدك', 'انضم'
  ],
  fa: [
    'آخرین', 'اخبار', 'از', 'اکنون', 'ایمیل', 'برای', 'به', 'خود', 'در', 'دریافت', 'رایگان', 'را', 'روزانه', 'شما',
    'عضویت', 'کنید', 'لطفا', 'ما', 'معتبر', 'وارد', 'و', 'بپیوندید'
  ],
  el: [
    'για', 'δωρεάν', 'εγγραφή', 'εδώ', 'ειδήσεις', 'εισάγετε', 'ενημερωθείτε', 'ενημερώσεις', 'email', 'e-mail',
    'έγκυρο', 'η', 'και', 'καθημερινά', 'λάβετε', 'λαμβάνετε', 'μας', 'μείνετε', 'νέα', 'πληκτρολογήστε', 'σας',
    'στα', 'στη', 'στην', 'στο', 'συνδρομή', 'τα', 'τελευταία', 'το', 'τώρα'
  ],
  ro: [
    'acum', 'adresa', 'aici', 'cele', 'conectează-te', 'cont', 'contul', 'de', 'deja', 'direct', 'e-mail', 'email',
    'ești', 'gratuit', 'gratuită', 'informat', 'introdu', 'introduceți', 'în', 'la', 'mulțumim', 'noastre', 'noastră',
    'nostru', 'pe', 'pentru', 'primește', 'primiți', 'rămâi', 'săptămânal', 'ta', 'te', 'tău', 'ultimele', 'valid',
    'validă', 'zilnic', 'și', 'știri', 'știrile'
  ],
  hu: [
    'a', 'add', 'adja', 'az', 'címed', 'címét', 'e-mail', 'email', 'elsőként', 'és', 'érvényes', 'heti', 'hírek',
    'híreket', 'ingyen', 'ingyenes', 'itt', 'kérjük', 'köszönjük', 'legfrissebb', 'meg', 'most', 'napi', 'naponta'
  ],
  he: [
    'או', 'את', 'בחינם', 'הזינו', 'החדשות', 'האחרונות', 'התחברו', 'וקבלו', 'חובה', 'יומי', 'ישירות', 'כאן', 'כבר',
    'לקבלת', 'למייל', 'עדכונים', 'עכשיו', 'קבלו', 'שלך', 'שלכם', 'שלנו', 'תודה', 'תקינה'
  ],
  hi: [
    'अपडेट', 'अपना', 'अपनी', 'अभी', 'और', 'का', 'की', 'के', 'को', 'ख़बरें', 'खबरें', 'ताज़ा', 'ताजा', 'दर्ज', 'धन्यवाद',
    'पाएं', 'पाएँ', 'फ्री', 'मुफ़्त', 'मुफ्त', 'में', 'या', 'यहां', 'यहाँ', 'रोज़ाना', 'रोजाना', 'लिए', 'वैध', 'समाचार',
    'सीधे', 'हमारा', 'हमारे', 'करें', 'आवश्यक'
  ],
  th: ['ของคุณ', 'ของเรา', 'ข่าวล่าสุด', 'ข่าวสาร', 'ตอนนี้', 'ทุกวัน', 'ทุกสัปดาห์', 'ที่นี่', 'ฟรี', 'ล่าสุด', 'และ', 'หรือ', 'อีเมล'],
  fi: [
    'anna', 'ilmainen', 'ilmaiseksi', 'ja', 'jo', 'jatkaaksesi', 'kiitos', 'kirjaudu', 'kirjoita', 'kelvollinen',
    'lukeaksesi', 'maksuton', 'nyt', 'oletko', 'pakollinen', 'päivittäin', 'sisään', 'suoraan', 'syötä', 'tai',
    'tuoreimmat', 'tästä', 'uusimmat', 'uutiset', 'viikoittain'
  ],
  bg: [
    'благодарим', 'безплатно', 'в', 'валиден', 'вашия', 'вече', 'влезте', 'всеки', 'въведете', 'ден', 'директно',
    'ежедневно', 'за', 'и', 'или', 'моля', 'на', 'нашата', 'нашия', 'новини', 'новините', 'последните', 'получавайте',
    'получете', 'сега', 'сте', 'тук'
  ]
}

/**
 * Cues of newsletter prompts in the other languages, lower case, as the
 * line’s words run (CJK runs whole: `ニュースレターに登録`, `订阅我们的新闻通讯`).
 *
 * ###### Notes
 * Their words are words of prompts; a line with one is a newsletter prompt
 * when every other word is a prompt word too. `Newsletter` itself, which
 * German, Italian, Polish and Indonesian pages write as English does, is the
 * English cue (`src/rules/subscribe.ts`).
 */
export const newsletterPhrases: Lexicon = {
  de: ['e-mail-newsletter', 'newsletter-anmeldung', 'postfach', 'posteingang'],
  fr: ['boîte de réception', 'boîte mail', "lettre d'information", "lettre d'informations", 'infolettre'],
  es: ['bandeja de entrada', 'boletín', 'boletines'],
  it: ['casella di posta'],
  pt: ['boletim', 'caixa de entrada'],
  nl: ['inbox', 'nieuwsbrief', 'nieuwsbrieven'],
  pl: ['newslettera', 'newsletterze', 'newslettery', 'skrzynkę'],
  sv: ['inkorg', 'inkorgen', 'nyhetsbrev', 'nyhetsbrevet'],
  da: ['indbakke', 'nyhedsbrev', 'nyhedsbreve', 'nyhedsbrevet'],
  nb: ['innboks', 'innboksen', 'nyhetsbrev', 'nyhetsbrevene', 'nyhetsbrevet'],
  cs: ['newsletteru', 'newslettery', 'odběr novinek', 'odběru novinek'],
  tr: ['bülten', 'bültene', 'bülteni', 'bültenimize', 'e-bülten', 'e-bültenimize', 'gelen kutunuza'],
  ru: ['на почту', 'рассылка', 'рассылки', 'рассылку', 'рассылок'],
  uk: ['на пошту', 'розсилка', 'розсилки', 'розсилку'],
  ja: japaneseNewsletter,
  zh: chineseNewsletter,
  ko: ['뉴스레터', '뉴스레터를', '뉴스레터에'],
  id: ['buletin', 'kotak masuk'],
  vi: ['nhận bản tin', 'qua email'],
  ar: ['النشرة البريدية', 'نشرتنا البريدية', 'القائمة البريدية', 'قائمتنا البريدية', 'صندوق بريدك'],
  fa: ['خبرنامه'],
  el: ['ενημερωτικό δελτίο'],
  ro: ['buletinul informativ', 'newsletter-ul', 'newsletterul'],
  hu: ['hírlevél', 'hírlevelet', 'hírlevélre', 'hírlevelünk', 'hírlevelünkre', 'hírlevelünket'],
  he: ['ניוזלטר', 'הניוזלטר', 'לניוזלטר', 'בניוזלטר', 'רשימת התפוצה', 'לרשימת התפוצה', 'לדיוור'],
  hi: ['न्यूज़लेटर', 'न्यूजलेटर', 'इनबॉक्स'],
  th: ['จดหมายข่าว', 'รับจดหมายข่าว', 'สมัครรับจดหมายข่าว', 'สมัครรับข่าวสาร'],
  fi: ['uutiskirje', 'uutiskirjeen', 'uutiskirjeemme', 'uutiskirjeet', 'uutiskirjeitä', 'uutiskirjeeseen', 'sähköpostiisi'],
  bg: ['бюлетин', 'бюлетина', 'бюлетините', 'нюзлетър', 'нюзлетъра']
}

/**
 * Cues of sign-up prompts in the other languages, lower case: the verb
 * (`abonnieren`, `s’abonner`, `suscríbete`, `iscriviti`, `assine`,
 * `подпишитесь`, `구독하기`, `berlangganan`) or a set phrase (`jetzt
 * anmelden`, `meld je aan`, `zapisz się`, `abone ol`, `đăng ký nhận`).
 *
 * ###### Notes
 * Verbs that are also login links (`anmelden`, `zaloguj się`) are cues only
 * in a phrase, as `Log in` alone is navigation: `Zaloguj się, aby czytać
 * dalej`, `Hier anmelden`.
 */
export const promptPhrases: Lexicon = {
  de: [
    'abo abschließen', 'abo testen', 'abonnent', 'abonnentin', 'abonniere', 'abonnieren', 'abonniert',
    'abonnement abschließen', 'hier anmelden', 'jetzt anmelden', 'jetzt registrieren', 'kostenlos anmelden',
    'kostenlos registrieren', 'registrieren sie sich', 'registriere dich'
  ],
  fr: [
    'abonne-toi', 'abonnez-vous', 'abonné', 'abonnée', 'déjà un compte', 'découvrez nos offres', 'je découvre les offres', "s'abonner", "s'inscrire", 'inscris-toi', 'inscrivez-vous',
    "je m'abonne", "je m'inscris"
  ],
  es: [
    'regístrate', 'registrate', 'suscribete', 'suscribirse', 'suscribirte', 'suscripción', 'suscrito', 'suscrita',
    'suscriptor', 'suscríbete'
  ],
  it: ['abbonarsi', 'abbonati', 'abbonato', 'iscriverti', 'iscriviti', 'iscritto', 'registrati'],
  pt: ['assinante', 'assinar', 'assine', 'cadastre-se', 'inscreva-se', 'registe-se', 'registre-se', 'subscreva', 'subscrever'],
  nl: ['abonneer', 'abonneren', 'abonnee', 'meld je aan', 'neem een abonnement', 'registreer je', 'schrijf je in'],
  pl: [
    'prenumeratę', 'subskrybuj', 'subskrypcja', 'subskrypcję', 'zapisz się', 'zaloguj się aby', 'zaloguj się lub',
    'zaloguj się żeby', 'zaprenumeruj', 'zarejestruj się', 'zasubskrybuj'
  ],
  sv: ['anmäl dig', 'bli prenumerant', 'prenumerant', 'prenumerera', 'registrera dig'],
  da: ['abonnent', 'abonner', 'abonnér', 'bliv abonnent', 'tilmeld', 'tilmeld dig'],
  nb: ['abonnent', 'abonner', 'bli abonnent', 'meld deg på', 'registrer deg'],
  cs: ['odebírat', 'odebírejte', 'předplatitel', 'předplatit', 'předplatné', 'předplaťte', 'zaregistrujte se', 'odběru'],
  tr: ['abone misiniz', 'abone ol', 'abone olun', 'aboneyseniz', 'kayıt ol', 'kayıt olun', 'üye ol', 'üye olun'],
  ru: ['подписаться', 'подписка', 'подписку', 'подписчик', 'подпишитесь', 'подпишись', 'зарегистрируйтесь'],
  uk: ['передплата', 'передплатник', 'передплатіть', 'передплату', 'підписатися', 'підписка', 'підписку', 'підпишись', 'підпишіться', 'зареєструйтеся'],
  ja: japanesePrompt,
  zh: chinesePrompt,
  ko: ['구독', '구독하고', '구독하기', '구독하세요', '구독 신청', '무료 회원가입', '회원가입'],
  id: ['berlangganan', 'daftar gratis', 'daftar sekarang', 'langganan'],
  vi: ['đăng ký miễn phí', 'đăng ký ngay', 'đăng ký nhận', 'đăng ký để đọc'],
  ar: ['اشترك', 'اشتركوا', 'اشترك الآن', 'الاشتراك', 'اشتراك', 'سجل الآن', 'سجّل الآن'],
  fa: ['عضو شوید', 'مشترک شوید', 'ثبت نام کنید'],
  el: ['εγγραφείτε', 'γραφτείτε', 'εγγράψου', 'γράψου', 'κάντε εγγραφή', 'γίνετε συνδρομητής', 'γίνε συνδρομητής'],
  ro: ['abonează-te', 'abonați-vă', 'abonaţi-vă', 'abonare', 'abonament', 'abonat', 'înscrie-te', 'înscrieți-vă'],
  hu: [
    'iratkozzon fel', 'iratkozz fel', 'feliratkozás', 'feliratkozom', 'fizessen elő', 'fizess elő', 'előfizetés',
    'előfizető', 'regisztráljon', 'regisztrálj'
  ],
  he: ['הירשמו', 'הרשמו', 'הירשם', 'להרשמה', 'הרשמה', 'רכשו מינוי', 'רכשו מנוי', 'לרכישת מינוי'],
  hi: ['सब्सक्राइब', 'सब्सक्राइब करें', 'सदस्यता लें', 'साइन अप करें'],
  th: ['สมัครสมาชิก', 'สมัครสมาชิกฟรี', 'สมัครฟรี', 'สมัครเลย'],
  fi: ['tilaa nyt', 'tilaa tästä', 'tilaaja', 'tilaajaksi', 'tilaajana', 'ryhdy tilaajaksi', 'rekisteröidy'],
  bg: ['абонирайте се', 'абонирай се', 'абонамент', 'абонат', 'запишете се', 'запиши се', 'регистрирайте се']
}

/**
 * Cues of email fields in the other languages, lower case: `E-Mail-Adresse`,
 * `adresse e-mail`, `correo electrónico`, `адрес электронной почты`.
 */
export const emailPhrases: Lexicon = {
  de: ['e-mail-adresse', 'ihre e-mail'],
  fr: ['adresse e-mail', 'adresse email', 'adresse mail', 'adresse électronique', 'votre courriel', 'votre e-mail', 'votre email'],
  es: ['correo electrónico', 'dirección de correo', 'tu correo', 'tu email'],
  it: ['indirizzo e-mail', 'indirizzo email', 'la tua e-mail', 'la tua email'],
  pt: ['endereço de e-mail', 'endereço de email', 'seu e-mail', 'seu email'],
  nl: ['e-mailadres', 'je e-mailadres', 'uw e-mailadres'],
  pl: ['adres e-mail', 'adres email', 'twój e-mail'],
  sv: ['din e-post', 'e-postadress', 'mejladress'],
  da: ['din e-mail', 'e-mailadresse'],
  nb: ['din e-post', 'e-postadresse'],
  cs: ['e-mailová adresa', 'e-mailovou adresu', 'svůj e-mail', 'váš e-mail'],
  tr: ['e-posta adresi', 'e-posta adresiniz', 'e-posta adresinizi'],
  ru: ['адрес электронной почты', 'ваш e-mail', 'ваш email', 'электронная почта', 'электронную почту'],
  uk: ['адреса електронної пошти', 'адресу електронної пошти', 'ваш e-mail', 'електронна пошта', 'електронну пошту'],
  ja: japaneseEmail,
  zh: chineseEmail,
  ko: ['이메일 주소', '이메일 주소를', '이메일을'],
  id: ['alamat e-mail', 'alamat email', 'email anda'],
  vi: ['địa chỉ email', 'email của bạn', 'nhập email'],
  ar: ['البريد الإلكتروني', 'البريد الالكتروني', 'بريدك الإلكتروني', 'بريدك الالكتروني', 'عنوان البريد'],
  fa: ['آدرس ایمیل', 'نشانی ایمیل', 'ایمیل خود', 'پست الکترونیک'],
  el: ['email σας', 'e-mail σας', 'διεύθυνση email', 'διεύθυνση e-mail'],
  ro: ['adresa de email', 'adresa de e-mail', 'adresa ta de email', 'adresa ta de e-mail'],
  hu: ['e-mail cím', 'e-mail címe', 'e-mail címed', 'e-mail címét', 'e-mail-cím', 'email cím', 'email címét'],
  he: ['כתובת אימייל', 'כתובת האימייל', 'כתובת מייל', 'כתובת המייל', 'האימייל שלך', 'המייל שלך'],
  hi: ['ईमेल पता', 'ई-मेल पता', 'ईमेल आईडी', 'अपना ईमेल'],
  th: ['ที่อยู่อีเมล', 'กรอกอีเมล', 'กรอกอีเมลของคุณ', 'อีเมลของคุณ'],
  fi: ['sähköpostiosoite', 'sähköpostiosoitteesi', 'sähköpostiosoitteen', 'sähköpostisi'],
  bg: ['имейл адрес', 'имейл адреса', 'вашия имейл', 'e-mail адрес', 'електронна поща']
}

/**
 * Cues of paywalls and registration walls in the other languages, lower case:
 * `nur für Abonnenten`, `réservé aux abonnés`, `exclusivo para suscriptores`,
 * `только для подписчиков`, `有料会員限定`; and the trial offers around them
 * (`2 Wochen kostenlos testen`, `Flexible Laufzeit, monatlich kündbar.`).
 *
 * ###### Notes
 * Their words that are not prompt words (`abonnenten`, `réservé`, `nur`) are
 * wall words: a line with one is a wall or nothing, so `Mehr Abonnenten` or
 * `Nur für Abonnenten?` in a sentence with other words stays.
 */
export const paywallPhrases: Lexicon = {
  de: [
    'abonnenten vorbehalten', 'exklusiv für abonnenten', 'für abonnenten', 'gratis testen', 'jederzeit kündbar',
    'jetzt freischalten', 'kostenlos testen', 'monate für nur', 'monatlich kündbar', 'nur für abonnenten',
    'um weiterzulesen', 'wochen für nur', 'zugang zu allen'
  ],
  fr: [
    'la suite est réservée', 'réservé aux abonnés', 'réservé à nos abonnés', 'réservée aux abonnés',
    'réservée à nos abonnés', 'pour les abonnés'
  ],
  es: [
    'exclusiva para suscriptores', 'exclusivo para suscriptores', 'para suscriptores', 'solo para registrados',
    'solo para suscriptores', 'sólo para registrados', 'sólo para suscriptores', 'contenido exclusivo'
  ],
  it: [
    'contenuto riservato', 'dedicato agli utenti registrati', 'per gli abbonati', 'riservata agli abbonati',
    'riservato agli abbonati', 'riservato agli utenti registrati', 'solo per abbonati'
  ],
  pt: [
    'apenas para assinantes', 'conteúdo exclusivo', 'exclusiva para assinantes', 'exclusivo para assinantes',
    'exclusivo para subscritores', 'para assinantes', 'para subscritores', 'só para assinantes'
  ],
  nl: ['alleen voor abonnees', 'exclusief voor abonnees', 'voor abonnees'],
  pl: ['dla prenumeratorów', 'dla subskrybentów', 'pozostało jeszcze', 'tylko dla prenumeratorów', 'tylko dla subskrybentów'],
  sv: ['bara för prenumeranter', 'endast för prenumeranter', 'för prenumeranter'],
  da: ['for abonnenter', 'forbeholdt abonnenter', 'kun for abonnenter'],
  nb: ['bare for abonnenter', 'for abonnenter', 'kun for abonnenter'],
  cs: ['exkluzivně pro předplatitele', 'jen pro předplatitele', 'pouze pro předplatitele', 'pro předplatitele'],
  tr: ['abonelere özel', 'sadece abonelere', 'yalnızca abonelere', 'üyelere özel'],
  ru: ['для подписчиков', 'только подписчикам', 'только для подписчиков'],
  uk: [
    'для передплатників', 'для підписників', 'доступно лише передплатникам', 'лише для передплатників',
    'лише для підписників', 'тільки для передплатників', 'тільки для підписників'
  ],
  ja: japanesePaywall,
  zh: chinesePaywall,
  ko: ['구독자 전용', '유료 회원 전용', '유료 기사', '회원 전용'],
  id: ['hanya untuk pelanggan', 'khusus member', 'khusus pelanggan', 'konten premium', 'untuk pelanggan'],
  vi: ['dành cho thành viên', 'dành riêng cho thành viên'],
  ar: ['للمشتركين فقط', 'حصري للمشتركين', 'حصريا للمشتركين', 'متاح للمشتركين', 'خاص بالمشتركين'],
  fa: ['فقط برای مشترکین', 'ویژه مشترکین', 'ویژه مشترکان', 'برای مشترکین'],
  el: ['αποκλειστικά για συνδρομητές', 'για συνδρομητές', 'μόνο για συνδρομητές'],
  ro: ['doar pentru abonați', 'exclusiv pentru abonați', 'pentru abonați', 'pentru abonaţi'],
  hu: ['csak előfizetőknek', 'előfizetőknek', 'előfizetői tartalom', 'csak előfizetők számára'],
  he: ['למנויים בלבד', 'למנויים', 'בלעדי למנויים', 'תוכן למנויים'],
  hi: ['केवल सब्सक्राइबर्स के लिए', 'सिर्फ सब्सक्राइबर्स के लिए', 'सिर्फ़ सब्सक्राइबर्स के लिए', 'सब्सक्राइबर्स के लिए'],
  th: ['สำหรับสมาชิกเท่านั้น', 'เฉพาะสมาชิกเท่านั้น', 'บทความนี้สำหรับสมาชิกเท่านั้น', 'เนื้อหานี้สำหรับสมาชิกเท่านั้น'],
  fi: ['vain tilaajille', 'tilaajille', 'tilaajan etu'],
  bg: ['само за абонати', 'за абонати', 'ексклузивно за абонати']
}

/**
 * Words of the other languages only a wall adds around those cues (`dieser
 * Artikel ist`, `cet article`, `este contenido es`, `il vous reste`): a line
 * with one must have a paywall cue.
 */
export const wallWordsByLanguage: Lexicon = {
  de: ['artikel', 'artikeln', 'beitrag', 'dieser', 'flexible', 'inhalt', 'inhalten', 'ist', 'laufzeit', 'premium-artikeln', 'weiterlesen'],
  fr: ['cet', 'contenu', 'est', 'exclusif', 'il', 'lire', 'reste', 'suite'],
  es: ['artículo', 'es', 'esta', 'este', 'funcionalidad', 'noticia'],
  it: ['articolo', 'questo', 'servizio', 'è'],
  pt: ['artigo', 'esta', 'este', 'matéria', 'reportagem'],
  nl: ['artikel', 'dit', 'is'],
  pl: ['artykuł', 'artykułu', 'dostępna', 'dostępny', 'jest', 'ten', 'treść'],
  sv: ['artikel', 'artikeln', 'denna'],
  da: ['artikel', 'artiklen', 'denne'],
  nb: ['artikkel', 'artikkelen', 'denne', 'saken'],
  cs: ['je', 'obsah', 'tento', 'článek'],
  tr: ['bu', 'haber', 'içerik', 'makale'],
  ru: ['доступен', 'доступна', 'доступно', 'материал', 'статья', 'эта', 'этот'],
  uk: ['доступна', 'доступний', 'матеріал', 'стаття', 'ця', 'цей'],
  ko: ['이', '기사입니다', '콘텐츠입니다'],
  id: ['artikel', 'ini'],
  vi: ['bài', 'này', 'phí', 'trả', 'viết'],
  ar: ['المادة', 'المحتوى', 'المقال', 'هذا', 'هذه'],
  fa: ['است', 'این', 'محتوا', 'مطلب', 'مقاله'],
  el: ['άρθρο', 'αυτό', 'διαθέσιμο', 'είναι', 'περιεχόμενο'],
  ro: ['acest', 'articol', 'articolul', 'conținut', 'conținutul', 'disponibil', 'este'],
  hu: ['cikk', 'elérhető', 'érhető', 'ez', 'olvasható', 'tartalom'],
  he: ['זו', 'זה', 'זמין', 'זמינה', 'כתבה', 'הכתבה', 'תוכן', 'התוכן'],
  hi: ['उपलब्ध', 'कंटेंट', 'ख़बर', 'खबर', 'यह', 'लेख', 'सामग्री', 'है'],
  th: ['บทความนี้', 'เนื้อหานี้'],
  fi: ['artikkeli', 'juttu', 'luettavissa', 'saatavilla', 'sisältö', 'tämä'],
  bg: ['достъпен', 'достъпна', 'достъпно', 'е', 'материал', 'материалът', 'статия', 'статията', 'съдържание', 'тази', 'този']
}

/**
 * Words that are a prompt alone on a line (`Newsletter`, `Abonnieren`,
 * `S’abonner`, `Suscríbete`); other lone words (`subscribers.`,
 * `Abonnement`) are more often the tail of a wrapped sentence or a link.
 *
 * ###### Notes
 * A CJK prompt is one run of characters, so a whole line: each of the
 * Japanese and Chinese cues is a prompt alone.
 */
export const loneWords: Lexicon = {
  en: ['e-newsletter', 'newsletter', 'newsletters', 'sign-up', 'signup', 'subscribe'],
  de: ['abonnieren', 'e-mail-adresse', 'newsletter-anmeldung'],
  fr: ['abonnez-vous', 'infolettre', "s'abonner", "s'inscrire", 'inscrivez-vous'],
  es: ['suscribete', 'suscribirse', 'suscríbete'],
  it: ['abbonati', 'iscriviti'],
  pt: ['assine', 'cadastre-se', 'inscreva-se', 'subscreva'],
  nl: ['abonneer', 'abonneren', 'e-mailadres', 'nieuwsbrief', 'nieuwsbrieven'],
  pl: ['newslettery', 'subskrybuj', 'zaprenumeruj'],
  sv: ['e-postadress', 'nyhetsbrev', 'prenumerera'],
  da: ['abonner', 'e-mailadresse', 'nyhedsbrev', 'tilmeld'],
  nb: ['abonner', 'e-postadresse', 'nyhetsbrev'],
  cs: ['odebírat', 'předplaťte'],
  ru: ['подписаться', 'подпишитесь'],
  uk: ['підписатися', 'підпишіться'],
  ja: [...japaneseNewsletter, ...japanesePrompt, ...japaneseEmail, ...japanesePaywall],
  zh: [...chineseNewsletter, ...chinesePrompt, ...chineseEmail, ...chinesePaywall],
  ko: ['구독하기', '구독하세요', '뉴스레터'],
  id: ['berlangganan'],
  ar: ['اشترك'],
  fa: ['خبرنامه'],
  el: ['εγγραφείτε'],
  ro: ['abonează-te', 'abonați-vă'],
  hu: ['feliratkozás', 'hírlevél'],
  he: ['ניוזלטר'],
  hi: ['न्यूज़लेटर', 'न्यूजलेटर', 'सब्सक्राइब'],
  th: [
    'จดหมายข่าว', 'สมัครรับจดหมายข่าว', 'สมัครรับข่าวสาร', 'สำหรับสมาชิกเท่านั้น', 'เฉพาะสมาชิกเท่านั้น',
    'บทความนี้สำหรับสมาชิกเท่านั้น', 'เนื้อหานี้สำหรับสมาชิกเท่านั้น'
  ],
  fi: ['uutiskirje', 'uutiskirjeet'],
  bg: ['бюлетин', 'нюзлетър']
}

/**
 * Words a prompt does not end in: a line ending in one is the first part of a
 * wrapped sentence (`Sign up for` + `Astronomy's` + `email newsletter:`;
 * `Abonnieren Sie unseren` + …). Not `an`, which ends German prompts
 * (`Melden Sie sich für unseren Newsletter an`).
 */
export const openWords: Lexicon = {
  en: ['a', 'and', 'for', 'of', 'or', 'our', 'the', 'to', 'with', 'your'],
  de: ['den', 'der', 'die', 'das', 'dem', 'ein', 'eine', 'einen', 'für', 'ihre', 'ihren', 'mit', 'oder', 'und', 'unseren', 'unserem', 'von', 'zum', 'zur'],
  fr: ['au', 'aux', 'de', 'des', 'du', 'et', 'la', 'le', 'les', 'nos', 'notre', 'ou', 'par', 'pour', 'un', 'une', 'vos', 'votre', 'à'],
  es: ['a', 'al', 'de', 'del', 'el', 'en', 'la', 'las', 'los', 'nuestro', 'nuestra', 'o', 'para', 'tu', 'un', 'una', 'y'],
  it: ['a', 'al', 'alla', 'alle', 'di', 'della', 'e', 'il', 'la', 'le', 'nostra', 'o', 'per', 'un', 'una'],
  pt: ['a', 'ao', 'com', 'da', 'de', 'do', 'e', 'em', 'na', 'no', 'nossa', 'nosso', 'o', 'ou', 'para', 'um', 'uma', 'à'],
  nl: ['de', 'een', 'en', 'het', 'of', 'onze', 'van', 'voor'],
  pl: ['do', 'i', 'lub', 'na', 'naszego', 'z'],
  sv: ['och', 'till', 'vårt'],
  da: ['og', 'til', 'vores'],
  nb: ['og', 'til', 'vårt'],
  cs: ['a', 'k', 'ke', 'na', 'našeho', 'nebo', 'pro'],
  ru: ['в', 'для', 'и', 'или', 'на', 'нашу'],
  uk: ['для', 'або', 'на', 'нашу', 'та', 'і'],
  id: ['dan', 'ke', 'untuk'],
  vi: ['cho', 'của', 'và'],
  ar: ['أو', 'إلى', 'الى', 'على', 'في', 'من'],
  fa: ['از', 'برای', 'به', 'در', 'را', 'و'],
  el: ['για', 'και', 'στη', 'στην', 'στο', 'στα', 'τα', 'τη', 'την', 'το'],
  ro: ['cu', 'de', 'în', 'la', 'pe', 'pentru', 'sau', 'și'],
  hu: ['a', 'az', 'és', 'vagy'],
  he: ['או', 'את', 'של', 'עם', 'על'],
  hi: ['और', 'या', 'का', 'की', 'के'],
  th: ['และ', 'หรือ'],
  fi: ['ja', 'tai'],
  bg: ['в', 'за', 'и', 'или', 'на', 'нашия']
}

/**
 * What a sign-up form says once it is sent, lower case, straight quotes, as
 * a sentence starts (`You've been successfully signed up!`, `Great! We've
 * sent you an email to confirm your subscription.`, `There was a problem
 * subscribing you to this newsletter.`): a page saved with its form keeps
 * every message the form may show.
 *
 * ###### Notes
 * Seen on product, listing and article pages of the dev sets (84 lines,
 * none in a gold). A sentence of an article that starts so is rare; the rule
 * takes such a line only when it is short.
 */
export const signupStatuses: Lexicon = {
  en: [
    'a welcome email is on its way',
    'thank you for signing up',
    'thank you for subscribing',
    'thanks for signing up',
    'thanks for subscribing',
    'there was a problem subscribing you',
    'there was an error subscribing you',
    "we've sent you an email to confirm your subscription",
    'we have sent you an email to confirm your subscription',
    "you're now subscribed",
    "you're subscribed",
    'you are now subscribed',
    "you've already signed up for",
    "you've been successfully signed up",
    "you've been successfully subscribed",
    "you've successfully subscribed",
    'you have been successfully signed up',
    'you have been successfully subscribed',
    'you have successfully subscribed',
    'please check your inbox to confirm your subscription',
    'check your inbox to confirm your subscription',
    'please check your email to confirm your subscription',
    'check your email to confirm your subscription'
  ],
  de: [
    'danke für ihre anmeldung',
    'vielen dank für ihre anmeldung',
    'vielen dank für deine anmeldung',
    'sie haben sich erfolgreich angemeldet',
    'du hast dich erfolgreich angemeldet',
    'bitte bestätigen sie ihre anmeldung'
  ],
  fr: [
    'merci pour votre inscription',
    'merci de vous être inscrit',
    'vous êtes maintenant inscrit',
    'votre inscription a bien été prise en compte',
    'merci pour votre abonnement'
  ],
  es: ['gracias por suscribirte', 'gracias por tu suscripción', 'te has suscrito correctamente', 'gracias por registrarte'],
  it: ["grazie per l'iscrizione", 'grazie per esserti iscritto', 'iscrizione avvenuta con successo'],
  pt: ['obrigado por se inscrever', 'obrigado pela sua inscrição', 'inscrição realizada com sucesso'],
  nl: ['bedankt voor je aanmelding', 'bedankt voor uw aanmelding', 'je bent nu ingeschreven'],
  pl: ['dziękujemy za zapisanie się', 'dziękujemy za subskrypcję'],
  sv: ['tack för din prenumeration', 'tack för att du prenumererar', 'tack för din anmälan'],
  da: ['tak for din tilmelding'],
  nb: ['takk for at du abonnerer', 'takk for påmeldingen'],
  cs: ['děkujeme za přihlášení k odběru', 'děkujeme za registraci'],
  tr: ['abone olduğunuz için teşekkürler', 'aboneliğiniz başarıyla'],
  ru: ['спасибо за подписку', 'вы успешно подписались'],
  uk: ['дякуємо за підписку', 'ви успішно підписалися'],
  ja: ['ご登録ありがとうございます', '登録が完了しました'],
  zh: ['感谢您的订阅', '订阅成功'],
  ko: ['구독해 주셔서 감사합니다', '구독이 완료되었습니다'],
  id: ['terima kasih telah berlangganan'],
  vi: ['cảm ơn bạn đã đăng ký'],
  ar: ['شكرا لاشتراكك', 'شكراً لاشتراكك', 'تم الاشتراك بنجاح', 'تم اشتراكك بنجاح'],
  fa: ['عضویت شما با موفقیت انجام شد', 'از عضویت شما سپاسگزاریم'],
  el: ['ευχαριστούμε για την εγγραφή σας', 'η εγγραφή σας ολοκληρώθηκε'],
  ro: ['mulțumim pentru abonare', 'te-ai abonat cu succes', 'v-ați abonat cu succes'],
  hu: ['köszönjük a feliratkozást', 'sikeres feliratkozás', 'sikeresen feliratkozott'],
  he: ['תודה שנרשמת', 'תודה שנרשמתם', 'תודה על ההרשמה', 'נרשמת בהצלחה', 'ההרשמה בוצעה בהצלחה'],
  hi: ['सब्सक्राइब करने के लिए धन्यवाद', 'साइन अप करने के लिए धन्यवाद', 'सदस्यता लेने के लिए धन्यवाद'],
  th: ['ขอบคุณที่สมัครรับข่าวสาร', 'ขอบคุณที่สมัครสมาชิก', 'ขอบคุณสำหรับการสมัคร'],
  fi: ['kiitos tilauksesta', 'kiitos uutiskirjeen tilauksesta', 'kiitos rekisteröitymisestä'],
  bg: ['благодарим ви за абонамента', 'благодарим за абонамента', 'успешно се абонирахте', 'благодарим ви за регистрацията']
}

/**
 * Openings of the small print of sign-up, newsletter and contact forms,
 * lower case, before the reader’s agreement (`consentAgreements`): `By
 * signing up, you agree to our Privacy Policy`, `Mit der Anmeldung willigen
 * Sie … ein`. A line that starts with one is small print only when its first
 * sentence goes on to the reader’s agreement.
 *
 * ###### Notes
 * Seen on article, product and listing pages of the dev sets (52 lines,
 * none in a gold).
 */
export const consentOpeners: Lexicon = {
  en: [
    'by checking this box',
    'by clicking',
    'by continuing',
    'by creating an account',
    'by entering your email',
    'by joining',
    'by providing your',
    'by registering',
    'by signing up',
    'by submitting',
    'by subscribing'
  ],
  de: [
    'durch deine anmeldung', 'durch ihre anmeldung', 'durch klicken auf', 'mit deiner anmeldung',
    'mit deiner registrierung', 'mit dem absenden', 'mit dem klick auf', 'mit der anmeldung', 'mit der registrierung',
    'mit ihrer anmeldung', 'mit ihrer registrierung', 'mit klick auf'
  ],
  fr: [
    'en cliquant', 'en cochant cette case', 'en créant un compte', 'en renseignant votre adresse',
    'en saisissant votre adresse', 'en soumettant', 'en t\'abonnant', 'en t\'inscrivant', 'en validant ce formulaire',
    'en validant votre inscription', 'en vous abonnant', 'en vous inscrivant'
  ],
  es: [
    'al crear tu cuenta', 'al crear una cuenta', 'al enviar el formulario', 'al enviar este formulario',
    'al hacer clic', 'al hacer click', 'al marcar esta casilla', 'al pulsar', 'al registrarse', 'al registrarte',
    'al suscribirse', 'al suscribirte'
  ],
  it: [
    'abbonandoti', 'cliccando', 'creando un account', 'facendo clic su', 'inviando il modulo',
    'inviando questo modulo', 'iscrivendoti', 'procedendo con l\'iscrizione', 'registrandoti',
    'selezionando questa casella'
  ],
  pt: [
    'ao cadastrar-se', 'ao clicar', 'ao criar uma conta', 'ao enviar este formulário', 'ao enviar o formulário',
    'ao inscrever-se', 'ao marcar esta caixa', 'ao registar-se', 'ao se cadastrar', 'ao se inscrever',
    'ao se registrar', 'ao subscrever'
  ],
  nl: [
    'door dit formulier te verzenden', 'door dit vakje aan te vinken', 'door een account aan te maken',
    'door het formulier te verzenden', 'door je aan te melden', 'door je e-mailadres in te vullen',
    'door je in te schrijven', 'door je te registreren', 'door te klikken op', 'door u aan te melden',
    'door u in te schrijven', 'door u te registreren'
  ],
  pl: [
    'klikając', 'podając adres e-mail', 'przesyłając formularz', 'rejestrując się', 'subskrybując',
    'wysyłając formularz', 'wysyłając wiadomość', 'zakładając konto', 'zapisując się', 'zaznaczając to pole'
  ],
  sv: [
    'genom att ange din e-postadress', 'genom att anmäla dig', 'genom att fylla i formuläret', 'genom att klicka',
    'genom att kryssa i', 'genom att prenumerera', 'genom att registrera dig', 'genom att skapa ett konto',
    'genom att skicka formuläret', 'genom att skicka in'
  ],
  da: [
    'ved at abonnere', 'ved at afkrydse', 'ved at indsende', 'ved at klikke', 'ved at oprette en konto',
    'ved at registrere dig', 'ved at sende formularen', 'ved at tilmelde dig', 'ved at udfylde formularen',
    'ved tilmelding'
  ],
  nb: [
    'ved påmelding', 'ved å abonnere', 'ved å fylle ut skjemaet', 'ved å klikke', 'ved å krysse av',
    'ved å melde deg på', 'ved å opprette en konto', 'ved å opprette konto', 'ved å registrere deg',
    'ved å sende inn'
  ],
  cs: [
    'kliknutím', 'odesláním', 'přihlášením k newsletteru', 'přihlášením k odběru', 'přihlášením se k odběru',
    'registrací', 'vyplněním formuláře', 'vytvořením účtu', 'zadáním e-mailové adresy', 'zadáním e-mailu',
    'zadáním svého e-mailu', 'zaškrtnutím'
  ],
  tr: [
    'abone olarak', 'bu formu göndererek', 'bu kutuyu işaretleyerek', 'bültene abone olarak',
    'bültenimize abone olarak', 'e-posta adresinizi girerek', 'e-posta adresinizi paylaşarak', 'formu göndererek',
    'hesap oluşturarak', 'kaydolarak', 'kayıt olarak', 'üye olarak'
  ],
  ru: [
    'заполняя форму', 'нажав кнопку', 'нажав на кнопку', 'нажимая', 'оставляя заявку', 'оставляя свои данные',
    'отправляя заявку', 'отправляя комментарий', 'отправляя форму', 'подписываясь', 'регистрируясь',
    'указывая свой email'
  ],
  uk: [
    'відправляючи заявку', 'відправляючи форму', 'залишаючи заявку', 'залишаючи свої дані', 'заповнюючи форму',
    'надсилаючи заявку', 'надсилаючи форму', 'натискаючи', 'натиснувши кнопку', 'натиснувши на кнопку',
    'підписуючись', 'реєструючись'
  ],
  ja: [
    'ご登録いただくことで', 'ご登録いただくことにより', 'アカウントを作成することで', 'フォームを送信することで', 'メールアドレスを登録することで', 'メールアドレスを送信することで', '登録することで',
    '登録することにより', '購読することで', '購読登録することで', '送信することで', '送信することにより'
  ],
  zh: ['提交即', '注册即', '点击"', '点击提交', '点击注册', '点击订阅', '訂閱即', '註冊即', '订阅即', '送出即', '點擊「', '點選「'],
  ko: [
    '가입하면', '가입하시면', '가입함으로써', '계정을 만들면', '구독하면', '구독하시면', '구독함으로써', '등록하시면', '이메일 주소를 입력하면', '제출하면', '제출하시면',
    '제출함으로써'
  ],
  id: [
    'dengan berlangganan', 'dengan klik', 'dengan memasukkan alamat email', 'dengan memasukkan email',
    'dengan membuat akun', 'dengan mencentang', 'dengan mendaftar', 'dengan menekan tombol', 'dengan mengeklik',
    'dengan mengirim formulir', 'dengan mengirimkan formulir', 'dengan mengklik'
  ],
  vi: [
    'bằng cách bấm', 'bằng cách gửi', 'bằng cách nhấn', 'bằng cách nhấp', 'bằng cách nhập email',
    'bằng cách nhập địa chỉ email', 'bằng cách tạo tài khoản', 'bằng cách đánh dấu', 'bằng cách đăng kí',
    'bằng cách đăng ký', 'bằng việc gửi', 'bằng việc đăng ký'
  ],
  ar: [
    'بإدخال بريدك', 'بإرسال النموذج', 'بإرسال هذا النموذج', 'بإنشاء حساب', 'بالاشتراك', 'بالتسجيل', 'بالضغط على زر',
    'بالنقر', 'عند النقر على زر', 'من خلال الاشتراك', 'من خلال التسجيل', 'من خلال النقر'
  ],
  fa: [
    'با ارسال این فرم', 'با ارسال فرم', 'با ایجاد حساب کاربری', 'با ثبت ایمیل', 'با ثبت نام', 'با ثبت‌نام',
    'با عضویت در خبرنامه', 'با وارد کردن آدرس ایمیل', 'با وارد کردن ایمیل', 'با کلیک'
  ],
  el: [
    'δημιουργώντας λογαριασμό', 'εγγραφόμενοι', 'κάνοντας click', 'κάνοντας εγγραφή', 'κάνοντας κλικ',
    'με την αποστολή της φόρμας', 'με την εγγραφή σας', 'με την εγγραφή σου', 'με την υποβολή της φόρμας',
    'πατώντας το κουμπί', 'υποβάλλοντας τη φόρμα'
  ],
  ro: [
    'abonându-te', 'abonându-vă', 'apăsând butonul', 'dând click', 'făcând clic', 'făcând click', 'prin abonare',
    'prin bifarea', 'prin crearea unui cont', 'prin trimiterea formularului', 'prin înregistrare', 'prin înscriere'
  ],
  hu: [
    'a feliratkozás gombra kattintva', 'a feliratkozással', 'a gombra kattintva', 'a jelölőnégyzet bejelölésével',
    'az e-mail címed megadásával', 'az űrlap beküldésével', 'az űrlap elküldésével', 'e-mail címed megadásával',
    'feliratkozásoddal', 'feliratkozásával', 'regisztrációddal', 'regisztrációjával'
  ],
  he: [
    'בהצטרפות לניוזלטר', 'בהצטרפות לרשימת התפוצה', 'בהצטרפותך', 'בהרשמה', 'בהרשמתך', 'בהרשמתכם', 'בלחיצה על',
    'בסימון התיבה', 'בסימון תיבה זו', 'בשליחת הטופס', 'בשליחת טופס'
  ],
  hi: [
    'अकाउंट बनाकर', 'अपना ईमेल दर्ज करके', 'अपना ईमेल पता दर्ज करके', 'इस फॉर्म को सबमिट करके', 'खाता बनाकर',
    'पंजीकरण करके', 'फॉर्म सबमिट करके', 'रजिस्टर करके', 'सबमिट करके', 'सब्सक्राइब करके', 'साइन अप करके',
    'साइनअप करके'
  ],
  th: [
    'การกดปุ่ม', 'การคลิก', 'เมื่อกดปุ่ม', 'เมื่อคลิก', 'โดยการกดปุ่ม', 'โดยการคลิก', 'โดยการคลิ๊ก',
    'โดยการลงทะเบียน', 'โดยการสมัครรับ', 'โดยการสมัครสมาชิก', 'โดยการสร้างบัญชี', 'โดยการส่งแบบฟอร์ม'
  ],
  fi: [
    'antamalla sähköpostiosoitteesi', 'ilmoittautumalla', 'klikkaamalla', 'liittymällä postituslistalle',
    'luomalla tilin', 'lähettämällä lomakkeen', 'lähettämällä tämän lomakkeen', 'napsauttamalla', 'rekisteröitymällä',
    'syöttämällä sähköpostiosoitteesi', 'tilaamalla'
  ],
  bg: [
    'абонирайки се', 'като кликнете', 'като натиснете', 'като се абонирате', 'като се абонираш',
    'като се регистрирате', 'кликвайки', 'натискайки бутона', 'регистрирайки се', 'с абонирането си',
    'с изпращането на формуляра', 'с регистрацията си'
  ]
}

/**
 * The reader’s agreement in the small print of a form (after
 * `consentOpeners`), lower case, where a word starts: `you agree`, `you
 * consent`, `willigen sie`.
 */
export const consentAgreements: Lexicon = {
  en: [
    'i accept',
    'i agree',
    'i consent',
    'you accept',
    'you acknowledge',
    'you agree',
    'you are agreeing',
    'you are consenting',
    'you confirm',
    'you consent',
    'you have read and agree'
  ],
  de: [
    'akzeptieren sie', 'bestätige ich', 'bestätigen sie', 'bestätigst du', 'erkläre ich mich', 'erklären sie sich',
    'erklärst du dich', 'stimme ich', 'stimmen sie', 'stimmst du', 'willigen sie', 'willigst du'
  ],
  fr: [
    'j\'accepte', 'je consens', 'tu acceptes', 'tu confirmes', 'vous acceptez', 'vous autorisez', 'vous certifiez',
    'vous confirmez', 'vous consentez', 'vous déclarez', 'vous reconnaissez'
  ],
  es: [
    'acepta', 'aceptas', 'acepto', 'aceptás', 'confirma', 'confirmas', 'consiente', 'consientes', 'declaras',
    'está de acuerdo', 'estás de acuerdo', 'reconoces'
  ],
  it: ['accetti', 'accetto', 'acconsenti', 'acconsento', 'autorizzi', 'confermi', 'confermo', 'dichiari', 'dichiaro'],
  pt: [
    'aceita a política', 'aceita os termos', 'aceito', 'concorda com', 'concordo', 'declara que leu', 'você aceita',
    'você autoriza', 'você concorda', 'você confirma', 'você consente', 'você declara'
  ],
  nl: [
    'accepteer je', 'accepteert u', 'bevestig je', 'bevestigt u', 'ga ik akkoord', 'ga je akkoord', 'gaat u akkoord',
    'geef je toestemming', 'geeft u toestemming', 'ik ga akkoord', 'stem je in', 'stemt u in'
  ],
  pl: [
    'akceptujesz', 'akceptuję', 'oświadczam', 'oświadczasz', 'potwierdzam', 'potwierdzasz', 'wyrażam zgodę',
    'wyrażasz zgodę', 'zgadzam się', 'zgadzasz się'
  ],
  sv: [
    'accepterar du', 'bekräftar du', 'du godkänner', 'du samtycker', 'godkänner du', 'går du med på', 'intygar du',
    'jag accepterar', 'jag godkänner', 'jag samtycker', 'samtycker du'
  ],
  da: [
    'accepterer du', 'bekræfter du', 'er du indforstået', 'giver du dit samtykke', 'giver du samtykke',
    'godkender du', 'jeg accepterer', 'jeg giver mit samtykke', 'jeg giver samtykke', 'jeg samtykker', 'samtykker du'
  ],
  nb: [
    'aksepterer du', 'bekrefter du', 'du godtar', 'gir du samtykke', 'godkjenner du', 'godtar du', 'jeg aksepterer',
    'jeg godtar', 'jeg samtykker', 'samtykker du'
  ],
  cs: [
    'berete na vědomí', 'beru na vědomí', 'dáváte', 'potvrzujete', 'potvrzuji', 'přijímáte', 'souhlasím',
    'souhlasíte', 'souhlasíš', 'udělujete', 'uděluji', 'vyjadřujete'
  ],
  tr: [
    'kabul edersin', 'kabul ediyorsun', 'kabul ediyorum', 'kabul etmiş olursun', 'kabul etmiş sayılırsın',
    'kabul ettiğinizi', 'onay vermiş olursun', 'onaylamış olursun', 'onaylıyorsun', 'onaylıyorum',
    'rıza göstermiş olursun'
  ],
  ru: [
    'даете', 'даю свое согласие', 'даю своё согласие', 'даю согласие', 'даёте', 'подтверждаете', 'принимаете',
    'соглашаетесь', 'соглашаюсь', 'я подтверждаю', 'я согласен', 'я согласна'
  ],
  uk: [
    'даю згоду', 'даю свою згоду', 'даєте', 'надаю згоду', 'надаю свою згоду', 'надаєте', 'погоджуюсь', 'погоджуюся',
    'погоджуєте', 'приймаєте', 'підтверджуєте', 'я підтверджую'
  ],
  ja: ['了承', '受諾', '同意', '承諾'],
  zh: ['同意', '接受', '知悉', '确认', '確認'],
  ko: ['동의', '수락', '승낙', '확인합니다'],
  id: [
    'anda dianggap menyetujui', 'anda dianggap setuju', 'anda memberikan persetujuan', 'anda menerima',
    'anda mengkonfirmasi', 'anda mengonfirmasi', 'anda menyetujui', 'anda setuju', 'anda telah membaca',
    'anda telah menyetujui', 'kamu setuju', 'saya setuju'
  ],
  vi: [
    'bạn chấp nhận', 'bạn thừa nhận', 'bạn xác nhận', 'bạn đã đọc', 'bạn đã đồng ý', 'bạn đồng ý', 'quý khách đồng ý',
    'tôi xác nhận', 'tôi đồng ý'
  ],
  ar: [
    'أنت توافق', 'أوافق', 'انت توافق', 'توافق على سياسة', 'توافق على شروط', 'فإنك تؤكد', 'فإنك تقبل', 'فإنك تقر',
    'فإنك توافق', 'فإنكم توافقون', 'فانك توافق'
  ],
  fa: [
    'تأیید می‌کنید', 'تایید میکنید', 'تایید می‌کنید', 'موافقت می کنید', 'موافقت میکنید', 'موافقت می‌کنید',
    'می پذیرید', 'میپذیرید', 'می‌پذیرید', 'پذیرفته‌اید'
  ],
  el: [
    'έχετε διαβάσει', 'αποδέχεσαι', 'αποδέχεστε', 'αποδέχομαι', 'επιβεβαιώνεις', 'επιβεβαιώνετε', 'συμφωνείς',
    'συμφωνείτε', 'συμφωνώ', 'συναινείτε'
  ],
  ro: [
    'acceptați', 'accepți', 'confirmați', 'confirmi', 'esti de acord', 'ești de acord', 'sunteti de acord',
    'sunteți de acord', 'vă dați acordul', 'vă exprimați acordul', 'îmi exprim acordul', 'îți exprimi acordul'
  ],
  hu: [
    'beleegyezel', 'beleegyezik', 'elfogadja', 'elfogadod', 'elfogadom', 'hozzájárul', 'hozzájárulsz', 'kijelented',
    'kijelenti', 'megerősíted', 'tudomásul veszed', 'tudomásul veszi'
  ],
  he: [
    'אני מאשר', 'אני מסכים', 'אני מסכימה', 'אתה מאשר', 'אתה מסכים', 'אתם מאשרים', 'הינך מאשר', 'הינך מסכים',
    'הינך מסכימה', 'הנך מאשר', 'הנך מסכים', 'הנך מסכימה'
  ],
  hi: ['पुष्टि कर', 'सहमत', 'स्वीकार कर', 'स्वीकृति'],
  th: [
    'ข้าพเจ้ายอมรับ', 'ข้าพเจ้ายินยอม', 'คุณตกลง', 'คุณยอมรับ', 'คุณยินยอม', 'คุณยืนยัน', 'ถือว่ายอมรับ', 'ท่านตกลง',
    'ท่านยอมรับ', 'ท่านยินยอม', 'ท่านยืนยัน', 'ยอมรับเงื่อนไข'
  ],
  fi: ['annat suostumuksesi', 'annatte suostumuksenne', 'hyväksyn', 'hyväksyt', 'olet lukenut', 'suostut', 'vahvistat'],
  bg: [
    'давате своето съгласие', 'давате съгласие', 'декларирате', 'изразявате съгласие', 'потвърждавате',
    'потвърждаваш', 'приемате', 'приемаш', 'съгласен съм', 'съгласна съм', 'съгласявате', 'съгласяваш'
  ]
}

/**
 * Openings of a form’s promise that the reader can leave, lower case: `You
 * can unsubscribe at any time.`, `Sie können sich jederzeit abmelden`. A line
 * that starts with one (the phrase ending with its word) is small print of a
 * sign-up form.
 */
export const optOutNotes: Lexicon = {
  en: [
    'unsubscribe anytime', 'unsubscribe at any time', 'you can opt out at any time', 'you can unsubscribe anytime',
    'you can unsubscribe at any time', 'you may unsubscribe at any time'
  ],
  de: [
    'abmeldung jederzeit möglich', 'du kannst den newsletter jederzeit abbestellen',
    'du kannst dich jederzeit abmelden', 'du kannst dich jederzeit wieder abmelden',
    'sie können den newsletter jederzeit abbestellen', 'sie können sich jederzeit abmelden',
    'sie können sich jederzeit wieder abmelden'
  ],
  fr: [
    'désinscription possible à tout moment', 'désinscription à tout moment', 'tu peux te désabonner à tout moment',
    'tu peux te désinscrire à tout moment', 'vous pouvez vous désabonner à tout moment',
    'vous pouvez vous désinscrire à tout moment', 'vous pouvez à tout moment vous désinscrire'
  ],
  es: [
    'podés darte de baja en cualquier momento', 'puede cancelar su suscripción en cualquier momento',
    'puede darse de baja en cualquier momento', 'puedes cancelar tu suscripción en cualquier momento',
    'puedes darte de baja cuando quieras', 'puedes darte de baja en cualquier momento',
    'puedes desuscribirte en cualquier momento'
  ],
  it: [
    'potrai cancellarti in qualsiasi momento', 'potrai disiscriverti in qualsiasi momento',
    'puoi annullare l\'iscrizione in qualsiasi momento', 'puoi cancellarti in qualsiasi momento',
    'puoi disiscriverti in qualsiasi momento', 'puoi disiscriverti quando vuoi'
  ],
  pt: [
    'pode anular a subscrição a qualquer momento', 'pode cancelar a subscrição a qualquer momento',
    'você pode cancelar a inscrição a qualquer momento', 'você pode cancelar sua inscrição a qualquer momento',
    'você pode se descadastrar a qualquer momento'
  ],
  nl: [
    'je kunt je altijd afmelden', 'je kunt je altijd weer afmelden', 'je kunt je op elk moment afmelden',
    'je kunt je op ieder moment afmelden', 'u kunt zich altijd afmelden', 'u kunt zich op elk moment afmelden',
    'u kunt zich op ieder moment afmelden'
  ],
  pl: [
    'możesz się wypisać w każdej chwili', 'możesz w każdej chwili wypisać się',
    'możesz w każdej chwili zrezygnować z subskrypcji', 'możesz wypisać się w każdej chwili',
    'możesz zrezygnować z subskrypcji w każdej chwili', 'w każdej chwili możesz się wypisać',
    'w każdej chwili możesz zrezygnować z subskrypcji'
  ],
  sv: [
    'du kan avprenumerera när som helst', 'du kan avregistrera dig när som helst',
    'du kan avsluta din prenumeration när som helst', 'du kan avsluta prenumerationen när som helst',
    'du kan när som helst avregistrera dig', 'du kan när som helst avsluta din prenumeration',
    'du kan när som helst avsluta prenumerationen'
  ],
  da: [
    'du kan afmelde dig når som helst', 'du kan altid afmelde dig', 'du kan altid framelde dig',
    'du kan når som helst afmelde dig', 'du kan til enhver tid afmelde dig', 'du kan til enhver tid framelde dig'
  ],
  nb: [
    'du kan avslutte abonnementet når som helst', 'du kan enkelt melde deg av', 'du kan melde deg av når som helst',
    'du kan når som helst avmelde deg', 'du kan når som helst avslutte abonnementet',
    'du kan når som helst melde deg av'
  ],
  cs: [
    'kdykoli se můžete odhlásit', 'kdykoliv se můžete odhlásit', 'odběr můžete kdykoli', 'odhlásit se lze kdykoli',
    'odhlásit se můžete kdykoli', 'z odběru se můžete kdykoli', 'z odběru se můžete kdykoliv'
  ],
  tr: [
    'abonelikten dilediğiniz zaman', 'abonelikten istediğiniz zaman', 'dilediğiniz zaman abonelikten',
    'istediğin zaman abonelikten', 'istediğiniz zaman abonelikten'
  ],
  ru: [
    'вы можете отписаться в любое время', 'вы можете отписаться в любой момент',
    'от рассылки можно отписаться в любой момент', 'отписаться можно в любое время',
    'отписаться можно в любой момент'
  ],
  uk: [
    'ви можете відписатися будь-коли', 'ви можете відписатися в будь-який момент', 'відписатися можна будь-коли',
    'відписатися можна в будь-який момент'
  ],
  ja: ['いつでも登録解除', 'いつでも購読を解除', 'いつでも購読解除', 'いつでも配信を停止', 'いつでも配信停止', '配信はいつでも停止', '配信停止はいつでも'],
  zh: ['你可以随时取消订阅', '你可以隨時取消訂閱', '可随时取消订阅', '可隨時取消訂閱', '您可以随时取消订阅', '您可以隨時取消訂閱', '随时取消订阅', '隨時取消訂閱'],
  ko: ['언제든 구독', '언제든 수신 거부', '언제든지 구독', '언제든지 수신 거부', '언제든지 수신거부'],
  id: [
    'anda bisa berhenti berlangganan kapan saja', 'anda dapat berhenti berlangganan kapan saja',
    'anda dapat berhenti berlangganan sewaktu-waktu', 'berhenti berlangganan kapan saja',
    'kamu bisa berhenti berlangganan kapan saja'
  ],
  vi: [
    'bạn có thể huỷ đăng ký bất cứ lúc nào', 'bạn có thể hủy đăng kí bất cứ lúc nào',
    'bạn có thể hủy đăng ký bất cứ lúc nào', 'bạn có thể hủy đăng ký bất kỳ lúc nào',
    'bạn có thể hủy đăng ký vào bất cứ lúc nào', 'hủy đăng ký bất cứ lúc nào'
  ],
  ar: [
    'بإمكانك إلغاء الاشتراك في أي وقت', 'يمكنك إلغاء اشتراكك في أي وقت', 'يمكنك إلغاء الاشتراك بأي وقت',
    'يمكنك إلغاء الاشتراك في أي وقت', 'يمكنك إلغاء الاشتراك متى شئت', 'يمكنك الغاء الاشتراك في اي وقت'
  ],
  fa: ['امکان لغو اشتراک در هر زمان', 'لغو اشتراک در هر زمان'],
  el: [
    'μπορείς να απεγγραφείς', 'μπορείτε να απεγγραφείτε', 'μπορείτε να διαγραφείτε ανά πάσα στιγμή',
    'μπορείτε να διαγραφείτε οποιαδήποτε στιγμή', 'μπορείτε να καταργήσετε την εγγραφή σας'
  ],
  ro: ['poți să te dezabonezi', 'te poti dezabona', 'te poți dezabona', 'vă puteți dezabona'],
  hu: [
    'a hírlevélről bármikor leiratkozhat', 'bármikor leiratkozhat', 'bármikor leiratkozhatsz',
    'leiratkozni bármikor lehet'
  ],
  he: [
    'ניתן לבטל את ההרשמה בכל עת', 'ניתן לבטל את המנוי בכל עת', 'ניתן להסיר את עצמך מרשימת התפוצה',
    'ניתן להסיר מרשימת התפוצה'
  ],
  hi: [
    'आप कभी भी अनसब्सक्राइब', 'आप कभी भी सदस्यता रद्द', 'आप किसी भी समय अनसब्सक्राइब', 'आप किसी भी समय सदस्यता रद्द'
  ],
  th: [
    'คุณสามารถยกเลิกการรับข่าวสาร', 'คุณสามารถยกเลิกการสมัครรับ', 'ท่านสามารถยกเลิกการรับข่าวสาร',
    'ท่านสามารถยกเลิกการสมัครรับ', 'ยกเลิกการรับข่าวสารได้ตลอดเวลา'
  ],
  fi: [
    'tilauksen voi perua milloin tahansa', 'voit lopettaa tilauksen milloin tahansa',
    'voit perua tilauksen milloin tahansa', 'voit perua tilauksesi milloin tahansa',
    'voit peruuttaa tilauksen milloin tahansa', 'voit peruuttaa tilauksesi milloin tahansa'
  ],
  bg: ['може да се отпишете', 'можете да се отпишете', 'можеш да се отпишеш']
}

/**
 * Promises of a sign-up form not to send spam, lower case: `No spam, we
 * promise.`, `Kein Spam.` A line that starts with one is small print when the
 * promise ends its sentence or clause there (`No spam calls since the new
 * rule` is prose).
 */
export const noSpamNotes: Lexicon = {
  en: ['no spam'],
  de: ['kein spam'],
  fr: ['pas de spam'],
  es: ['sin spam'],
  it: ['niente spam', 'zero spam'],
  pt: ['sem spam'],
  nl: ['geen spam'],
  pl: ['zero spamu'],
  sv: ['ingen spam'],
  da: ['ingen spam'],
  nb: ['ingen spam'],
  cs: ['žádný spam'],
  tr: ['spam yok'],
  ru: ['никакого спама'],
  uk: ['жодного спаму', 'ніякого спаму'],
  ja: ['スパムメールは送りません'],
  ko: ['스팸 메일은 보내지 않습니다', '스팸은 보내지 않습니다'],
  id: ['tanpa spam'],
  vi: ['không spam'],
  ar: ['لا رسائل مزعجة'],
  fa: ['بدون اسپم', 'بدون هرزنامه'],
  el: ['δεν στέλνουμε spam', 'χωρίς spam'],
  ro: ['fără spam', 'nu trimitem spam'],
  hu: ['nem küldünk spamet', 'nem spamelünk'],
  he: ['בלי ספאם', 'ללא ספאם'],
  hi: ['कोई स्पैम नहीं', 'हम स्पैम नहीं भेजते'],
  th: ['ไม่มีสแปม'],
  fi: ['ei roskapostia'],
  bg: ['без спам', 'не изпращаме спам', 'никакъв спам']
}

/**
 * Verbs that report speech, lower case: a sentence that opens as a form’s
 * small print and ends so is prose (`By clicking on the first product, you
 * agree to the terms of the offer, the judge said.`).
 */
export const reportingVerbs: Lexicon = {
  en: ['said', 'says', 'told', 'wrote', 'added', 'explained'],
  de: ['sagte', 'sagt', 'schrieb', 'erklärte', 'betonte'],
  fr: ['dit', 'déclaré', 'écrit', 'explique', 'expliqué'],
  es: ['dijo', 'afirmó', 'escribió', 'explicó', 'señaló'],
  it: ['detto', 'dichiarato', 'scritto', 'spiegato'],
  pt: ['disse', 'afirmou', 'escreveu', 'explicou'],
  nl: ['zei', 'zegt', 'schreef', 'verklaarde']
}
