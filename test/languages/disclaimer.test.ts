import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectStripped, headline} from './page.js'

/**
 * An affiliate disclosure and an advice disclaimer in each language.
 */
const notices: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: [
    'Some of the links in this article are affiliate links, which means we may earn a small commission.',
    'This article is for informational purposes only and does not constitute financial advice.'
  ],
  de: [
    'Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.',
    'Dieser Artikel dient ausschließlich der Information und stellt keine Anlageberatung dar.'
  ],
  fr: [
    'Si vous achetez via ces liens, nous pouvons percevoir une commission.',
    'Cet article est fourni à titre informatif uniquement et ne constitue pas un conseil en investissement.'
  ],
  es: [
    'Si compras a través de estos enlaces, podemos recibir una comisión.',
    'Este contenido es solo con fines informativos y no constituye asesoramiento financiero.'
  ],
  it: [
    'Se acquisti tramite questi link, potremmo ricevere una commissione.',
    'Le informazioni sono a scopo puramente informativo e non costituiscono consulenza finanziaria.'
  ],
  pt: [
    'Se comprar através destes links, podemos receber uma comissão.',
    'Este conteúdo tem caráter meramente informativo e não constitui aconselhamento financeiro.'
  ],
  nl: [
    'Als u via deze links iets koopt, ontvangen wij een commissie.',
    'Dit artikel is uitsluitend bedoeld ter informatie en is geen beleggingsadvies.'
  ],
  pl: [
    'Jeśli kupisz przez te linki, możemy otrzymać prowizję.',
    'Artykuł służy wyłącznie w celach informacyjnych i nie stanowi porady inwestycyjnej.'
  ],
  sv: [
    'Om du köper via länkarna kan vi få provision.',
    'Artikeln är endast i informationssyfte och utgör inte investeringsrådgivning.'
  ],
  da: [
    'Hvis du køber via linkene, kan vi modtage provision.',
    'Artiklen er kun til informationsformål og er ikke investeringsrådgivning.'
  ],
  nb: [
    'Hvis du kjøper via lenkene, kan vi få provisjon.',
    'Artikkelen er kun til informasjonsformål og er ikke investeringsrådgivning.'
  ],
  cs: [
    'Pokud nakoupíte přes tyto odkazy, můžeme získat provizi.',
    'Článek slouží pouze pro informační účely a nepředstavuje investiční doporučení.'
  ],
  tr: [
    'Bu bağlantılar üzerinden alışveriş yaparsanız komisyon kazanabiliriz.',
    'Bu içerik yalnızca bilgilendirme amaçlıdır ve yatırım tavsiyesi değildir.'
  ],
  ru: [
    'Если вы купите товар по этим ссылкам, мы можем получить комиссию.',
    'Материал носит информационный характер и не является инвестиционной рекомендацией.'
  ],
  uk: [
    'Якщо ви купите товар за цими посиланнями, ми можемо отримати комісію.',
    'Матеріал має інформаційний характер і не є інвестиційною рекомендацією.'
  ],
  ja: ['本ページはプロモーションが含まれています', '免責事項：本記事は情報提供を目的としており、投資勧誘を目的としたものではありません。'],
  zh: ['作为亚马逊联盟成员，我们可能会获得佣金。', '本文仅供参考，不构成投资建议。'],
  ko: [
    '이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.',
    '면책 조항: 이 글은 정보 제공 목적으로만 작성되었습니다.'
  ],
  id: [
    'Jika Anda membeli melalui tautan ini, kami mungkin menerima komisi.',
    'Artikel ini hanya untuk tujuan informasi dan bukan merupakan saran investasi.'
  ],
  vi: [
    'Nếu bạn mua qua các liên kết này, chúng tôi có thể nhận được hoa hồng.',
    'Bài viết chỉ mang tính chất tham khảo, không phải là lời khuyên đầu tư.'
  ],
  ar: ['إذا اشتريت عبر هذه الروابط، قد نحصل على عمولة.', 'إخلاء المسؤولية: هذا المقال لا يعد نصيحة استثمارية.'],
  fa: ['اگر از طریق این لینک‌ها خرید کنید، ممکن است کمیسیون دریافت کنیم.', 'سلب مسئولیت: این مطلب جایگزین مشاوره پزشکی نیست.'],
  el: [
    'Αν αγοράσετε μέσω αυτών των συνδέσμων, ενδέχεται να λάβουμε προμήθεια.',
    'Το άρθρο έχει αποκλειστικά ενημερωτικό χαρακτήρα και δεν αποτελεί επενδυτική συμβουλή.'
  ],
  ro: [
    'Dacă cumperi prin aceste linkuri, putem primi un comision.',
    'Acest articol are caracter pur informativ și nu constituie o recomandare de investiții.'
  ],
  hu: [
    'Ha ezeken a linkeken keresztül vásárolsz, jutalékot kaphatunk.',
    'A cikk kizárólag tájékoztató jellegű, és nem minősül befektetési tanácsadásnak.'
  ],
  he: ['אם תרכשו מוצר דרך הקישורים בכתבה, ייתכן שנקבל עמלה.', 'המידע בכתבה נועד למטרות מידע בלבד ואינו מהווה ייעוץ השקעות.'],
  hi: [
    'अगर आप इन लिंक के ज़रिए खरीदारी करते हैं, तो हमें कमीशन मिल सकता है।',
    'डिस्क्लेमर: यह लेख केवल सामान्य जानकारी के लिए है और निवेश की सलाह नहीं है।'
  ],
  th: ['หากคุณซื้อสินค้าผ่านลิงก์เหล่านี้ เราอาจได้รับค่าคอมมิชชั่น', 'บทความนี้ไม่ใช่คำแนะนำในการลงทุน ผู้อ่านควรศึกษาข้อมูลก่อนตัดสินใจ'],
  fi: [
    'Jos ostat tuotteen näiden linkkien kautta, saatamme saada komission.',
    'Artikkeli on laadittu vain tiedotustarkoituksessa, eikä se ole sijoitussuositus.'
  ],
  bg: [
    'Ако пазарувате чрез тези връзки, може да получим комисиона.',
    'Статията има само информативен характер и не представлява инвестиционен съвет.'
  ]
}

