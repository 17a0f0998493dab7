import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {page} from './headings.js'

/**
 * A cookie banner in each language: its sentence and two buttons.
 */
const banners: Readonly<Record<LanguageCode, readonly [string, string, string]>> = {
  en: ['We use cookies to give you the best experience on our website.', 'Accept all', 'Reject all'],
  de: ['Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.', 'Alle akzeptieren', 'Einstellungen'],
  fr: ['Ce site utilise des cookies pour améliorer votre expérience de navigation.', 'Tout accepter', 'Tout refuser'],
  es: ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios.', 'Aceptar todas', 'Configurar cookies'],
  it: ['Questo sito utilizza cookie tecnici e di profilazione.', 'Accetta tutti', 'Rifiuta'],
  pt: ['Este site utiliza cookies para melhorar a sua experiência de navegação.', 'Aceitar todos', 'Rejeitar'],
  nl: ['Wij gebruiken cookies om onze website te verbeteren.', 'Alle cookies accepteren', 'Weigeren'],
  pl: ['Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu.', 'Akceptuję', 'Ustawienia plików cookie'],
  sv: ['Vi använder cookies för att ge dig en bättre upplevelse på webbplatsen.', 'Acceptera alla', 'Hantera inställningar'],
  da: ['Vi bruger cookies for at give dig den bedste oplevelse på hjemmesiden.', 'Accepter alle', 'Afvis'],
  nb: ['Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.', 'Godta alle', 'Avvis'],
  cs: ['Tento web používá soubory cookie ke zlepšení vašeho zážitku.', 'Přijmout vše', 'Odmítnout'],
  tr: ['Size daha iyi bir deneyim sunmak için çerezler kullanıyoruz.', 'Tümünü kabul et', 'Reddet'],
  ru: ['Мы используем файлы cookie, чтобы сайт работал лучше.', 'Принять все', 'Отклонить'],
  uk: ['Ми використовуємо файли cookie, щоб покращити роботу сайту.', 'Прийняти всі', 'Відхилити'],
  ja: ['当サイトではサービス向上のためにCookieを使用しています。', 'すべて同意する', 'Cookie設定'],
  zh: ['本网站使用Cookie来改善您的浏览体验。', '全部接受', '拒绝'],
  ko: ['이 웹사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.', '모두 수락', '쿠키 설정'],
  id: ['Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.', 'Terima semua', 'Tolak'],
  vi: ['Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.', 'Chấp nhận tất cả', 'Từ chối'],
  ar: ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.', 'قبول الكل', 'رفض الكل'],
  fa: ['ما از کوکی‌ها برای بهبود تجربه شما در وب‌سایت استفاده می‌کنیم.', 'پذیرش همه', 'تنظیمات کوکی‌ها'],
  el: ['Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη εμπειρία στον ιστότοπό μας.', 'Αποδοχή όλων', 'Απόρριψη'],
  ro: ['Acest site folosește cookie-uri pentru a vă oferi o experiență de navigare mai bună.', 'Acceptă toate', 'Setări cookie-uri'],
  hu: ['Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.', 'Elfogadom', 'Süti beállítások'],
  he: ['אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.', 'קבל הכל', 'הגדרות עוגיות'],
  hi: ['यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।', 'सहमत', 'Cookie Settings'],
  th: ['เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดให้แก่คุณ', 'ตกลง', 'Cookie Settings'],
  fi: ['Käytämme evästeitä parantaaksemme käyttökokemustasi sivustollamme.', 'Hyväksy kaikki', 'Evästeasetukset'],
  bg: ['Този сайт използва бисквитки, за да подобри вашето потребителско изживяване.', 'Приеми всички', 'Настройки на бисквитките']
}

/**
 * The consent box of embedded content in each language: its button.
 */
const embeds: Readonly<Record<LanguageCode, string>> = {
  en: 'Load external content',
  de: 'Externen Inhalt anzeigen',
  fr: 'Afficher le contenu externe',
  es: 'Mostrar contenido externo',
  it: 'Mostra contenuto esterno',
  pt: 'Mostrar conteúdo externo',
  nl: 'Externe inhoud tonen',
  pl: 'Pokaż treści zewnętrzne',
  sv: 'Visa externt innehåll',
  da: 'Vis eksternt indhold',
  nb: 'Vis eksternt innhold',
  cs: 'Zobrazit externí obsah',
  tr: 'Harici içeriği göster',
  ru: 'Показать внешний контент',
  uk: 'Показати зовнішній контент',
  ja: '外部コンテンツを表示',
  zh: '显示外部内容',
  ko: '외부 콘텐츠 표시',
  id: 'Tampilkan konten eksternal',
  vi: 'Hiển thị nội dung bên ngoài',
  ar: 'عرض المحتوى الخارجي',
  fa: 'نمایش محتوای خارجی',
  el: 'Εμφάνιση εξωτερικού περιεχομένου',
  ro: 'Afișează conținutul extern',
  hu: 'Külső tartalom megjelenítése',
  he: 'הצג תוכן חיצוני',
  hi: 'बाहरी सामग्री दिखाएं',
  th: 'แสดงเนื้อหาภายนอก',
  fi: 'Näytä ulkoinen sisältö',
  bg: 'Покажи външно съдържание'
}

describe('consent boxes of embedded content in 30 languages', function () {
  it.each(languageCodes)('should strip the consent box of a page in %s as `cookie-embed`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code, [embeds[code]]))
    expect(result.stripped.find((item) => item.actual === embeds[code])?.ruleId).toBe('cookie-embed')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })
})

describe('cookie banners in 30 languages', function () {
  it.each(languageCodes)('should strip the cookie banner of a page in %s as `cookie`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code, banners[code]))
    for (const line of banners[code]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('cookie')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'pl', 'ja'] as const)('should keep it in %s with `cookie` off', function (code) {
    const result = clean(page(code, banners[code]), {rules: {cookie: false}})
    expect(result.text).toContain(banners[code][0])
  })
})
