import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectStripped} from './page.js'

/**
 * Related debris in each language: a one-line cross link (a label and a
 * headline), a related-box heading and a teaser headline under it.
 */
const debris: Readonly<Record<LanguageCode, readonly [string, string, string]>> = {
  en: ['Read also: Why the old mill closed after a century', 'Related Posts', 'The harbour gets a new ferry this summer'],
  de: ['Lesen Sie auch: Warum die alte Mühle nach hundert Jahren schließt', 'Mehr zum Thema', 'Der Hafen bekommt im Sommer eine neue Fähre'],
  fr: ['À lire aussi : Pourquoi le vieux moulin ferme après un siècle', 'Sur le même sujet', 'Le port aura un nouveau ferry cet été'],
  es: ['Lea también: Por qué el viejo molino cierra tras un siglo', 'Artículos relacionados', 'El puerto tendrá un nuevo ferry este verano'],
  it: ['Leggi anche: Perché il vecchio mulino chiude dopo un secolo', 'Articoli correlati', 'Il porto avrà un nuovo traghetto quest’estate'],
  pt: ['Leia também: Por que o velho moinho fecha após um século', 'Notícias relacionadas', 'O porto terá uma nova balsa neste verão'],
  nl: ['Lees ook: Waarom de oude molen na een eeuw sluit', 'Meest gelezen', 'De haven krijgt deze zomer een nieuwe veerboot'],
  pl: ['Czytaj też: Dlaczego stary młyn zamyka się po stu latach', 'Powiązane artykuły', 'Port dostanie latem nowy prom'],
  sv: ['Läs också: Därför stänger den gamla kvarnen efter hundra år', 'Relaterade artiklar', 'Hamnen får en ny färja i sommar'],
  da: ['Læs også: Derfor lukker den gamle mølle efter hundrede år', 'Relaterede artikler', 'Havnen får en ny færge til sommer'],
  nb: ['Les også: Derfor stenger den gamle mølla etter hundre år', 'Relaterte artikler', 'Havna får en ny ferje i sommer'],
  cs: ['Čtěte také: Proč starý mlýn po sto letech končí', 'Související články', 'Přístav dostane letos v létě nový trajekt'],
  tr: ['İlgili haber: Eski değirmen neden yüz yıl sonra kapanıyor', 'Benzer Haberler', 'Limana bu yaz yeni bir feribot geliyor'],
  ru: ['Читайте также: Почему старая мельница закрывается через сто лет', 'Похожие новости', 'Порт получит новый паром этим летом'],
  uk: ['Читайте також: Чому старий млин закривається через сто років', 'Схожі новини', 'Порт отримає новий пором цього літа'],
  ja: ['【関連記事】百年続いた水車小屋が閉鎖へ 市が保存を検討', '関連記事', '港に今夏 新しいフェリーが就航'],
  zh: ['相关阅读：百年老磨坊为何关闭', '相关文章', '港口今夏将迎来新渡轮'],
  ko: ['관련 기사: 100년 된 방앗간이 문을 닫는 이유', '많이 본 뉴스', '항구에 올여름 새 여객선 취항'],
  id: ['Baca juga: Mengapa kincir tua tutup setelah seabad', 'Berita Terkait', 'Pelabuhan dapat kapal feri baru musim panas ini'],
  vi: ['Xem thêm: Vì sao cối xay cũ đóng cửa sau một thế kỷ', 'Tin liên quan', 'Cảng sẽ có phà mới vào mùa hè này'],
  ar: ['اقرأ أيضا: لماذا أغلقت الطاحونة القديمة بعد قرن', 'أخبار ذات صلة', 'الميناء يحصل على عبارة جديدة هذا الصيف'],
  fa: ['بیشتر بخوانید: چرا آسیاب قدیمی پس از یک قرن بسته شد', 'مطالب مرتبط', 'بندر تابستان امسال یک کشتی جدید می‌گیرد'],
  el: ['Διαβάστε επίσης: Γιατί κλείνει ο παλιός μύλος μετά από έναν αιώνα', 'Σχετικά άρθρα', 'Νέο πλοίο για το λιμάνι αυτό το καλοκαίρι'],
  ro: ['Citește și: De ce se închide moara veche după un secol', 'Articole similare', 'Portul primește un feribot nou în această vară'],
  hu: ['Kapcsolódó: Miért zár be a régi malom száz év után', 'Kapcsolódó cikkek', 'Új kompot kap a kikötő ezen a nyáron'],
  he: ['קראו גם: למה נסגרה הטחנה הישנה אחרי מאה שנה', 'כתבות קשורות', 'הנמל יקבל מעבורת חדשה בקיץ הזה'],
  hi: ['ये भी पढ़ें: सौ साल बाद क्यों बंद हुई पुरानी पनचक्की', 'ताज़ा ख़बरें', 'बंदरगाह को इस गर्मी में मिलेगी नई फ़ेरी'],
  th: ['อ่านเพิ่มเติม : ทำไมโรงสีเก่าอายุร้อยปีต้องปิดตัวลง', 'ข่าวล่าสุด', 'ท่าเรือจะมีเรือเฟอร์รี่ลำใหม่ในฤดูร้อนนี้'],
  fi: ['Lue myös: Miksi vanha mylly suljetaan sadan vuoden jälkeen', 'Aiheeseen liittyvät artikkelit', 'Satama saa uuden lautan tänä kesänä'],
  bg: ['Прочетете още: Защо старата мелница затваря след цял век', 'Свързани статии', 'Пристанището получава нов ферибот това лято']
}

