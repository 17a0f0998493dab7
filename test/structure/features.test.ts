import {lexiconLanguages} from '../../src/data/lexicon.js'
import {chromeLinesByLanguage, chromePrefixesByLanguage} from '../../src/data/locator.js'
import {featuresOf, lineFeatures, stopwordsIn} from '../../src/structure/features.js'
import {guessLanguage, languages, masks, stopwordsOf} from '../../src/structure/language.js'
import {chromeCategory, isCommentCue, tailCategory} from '../../src/structure/phrases.js'
import {phraseKey} from '../../src/util/line-text.js'

/**
 * Features of one line, with the English stopword count filled in.
 *
 * @param value
 *   Line text.
 * @returns
 *   Its features.
 */
function features(value: string) {
  const result = featuresOf(value, false, masks)
  result.stopwords = stopwordsIn(result, languages.indexOf('en'))
  return result
}

describe('featuresOf', function () {
  it('should count words, stopwords, sentences and terminal punctuation', function () {
    const result = features('The council met on Monday. It voted to close the old bridge.')
    expect(result.words).toBe(12)
    expect(result.stopwords).toBe(5)
    expect(result.sentences).toBe(2)
    expect(result.terminal).toBe(true)
    expect(result.colon).toBe(false)
  })

  it('should see closing quotes after terminal punctuation', function () {
    expect(features('She said: “We will be back.”').terminal).toBe(true)
  })

  it('should end a long line of Thai as a sentence, and count the spaces between its sentences', function () {
    const result = features('สภาเมืองเปิดห้องสมุดแห่งใหม่ในสถานีรถไฟเก่าเมื่อวันจันทร์ หลังจากการก่อสร้างนานสามปี ครอบครัวหลายร้อยครอบครัวมาชมห้องอ่านหนังสือ')
    expect(result.terminal).toBe(true)
    expect(result.sentences).toBe(3)
  })

  it('should read a word with the marks on its letters as one word, and key it so', function () {
    const result = features('पुस्तकालय अध्यक्ष ने कहा')
    expect(result.words).toBe(4)
    expect(result.key).toBe('पुस्तकालय अध्यक्ष ने कहा')
    expect(result.key).toBe(phraseKey('पुस्तकालय अध्यक्ष ने कहा'))
  })

  it('should not read a variation selector as a mark of a word', function () {
    const result = features('☕️Trade Coffee')
    expect(result.words).toBe(2)
    expect(result.key).toBe('trade coffee')
    expect(phraseKey('☕️Trade Coffee')).toBe('trade coffee')
  })

  it('should not end a short line of Thai (a menu item, a label) as a sentence', function () {
    expect(features('ข่าวล่าสุด').terminal).toBe(false)
    expect(features('หน้าแรก ข่าว กีฬา').terminal).toBe(false)
  })

  it.each([
    ['Armenian', 'Քաղաքապետարանը երկուշաբթի բացեց նոր գրադարանը։ Այն աշխատելու է մինչև երեկո։'],
    ['Ethiopic', 'የከተማው ምክር ቤት አዲሱን ቤተ መጻሕፍት ከፈተ። ሕንጻው እስከ ምሽት ክፍት ይሆናል።'],
    ['Burmese', 'မြို့တော်ကောင်စီက စာကြည့်တိုက်အသစ်ကို ဖွင့်လှစ်ခဲ့သည်။ အဆောက်အအုံသည် ညအထိ ဖွင့်ထားမည်။'],
    ['Khmer', 'ក្រុមប្រឹក្សាក្រុងបានបើកបណ្ណាល័យថ្មី។ អគារនេះនឹងបើករហូតដល់ពេលល្ងាច។']
  ])('should see the full stop of %s', function (_, value) {
    const result = features(value)
    expect(result.terminal).toBe(true)
    expect(result.sentences).toBe(2)
  })

  it('should count capitalised and all-caps words', function () {
    const result = features('BREAKING News From The Capital')
    expect(result.capitalised).toBe(5)
    expect(result.allCaps).toBe(1)
    expect(result.terminal).toBe(false)
  })

  it('should count separators, links, e-mails and digits', function () {
    const result = features('Home | News » World › 2024 / mail desk@example.org www.example.org')
    expect(result.separators).toBe(4)
    expect(result.urls).toBe(1)
    expect(result.emails).toBe(1)
    expect(result.digits).toBe(1)
  })

  it('should see glued teaser words', function () {
    expect(features('Customers Leave Without Paying At SteakhouseA party of six left').glued).toBe(1)
    expect(features('A party of six left without paying.').glued).toBe(0)
  })

  it('should count CJK text by characters', function () {
    const result = features('先日、不正に改造したiPhoneを販売したとして、男性が逮捕されました。')
    expect(result.words).toBeGreaterThan(10)
    expect(result.terminal).toBe(true)
  })

  it('should count the pieces between white space', function () {
    expect(features('one  two\tthree\u00A0four').tokens).toBe(4)
    expect(features('Hello, world!').tokens).toBe(2)
    expect(features('').tokens).toBe(0)
  })

  it('should give a phrase key to short lines only', function () {
    expect(features('12 Comments').key).toBe('# comments')
    expect(features('One two three four five six seven eight nine').key).toBe('')
  })
})

