import type {Lexicon} from './lexicon.js'

/**
 * Words of the buttons, headings and table cells of a cookie banner, per
 * language, lower case: a short line made only of these (`Accept All`,
 * `Manage preferences`, `Alle akzeptieren`, `Tout accepter`, `Akceptuję`,
 * `すべて同意する`) is part of the banner when it sits next to a cookie line.
 *
 * ###### Notes
 * Many are ordinary words (`alle`, `und`, `tout`, `cả`): they count only in a
 * line of at most eight words made of nothing else, next to a banner line.
 * Japanese and Chinese buttons are one run of their script, so they are
 * listed whole (`すべて同意する`, `全部接受`).
 */
export const controlWords: Lexicon = {
  en: [
    '&',
    'about',
    'accept',
    'active',
    'additional',
    'advertisement',
    'advertising',
    'agree',
    'all',
    'allow',
    'always',
    'analytics',
    'and',
    'cancel',
    'choices',
    'close',
    'confirm',
    'consent',
    'continue',
    'cookie',
    'cookies',
    'customise',
    'customize',
    'decline',
    'deny',
    'description',
    'details',
    'dismiss',
    'duration',
    'enabled',
    'essential',
    'functional',
    'got',
    'i',
    'it',
    'learn',
    'manage',
    'marketing',
    'more',
    'my',
    'necessary',
    'no',
    'non',
    'ok',
    'okay',
    'only',
    'options',
    'other',
    'others',
    'overview',
    'performance',
    'personalisation',
    'personalization',
    'policy',
    'preferences',
    'privacy',
    'purposes',
    'read',
    'reject',
    'required',
    'save',
    'selected',
    'selection',
    'services',
    'settings',
    'show',
    'statistics',
    'strictly',
    'thanks',
    'these',
    'type',
    'uncategorised',
    'uncategorized',
    'vendors',
    'view',
    'yes'
  ],
  de: [
    'alle',
    'akzeptieren',
    'akzeptiere',
    'ablehnen',
    'einstellungen',
    'speichern',
    'auswahl',
    'zustimmen',
    'ich',
    'stimme',
    'zu',
    'nur',
    'notwendige',
    'erforderliche',
    'essenzielle',
    'statistik',
    'statistiken',
    'funktional',
    'funktionale',
    'präferenzen',
    'mehr',
    'erfahren',
    'informationen',
    'datenschutz',
    'datenschutzerklärung',
    'datenschutzeinstellungen',
    'impressum',
    'einverstanden',
    'anpassen',
    'optionen',
    'verwalten',
    'weiter',
    'ohne',
    'zustimmung',
    'bestätigen',
    'schließen',
    'erlauben',
    'zulassen',
    'immer',
    'aktiv',
    'und',
    'oder',
    'einwilligung',
    'externe',
    'medien'
  ],
  fr: [
    'tout',
    'tous',
    'accepter',
    'accepte',
    'refuser',
    'continuer',
    'sans',
    'paramètres',
    'personnaliser',
    'gérer',
    'enregistrer',
    'mes',
    'choix',
    'j',
    'd',
    'accord',
    'nécessaires',
    'statistiques',
    'fonctionnels',
    'politique',
    'confidentialité',
    'en',
    'savoir',
    'plus',
    'et',
    'fermer',
    'toujours',
    'actif',
    'préférences',
    'consentement',
    'autoriser'
  ],
  es: [
    'aceptar',
    'acepto',
    'todas',
    'todo',
    'todos',
    'rechazar',
    'configurar',
    'configuración',
    'guardar',
    'preferencias',
    'personalizar',
    'ajustes',
    'necesarias',
    'estadísticas',
    'más',
    'información',
    'política',
    'privacidad',
    'y',
    'cerrar',
    'mostrar',
    'detalles',
    'gestionar',
    'opciones',
    'siempre',
    'activas',
    'consentimiento',
    'continuar',
    'permitir'
  ],
  it: [
    'accetta',
    'accetto',
    'accettare',
    'tutti',
    'tutto',
    'rifiuta',
    'impostazioni',
    'salva',
    'preferenze',
    'personalizza',
    'gestisci',
    'opzioni',
    'necessari',
    'statistiche',
    'chiudi',
    'continua',
    'senza',
    'scopri',
    'di',
    'più',
    'informativa',
    'e',
    'consenso',
    'ho',
    'capito',
    'consenti'
  ],
  pt: [
    'aceitar',
    'aceito',
    'aceite',
    'todos',
    'tudo',
    'rejeitar',
    'recusar',
    'configurações',
    'definições',
    'guardar',
    'salvar',
    'preferências',
    'personalizar',
    'gerir',
    'opções',
    'necessários',
    'estatísticas',
    'fechar',
    'saber',
    'mais',
    'política',
    'privacidade',
    'e',
    'concordo',
    'continuar',
    'consentimento',
    'permitir'
  ],
  nl: [
    'alle',
    'accepteren',
    'accepteer',
    'weigeren',
    'instellingen',
    'opslaan',
    'voorkeuren',
    'aanpassen',
    'beheren',
    'akkoord',
    'ik',
    'ga',
    'noodzakelijk',
    'noodzakelijke',
    'statistieken',
    'functioneel',
    'sluiten',
    'meer',
    'informatie',
    'en',
    'privacyverklaring',
    'alleen',
    'toestemming',
    'alles',
    'doorgaan'
  ],
  pl: [
    'akceptuję',
    'akceptuj',
    'zaakceptuj',
    'wszystkie',
    'wszystko',
    'odrzuć',
    'ustawienia',
    'zapisz',
    'preferencje',
    'dostosuj',
    'zarządzaj',
    'zgadzam',
    'się',
    'przejdź',
    'do',
    'serwisu',
    'niezbędne',
    'statystyczne',
    'marketingowe',
    'zamknij',
    'więcej',
    'informacji',
    'polityka',
    'prywatności',
    'i',
    'opcje',
    'rozumiem',
    'zgoda',
    'przechodzę',
    'akceptuje'
  ],
  sv: [
    'acceptera',
    'alla',
    'godkänn',
    'godkänner',
    'avvisa',
    'neka',
    'inställningar',
    'spara',
    'hantera',
    'anpassa',
    'nödvändiga',
    'statistik',
    'marknadsföring',
    'stäng',
    'läs',
    'mer',
    'och',
    'jag',
    'val',
    'mina',
    'endast',
    'samtycke',
    'tillåt',
    'förstår'
  ],
  da: [
    'accepter',
    'acceptér',
    'alle',
    'afvis',
    'indstillinger',
    'gem',
    'tilpas',
    'administrer',
    'nødvendige',
    'statistik',
    'luk',
    'læs',
    'mere',
    'og',
    'jeg',
    'valg',
    'kun',
    'tillad',
    'samtykke',
    'forstår'
  ],
  nb: [
    'godta',
    'aksepter',
    'alle',
    'avvis',
    'innstillinger',
    'lagre',
    'tilpass',
    'administrer',
    'nødvendige',
    'statistikk',
    'markedsføring',
    'lukk',
    'les',
    'mer',
    'og',
    'jeg',
    'valg',
    'kun',
    'tillat',
    'samtykke',
    'forstår'
  ],
  cs: [
    'přijmout',
    'vše',
    'všechny',
    'odmítnout',
    'nastavení',
    'uložit',
    'přizpůsobit',
    'spravovat',
    'souhlasím',
    'souhlas',
    'nezbytné',
    'statistické',
    'marketingové',
    'zavřít',
    'více',
    'informací',
    'a',
    'pouze',
    'povolit',
    'výběr',
    'rozumím'
  ],
  tr: [
    'kabul',
    'et',
    'ediyorum',
    'tümünü',
    'hepsini',
    'reddet',
    'ayarları',
    'ayarlar',
    'kaydet',
    'tercihleri',
    'yönet',
    'gerekli',
    'istatistik',
    'pazarlama',
    'kapat',
    'daha',
    'fazla',
    'bilgi',
    've',
    'tamam',
    'anladım',
    'izin',
    'ver'
  ],
  ru: [
    'принять',
    'все',
    'принимаю',
    'отклонить',
    'настройки',
    'сохранить',
    'настроить',
    'управление',
    'согласен',
    'необходимые',
    'статистика',
    'маркетинг',
    'закрыть',
    'подробнее',
    'и',
    'только',
    'понятно',
    'хорошо',
    'ок',
    'я',
    'отказаться',
    'согласна'
  ],
  uk: [
    'прийняти',
    'всі',
    'усі',
    'приймаю',
    'відхилити',
    'налаштування',
    'зберегти',
    'налаштувати',
    'керування',
    'згоден',
    'необхідні',
    'статистика',
    'маркетинг',
    'закрити',
    'детальніше',
    'і',
    'та',
    'лише',
    'зрозуміло',
    'добре',
    'погоджуюсь',
    'погоджуюся',
    'я',
    'згодна'
  ],
  ja: [
    'すべて同意する',
    'すべて受け入れる',
    '同意する',
    '同意します',
    '同意',
    '拒否する',
    'すべて拒否',
    '拒否',
    '設定',
    '詳細',
    '閉じる',
    '保存',
    '必須',
    '許可',
    'すべて許可',
    '詳しく見る',
    '受け入れる',
    '全て同意する',
    'すべて拒否する',
    '同意して閉じる',
    '同意しない'
  ],
  zh: [
    '接受',
    '全部接受',
    '接受全部',
    '接受所有',
    '拒绝',
    '拒絕',
    '全部拒绝',
    '设置',
    '設定',
    '保存',
    '同意',
    '我同意',
    '关闭',
    '關閉',
    '必要',
    '了解更多',
    '管理',
    '确定',
    '確定',
    '允许',
    '允許',
    '我知道了',
    '同意并继续',
    '同意並繼續'
  ],
  ko: ['모두', '수락', '동의', '거부', '설정', '저장', '확인', '닫기', '필수', '허용', '관리', '자세히', '보기', '동의합니다'],
  id: [
    'terima',
    'semua',
    'tolak',
    'pengaturan',
    'simpan',
    'setuju',
    'saya',
    'kelola',
    'diperlukan',
    'tutup',
    'selengkapnya',
    'dan',
    'izinkan',
    'oke',
    'mengerti'
  ],
  vi: [
    'chấp',
    'nhận',
    'tất',
    'cả',
    'từ',
    'chối',
    'cài',
    'đặt',
    'lưu',
    'đồng',
    'ý',
    'tôi',
    'quản',
    'lý',
    'đóng',
    'tìm',
    'hiểu',
    'thêm',
    'và',
    'cho',
    'phép',
    'tùy',
    'chỉnh'
  ]
}

