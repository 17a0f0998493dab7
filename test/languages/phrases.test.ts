import {clean} from '../../src/index.js'
import type {Category} from '../../src/types.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'

/**
 * Whole lines of page chrome in each language: a row between the
 * paragraphs (navigation, share, subscribe, advert) and a footer of
 * navigation links, with the category each must be stripped as.
 */
const chromeForTest: Readonly<
  Record<LanguageCode, {row: ReadonlyArray<readonly [string, Category]>; footer: ReadonlyArray<string>}>
> = {
  en: {
    row: [
      ['Skip to main content', 'navigation'],
      ['Share this article', 'share'],
      ['Sign up for our newsletter', 'subscribe'],
      ['Story continues below advertisement', 'advert']
    ],
    footer: ['About us', 'Contact us', 'Privacy Policy', 'Terms of use']
  },
  de: {
    row: [
      ['Zum Inhalt springen', 'navigation'],
      ['Link kopieren', 'share'],
      ['Jetzt abonnieren', 'subscribe'],
      ['Anzeige', 'advert']
    ],
    footer: ['Impressum', 'Datenschutzerklärung', 'Nutzungsbedingungen', 'Kontakt']
  },
  fr: {
    row: [
      ['Aller au contenu principal', 'navigation'],
      ['Copier le lien', 'share'],
      ['Abonnez-vous', 'subscribe'],
      ['Publicité', 'advert']
    ],
    footer: ['Mentions légales', 'Politique de confidentialité', 'Plan du site', 'Nous contacter']
  },
  es: {
    row: [
      ['Saltar al contenido', 'navigation'],
      ['Copiar enlace', 'share'],
      ['Suscríbete', 'subscribe'],
      ['Publicidad', 'advert']
    ],
    footer: ['Aviso legal', 'Política de privacidad', 'Mapa del sitio', 'Contacto']
  },
  it: {
    row: [
      ['Vai al contenuto', 'navigation'],
      ['Copia link', 'share'],
      ['Abbonati', 'subscribe'],
      ['Pubblicità', 'advert']
    ],
    footer: ['Chi siamo', 'Contatti', 'Note legali', 'Mappa del sito']
  },
  pt: {
    row: [
      ['Ir para o conteúdo', 'navigation'],
      ['Copiar link', 'share'],
      ['Assine já', 'subscribe'],
      ['Publicidade', 'advert']
    ],
    footer: ['Quem somos', 'Fale conosco', 'Política de privacidade', 'Termos de uso']
  },
  nl: {
    row: [
      ['Ga naar inhoud', 'navigation'],
      ['Link kopiëren', 'share'],
      ['Abonneer nu', 'subscribe'],
      ['Advertentie', 'advert']
    ],
    footer: ['Over ons', 'Colofon', 'Privacybeleid', 'Algemene voorwaarden']
  },
  pl: {
    row: [
      ['Przejdź do treści', 'navigation'],
      ['Kopiuj link', 'share'],
      ['Subskrybuj', 'subscribe'],
      ['Reklama', 'advert']
    ],
    footer: ['O nas', 'Kontakt', 'Polityka prywatności', 'Regulamin']
  },
  sv: {
    row: [
      ['Hoppa till innehåll', 'navigation'],
      ['Kopiera länk', 'share'],
      ['Prenumerera', 'subscribe'],
      ['Annons', 'advert']
    ],
    footer: ['Om oss', 'Kontakta oss', 'Integritetspolicy', 'Användarvillkor']
  },
  da: {
    row: [
      ['Spring til indhold', 'navigation'],
      ['Kopiér link', 'share'],
      ['Tilmeld nyhedsbrev', 'subscribe'],
      ['Annonce', 'advert']
    ],
    footer: ['Om os', 'Kontakt os', 'Privatlivspolitik', 'Vilkår og betingelser']
  },
  nb: {
    row: [
      ['Hopp til innhold', 'navigation'],
      ['Kopier lenke', 'share'],
      ['Bli abonnent', 'subscribe'],
      ['Annonse', 'advert']
    ],
    footer: ['Om oss', 'Kontakt oss', 'Personvernerklæring', 'Brukervilkår']
  },
  cs: {
    row: [
      ['Přejít na obsah', 'navigation'],
      ['Kopírovat odkaz', 'share'],
      ['Přihlásit k odběru', 'subscribe'],
      ['Reklama', 'advert']
    ],
    footer: ['O nás', 'Kontakty', 'Ochrana osobních údajů', 'Podmínky použití']
  },
  tr: {
    row: [
      ['Başa dön', 'navigation'],
      ['Linki kopyala', 'share'],
      ['Abone ol', 'subscribe'],
      ['Reklam', 'advert']
    ],
    footer: ['Hakkımızda', 'Künye', 'Gizlilik Politikası', 'Kullanım Koşulları']
  },
  ru: {
    row: [
      ['Перейти к содержанию', 'navigation'],
      ['Скопировать ссылку', 'share'],
      ['Подписаться', 'subscribe'],
      ['Реклама', 'advert']
    ],
    footer: ['О нас', 'Контакты', 'Политика конфиденциальности', 'Карта сайта']
  },
  uk: {
    row: [
      ['Перейти до вмісту', 'navigation'],
      ['Копіювати посилання', 'share'],
      ['Підписатися', 'subscribe'],
      ['Реклама', 'advert']
    ],
    footer: ['Про нас', 'Контакти', 'Політика конфіденційності', 'Умови використання']
  },
  ja: {
    row: [
      ['目次', 'navigation'],
      ['リンクをコピー', 'share'],
      ['購読する', 'subscribe'],
      ['広告', 'advert']
    ],
    footer: ['会社概要', 'お問い合わせ', 'プライバシーポリシー', '利用規約']
  },
  zh: {
    row: [
      ['返回首页', 'navigation'],
      ['复制链接', 'share'],
      ['订阅', 'subscribe'],
      ['广告', 'advert']
    ],
    footer: ['关于我们', '联系我们', '隐私政策', '使用条款']
  },
  ko: {
    row: [
      ['본문 바로가기', 'navigation'],
      ['링크 복사', 'share'],
      ['구독하기', 'subscribe'],
      ['광고', 'advert']
    ],
    footer: ['회사소개', '이용약관', '개인정보처리방침', '사이트맵']
  },
  id: {
    row: [
      ['Lewati ke konten', 'navigation'],
      ['Salin link', 'share'],
      ['Berlangganan', 'subscribe'],
      ['Iklan', 'advert']
    ],
    footer: ['Tentang Kami', 'Redaksi', 'Pedoman Media Siber', 'Kebijakan Privasi']
  },
  vi: {
    row: [
      ['Về đầu trang', 'navigation'],
      ['Sao chép liên kết', 'share'],
      ['Đăng ký nhận tin', 'subscribe'],
      ['Quảng cáo', 'advert']
    ],
    footer: ['Về chúng tôi', 'Liên hệ', 'Chính sách bảo mật', 'Điều khoản sử dụng']
  },
  ar: {
    row: [
      ['انتقل إلى المحتوى', 'navigation'],
      ['نسخ الرابط', 'share'],
      ['اشترك الآن', 'subscribe'],
      ['إعلان', 'advert']
    ],
    footer: ['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام']
  },
  fa: {
    row: [
      ['پرش به محتوا', 'navigation'],
      ['کپی لینک', 'share'],
      ['عضویت در خبرنامه', 'subscribe'],
      ['رپورتاژ آگهی', 'advert']
    ],
    footer: ['درباره ما', 'تماس با ما', 'حریم خصوصی', 'نقشه سایت']
  },
  el: {
    row: [
      ['Μετάβαση στο περιεχόμενο', 'navigation'],
      ['Αντιγραφή συνδέσμου', 'share'],
      ['Γίνε συνδρομητής', 'subscribe'],
      ['Διαφήμιση', 'advert']
    ],
    footer: ['Ποιοι είμαστε', 'Επικοινωνία', 'Πολιτική απορρήτου', 'Όροι χρήσης']
  },
  ro: {
    row: [
      ['Sari la conținut', 'navigation'],
      ['Copiază linkul', 'share'],
      ['Abonează-te', 'subscribe'],
      ['Publicitate', 'advert']
    ],
    footer: ['Despre noi', 'Contact', 'Politica de confidențialitate', 'Termeni și condiții']
  },
  hu: {
    row: [
      ['Ugrás a tartalomhoz', 'navigation'],
      ['Link másolása', 'share'],
      ['Feliratkozás', 'subscribe'],
      ['Hirdetés', 'advert']
    ],
    footer: ['Impresszum', 'Kapcsolat', 'Adatvédelmi tájékoztató', 'Felhasználási feltételek']
  },
  he: {
    row: [
      ['דלג לתוכן', 'navigation'],
      ['העתק קישור', 'share'],
      ['הירשמו לניוזלטר', 'subscribe'],
      ['פרסומת', 'advert']
    ],
    footer: ['אודות', 'צור קשר', 'מדיניות פרטיות', 'תנאי שימוש']
  },
  hi: {
    row: [
      ['सामग्री पर जाएँ', 'navigation'],
      ['लिंक कॉपी करें', 'share'],
      ['सब्सक्राइब करें', 'subscribe'],
      ['विज्ञापन', 'advert']
    ],
    footer: ['हमारे बारे में', 'संपर्क करें', 'गोपनीयता नीति', 'नियम और शर्तें']
  },
  th: {
    row: [
      ['ข้ามไปยังเนื้อหา', 'navigation'],
      ['คัดลอกลิงก์', 'share'],
      ['สมัครรับจดหมายข่าว', 'subscribe'],
      ['โฆษณา', 'advert']
    ],
    footer: ['เกี่ยวกับเรา', 'ติดต่อเรา', 'นโยบายความเป็นส่วนตัว', 'ข้อกำหนดและเงื่อนไข']
  },
  fi: {
    row: [
      ['Siirry sisältöön', 'navigation'],
      ['Kopioi linkki', 'share'],
      ['Tilaa uutiskirje', 'subscribe'],
      ['Mainos', 'advert']
    ],
    footer: ['Tietoa meistä', 'Ota yhteyttä', 'Tietosuojaseloste', 'Käyttöehdot']
  },
  bg: {
    row: [
      ['Към съдържанието', 'navigation'],
      ['Копирай линка', 'share'],
      ['Абонирайте се', 'subscribe'],
      ['Реклама', 'advert']
    ],
    footer: ['За нас', 'Контакти', 'Политика за поверителност', 'Общи условия']
  }
}