describe('lineFeatures', function () {
  it('should measure blank-line blocks and repeats', function () {
    const {features: result} = lineFeatures(
      [
        {value: 'Home', blankBefore: false},
        {value: 'First line of a block', blankBefore: true},
        {value: 'Second line of the block', blankBefore: false},
        {value: 'Home', blankBefore: true}
      ],
      masks,
      languages.length
    )
    expect(result.map((line) => line.blockSize)).toEqual([1, 2, 2, 1])
    expect(result.map((line) => line.repeats)).toEqual([1, 0, 0, 1])
  })
})

describe('guessLanguage', function () {
  it('should guess from stopword hits', function () {
    const {hits} = lineFeatures(
      [
        {
          value:
            'Die Stadt hat am Montag beschlossen, dass die alte Brücke nicht mehr für den Verkehr offen ist und auch im Winter geschlossen bleibt.',
          blankBefore: false
        }
      ],
      masks,
      languages.length
    )
    expect(guessLanguage(hits, 24)).toBe('de')
  })

  it('should say `und` without enough hits', function () {
    expect(guessLanguage([0, 0, 0, 0, 0, 0, 0, 0, 0], 300)).toBe('und')
  })

  it('should have lists for the main languages', function () {
    for (const code of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']) {
      expect(stopwordsOf(code).size).toBeGreaterThan(30)
    }

    expect(stopwordsOf('pt-BR').has('não')).toBe(true)
    expect(stopwordsOf('ja').size).toBe(0)
  })
})