/**
 * Words that make a short line with a cookie word in it a banner control by
 * itself (`Accept all cookies`, `Cookie settings`, `Cookie-Einstellungen`,
 * `Política de cookies`, `Ustawienia plików cookie`, `쿠키 설정`), per
 * language, lower case. `Cookies` alone, or `Easy Cookie Recipes`, has none.
 *
 * ###### Notes
 * A run of Japanese or Chinese glued to `Cookie` is one word (`Cookie設定`),
 * so those compounds are listed whole, as are the Dutch and Scandinavian
 * compounds (`Cookiebeleid`), which are cookie words too.
 */
export const labelWords: Lexicon = {
  en: [
    'accept',
    'allow',
    'analytical',
    'analytics',
    'choices',
    'consent',
    'declaration',
    'decline',
    'disable',
    'enable',
    'essential',
    'functional',
    'gdpr',
    'manage',
    'marketing',
    'necessary',
    'notice',
    'performance',
    'policies',
    'policy',
    'preferences',
    'privacy',
    'reject',
    'required',
    'settings',
    'statement',
    'strictly',
    'targeting'
  ],
  de: [
    'akzeptieren',
    'akzeptiere',
    'ablehnen',
    'einstellungen',
    'richtlinie',
    'richtlinien',
    'hinweis',
    'erklärung',
    'verwaltung',
    'verwalten',
    'zulassen',
    'erlauben',
    'zustimmen',
    'zustimmung',
    'notwendige',
    'essenzielle',
    'datenschutz',
    'präferenzen',
    'auswahl',
    'einwilligung'
  ],
  fr: [
    'accepter',
    'accepte',
    'acceptez',
    'refuser',
    'paramètres',
    'paramétrer',
    'gestion',
    'gérer',
    'politique',
    'préférences',
    'personnaliser',
    'autoriser',
    'consentement',
    'nécessaires',
    'choix'
  ],
  es: [
    'aceptar',
    'acepto',
    'rechazar',
    'configurar',
    'configuración',
    'política',
    'políticas',
    'gestionar',
    'preferencias',
    'personalizar',
    'permitir',
    'consentimiento',
    'necesarias',
    'ajustes'
  ],
  it: [
    'accetta',
    'accetto',
    'accettare',
    'rifiuta',
    'impostazioni',
    'gestisci',
    'gestione',
    'preferenze',
    'personalizza',
    'consenso',
    'informativa',
    'necessari',
    'consenti'
  ],
  pt: [
    'aceitar',
    'aceito',
    'aceite',
    'rejeitar',
    'recusar',
    'configurações',
    'definições',
    'gerir',
    'gerenciar',
    'política',
    'preferências',
    'personalizar',
    'permitir',
    'consentimento',
    'necessários'
  ],
  nl: [
    'accepteren',
    'accepteer',
    'weigeren',
    'instellingen',
    'beleid',
    'beheren',
    'voorkeuren',
    'toestaan',
    'toestemming',
    'verklaring',
    'noodzakelijke',
    'cookiebeleid',
    'cookieinstellingen',
    'cookieverklaring',
    'cookievoorkeuren'
  ],
  pl: [
    'akceptuję',
    'akceptuj',
    'zaakceptuj',
    'odrzuć',
    'ustawienia',
    'polityka',
    'zarządzaj',
    'preferencje',
    'zgoda',
    'zgadzam',
    'niezbędne',
    'dostosuj',
    'zezwól'
  ],
  sv: [
    'acceptera',
    'godkänn',
    'avvisa',
    'neka',
    'inställningar',
    'hantera',
    'samtycke',
    'nödvändiga',
    'tillåt',
    'cookieinställningar',
    'cookiepolicy'
  ],
  da: [
    'accepter',
    'acceptér',
    'afvis',
    'indstillinger',
    'politik',
    'administrer',
    'tillad',
    'samtykke',
    'nødvendige',
    'cookiepolitik',
    'cookiepolitikken',
    'cookieindstillinger'
  ],
  nb: [
    'godta',
    'aksepter',
    'avvis',
    'innstillinger',
    'retningslinjer',
    'administrer',
    'tillat',
    'samtykke',
    'nødvendige',
    'cookieinnstillinger'
  ],
  cs: [
    'přijmout',
    'odmítnout',
    'nastavení',
    'zásady',
    'spravovat',
    'předvolby',
    'souhlas',
    'souhlasím',
    'povolit',
    'nezbytné'
  ],
  tr: [
    'kabul',
    'reddet',
    'ayarları',
    'ayarlar',
    'politikası',
    'yönet',
    'tercihleri',
    'izin',
    'onay',
    'gerekli',
    'aydınlatma'
  ],
  ru: [
    'принять',
    'принимаю',
    'отклонить',
    'настройки',
    'политика',
    'управление',
    'согласен',
    'согласие',
    'разрешить',
    'необходимые'
  ],
  uk: [
    'прийняти',
    'приймаю',
    'відхилити',
    'налаштування',
    'політика',
    'керування',
    'згоден',
    'згода',
    'дозволити',
    'необхідні'
  ],
  ja: ['cookie設定', 'クッキー設定', 'cookieポリシー', 'クッキーポリシー', '設定', '同意', '同意する', '同意します', '拒否', '拒否する', '許可', '受け入れる'],
  zh: ['cookie设置', 'cookie設定', 'cookie政策', 'cookie设定', '接受', '拒绝', '拒絕', '设置', '設定', '政策', '同意', '允许', '允許', '管理'],
  ko: ['설정', '정책', '동의', '허용', '거부', '수락', '관리'],
  id: ['terima', 'tolak', 'setuju', 'pengaturan', 'kebijakan', 'kelola', 'izinkan', 'persetujuan', 'diperlukan'],
  vi: ['chấp', 'nhận', 'chối', 'cài', 'đặt', 'chính', 'sách', 'quản', 'đồng']
}

