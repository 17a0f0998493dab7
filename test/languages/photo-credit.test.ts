import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {headlines} from './headlines.js'
import {expectKept, expectStripped} from './page.js'

/**
 * A photo credit between the paragraphs of the article, in each language.
 */
const credits: Readonly<Record<LanguageCode, string>> = {
  en: 'Photo: Jane Doe/Reuters',
  de: 'Foto: dpa',
  fr: 'Crédit photo : AFP',
  es: 'Foto: EFE',
  it: 'Foto: ANSA',
  pt: 'Foto: Lusa',
  nl: 'Foto: ANP',
  pl: 'Fot. PAP/Leszek Szymański',
  sv: 'Bild: TT',
  da: 'Foto: Ritzau Scanpix',
  nb: 'Foto: NTB',
  cs: 'Foto: ČTK',
  tr: 'Fotoğraf: AA',
  ru: 'Фото: РИА Новости',
  uk: 'Фото: Укрінформ',
  ja: '写真：共同通信',
  zh: '图片来源：视觉中国',
  ko: '사진=연합뉴스',
  id: 'Foto: Antara',
  vi: 'Ảnh: TTXVN',
  ar: 'الصورة: رويترز',
  fa: 'عکس: ایرنا',
  el: 'Φωτογραφία: EUROKINISSI',
  ro: 'Sursa foto: Inquam Photos / Octav Ganea',
  hu: 'Fotó: MTI/Koszticsák Szilárd',
  he: 'צילום: רויטרס',
  hi: 'फोटो: पीटीआई',
  th: 'ภาพ: รอยเตอร์',
  fi: 'Kuva: Jussi Nukari / Lehtikuva',
  bg: 'Снимка: БТА'
}

/**
 * A page in a language: headline, article, with the credit of its picture
 * between the paragraphs.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  return [headlines[code], first, credits[code], second].join('\n\n')
}

/**
 * Clean a line between the two paragraphs of a language's article.
 *
 * @param code
 *   Language.
 * @param line
 *   Line.
 * @returns
 *   Result, and the paragraphs.
 */
function between(code: LanguageCode, line: string): {result: ReturnType<typeof clean>; first: string; second: string} {
  const [first, second] = prose[code]
  return {result: clean([first, line, second].join('\n\n')), first, second}
}

describe('photo credits in 30 languages', function () {
  it.each(languageCodes)('should strip the photo credit of a page in %s as `photo-credit`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code))
    expect(result.stripped.find((item) => item.actual === credits[code])?.category).toBe('photo-credit')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'pl', 'ru', 'ja'] as const)('should keep it in %s with `photo-credit` off', function (code) {
    const result = clean(page(code), {rules: {'photo-credit': false}})
    expect(result.text).toContain(credits[code])
  })
})

describe('photo credits that name a person in a script without case', function () {
  // A name in Arabic, Hebrew or Devanagari has no capital to tell it by: a
  // few words after the label are the credit, more are a caption.
  it.each([
    ['ar', 'تصوير: أحمد محمد'],
    ['he', 'צילום: אי.פי'],
    ['hi', 'फोटो साभार: सोशल मीडिया'],
    ['fa', 'عکس: علی رضایی']
  ] as const)('should strip the credit in %s (`%s`)', function (code, line) {
    const {result, first} = between(code, line)
    expect(result.stripped.find((item) => item.actual === line)?.category).toBe('photo-credit')
    expect(result.text).toContain(first)
  })

  it.each([
    ['ar', 'صورة: الرئيس يتحدث في المؤتمر الصحفي أمس'],
    ['he', 'צילום: ראש העירייה פותח את הספרייה החדשה']
  ] as const)('should keep a caption after the label in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})

describe('photo credits that name their source by common words', function () {
  // A press office, a handout, the photographer's family, a screenshot:
  // lower-case words where a name would be.
  it.each([
    ['en', 'Photo: handout'],
    ['en', 'Image: screenshot'],
    ['de', 'Foto: privat'],
    ['de', 'Bild: Hersteller'],
    ['fr', 'Photo : capture d’écran'],
    ['es', 'Foto: cortesía'],
    ['it', 'Foto: ufficio stampa'],
    ['pt', 'Foto: divulgação'],
    ['nl', 'Foto: archief'],
    ['pl', 'Fot. materiały prasowe'],
    ['sv', 'Foto: privat'],
    ['cs', 'Foto: archiv autora'],
    ['tr', 'Fotoğraf: sosyal medya'],
    ['ru', 'Фото: пресс-служба мэрии Москвы'],
    ['ru', 'Фото: из открытых источников'],
    ['uk', 'Фото: з відкритих джерел'],
    ['id', 'Foto: Dok. Istimewa'],
    ['id', 'Foto: dok. pribadi'],
    ['vi', 'Ảnh: tư liệu']
  ] as const)('should strip the credit in %s (`%s`)', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, line, second].join('\n\n'), [line], 'photo-credit')
  })

  it.each([
    ['en', 'Photo: supplied by the council to every resident'],
    ['de', 'Foto: privat aufgenommen im Garten der Familie'],
    ['ru', 'Фото: пресс-служба заявила, что мэр уехал'],
    ['es', 'Foto: archivo de la familia, tomada en 1950 en el puerto'],
    ['id', 'Foto: istimewa sekali pemandangan pagi ini di pantai']
  ] as const)('should keep a caption or a sentence after the label in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})

describe('photo credits that put the label after the name', function () {
  it.each([
    ['ko', '[연합뉴스 자료사진]'],
    ['ko', '서울시 제공'],
    ['zh', '新华社记者 李明 摄'],
    ['zh', '（新华社记者 李明 摄）'],
    ['ja', '共同通信提供']
  ] as const)('should strip the credit in %s (`%s`)', function (code, line) {
    const {result, first} = between(code, line)
    expect(result.stripped.find((item) => item.actual === line)?.category).toBe('photo-credit')
    expect(result.text).toContain(first)
  })

  it.each([
    ['zh', '这是他在北京拍摄'],
    ['ja', '写真は共同通信が提供'],
    ['ko', '이 사진은 연합뉴스가 제공했다']
  ] as const)('should keep a clause that ends in the same word in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})
