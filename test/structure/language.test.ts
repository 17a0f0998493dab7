import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {clean, detectLanguage} from '../../src/index.js'
import {languageSets, languages, masks, scriptLanguage, stopwordsOf} from '../../src/structure/language.js'
import {languageCodes, prose} from '../util/prose.js'

describe('detectLanguage', function () {
  it.each(languageCodes)('should tell %s from two paragraphs', function (code) {
    expect(detectLanguage(prose[code].join('\n\n'))).toBe(code)
  })

  it.each([
    ['Ο δήμος αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα του ποταμού για τα αυτοκίνητα από την επόμενη άνοιξη, γιατί δύο βάθρα έχουν φθαρεί και η επισκευή θα κοστίσει πολλά.', 'el'],
    ['Kaupunginvaltuusto päätti tiistaina, että vanha silta suljetaan autoilta ensi keväänä, koska kaksi pilaria on kulunut ja korjaus olisi hyvin kallis. Asukkaat ovat sitä mieltä, että matka kouluun on nyt paljon pidempi.', 'fi'],
    ['Consiliul local a decis marți să închidă vechiul pod pentru mașini din primăvara viitoare, pentru că doi dintre piloni sunt uzați și reparația ar fi foarte scumpă pentru oraș.', 'ro'],
    ['המועצה המקומית החליטה ביום שלישי לסגור את הגשר הישן בפני מכוניות באביב הבא, כי שניים מהעמודים שלו שחוקים והתיקון יעלה הרבה כסף לעירייה. התושבים אומרים שהדרך לבית הספר ולשוק תהיה ארוכה יותר, והם מבקשים שיהיה אוטובוס.', 'he'],
    ['قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم أمام السيارات في الربيع المقبل، لأن اثنين من أعمدته قد تآكلا وأن الإصلاح سيكلف الكثير من المال.', 'ar'],
    ['สภาเมืองมีมติเมื่อวันอังคารให้ปิดสะพานเก่าสำหรับรถยนต์ตั้งแต่ฤดูใบไม้ผลิหน้า เพราะเสาสองต้นสึกหรอและการซ่อมจะมีค่าใช้จ่ายสูงมาก', 'th']
  ])('should tell a language beyond the 20 (%#)', function (text, code) {
    expect(detectLanguage(text)).toBe(code)
  })

  it.each(['', 'Home', 'Home\nNews\nSport', '1 2 3 4 5', '\u0000\u0001\u0002', '🙂🙂🙂'])(
    'should say `und` for text without enough words (%j)',
    function (text) {
      expect(detectLanguage(text)).toBe('und')
    }
  )
})

describe('scriptLanguage', function () {
  it.each([
    [['町議会は月曜日、新しい図書館を開館した。'], 'ja'],
    [['市议会周一开放了新的图书馆。'], 'zh'],
    [['시의회는 월요일 새 도서관을 열었다.'], 'ko'],
    [['สภาเมืองเปิดห้องสมุดใหม่'], 'th'],
    [['The council opened a library.'], 'und'],
    [['市议会 opened the new library in the old railway station on Monday, after three years'], 'und'],
    [[''], 'und']
  ])('should read %j as %j', function (values, code) {
    expect(scriptLanguage(values)).toBe(code)
  })
})

describe('stopword lists', function () {
  it('should cover more than 40 languages, the lexicon languages among them where words are spaced', function () {
    expect(languages.length).toBeGreaterThanOrEqual(40)
    for (const code of languageCodes) {
      // Told by their script: written without spaces between words.
      if (code === 'ja' || code === 'zh' || code === 'ko' || code === 'th') continue
      expect(stopwordsOf(code).size).toBeGreaterThanOrEqual(30)
    }
  })

  it('should map every word to the set of exactly the languages that list it', function () {
    for (const [word, id] of masks) {
      const listed = languages.flatMap((code, index) => (stopwordsOf(code).has(word) ? [index] : []))
      expect(languageSets[id]).toEqual(listed)
    }
  })

  it('should be what `npm run data:stopwords` writes from stopwords-iso', function () {
    const script = path.join(__dirname, '..', '..', 'bench', 'stopwords.mjs')
    expect(execFileSync(process.execPath, [script, '--check'], {encoding: 'utf8'})).toMatch(/up to date \(\d+ languages\)/)
  })
})

describe('clean(): language', function () {
  it.each(['de', 'pl', 'ja', 'ko'] as const)('should report the language of a %s page', function (code) {
    expect(clean(['Home', prose[code][0], 'Share', prose[code][1]].join('\n\n')).language).toBe(code)
  })

  it('should report it when the locator does not run', function () {
    expect(clean(prose.fr.join('\n\n'), {rules: {chrome: false}}).language).toBe('fr')
    expect(clean('Bonjour').language).toBe('und')
  })
})