/**
 * Other words of a short cookie button or link, per language, lower case
 * (`See the list of essential cookies`, `Powered by GDPR Cookie Compliance`,
 * `Gestion des cookies`, `Настройки файлов cookie`).
 */
export const extraWords: Lexicon = {
  en: [
    'banner',
    'by',
    'change',
    'compliance',
    'for',
    'info',
    'information',
    'list',
    'of',
    'open',
    'or',
    'our',
    'powered',
    'see',
    'set',
    'site',
    'the',
    'this',
    'to',
    'update',
    'use',
    'website',
    'your'
  ],
  de: [
    'der',
    'die',
    'das',
    'den',
    'von',
    'für',
    'zur',
    'zu',
    'unsere',
    'unserer',
    'ihre',
    'diese',
    'website',
    'webseite',
    'seite',
    'über',
    'mehr',
    'ändern',
    'anzeigen',
    'öffnen',
    'und'
  ],
  fr: [
    'de',
    'des',
    'du',
    'la',
    'le',
    'les',
    'nos',
    'notre',
    'vos',
    'votre',
    'sur',
    'ce',
    'site',
    'modifier',
    'mes',
    'à',
    'propos',
    'aux'
  ],
  es: [
    'de',
    'del',
    'la',
    'las',
    'los',
    'el',
    'mis',
    'nuestra',
    'sus',
    'su',
    'sitio',
    'web',
    'sobre',
    'modificar',
    'cambiar'
  ],
  it: ['di', 'dei', 'sui', 'sulla', 'la', 'le', 'il', 'i', 'nostra', 'tue', 'sito', 'modifica'],
  pt: ['de', 'dos', 'da', 'do', 'os', 'as', 'a', 'o', 'nossa', 'suas', 'site', 'alterar', 'sobre'],
  nl: ['de', 'het', 'van', 'onze', 'uw', 'je', 'over', 'wijzigen', 'site', 'website'],
  pl: ['plików', 'pliki', 'plikach', 'dotyczące', 'o', 'w', 'na', 'z', 'strony', 'serwisu', 'zmień'],
  sv: ['för', 'om', 'av', 'våra', 'dina', 'ändra', 'webbplatsen'],
  da: ['for', 'om', 'af', 'vores', 'dine', 'ændre', 'hjemmesiden'],
  nb: ['for', 'om', 'av', 'våre', 'dine', 'endre', 'nettstedet'],
  cs: ['souborů', 'soubory', 'o', 'pro', 'změnit', 'webu'],
  tr: ['hakkında', 'değiştir', 'web', 'sitesi'],
  ru: ['файлов', 'файлы', 'об', 'о', 'использовании', 'сайта', 'изменить'],
  uk: ['файлів', 'файли', 'про', 'використання', 'сайту', 'змінити'],
  id: ['tentang', 'situs', 'ubah'],
  vi: ['về', 'của', 'chúng', 'tôi', 'thay', 'đổi']
}