describe('phrases', function () {
  it.each([
    ['Related Posts', 'related'],
    ['You may also like', 'related'],
    ['More from Business Desk', 'related'],
    ['MORE MANITOBA HEADLINES »', 'related'],
    ['More Science & Environment stories', 'related'],
    ['More sport videos', 'related'],
    ['You may like to read:', 'related'],
    ['Explore more articles.', 'related'],
    ['Post navigation', 'chrome'],
    ['Article Sources', 'chrome'],
    ['Talkback here', 'comments'],
    ['Reader views (5)', 'comments'],
    ['Add your comment', 'comments'],
    ['Δ', 'comments'],
    ['Comments on this story', 'comments'],
    ['How useful was this post?', 'chrome'],
    ['You’ll Also Love...', 'related'],
    ['Read more from our category', 'related'],
    ['Comments are now closed for this story', 'comments'],
    ['Comments are closed.', 'comments'],
    ['Your Comments', 'comments'],
    ['Leave a Comment Cancel reply', 'comments'],
    ['Discussion about this post', 'comments'],
    ['Most E-mailed', 'related'],
    ['POPULAR ARTICLES', 'related'],
    ["Editor's Picks", 'related'],
    ['What do you think?', 'comments'],
    ['What you think...', 'comments'],
    ['Leave a Reply', 'comments'],
    ['23 Comments', 'comments'],
    ['About the author', 'chrome'],
    ['Ähnliche Artikel', 'related'],
    ['Laisser un commentaire', 'comments'],
    ['Artículos relacionados', 'related'],
    ['Articoli correlati', 'related'],
    ['Você pode gostar...', 'related'],
    ['Reacties', 'comments']
  ])('should see the tail heading %j', function (value, category) {
    expect(tailCategory(phraseKey(value))).toBe(category)
  })

  it.each([
    'Comments on the draft law are open until May.',
    'More information about the study is on page 4',
    'Related research',
    'More rain expected this week',
    'Comments are closed on Sundays, the editor said',
    // A section of a paper, more often than a comment thread.
    'DISCUSSION',
    'Discussion:',
    // A sidebar box that sits beside the article in the text as often as after it.
    'Latest headlines',
    'More news outlets are closing their comment sections than ever before',
    // Inside the body on European news sites.
    'Lesen Sie auch',
    'Leggi anche',
    'Leia também',
    // Mid-page on shops, with reviews after it.
    'Related searches'
  ])('should not see a tail heading in %j', function (value) {
    expect(tailCategory(phraseKey(value))).toBe(undefined)
  })

  it.each([
    ['Skip to main content', 'navigation'],
    ['Share on Facebook', 'share'],
    ['Copyright 2024 The Daily Planet', 'copyright'],
    ['Weiterlesen', 'navigation'],
    ['Lire la suite', 'navigation'],
    ['Newsletter abonnieren', 'subscribe'],
    ["S'abonner", 'subscribe'],
    ['Anzeige', 'advert'],
    ['Privacy Policy', 'navigation'],
    // en
    ['Cookie settings', 'cookie'],
    ['Play video', 'chrome'],
    ['Listen to this article', 'chrome'],
    ['Sign out', 'navigation'],
    ['Print this article', 'share'],
    ['Subscribe to our newsletter', 'subscribe'],
    ['Sponsored content', 'advert'],
    ['All rights reserved.', 'copyright'],
    ['Reply', 'comments'],
    ['Tags: budget, council', 'tags'],
    ['Accept all cookies', 'cookie'],
    ['Increase font size', 'chrome'],
    // de
    ['Zum Inhalt springen', 'navigation'],
    ['Startseite', 'navigation'],
    ['Nutzungsbedingungen', 'navigation'],
    ['Link kopieren', 'share'],
    ['Per E-Mail teilen', 'share'],
    ['Jetzt abonnieren', 'subscribe'],
    ['Gesponsert', 'advert'],
    ['Alle Rechte vorbehalten.', 'copyright'],
    ['Cookie-Einstellungen', 'cookie'],
    ['Kommentare', 'comments'],
    ['Schlagwörter: Bahn, Bibliothek', 'tags'],
    ['Artikel anhören', 'chrome'],
    ['Neuer Abschnitt', 'chrome'],
    ['Alle akzeptieren', 'cookie'],
    ['Folgen Sie uns auf Instagram', 'share'],
    ['Artikel anhören 3 Min.', 'chrome'],
    // fr
    ['Aller au contenu principal', 'navigation'],
    ['Plan du site', 'navigation'],
    ['Article suivant', 'navigation'],
    ['Imprimer', 'share'],
    ['Copier le lien', 'share'],
    ['Abonnez-vous', 'subscribe'],
    ['Contenu sponsorisé', 'advert'],
    ['Tous droits réservés', 'copyright'],
    ['Gérer les cookies', 'cookie'],
    ['Commentaires', 'comments'],
    ['Mots-clés', 'tags'],
    ['Écouter cet article', 'chrome'],
    ['Tout refuser', 'cookie'],
    // es
    ['Saltar al contenido', 'navigation'],
    ['Mapa del sitio', 'navigation'],
    ['Cerrar sesión', 'navigation'],
    ['Copiar enlace', 'share'],
    ['Compartir en Facebook', 'share'],
    ['Suscríbete', 'subscribe'],
    ['Contenido patrocinado', 'advert'],
    ['Todos los derechos reservados', 'copyright'],
    ['Política de cookies', 'cookie'],
    ['Comentarios', 'comments'],
    ['Etiquetas', 'tags'],
    ['Escuchar noticia', 'chrome'],
    ['Aceptar todas', 'cookie'],
    ['Síguenos en X', 'share'],
    // it
    ['Vai al contenuto', 'navigation'],
    ['Torna su', 'navigation'],
    ['Mappa del sito', 'navigation'],
    ['Copia link', 'share'],
    ['Condividi su WhatsApp', 'share'],
    ['Abbonati', 'subscribe'],
    ['Contenuto sponsorizzato', 'advert'],
    ['Tutti i diritti riservati', 'copyright'],
    ['Impostazioni cookie', 'cookie'],
    ['Rispondi', 'comments'],
    ['Notizie correlate', 'related'],
    ['Ascolta l’articolo', 'chrome'],
    // pt
    ['Ir para o conteúdo', 'navigation'],
    ['Voltar ao topo', 'navigation'],
    ['Termos de uso', 'navigation'],
    ['Copiar link', 'share'],
    ['Partilhar', 'share'],
    ['Assine já', 'subscribe'],
    ['Conteúdo patrocinado', 'advert'],
    ['Todos os direitos reservados.', 'copyright'],
    ['Definições de cookies', 'cookie'],
    ['Comentários', 'comments'],
    ['Ouvir este artigo', 'chrome'],
    // nl
    ['Ga naar inhoud', 'navigation'],
    ['Algemene voorwaarden', 'navigation'],
    ['Terug naar boven', 'navigation'],
    ['Link kopiëren', 'share'],
    ['Delen op Facebook', 'share'],
    ['Nieuwsbrief', 'subscribe'],
    ['Gesponsord', 'advert'],
    ['Alle rechten voorbehouden', 'copyright'],
    ['Cookie-instellingen', 'cookie'],
    ['Reageer', 'comments'],
    ['Trefwoorden', 'tags'],
    ['Beluister dit artikel', 'chrome'],
    // pl
    ['Strona główna', 'navigation'],
    ['Zaloguj się', 'navigation'],
    ['Przejdź do treści', 'navigation'],
    ['Udostępnij', 'share'],
    ['Kopiuj link', 'share'],
    ['Subskrybuj', 'subscribe'],
    ['Reklama', 'advert'],
    ['Wszelkie prawa zastrzeżone', 'copyright'],
    ['Ustawienia cookies', 'cookie'],
    ['Komentarze', 'comments'],
    ['Powiązane artykuły', 'related'],
    ['Tagi: kolej, biblioteka', 'tags'],
    ['Posłuchaj artykułu', 'chrome'],
    // sv
    ['Startsida', 'navigation'],
    ['Logga in', 'navigation'],
    ['Hoppa till innehåll', 'navigation'],
    ['Dela', 'share'],
    ['Kopiera länk', 'share'],
    ['Prenumerera', 'subscribe'],
    ['Annons', 'advert'],
    ['Alla rättigheter förbehållna', 'copyright'],
    ['Cookieinställningar', 'cookie'],
    ['Kommentarer', 'comments'],
    ['Relaterade artiklar', 'related'],
    ['Lyssna på artikeln', 'chrome'],
    // da
    ['Forside', 'navigation'],
    ['Log ind', 'navigation'],
    ['Spring til indhold', 'navigation'],
    ['Del', 'share'],
    ['Kopiér link', 'share'],
    ['Nyhedsbrev', 'subscribe'],
    ['Annonce', 'advert'],
    ['Alle rettigheder forbeholdes', 'copyright'],
    ['Cookiepolitik', 'cookie'],
    ['Relaterede artikler', 'related'],
    ['Lyt til artiklen', 'chrome'],
    // nb
    ['Logg inn', 'navigation'],
    ['Hopp til innhold', 'navigation'],
    ['Personvernerklæring', 'navigation'],
    ['Del artikkelen', 'share'],
    ['Kopier lenke', 'share'],
    ['Bli abonnent', 'subscribe'],
    ['Annonse', 'advert'],
    ['Alle rettigheter forbeholdt', 'copyright'],
    ['Informasjonskapsler', 'cookie'],
    ['Relaterte artikler', 'related'],
    ['Lytt til artikkelen', 'chrome'],
    // cs
    ['Úvodní strana', 'navigation'],
    ['Přihlásit se', 'navigation'],
    ['Přejít na obsah', 'navigation'],
    ['Sdílet', 'share'],
    ['Kopírovat odkaz', 'share'],
    ['Předplatné', 'subscribe'],
    ['Komerční sdělení', 'advert'],
    ['Všechna práva vyhrazena', 'copyright'],
    ['Nastavení cookies', 'cookie'],
    ['Komentáře', 'comments'],
    ['Související články', 'related'],
    ['Přehrát video', 'chrome'],
    // tr
    ['Ana Sayfa', 'navigation'],
    ['Giriş Yap', 'navigation'],
    ['Künye', 'navigation'],
    ['Paylaş', 'share'],
    ['Linki kopyala', 'share'],
    ['Abone Ol', 'subscribe'],
    ['Reklam', 'advert'],
    ['Tüm hakları saklıdır.', 'copyright'],
    ['Çerez Politikası', 'cookie'],
    ['Yorumlar', 'comments'],
    ['İlgili Haberler', 'related'],
    ['Etiketler: kütüphane, tren', 'tags'],
    ['Haberi dinle', 'chrome'],
    // ru
    ['Главная', 'navigation'],
    ['Войти', 'navigation'],
    ['Карта сайта', 'navigation'],
    ['Поделиться', 'share'],
    ['Скопировать ссылку', 'share'],
    ['Подписаться', 'subscribe'],
    ['Реклама', 'advert'],
    ['Все права защищены', 'copyright'],
    ['Настройки cookie', 'cookie'],
    ['Комментарии', 'comments'],
    ['Похожие статьи', 'related'],
    ['Теги: библиотека, вокзал', 'tags'],
    ['Размер шрифта', 'chrome'],
    // uk
    ['Головна', 'navigation'],
    ['Увійти', 'navigation'],
    ['Читати далі', 'navigation'],
    ['Поділитися', 'share'],
    ['Копіювати посилання', 'share'],
    ['Підписатися', 'subscribe'],
    ['На правах реклами', 'advert'],
    ['Усі права захищені.', 'copyright'],
    ['Політика cookie', 'cookie'],
    ['Коментарі', 'comments'],
    ['Пов’язані статті', 'related'],
    ['Мітки', 'tags'],
    ['Слухати статтю', 'chrome'],
    // ja
    ['ホーム', 'navigation'],
    ['ログイン', 'navigation'],
    ['利用規約', 'navigation'],
    ['続きを読む', 'navigation'],
    ['シェアする', 'share'],
    ['リンクをコピー', 'share'],
    ['購読する', 'subscribe'],
    ['広告', 'advert'],
    ['無断転載を禁じます。', 'copyright'],
    ['Cookieポリシー', 'cookie'],
    ['コメント', 'comments'],
    ['関連記事', 'related'],
    ['タグ', 'tags'],
    ['文字サイズ', 'chrome'],
    ['すべて受け入れる', 'cookie'],
    // zh
    ['首页', 'navigation'],
    ['登录', 'navigation'],
    ['隐私政策', 'navigation'],
    ['返回顶部', 'navigation'],
    ['分享到：', 'share'],
    ['复制链接', 'share'],
    ['订阅', 'subscribe'],
    ['广告', 'advert'],
    ['版权所有', 'copyright'],
    ['Cookie政策', 'cookie'],
    ['评论', 'comments'],
    ['相关文章', 'related'],
    ['標籤', 'tags'],
    ['播放视频', 'chrome'],
    // ko
    ['홈', 'navigation'],
    ['로그인', 'navigation'],
    ['본문 바로가기', 'navigation'],
    ['이용약관', 'navigation'],
    ['공유하기', 'share'],
    ['링크 복사', 'share'],
    ['구독하기', 'subscribe'],
    ['광고', 'advert'],
    ['무단 전재 및 재배포 금지', 'copyright'],
    ['쿠키 정책', 'cookie'],
    ['댓글', 'comments'],
    ['관련기사', 'related'],
    ['태그', 'tags'],
    ['글자 크기', 'chrome'],
    // id
    ['Beranda', 'navigation'],
    ['Pedoman Media Siber', 'navigation'],
    ['Kembali ke atas', 'navigation'],
    ['Bagikan', 'share'],
    ['Salin link', 'share'],
    ['Berlangganan', 'subscribe'],
    ['Iklan', 'advert'],
    ['Hak cipta dilindungi undang-undang', 'copyright'],
    ['Kebijakan cookie', 'cookie'],
    ['Komentar', 'comments'],
    ['Berita Terkait', 'related'],
    ['Dengarkan artikel', 'chrome'],
    // vi
    ['Trang chủ', 'navigation'],
    ['Đăng nhập', 'navigation'],
    ['Liên hệ', 'navigation'],
    ['Chia sẻ', 'share'],
    ['Sao chép liên kết', 'share'],
    ['Đăng ký nhận tin', 'subscribe'],
    ['Quảng cáo', 'advert'],
    ['Bản quyền thuộc về Báo Tuổi Trẻ', 'copyright'],
    ['Chính sách cookie', 'cookie'],
    ['Bình luận', 'comments'],
    ['Tin liên quan', 'related'],
    ['Từ khóa', 'tags'],
    ['Cỡ chữ', 'chrome'],
    // WordPress, translated
    ['Antworten abbrechen', 'comments'],
    ['Annuler la réponse', 'comments'],
    ['Navegación de entradas', 'navigation'],
    ['Перейти к содержимому', 'navigation'],
    ['コンテンツへスキップ', 'navigation'],
    ['取消回复', 'comments'],
    ['콘텐츠로 건너뛰기', 'navigation'],
    ['Hủy trả lời', 'comments'],
    // On every kind of page: consent and privacy links, feedback prompts,
    // a documentation page's table of contents, a forum's search box, a
    // video player that fails.
    ['Manage consent', 'cookie'],
    ['Do Not Sell or Share My Personal Information', 'navigation'],
    ['Do not sell my personal information', 'navigation'],
    ['How are we doing?', 'chrome'],
    ['Give us feedback on this page.', 'chrome'],
    ['Was this page helpful?', 'chrome'],
    ['On this page', 'navigation'],
    ['Search Advanced search…', 'navigation'],
    ['Sorry, your browser doesn’t support embedded videos.', 'chrome'],
    ['Thank you! Your submission has been received!', 'chrome'],
    ['Your submission has been received!', 'chrome'],
    ['Oops! Something went wrong while submitting the form.', 'chrome'],
    // The same in the other languages.
    ['Auf dieser Seite:', 'navigation'],
    ['War diese Seite hilfreich?', 'chrome'],
    ['Einwilligung verwalten', 'cookie'],
    ['Feedback geben', 'chrome'],
    ['Sur cette page', 'navigation'],
    ['Cette page vous a-t-elle été utile ?', 'chrome'],
    ['Gérer le consentement', 'cookie'],
    ['¿Te ha resultado útil esta página?', 'chrome'],
    ['Gestionar consentimiento', 'cookie'],
    ['In questa pagina', 'navigation'],
    ['Nesta página', 'navigation'],
    ['Op deze pagina', 'navigation'],
    ['Czy ta strona była pomocna?', 'chrome'],
    ['Hantera samtycke', 'cookie'],
    ['På denne side', 'navigation'],
    ['Var denne siden nyttig?', 'chrome'],
    ['Na této stránce', 'navigation'],
    ['Bu sayfada', 'navigation'],
    ['На этой странице', 'navigation'],
    ['Чи була ця сторінка корисною?', 'chrome'],
    ['このページは役に立ちましたか？', 'chrome'],
    ['此页面是否有帮助？', 'chrome'],
    ['이 페이지가 도움이 되었나요?', 'chrome'],
    ['Kelola persetujuan', 'cookie'],
    ['Trang này có hữu ích không?', 'chrome']
  ])('should see the chrome line %j', function (value, category) {
    expect(chromeCategory(phraseKey(value))).toBe(category)
  })

  it.each([
    // Headings and short sentences an article could have, in each language.
    'Video',
    'Audio',
    'Something went wrong at the plant, the inspectors said.',
    'Weiter so',
    'Die Stadt teilt mit',
    'Stampa',
    'Svar',
    'Tag',
    'Preguntas frecuentes',
    'Etiquetas claras para los alimentos',
    'Dela ut mat till alla',
    'Главное за неделю',
    '会社の概要と沿革',
    '分享经济的未来',
    'Berita hari ini',
    'How are we doing on climate?',
    'On this page you will find the results',
    'Auf dieser Seite finden Sie die Ergebnisse',
    'En esta página se explica todo',
    // Prose and headings that start like a chrome prefix.
    'Folgen Sie uns in die Altstadt',
    'Compartir en familia',
    'Dela på notan',
    'Suivez-nous dans les coulisses',
    'Mots clés pour comprendre la crise',
    'Teilen Sie Ihre Meinung mit uns',
    'Kommentare zum Gesetz sind bis Mai offen',
    'Reklama w telewizji rośnie',
    'Поделиться опытом с коллегами',
    '分享经济'
  ])('should not see a chrome line in %j', function (value) {
    expect(chromeCategory(phraseKey(value))).toBe(undefined)
  })

  it('should key every chrome line as `phraseKey` makes it', function () {
    for (const [code, lines] of Object.entries(chromeLinesByLanguage)) {
      for (const key of Object.keys(lines ?? {})) expect([code, phraseKey(key)]).toEqual([code, key])
    }

    for (const [code, prefixes] of Object.entries(chromePrefixesByLanguage)) {
      for (const [prefix] of prefixes ?? []) expect([code, phraseKey(prefix.replaceAll('#', '1'))]).toEqual([code, prefix])
    }
  })

  it('should have chrome lines in every language', function () {
    for (const code of lexiconLanguages) {
      expect([code, Object.keys(chromeLinesByLanguage[code] ?? {}).length > 30]).toEqual([code, true])
    }
  })

  it.each([
    'Reply',
    'Re: Guaranteed jobs? (Score:2)',
    'Anna Berg says:',
    'Antworten',
    'Répondre',
    'Anna Berg sagt:',
    'Anna Berg dit :',
    'Anna Berg zegt:',
    '[Offensive? Unsuitable? Report this comment.]',
    'Expand full comment'
  ])(
    'should see the comment cue %j',
    function (value) {
      expect(isCommentCue(phraseKey(value), value)).toBe(true)
    }
  )

  it('should not take a sentence for a comment cue', function () {
    const value = 'The mayor replied to the letter on Friday.'
    expect(isCommentCue(phraseKey(value), value)).toBe(false)
    // `sagt` without the colon of a commenter line.
    const german = 'Was der Bürgermeister sagt'
    expect(isCommentCue(phraseKey(german), german)).toBe(false)
  })
})
