import {clean} from '../../src/index.js'
import {prose} from '../util/prose.js'

/**
 * Two paragraphs of a short news story in Thai, which writes no sentence
 * punctuation: a space ends a sentence, the end of the paragraph the last.
 */
const thai = [
  'สภาเมืองเปิดห้องสมุดแห่งใหม่ในสถานีรถไฟเก่าเมื่อวันจันทร์ หลังจากการก่อสร้างนานสามปีและการถกเถียงเรื่องค่าใช้จ่ายอย่างยาวนาน ครอบครัวหลายร้อยครอบครัวมาชมห้องอ่านหนังสือ ซึ่งยังคงรักษากระเบื้องดั้งเดิมและนาฬิกาเรือนใหญ่เหนือชานชาลาไว้',
  'บรรณารักษ์กล่าวว่าอาคารจะเปิดให้บริการจนถึงสี่ทุ่ม เพราะนักศึกษาหลายคนไม่มีที่เงียบสงบสำหรับทำงานที่บ้าน สภาเมืองหวังว่าร้านกาแฟบนชานชาลาเก่าจะช่วยจ่ายค่าเครื่องทำความร้อนบางส่วนในฤดูหนาว'
]

describe('scripts without sentence punctuation', function () {
  it('should keep both paragraphs of a Thai article around an ad label', function () {
    const page = ['ห้องสมุดในสถานีเก่า', thai[0], 'Advertisement', thai[1], 'Share this:', 'Home | News | Sport'].join('\n\n')
    const result = clean(page)
    expect(result.text).toContain(thai[0])
    expect(result.text).toContain(thai[1])
    expect(result.stripped.map((item) => item.category)).toEqual(['advert', 'share', 'navigation'])
  })
})

describe('Greek in capitals', function () {
  // Greek drops the tonos on capitals: lower case gives `σχετικα αρθρα`,
  // and the lexicons write `σχετικά άρθρα`.
  it.each([
    ['ΣΧΕΤΙΚΑ ΑΡΘΡΑ', 'related'],
    ['ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ', 'related'],
    ['ΚΟΙΝΟΠΟΙΗΣΗ', 'share'],
    ['ΣΧΟΛΙΑ', 'comments'],
    ['ΔΗΜΟΣΙΕΥΣΗ: 5 ΙΟΥΝΙΟΥ 2025, 14:30', 'timestamp'],
    ['ΕΤΙΚΕΤΕΣ: ΟΙΚΟΝΟΜΙΑ, ΠΟΛΙΤΙΚΗ', 'tags']
  ])('should name `%s` as `%s`, as its lower case is named', function (line, category) {
    const [first, second] = prose.el
    const result = clean([first, line, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === line)?.category).toBe(category)
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })
})