/**
 * The word cookie and its translations, per language, lower case: whole
 * words in scripts with spaces (`çerezleri`, `куки`, `informasjonskapsler`,
 * compounds such as `cookiebeleid`), and inside a run in Japanese and Korean
 * (`クッキーを`, `쿠키를`), where words are not spaced.
 *
 * ###### Notes
 * `Kakor` is also Swedish for cakes, `ciasteczka` Polish for biscuits: a line
 * with one is a banner only if it also says what only a banner says.
 */
export const cookieNames: Lexicon = {
  en: ['cookie', 'cookies'],
  nl: ['cookiebeleid', 'cookieinstellingen', 'cookieverklaring', 'cookievoorkeuren'],
  pl: ['ciasteczka', 'ciasteczek', 'ciasteczkach', 'ciasteczkami'],
  sv: ['kakor', 'kakorna', 'cookieinställningar', 'cookiepolicy'],
  da: ['cookiepolitik', 'cookiepolitikken', 'cookieindstillinger'],
  nb: ['informasjonskapsel', 'informasjonskapsler', 'informasjonskapslene', 'cookieinnstillinger'],
  tr: ['çerez', 'çerezler', 'çerezleri', 'çerezlere', 'çerezlerin', 'çerezlerle', 'çerezlerden'],
  ru: ['куки'],
  uk: ['куки', 'кукі'],
  ja: ['クッキー'],
  ko: ['쿠키']
}