/**
 * A page in a language: headline, a disclosure, the article, a disclaimer.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  const [affiliate, advice] = notices[code]
  return [headline(code), affiliate, first, second, advice].join('\n\n')
}

describe('disclaimers in 30 languages', function () {
  it.each(languageCodes)('should strip the disclaimers of a page in %s as `disclaimer`, and keep its article', function (code) {
    expectStripped(code, page(code), notices[code], 'disclaimer')
  })

  it.each(['de', 'fr', 'es', 'ru', 'ja', 'zh'] as const)('should keep them in %s with `disclaimer` off', function (code) {
    const result = clean(page(code), {rules: {disclaimer: false}})
    expect(result.text).toContain(notices[code][1])
  })
})

/**
 * A note on why the site can be trusted, in each language.
 */
const trust: Readonly<Record<LanguageCode, string>> = {
  en: 'Why you can trust Daily Planet',
  de: 'Warum Sie dem Tagblatt vertrauen können',
  fr: 'Pourquoi faire confiance à La Gazette ?',
  es: 'Por qué puedes confiar en El Diario',
  it: 'Perché fidarsi di Il Giornale',
  pt: 'Por que você pode confiar no Jornal',
  nl: 'Waarom je De Krant kunt vertrouwen',
  pl: 'Dlaczego możesz nam zaufać',
  sv: 'Varför du kan lita på Dagbladet',
  da: 'Hvorfor du kan stole på Avisen',
  nb: 'Hvorfor du kan stole på Avisa',
  cs: 'Proč můžete věřit Deníku',
  tr: 'Neden Gazete’ye güvenebilirsiniz',
  ru: 'Почему вы можете доверять Газете',
  uk: 'Чому ви можете довіряти Газеті',
  ja: '日報を信頼できる理由',
  zh: '为什么可以信赖日报',
  ko: '일보를 믿을 수 있는 이유',
  id: 'Mengapa Anda dapat mempercayai Harian',
  vi: 'Tại sao bạn có thể tin tưởng Nhật Báo',
  ar: 'لماذا يمكنك الوثوق بالجريدة',
  fa: 'چرا می‌توانید به روزنامه اعتماد کنید',
  el: 'Γιατί μπορείτε να εμπιστευτείτε την Εφημερίδα',
  ro: 'De ce poți avea încredere în Gazetă',
  hu: 'Miért bízhatsz a Hírlapban',
  he: 'למה אפשר לסמוך על העיתון',
  hi: 'आप दैनिक समाचार पर भरोसा क्यों कर सकते हैं',
  th: 'ทำไมคุณถึงไว้วางใจเดลี่นิวส์ได้',
  fi: 'Miksi voit luottaa Päivälehteen',
  bg: 'Защо можете да се доверите на Вестника'
}

describe('trust notes in 30 languages', function () {
  it.each(languageCodes)('should strip the trust note of a page in %s as `disclaimer-editorial`, and keep its article', function (code) {
    const text = [headline(code), ...prose[code], trust[code]].join('\n\n')
    expectStripped(code, text, [trust[code]], 'disclaimer', 'disclaimer-editorial')
  })
})
