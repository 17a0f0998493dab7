import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'

/**
 * Per language: a headline, a newsletter prompt, and a paywall or sign-up
 * line.
 */
const pages: Readonly<Record<LanguageCode, readonly [string, string, string]>> = {
  en: ['Library opens in old station', 'Sign up for our daily newsletter', 'This content is reserved for subscribers only'],
  de: ['Bibliothek im alten Bahnhof eröffnet', 'Abonnieren Sie unseren Newsletter', 'Dieser Artikel ist nur für Abonnenten'],
  fr: ['Une bibliothèque dans l’ancienne gare', 'Inscrivez-vous à notre newsletter', 'Article réservé aux abonnés'],
  es: ['Una biblioteca en la antigua estación', 'Suscríbete a nuestro boletín', 'Contenido exclusivo para suscriptores'],
  it: ['Una biblioteca nella vecchia stazione', 'Iscriviti alla nostra newsletter', 'Articolo riservato agli abbonati'],
  pt: ['Biblioteca abre na antiga estação', 'Assine a nossa newsletter', 'Conteúdo exclusivo para assinantes'],
  nl: ['Bibliotheek opent in oud station', 'Schrijf je in voor onze nieuwsbrief', 'Dit artikel is alleen voor abonnees'],
  pl: ['Biblioteka w starym dworcu', 'Zapisz się do naszego newslettera', 'Zaloguj się, aby czytać dalej'],
  sv: ['Bibliotek öppnar i gamla stationen', 'Prenumerera på vårt nyhetsbrev', 'Denna artikel är endast för prenumeranter'],
  da: ['Bibliotek åbner i den gamle station', 'Tilmeld dig vores nyhedsbrev', 'Denne artikel er kun for abonnenter'],
  nb: ['Bibliotek åpner i den gamle stasjonen', 'Meld deg på vårt nyhetsbrev', 'Denne artikkelen er kun for abonnenter'],
  cs: ['Knihovna ve staré stanici', 'Přihlaste se k odběru novinek', 'Tento článek je pouze pro předplatitele'],
  tr: ['Eski istasyonda kütüphane açıldı', 'Bültenimize abone olun', 'Bu içerik sadece abonelere özel'],
  ru: ['Библиотека открылась в старом вокзале', 'Подпишитесь на нашу рассылку', 'Этот материал доступен только подписчикам'],
  uk: ['Бібліотека відкрилася в старому вокзалі', 'Підпишіться на нашу розсилку', 'Цей матеріал доступний лише для передплатників'],
  ja: ['旧駅舎に図書館が開館', 'ニュースレターに登録', 'この記事は有料会員限定です。'],
  zh: ['旧火车站里开了新图书馆', '订阅我们的新闻通讯', '本文为付费内容'],
  ko: ['옛 역사에 도서관 개관', '뉴스레터 구독', '유료 회원 전용 기사입니다'],
  id: ['Perpustakaan dibuka di stasiun lama', 'Berlangganan newsletter', 'Artikel ini khusus pelanggan'],
  vi: ['Thư viện mở cửa trong nhà ga cũ', 'Đăng ký nhận bản tin', 'Bài viết này dành riêng cho thành viên'],
  ar: ['افتتاح مكتبة في المحطة القديمة', 'اشترك في النشرة البريدية', 'هذا المحتوى للمشتركين فقط'],
  fa: ['افتتاح کتابخانه در ایستگاه قدیمی', 'در خبرنامه ما عضو شوید', 'این مطلب فقط برای مشترکین است'],
  el: ['Βιβλιοθήκη στον παλιό σταθμό', 'Εγγραφείτε στο newsletter μας', 'Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές'],
  ro: ['Bibliotecă nouă în vechea gară', 'Abonează-te la newsletter-ul nostru', 'Acest articol este disponibil doar pentru abonați'],
  hu: ['Könyvtár nyílt a régi állomáson', 'Iratkozzon fel hírlevelünkre', 'Ez a tartalom csak előfizetőknek elérhető'],
  he: ['התחנה הישנה הפכה לספרייה', 'הירשמו לניוזלטר שלנו', 'כתבה זו זמינה למנויים בלבד'],
  hi: ['पुराना स्टेशन बना पुस्तकालय', 'हमारे न्यूज़लेटर के लिए साइन अप करें', 'यह लेख केवल सब्सक्राइबर्स के लिए है'],
  th: ['สถานีเก่ากลายเป็นห้องสมุด', 'สมัครรับจดหมายข่าว', 'บทความนี้สำหรับสมาชิกเท่านั้น'],
  fi: ['Vanha asema muuttui kirjastoksi', 'Tilaa uutiskirjeemme', 'Tämä artikkeli on vain tilaajille'],
  bg: ['Старата гара стана библиотека', 'Абонирайте се за нашия бюлетин', 'Тази статия е достъпна само за абонати']
}

describe('subscribe debris in 30 languages', function () {
  it.each(languageCodes)('should strip the sign-up lines of a page in %s as `subscribe`, and keep its article', function (code) {
    const [headline, prompt, wall] = pages[code]
    const [first, second] = prose[code]
    const result = clean([headline, first, prompt, second, wall].join('\n\n'))
    for (const line of [prompt, wall]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('subscribe')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'pl', 'ja', 'ru'] as const)('should keep them in %s with `subscribe` off', function (code) {
    const [headline, prompt, wall] = pages[code]
    const [first, second] = prose[code]
    const result = clean([headline, first, prompt, second, wall].join('\n\n'), {rules: {subscribe: false}})
    expect(result.text).toContain(prompt)
  })
})