/**
 * What only a cookie banner says, next to a cookie word, per language, lower
 * case (English has `bannerPhrase`): `we use` and `this site uses` (`Wir
 * verwenden Cookies`, `Ce site utilise des cookies`, `Używamy plików
 * cookie`, `Мы используем файлы cookie`, `当サイトではCookieを使用しています`),
 * `we and our partners` (the consent framework’s banner) and `by
 * continuing` or `you agree`.
 *
 * ###### Notes
 * Whole words, except in Japanese, Chinese and Korean, where they are found
 * inside a run. `We use` alone is prose; with a cookie word in the same
 * sentence it is the banner. The Japanese ones name the site (`当サイトでは`),
 * as `Cookieを使用しています` also tells news of other sites.
 */
export const bannerPhrases: Lexicon = {
  de: [
    'wir verwenden',
    'wir nutzen',
    'wir setzen',
    'diese website verwendet',
    'diese webseite verwendet',
    'diese seite verwendet',
    'diese website nutzt',
    'diese webseite nutzt',
    'diese seite nutzt',
    'durch die weitere nutzung',
    'stimmen sie',
    'sie stimmen',
    'erklären sie sich',
    'sind sie damit einverstanden',
    'sie akzeptieren',
    'wir und unsere partner',
    'verwenden wir',
    'nutzen wir',
    'setzen wir',
    'wir benutzen',
    'benutzen wir',
    'diese website benutzt',
    'diese webseite benutzt'
  ],
  fr: [
    'nous utilisons',
    'nous et nos partenaires',
    'ce site utilise',
    'ce site web utilise',
    'notre site utilise',
    'en poursuivant votre navigation',
    'en continuant',
    'en cliquant',
    'vous acceptez',
    'vous consentez'
  ],
  es: [
    'utilizamos',
    'usamos',
    'este sitio utiliza',
    'este sitio web utiliza',
    'este sitio usa',
    'esta web utiliza',
    'esta web usa',
    'esta página utiliza',
    'esta página web utiliza',
    'si continúa navegando',
    'si continúas navegando',
    'si sigues navegando',
    'al hacer clic',
    'aceptas el uso',
    'acepta el uso',
    'nosotros y nuestros socios',
    'este sitio web usa'
  ],
  it: [
    'utilizziamo',
    'usiamo',
    'questo sito utilizza',
    'questo sito web utilizza',
    'questo sito usa',
    'continuando a navigare',
    'proseguendo la navigazione',
    'cliccando su',
    'acconsenti',
    'noi e i nostri partner',
    'questo sito web usa',
    'questo sito fa uso di'
  ],
  pt: [
    'utilizamos',
    'usamos',
    'este site utiliza',
    'este site usa',
    'este website utiliza',
    'o nosso site utiliza',
    'nosso site usa',
    'ao continuar',
    'ao clicar',
    'você concorda',
    'concorda com',
    'nós e os nossos parceiros',
    'nós e nossos parceiros'
  ],
  nl: [
    'wij gebruiken',
    'we gebruiken',
    'deze site gebruikt',
    'deze website gebruikt',
    'deze webwinkel gebruikt',
    'door verder te gaan',
    'ga je akkoord',
    'gaat u akkoord',
    'wij en onze partners'
  ],
  pl: [
    'używamy',
    'wykorzystujemy',
    'stosujemy',
    'ta strona używa',
    'ta strona korzysta',
    'ta strona wykorzystuje',
    'serwis używa',
    'serwis wykorzystuje',
    'korzystając ze strony',
    'korzystając z serwisu',
    'wyrażasz zgodę',
    'my i nasi partnerzy',
    'serwis korzysta',
    'strona wykorzystuje'
  ],
  sv: [
    'vi använder',
    'den här webbplatsen använder',
    'denna webbplats använder',
    'webbplatsen använder',
    'genom att fortsätta',
    'genom att klicka',
    'du godkänner',
    'godkänner du',
    'du samtycker',
    'vi och våra partner'
  ],
  da: [
    'vi bruger',
    'vi anvender',
    'denne hjemmeside bruger',
    'hjemmesiden bruger',
    'dette websted bruger',
    'webstedet bruger',
    'ved at fortsætte',
    'ved at klikke',
    'du accepterer',
    'accepterer du',
    'du samtykker',
    'vi og vores partnere'
  ],
  nb: [
    'vi bruker',
    'vi benytter',
    'dette nettstedet bruker',
    'nettstedet bruker',
    'denne siden bruker',
    'ved å fortsette',
    'ved å klikke',
    'du godtar',
    'godtar du',
    'du samtykker',
    'vi og våre partnere'
  ],
  cs: [
    'používáme',
    'využíváme',
    'tento web používá',
    'tento web využívá',
    'tyto stránky používají',
    'kliknutím na',
    'souhlasíte',
    'my a naši partneři',
    'tyto webové stránky používají'
  ],
  tr: [
    'kullanıyoruz',
    'kullanmaktayız',
    'sitemizde',
    'sitemizdeki',
    'kabul etmiş olursunuz',
    'kabul etmiş sayılırsınız',
    'onay vermiş olursunuz',
    'biz ve iş ortaklarımız'
  ],
  ru: [
    'мы используем',
    'этот сайт использует',
    'сайт использует',
    'продолжая использовать',
    'продолжая пользоваться',
    'вы соглашаетесь',
    'вы даете согласие',
    'вы даёте согласие',
    'мы и наши партнеры',
    'мы и наши партнёры',
    'наш сайт использует'
  ],
  uk: [
    'ми використовуємо',
    'цей сайт використовує',
    'сайт використовує',
    'продовжуючи',
    'ви погоджуєтеся',
    'ви погоджуєтесь',
    'ви даєте згоду',
    'ми та наші партнери',
    'наш сайт використовує'
  ],
  ja: ['当サイトでは', '当サイトは', '本サイトでは', '本サイトは', '当ウェブサイトでは', '本ウェブサイトでは', '同意したものとみなされます', '同意したものとみなします'],
  zh: ['我们使用', '我們使用', '本网站使用', '本網站使用', '本站使用', '继续浏览', '繼續瀏覽', '即表示您同意', '即表示您接受', '即表示你同意'],
  ko: ['이 웹사이트는', '이 사이트는', '본 사이트는', '본 웹사이트는', '당사는', '동의하는 것으로 간주'],
  id: [
    'kami menggunakan',
    'situs ini menggunakan',
    'situs web ini menggunakan',
    'website ini menggunakan',
    'dengan melanjutkan',
    'dengan mengklik',
    'anda menyetujui',
    'kami dan mitra kami'
  ],
  vi: [
    'chúng tôi sử dụng',
    'trang web này sử dụng',
    'website này sử dụng',
    'bằng cách tiếp tục',
    'bằng cách nhấp',
    'bạn đồng ý',
    'chúng tôi và các đối tác'
  ]
}

