import {clean} from '../../src/index.js'

// Right-to-left pages are judged, not just survived: their language is told,
// their prose kept, their menus and footers stripped.
const arabic = [
  'قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم أمام السيارات في الربيع المقبل، لأن اثنين من أعمدته قد تآكلا وأن الإصلاح سيكلف الكثير من المال.',
  'ويقول سكان الضفة الشرقية إن الطريق إلى المدرسة والسوق سيصبح أطول بكثير، ويطالبون بخط حافلات جديد يمر عبر الجسر الجديد.',
  'وقال رئيس البلدية إن دراسة الجسر الجديد ستكون جاهزة في الخريف، وإن الأشغال ستستمر عامين على الأقل قبل افتتاحه.',
  'كما ناقش المجلس تكلفة جسر مؤقت للمشاة وراكبي الدراجات، على أن يتخذ القرار في جلسته المقبلة في شهر مايو.'
]

const hebrew = [
  'המועצה המקומית החליטה ביום שלישי לסגור את הגשר הישן בפני מכוניות באביב הבא, כי שניים מהעמודים שלו שחוקים והתיקון יעלה הרבה כסף.',
  'התושבים בגדה המזרחית אומרים שהדרך לבית הספר ולשוק תהיה ארוכה הרבה יותר, והם מבקשים קו אוטובוס חדש שיעבור בגשר החדש.',
  'ראש העיר אמר שהתכנון של הגשר החדש יהיה מוכן בסתיו, ושהעבודות יימשכו שנתיים לפחות לפני שייפתח לתנועה.',
  'המועצה דנה גם בעלות של גשר זמני להולכי רגל ולרוכבי אופניים, וההחלטה תתקבל בישיבה הבאה בחודש מאי.'
]

describe('right-to-left pages', function () {
  it.each([
    {
      language: 'ar',
      text: arabic,
      before: ['الرئيسية', 'أخبار', 'رياضة', 'اقتصاد'],
      headline: 'المجلس البلدي يغلق الجسر القديم أمام السيارات',
      after: ['شارك', 'فيسبوك', 'تويتر', 'جميع الحقوق محفوظة © 2024']
    },
    {
      language: 'he',
      text: hebrew,
      before: ['דף הבית', 'חדשות', 'ספורט', 'כלכלה'],
      headline: 'המועצה תסגור את הגשר הישן לרכבים',
      after: ['שתפו', 'כל הזכויות שמורות']
    }
  ])('should keep the article of a page in `$language` and strip its chrome', function ({language, text, before, headline, after}) {
    const result = clean([...before, headline, ...text, ...after].join('\n\n'))
    expect(result.language).toBe(language)
    expect(result.page.article).toBe(true)
    for (const line of text) expect(result.text).toContain(line)
    const stripped = result.stripped.map((item) => item.actual)
    for (const line of [...before, ...after]) expect(stripped).toContain(line)
  })
})
