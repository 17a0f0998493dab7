import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectKept, expectStripped, headline} from './page.js'

/**
 * Navigation of a page in each language: a skip link, a breadcrumb, a link
 * to the next article, a page counter.
 */
const debris: Readonly<Record<LanguageCode, readonly [string, string, string, string]>> = {
  en: ['Skip to main content', 'Home > News > Local', 'Next article »', 'Page 1 of 3'],
  de: ['Zum Hauptinhalt springen', 'Startseite > Nachrichten > Region', 'Nächster Artikel', 'Seite 1 von 3'],
  fr: ['Aller au contenu principal', 'Accueil > Actualités > Région', 'Article suivant', 'Page 1 sur 3'],
  es: ['Ir al contenido principal', 'Inicio > Noticias > Local', 'Artículo siguiente', 'Página 1 de 3'],
  it: ['Vai al contenuto principale', 'Home > Notizie > Cronaca', 'Articolo successivo', 'Pagina 1 di 3'],
  pt: ['Ir para o conteúdo principal', 'Início > Notícias > Local', 'Próximo artigo', 'Página 1 de 3'],
  nl: ['Ga naar de inhoud', 'Home > Nieuws > Regio', 'Volgend artikel', 'Pagina 1 van 3'],
  pl: ['Przejdź do treści', 'Strona główna > Wiadomości > Kraj', 'Następny artykuł', 'Strona 1 z 3'],
  sv: ['Hoppa till innehållet', 'Startsida > Nyheter > Inrikes', 'Nästa artikel', 'Sida 1 av 3'],
  da: ['Spring til indhold', 'Forside > Nyheder > Indland', 'Næste artikel', 'Side 1 af 3'],
  nb: ['Hopp til hovedinnhold', 'Forside > Nyheter > Innenriks', 'Neste artikkel', 'Side 1 av 3'],
  cs: ['Přejít k obsahu', 'Úvodní stránka > Zprávy > Domácí', 'Další článek', 'Strana 1 z 3'],
  tr: ['İçeriğe geç', 'Ana Sayfa > Haberler > Gündem', 'Sonraki haber', 'Sayfa 1 / 3'],
  ru: ['Перейти к содержанию', 'Главная > Новости > Общество', 'Следующая статья', 'Страница 1 из 3'],
  uk: ['Перейти до вмісту', 'Головна > Новини > Суспільство', 'Наступна стаття', 'Сторінка 1 з 3'],
  ja: ['本文へスキップ', 'ホーム ＞ ニュース ＞ 社会', '次の記事', '1/3ページ'],
  zh: ['跳到主要内容', '首页 > 新闻 > 社会', '下一篇', '第1页，共3页'],
  ko: ['본문 바로가기', '홈 > 뉴스 > 사회', '다음 기사', '1 / 3 페이지'],
  id: ['Langsung ke konten', 'Beranda > Berita > Nasional', 'Artikel berikutnya', 'Halaman 1 dari 3'],
  vi: ['Chuyển đến nội dung', 'Trang chủ > Tin tức > Thời sự', 'Bài tiếp theo', 'Trang 1 / 3'],
  ar: ['انتقل إلى المحتوى', 'الرئيسية > أخبار > محليات', 'المقال التالي', 'صفحة 1 من 3'],
  fa: ['پرش به محتوا', 'صفحه اصلی > اخبار > اجتماعی', 'خبر بعدی', 'صفحه 1 از 3'],
  el: ['Μετάβαση στο περιεχόμενο', 'Αρχική > Ειδήσεις > Ελλάδα', 'Επόμενο άρθρο', 'Σελίδα 1 από 3'],
  ro: ['Sari la conținut', 'Acasă > Știri > Social', 'Articolul următor', 'Pagina 1 din 3'],
  hu: ['Ugrás a tartalomra', 'Főoldal > Hírek > Belföld', 'Következő cikk', 'Oldal: 1 / 3'],
  he: ['דלג לתוכן', 'ראשי > חדשות > בארץ', 'הכתבה הבאה', 'עמוד 1 מתוך 3'],
  hi: ['मुख्य सामग्री पर जाएं', 'होम > न्यूज़ > देश', 'अगली खबर', 'पृष्ठ 1 / 3'],
  th: ['ข้ามไปยังเนื้อหา', 'หน้าแรก > ข่าว > สังคม', 'บทความถัดไป', 'หน้า 1 จาก 3'],
  fi: ['Siirry sisältöön', 'Etusivu > Uutiset > Kotimaa', 'Seuraava artikkeli', 'Sivu 1 / 3'],
  bg: ['Към съдържанието', 'Начало > Новини > България', 'Следваща статия', 'Страница 1 от 3']
}