/**
 * What only a cookie banner says, next to the word cookie: `We use
 * cookies…`, `This website uses cookies`, `By continuing to use this site`,
 * `you agree to our use of cookies`, `Google Analytics sets this cookie`,
 * `The cookie is used to store…` (the other languages are in
 * `bannerPhrases`).
 */
export const bannerPhrase =
  /\bwe(?: and our (?:\d+ )?(?:partners|vendors))?(?: also)? (?:use|are using|store|serve|may use|place|set)\b|\b(?:this|our) (?:web ?site|site|store|blog|page|product|platform)s? (?:uses?|is using|stores?)\b|\bby (?:continuing|clicking|using|browsing|choosing|accepting|closing|navigating|scrolling|selecting|staying)\b|\byou (?:agree|consent|accept|are agreeing|are consenting|are accepting|have consented)\b|\b(?:sets?|installs?|places?) (?:this|the) cookie\b|\b(?:this|the) cookies? (?:is|are|was|will be) (?:used|set|named|stored)\b/iu

/**
 * A cookie control named in a sentence (`adjust your cookie settings`,
 * `see our Cookie Policy`): a banner when the sentence also speaks to the
 * reader or for the site.
 */
export const policyPhrase = /\bcookies? (?:policy|policies|settings|preferences|consent|notice|statement|declaration)\b/iu

/**
 * Who a banner speaks for or to (not `us`, which every `Contact us` link
 * has).
 */
export const voice = /\b(?:we|we're|our|you|your|you're)\b|\bthis (?:web ?)?(?:site|website|store|page)\b/iu

/**
 * Consent text that does not say `cookie`: `If you continue to use this site
 * we will assume that you are happy with it.`
 */
export const consentPhrase =
  /\bif you continue (?:to use|using|browsing) this (?:web ?)?site\b|\bwe will assume that you are (?:happy|ok|okay)\b/iu

/**
 * Consent text that does not say `cookie`, in the languages other than
 * English (`consentPhrase`), per language, lower case: `if you continue to
 * use this site` and `we will assume that you are happy with it` as the
 * banners of WordPress sites translate them (`Wenn Sie diese Website
 * weiterhin nutzen…`, `Si vous continuez à utiliser ce site…`).
 *
 * ###### Notes
 * Both halves speak to the reader about this site; news reports neither.
 */