/**
 * The page of a language: headline, paragraph, cross link, heading with its
 * teaser, paragraph.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  const [link, heading, teaser] = debris[code]
  return [headline(code), first, link, heading + '\n' + teaser, second].join('\n\n')
}

/**
 * A headline: the first words of the first paragraph.
 *
 * @param code
 *   Language.
 * @returns
 *   Headline.
 */
function headline(code: LanguageCode): string {
  return prose[code][0].slice(0, 30).trim()
}

describe('related links in 30 languages', function () {
  it.each(languageCodes)('should strip the related lines of a page in %s as `related`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code))
    for (const line of debris[code]) {
      expect([line, result.stripped.find((item) => item.actual === line)?.category]).toEqual([line, 'related'])
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'pl', 'ru', 'zh'] as const)('should keep them in %s with `related` off', function (code) {
    const result = clean(page(code), {rules: {related: false}})
    for (const line of debris[code]) expect(result.text).toContain(line)
  })

  it.each(['Die Redaktion empfiehlt', 'Unsere Redaktion empfiehlt', 'Weitere Meldungen'])(
    'should strip the German heading %j with its teaser as `related-heading`',
    function (heading) {
      const [first, second] = prose.de
      const teaser = debris.de[2]
      const result = clean([headline('de'), first, heading + '\n' + teaser, second].join('\n\n'))
      expect(result.stripped.find((item) => item.actual === heading)?.ruleId).toBe('related-heading')
      expect(result.stripped.find((item) => item.actual === teaser)?.category).toBe('related')
      expect(result.text).toContain(second)
    }
  )
})

/**
 * A teaser with its link after a bar, in each language.
 */
const linked: Readonly<Record<LanguageCode, string>> = {
  en: 'Council approves the new bridge over the river | more',
  de: 'Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr',
  fr: 'Le gouvernement présente son plan pour les retraites | lire la suite',
  es: 'El Gobierno presenta su plan para las pensiones | leer más',
  it: 'Il governo presenta il suo piano per le pensioni | video',
  pt: 'O governo apresenta o seu plano para as pensões | leia mais',
  nl: 'De regering presenteert haar plan voor de pensioenen | lees meer',
  pl: 'Rząd przedstawił nowy plan dla szpitali | więcej',
  sv: 'Regeringen presenterar sin plan för pensionerna | läs mer',
  da: 'Regeringen fremlægger sin plan for pensionerne | læs mere',
  nb: 'Regjeringen legger fram sin plan for pensjonene | les mer',
  cs: 'Vláda představila svůj plán pro důchody | více',
  tr: 'Hükümet emeklilik planını açıkladı | devamı',
  ru: 'Правительство представило план пенсионной реформы | подробнее',
  uk: 'Уряд представив план пенсійної реформи | детальніше',
  ja: '政府が年金改革の計画を発表 | 続きを読む',
  zh: '政府公布养老金改革计划 | 阅读更多',
  ko: '정부 연금 개혁 계획 발표 | 더보기',
  id: 'Pemerintah umumkan rencana reformasi pensiun | selengkapnya',
  vi: 'Chính phủ công bố kế hoạch cải cách lương hưu | xem thêm',
  ar: 'الحكومة تعرض خطتها لإصلاح نظام التقاعد | المزيد',
  fa: 'دولت طرح اصلاح نظام بازنشستگی را ارائه کرد | ادامه مطلب',
  el: 'Η κυβέρνηση παρουσιάζει το σχέδιό της για τις συντάξεις | Περισσότερα',
  ro: 'Guvernul își prezintă planul pentru pensii | citește mai mult',
  hu: 'A kormány bemutatta a nyugdíjreform tervét | tovább',
  he: 'הממשלה מציגה את תוכנית הפנסיה החדשה | קראו עוד',
  hi: 'सरकार ने पेश की पेंशन सुधार की नई योजना | और पढ़ें',
  th: 'รัฐบาลเปิดแผนปฏิรูประบบบำนาญฉบับใหม่ | อ่านต่อ',
  fi: 'Hallitus esitteli eläkeuudistuksen suunnitelman | Lue lisää',
  bg: 'Правителството представи плана за пенсионна реформа | Прочетете още'
}

describe('teasers with their link after a bar in 30 languages', function () {
  it.each(languageCodes)('should strip the teaser of a page in %s as `related-teaser`, and keep its article', function (code) {
    const text = [headline(code), ...prose[code], linked[code]].join('\n\n')
    expectStripped(code, text, [linked[code]], 'related', 'related-teaser')
  })
})