/**
 * A page in a language: skip link and breadcrumb, headline, article with a
 * next link and a page counter under it.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [skip, crumbs, next, counter] = debris[code]
  const [first, second] = prose[code]
  return [skip, crumbs, headline(code), first, second, next, counter].join('\n\n')
}

describe('navigation in 30 languages', function () {
  it.each(languageCodes)('should strip the navigation of a page in %s as `navigation`, and keep its article', function (code) {
    expectStripped(code, page(code), debris[code], 'navigation')
  })

  it.each([
    ['es', 'Siguiente artículo'],
    ['es', 'Noticia anterior'],
    ['ja', '次の記事へ'],
    ['id', 'Artikel Selanjutnya'],
    ['pl', 'Powrót na górę'],
    ['cs', 'Úvod > Zprávy > Domácí']
  ] as const)('should strip another link of a page in %s, %j, as `navigation`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [headline(code), first, second, line].join('\n\n'), [line], 'navigation')
  })

  it.each(['de', 'fr', 'pl', 'ru', 'ja', 'zh'] as const)('should keep it in %s with `navigation` off', function (code) {
    const result = clean(page(code), {rules: {navigation: false}})
    expect(result.text).toContain(debris[code][0])
  })
})

/**
 * A footer link that says it opens a new tab, in each language.
 */
const newTabLinks: Readonly<Record<LanguageCode, string>> = {
  en: 'Terms of Use, opens new tab',
  de: 'Impressum (öffnet in einem neuen Fenster)',
  fr: "Mentions légales (s'ouvre dans un nouvel onglet)",
  es: 'Aviso legal (se abre en una nueva pestaña)',
  it: 'Note legali (si apre in una nuova scheda)',
  pt: 'Termos de uso (abre em uma nova aba)',
  nl: 'Privacybeleid (opent in een nieuw tabblad)',
  pl: 'Polityka prywatności (otwiera się w nowej karcie)',
  sv: 'Integritetspolicy (öppnas i en ny flik)',
  da: 'Privatlivspolitik (åbner i en ny fane)',
  nb: 'Personvern (åpnes i en ny fane)',
  cs: 'Ochrana soukromí (otevře se v nové záložce)',
  tr: 'Gizlilik politikası (yeni sekmede açılır)',
  ru: 'Условия использования (откроется в новой вкладке)',
  uk: 'Умови використання (відкриється в новій вкладці)',
  ja: '利用規約（新しいタブで開く）',
  zh: '隐私政策（在新标签页中打开）',
  ko: '개인정보처리방침 (새 창에서 열림)',
  id: 'Kebijakan privasi (terbuka di tab baru)',
  vi: 'Chính sách bảo mật (mở trong tab mới)',
  ar: 'سياسة الخصوصية (يفتح في نافذة جديدة)',
  fa: 'حریم خصوصی (در پنجره جدید باز می‌شود)',
  el: 'Πολιτική απορρήτου (ανοίγει σε νέα καρτέλα)',
  ro: 'Politica de confidențialitate (se deschide într-o filă nouă)',
  hu: 'Adatvédelmi tájékoztató (új lapon nyílik meg)',
  he: 'מדיניות פרטיות (נפתח בחלון חדש)',
  hi: 'गोपनीयता नीति (नई विंडो में खुलता है)',
  th: 'นโยบายความเป็นส่วนตัว (เปิดในหน้าต่างใหม่)',
  fi: 'Tietosuojaseloste (avautuu uuteen ikkunaan)',
  bg: 'Политика за поверителност (отваря се в нов прозорец)'
}

describe('links that open a new tab in 30 languages', function () {
  it.each(languageCodes)('should strip the new-tab link of a page in %s as `navigation`, and keep its article', function (code) {
    expectStripped(code, [headline(code), ...prose[code], newTabLinks[code]].join('\n\n'), [newTabLinks[code]], 'navigation')
  })
})

describe('pagers and links back to the home page', function () {
  it.each([
    ['en', '« Previous 1 2 3 Next »'],
    ['de', '1 2 3 Weiter »'],
    ['fr', '« Page précédente 1 2 3 Page suivante »'],
    ['es', '« Anterior 1 2 3 Siguiente »'],
    ['da', '« Forrige 1 2 3 Næste »'],
    ['pl', '« Poprzednia 1 2 3 Następna »'],
    ['tr', '« Önceki 1 2 3 Sonraki »'],
    ['ru', '« Назад 1 2 3 Вперёд »'],
    ['ja', '« 前へ　1　2　3　次へ »'],
    ['zh', '上一页 1 2 3 下一页'],
    ['vi', '« Trang trước 1 2 3 Trang sau »'],
    ['sv', 'Tillbaka till startsidan'],
    ['pl', 'Wróć do strony głównej'],
    ['ru', 'Вернуться на главную'],
    ['ko', '홈으로 돌아가기']
  ] as const)('should strip the line in %s (`%s`) as `navigation`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, second, line].join('\n\n'), [line], 'navigation')
  })

  it.each([
    ['en', 'Next 3 items'],
    ['en', 'The next 2 or 3 years will be hard, she said.']
  ] as const)('should keep a line with numbers that is no pager in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})