export const consentPhrases: Lexicon = {
  de: ['wenn sie diese website weiterhin nutzen', 'wenn sie diese seite weiterhin nutzen', 'wenn du diese website weiterhin nutzt', 'dass sie damit zufrieden sind'],
  fr: ['si vous continuez à utiliser ce site', 'nous supposerons que vous en êtes satisfait'],
  es: [
    'si continúas usando este sitio',
    'si continúa usando este sitio',
    'si continúas utilizando este sitio',
    'si continúa utilizando este sitio',
    'asumiremos que estás de acuerdo',
    'asumiremos que está de acuerdo'
  ],
  it: ['se continui ad utilizzare questo sito', 'se continui a utilizzare questo sito', 'assumiamo che tu ne sia felice'],
  pt: ['se continuar a usar este site', 'se continuar a utilizar este site', 'se você continuar a usar este site', 'vamos assumir que está satisfeito', 'assumiremos que você está satisfeito'],
  nl: ['als je doorgaat met het gebruiken van deze site', 'als u doorgaat met het gebruiken van deze site', 'gaan we ervan uit dat je ermee instemt', 'gaan we ervan uit dat u ermee instemt'],
  pl: ['jeśli będziesz nadal korzystać z tej witryny', 'jeśli nadal będziesz korzystać z tej strony'],
  sv: ['om du fortsätter att använda den här webbplatsen', 'om du fortsätter att använda denna webbplats'],
  da: ['hvis du fortsætter med at bruge denne hjemmeside', 'hvis du fortsætter med at bruge dette websted'],
  nb: ['hvis du fortsetter å bruke dette nettstedet', 'hvis du fortsetter å bruke denne siden'],
  cs: ['pokud budete nadále používat tento web', 'pokud budete pokračovat v používání tohoto webu'],
  tr: ['bu siteyi kullanmaya devam ederseniz'],
  ru: ['если вы продолжите использовать этот сайт', 'если вы продолжите пользоваться сайтом'],
  uk: ['якщо ви продовжите використовувати цей сайт', 'якщо ви продовжите користуватися сайтом'],
  ja: ['このサイトを引き続き使用する場合', '引き続き当サイトをご利用いただく場合'],
  zh: ['如果您继续使用本网站', '如果您繼續使用本網站', '如果您继续使用本站'],
  ko: ['이 사이트를 계속 사용하시면', '이 사이트를 계속 이용하시면'],
  id: ['jika anda terus menggunakan situs ini', 'jika anda melanjutkan menggunakan situs ini'],
  vi: ['nếu bạn tiếp tục sử dụng trang web này']
}

/**
 * What a sentence inside a banner says about cookies (`Necessary cookies are
 * absolutely essential for the website to function properly.`): banner text
 * only next to a clear banner line.
 */
export const technical =
  /\b(?:web ?site|site|sites|browser|browsing|consent|gdpr|privacy|tracking|tracks?|analytics|analytical|third[- ]party|personal data|preferences|settings|opt[- ]out|session|device|pixel|plugin|visitors?|users?|advertis\w*|marketing|functionality|functionalities|cookie policy)\b/iu

/**
 * How a consent box describes its kinds of storage without the word cookie,
 * per language, lower case: the words of the ePrivacy Directive that
 * WordPress consent plugins print under each toggle (`The technical storage
 * or access is strictly necessary for the legitimate purpose of…`, `Die
 * technische Speicherung oder der Zugriff…`, `Le stockage ou l’accès
 * technique…`).
 *
 * ###### Notes
 * Banner text only inside a banner: a line that says this is stripped only
 * in a run of banner lines that holds an anchor.
 */
export const purposePhrases: Lexicon = {
  en: ['the technical storage or access'],
  de: ['die technische speicherung oder der zugriff', 'die technische speicherung oder der zugang'],
  fr: ["le stockage ou l'accès technique", 'le stockage ou l’accès technique'],
  es: ['el almacenamiento o acceso técnico', 'el almacenamiento o el acceso técnico'],
  it: ["l'archiviazione tecnica o l'accesso", 'l’archiviazione tecnica o l’accesso'],
  pt: ['o armazenamento ou acesso técnico', 'o armazenamento técnico ou acesso'],
  nl: ['de technische opslag of toegang'],
  pl: ['techniczne przechowywanie lub dostęp', 'przechowywanie lub dostęp techniczny'],
  sv: ['den tekniska lagringen eller åtkomsten'],
  da: ['den tekniske lagring eller adgang'],
  nb: ['den tekniske lagringen eller tilgangen'],
  cs: ['technické uložení nebo přístup']
}

/**
 * A cookie’s name in the table of a banner: `viewed_cookie_policy`,
 * `cookielawinfo-checkbox-necessary`, `_ga`, `_hjSession_*`, `vuid`.
 */
export const cookieName = /^[_a-z][\w*.-]{0,59}$/u

/**
 * A cookie’s lifetime in the table of a banner: `11 months`, `1 year 1 month
 * 4 days`, `session`.
 */
export const lifetime =
  /^(?:\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s?)+$|^(?:session|persistent|never|past)$/iu

/**
 * Whole lines of the consent box a site puts where an embedded post, video
 * or chart would be until the reader agrees (`Externen Inhalt anzeigen`,
 * `Load external content`, `Afficher le contenu externe`), lower case,
 * without their closing punctuation.
 *
 * ###### Notes
 * Labels and buttons only: a sentence about external content has more words.
 */
