import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'

/**
 * Section names of a news site’s menu (politics, business, sport, culture,
 * weather) and a headline, in each language.
 */
const pages: Readonly<Record<LanguageCode, {menu: ReadonlyArray<string>; headline: string}>> = {
  en: {menu: ['Politics', 'Business', 'Sport', 'Culture', 'Weather'], headline: 'Old station becomes the town library'},
  de: {menu: ['Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Wetter'], headline: 'Alter Bahnhof wird zur Stadtbibliothek'},
  fr: {menu: ['Politique', 'Économie', 'Sport', 'Culture', 'Météo'], headline: 'L’ancienne gare devient la bibliothèque de la ville'},
  es: {menu: ['Política', 'Economía', 'Deportes', 'Cultura', 'Tiempo'], headline: 'La antigua estación se convierte en biblioteca'},
  it: {menu: ['Politica', 'Economia', 'Sport', 'Cultura', 'Meteo'], headline: 'La vecchia stazione diventa la biblioteca della città'},
  pt: {menu: ['Política', 'Economia', 'Desporto', 'Cultura', 'Tempo'], headline: 'Antiga estação passa a ser a biblioteca da cidade'},
  nl: {menu: ['Politiek', 'Economie', 'Sport', 'Cultuur', 'Weer'], headline: 'Oud station wordt de bibliotheek van de stad'},
  pl: {menu: ['Polityka', 'Gospodarka', 'Sport', 'Kultura', 'Pogoda'], headline: 'Stary dworzec zamieniony w bibliotekę miejską'},
  sv: {menu: ['Politik', 'Ekonomi', 'Sport', 'Kultur', 'Väder'], headline: 'Gamla stationen blir stadens bibliotek'},
  da: {menu: ['Politik', 'Økonomi', 'Sport', 'Kultur', 'Vejret'], headline: 'Den gamle banegård bliver byens bibliotek'},
  nb: {menu: ['Politikk', 'Økonomi', 'Sport', 'Kultur', 'Været'], headline: 'Den gamle stasjonen blir byens bibliotek'},
  cs: {menu: ['Politika', 'Ekonomika', 'Sport', 'Kultura', 'Počasí'], headline: 'Staré nádraží se stalo městskou knihovnou'},
  tr: {menu: ['Politika', 'Ekonomi', 'Spor', 'Kültür', 'Hava Durumu'], headline: 'Eski istasyon şehir kütüphanesi oldu'},
  ru: {menu: ['Политика', 'Экономика', 'Спорт', 'Культура', 'Погода'], headline: 'Старый вокзал стал городской библиотекой'},
  uk: {menu: ['Політика', 'Економіка', 'Спорт', 'Культура', 'Погода'], headline: 'Старий вокзал став міською бібліотекою'},
  ja: {menu: ['政治', '経済', 'スポーツ', '文化', '天気'], headline: '旧駅舎が町の図書館に生まれ変わる'},
  zh: {menu: ['政治', '经济', '体育', '文化', '天气'], headline: '旧火车站变身城市图书馆'},
  ko: {menu: ['정치', '경제', '스포츠', '문화', '날씨'], headline: '옛 기차역, 시립 도서관으로 재탄생'},
  id: {menu: ['Politik', 'Ekonomi', 'Olahraga', 'Budaya', 'Cuaca'], headline: 'Stasiun lama menjadi perpustakaan kota'},
  vi: {menu: ['Chính trị', 'Kinh tế', 'Thể thao', 'Văn hóa', 'Thời tiết'], headline: 'Nhà ga cũ trở thành thư viện thành phố'},
  ar: {menu: ['سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'الطقس'], headline: 'المحطة القديمة تتحول إلى مكتبة المدينة'},
  fa: {menu: ['سیاسی', 'اقتصادی', 'ورزشی', 'فرهنگی', 'آب و هوا'], headline: 'ایستگاه قدیمی به کتابخانه شهر تبدیل شد'},
  el: {menu: ['Πολιτική', 'Οικονομία', 'Αθλητισμός', 'Πολιτισμός', 'Καιρός'], headline: 'Ο παλιός σταθμός γίνεται η βιβλιοθήκη της πόλης'},
  ro: {menu: ['Politică', 'Economie', 'Sport', 'Cultură', 'Vremea'], headline: 'Vechea gară devine biblioteca orașului'},
  hu: {menu: ['Belföld', 'Gazdaság', 'Sport', 'Kultúra', 'Időjárás'], headline: 'A régi állomásból városi könyvtár lesz'},
  he: {menu: ['פוליטיקה', 'כלכלה', 'ספורט', 'תרבות', 'מזג אוויר'], headline: 'תחנת הרכבת הישנה הופכת לספריית העיר'},
  hi: {menu: ['राजनीति', 'बिज़नेस', 'खेल', 'संस्कृति', 'मौसम'], headline: 'पुराना रेलवे स्टेशन बना शहर का पुस्तकालय'},
  th: {menu: ['การเมือง', 'เศรษฐกิจ', 'กีฬา', 'วัฒนธรรม', 'สภาพอากาศ'], headline: 'สถานีรถไฟเก่ากลายเป็นห้องสมุดประจำเมือง'},
  fi: {menu: ['Politiikka', 'Talous', 'Urheilu', 'Kulttuuri', 'Sää'], headline: 'Vanhasta asemasta tulee kaupunginkirjasto'},
  bg: {menu: ['Политика', 'Икономика', 'Спорт', 'Култура', 'Времето'], headline: 'Старата гара става градска библиотека'}
}

describe('the article locator in 30 languages', function () {
  it.each(languageCodes)('should keep the article of a page in %s and strip its menus', function (code) {
    const {menu, headline} = pages[code]
    const [first, second] = prose[code]
    const result = clean([...menu, headline, first, second, ...menu].join('\n\n'))
    expect(result.language).toBe(code)
    expect(result.page.article).toBe(true)
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
    // Each menu item is stripped where it stands, above and below the article.
    const stripped = result.stripped.map((item) => item.actual)
    for (const item of menu) expect(stripped.filter((actual) => actual === item)).toHaveLength(2)
  })
})