/**
 * A page of one language: the article, the row of chrome under it, the
 * footer.
 *
 * ###### Notes
 * The row stands after the article, not between its two paragraphs: a
 * block of four chrome lines there leaves the second paragraph outside the
 * body the locator finds (`chrome-outside-body`, in most languages, with or
 * without these phrases), a page two paragraphs long cannot outweigh it.
 *
 * @param code
 *   Language.
 * @returns
 *   Page text.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  const {row, footer} = chromeForTest[code]
  return [first, second, row.map(([line]) => line).join('\n'), footer.join('\n')].join('\n\n')
}

describe('chrome lines in 30 languages', function () {
  it.each(languageCodes)('should strip the chrome lines of a page in %s by their category', function (code) {
    const result = clean(page(code))
    const {row, footer} = chromeForTest[code]
    const expected = [...row, ...footer.map((line) => [line, 'navigation'] as const)]
    const actual = expected.map(([line]) => [line, result.stripped.find((item) => item.actual === line)?.category])
    expect(actual).toEqual(expected)
    expect(result.text).toContain(prose[code][0])
    expect(result.text).toContain(prose[code][1])
  })

  it('should strip the chrome lines of a Greek page in capitals as in lower case (capitals drop the tonos)', function () {
    const {row, footer} = chromeForTest.el
    const capitals = (line: string) => line.toUpperCase().normalize('NFD').replace(/\u0301/gu, '').normalize('NFC')
    const [first, second] = prose.el
    const lines = [...row.map(([line]) => capitals(line)), ...footer.map((line) => capitals(line))]
    expect(lines).toContain('ΑΝΤΙΓΡΑΦΗ ΣΥΝΔΕΣΜΟΥ')
    const result = clean([first, second, lines.slice(0, row.length).join('\n'), lines.slice(row.length).join('\n')].join('\n\n'))
    const expected = [...row.map(([, category]) => category), ...footer.map(() => 'navigation')]
    expect(lines.map((line) => result.stripped.find((item) => item.actual === line)?.category)).toEqual(expected)
  })

  it.each(['de', 'fr', 'pl', 'ja', 'zh'] as const)('should keep the share and advert lines in %s with those off', function (code) {
    const result = clean(page(code), {rules: {share: false, advert: false}})
    const {row} = chromeForTest[code]
    const kept = row.filter(([, category]) => category === 'share' || category === 'advert').map(([line]) => line)
    expect(kept).toHaveLength(2)
    for (const line of kept) expect(result.text.split('\n')).toContain(line)
    expect(result.stripped.find((item) => item.actual === row[0]![0])?.category).toBe('navigation')
  })
})