export const embedLines: Lexicon = {
  en: [
    'allow external content',
    'external content',
    'load external content',
    'recommended editorial content',
    'show external content'
  ],
  de: [
    'datenschutzeinstellungen anpassen',
    'ein klick für den datenschutz',
    'empfohlener externer inhalt',
    'empfohlener redaktioneller inhalt',
    'externe inhalte',
    'externe inhalte aktivieren',
    'externe inhalte anzeigen',
    'externe inhalte laden',
    'externer inhalt',
    'externen inhalt aktivieren',
    'externen inhalt anzeigen',
    'externen inhalt laden'
  ],
  fr: [
    'afficher le contenu externe',
    'afficher les contenus externes',
    'charger le contenu externe',
    'contenu externe',
    'contenus externes'
  ],
  es: ['cargar contenido externo', 'contenido externo', 'mostrar contenido externo'],
  it: ['carica contenuto esterno', 'contenuti esterni', 'contenuto esterno', 'mostra contenuto esterno'],
  pt: ['carregar conteúdo externo', 'conteúdo externo', 'mostrar conteúdo externo'],
  nl: ['externe content laden', 'externe inhoud', 'externe inhoud laden', 'externe inhoud tonen', 'toon externe inhoud'],
  pl: ['pokaż treści zewnętrzne', 'treści zewnętrzne', 'treść zewnętrzna', 'załaduj treści zewnętrzne'],
  sv: ['externt innehåll', 'ladda externt innehåll', 'visa externt innehåll'],
  da: ['eksternt indhold', 'indlæs eksternt indhold', 'vis eksternt indhold'],
  nb: ['eksternt innhold', 'last inn eksternt innhold', 'vis eksternt innhold'],
  cs: ['externí obsah', 'načíst externí obsah', 'zobrazit externí obsah'],
  tr: ['harici içerik', 'harici içeriği göster', 'harici içeriği yükle'],
  ru: ['внешний контент', 'загрузить внешний контент', 'показать внешний контент'],
  uk: ['завантажити зовнішній контент', 'зовнішній контент', 'показати зовнішній контент'],
  ja: ['外部コンテンツ', '外部コンテンツを表示', '外部コンテンツを表示する', '外部コンテンツを読み込む'],
  zh: ['加载外部内容', '外部内容', '显示外部内容', '顯示外部內容'],
  ko: ['외부 콘텐츠', '외부 콘텐츠 보기', '외부 콘텐츠 불러오기', '외부 콘텐츠 표시'],
  id: ['konten eksternal', 'muat konten eksternal', 'tampilkan konten eksternal'],
  vi: ['hiển thị nội dung bên ngoài', 'nội dung bên ngoài', 'tải nội dung bên ngoài']
}

/**
 * How the sentences of such a consent box start, lower case (`Ich bin damit
 * einverstanden, dass mir externe Inhalte angezeigt werden.`, `An dieser
 * Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen
 * Inhalt`, `I agree to external content being displayed.`), and the start
 * of a glued label row (`Infografiken anzeigenDatenschutzeinstellungen
 * anpassen`).
 */
export const embedStarts: Lexicon = {
  en: [
    'i agree to external content being displayed',
    'i agree to the display of external content',
    'i consent to external content being displayed',
    'i consent to the display of external content'
  ],
  de: [
    'an dieser stelle finden sie einen externen inhalt',
    'an dieser stelle finden sie einen von unseren redakteuren ausgewählten',
    'an dieser stelle findest du einen externen inhalt',
    'damit können personenbezogene daten an drittplattformen übermittelt werden',
    'ich bin damit einverstanden, dass mir der externe inhalt angezeigt wird',
    'ich bin damit einverstanden, dass mir externe inhalte angezeigt werden',
    'infografiken anzeigen'
  ],
  fr: ["j'accepte l'affichage de contenus externes", "j'accepte que des contenus externes me soient affichés"],
  es: ['acepto que se muestre contenido externo', 'acepto que se me muestren contenidos externos'],
  it: ['acconsento alla visualizzazione di contenuti esterni', 'accetto che vengano visualizzati contenuti esterni'],
  pt: ['aceito que me sejam mostrados conteúdos externos', 'concordo com a exibição de conteúdo externo'],
  nl: ['ik ga ermee akkoord dat externe inhoud wordt getoond', 'ik ga akkoord met het tonen van externe inhoud'],
  pl: ['zgadzam się na wyświetlanie treści zewnętrznych'],
  sv: ['jag godkänner att externt innehåll visas'],
  da: ['jeg accepterer, at eksternt indhold vises'],
  nb: ['jeg godtar at eksternt innhold vises'],
  cs: ['souhlasím se zobrazením externího obsahu'],
  tr: ['harici içeriğin gösterilmesini kabul ediyorum'],
  ru: ['я согласен на отображение внешнего контента'],
  uk: ['я погоджуюся на показ зовнішнього контенту'],
  ja: ['外部コンテンツの表示に同意します'],
  zh: ['我同意显示外部内容'],
  ko: ['외부 콘텐츠 표시에 동의합니다'],
  id: ['saya setuju konten eksternal ditampilkan'],
  vi: ['tôi đồng ý hiển thị nội dung bên ngoài']
}
