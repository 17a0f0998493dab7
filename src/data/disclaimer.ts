import type {Lexicon} from './lexicon.js'

/**
 * What an affiliate disclosure says, lower case, matched anywhere in a short
 * line (up to 400 characters): `Wenn Sie über diese Links einkaufen,
 * erhalten wir eine Provision`, `nous percevons une commission`,
 * `プロモーションが含まれています`.
 *
 * ###### Notes
 * The site speaks of itself (“we receive a commission”): an article sentence
 * about commissions speaks of others. English is in the rule’s own
 * expression, as its disclosures vary more than a list can say.
 */
export const affiliatePhrases: Lexicon = {
  de: [
    'als amazon-partner verdiene ich',
    'als amazon-partner verdienen wir',
    'bekommen wir eine kleine provision',
    'bekommen wir eine provision',
    'erhalten wir eine kleine provision',
    'erhalten wir eine provision',
    'erhalten wir gegebenenfalls eine provision',
    'erhalten wir ggf. eine provision',
    'wir erhalten eine kleine provision',
    'wir erhalten eine provision'
  ],
  fr: [
    'en tant que partenaire amazon, nous',
    'nous percevons une commission',
    'nous pouvons percevoir une commission',
    'nous pouvons recevoir une commission',
    'nous recevons une commission',
    'nous touchons une commission'
  ],
  es: [
    'como afiliado de amazon, obtenemos',
    'ganamos una comisión',
    'obtenemos una comisión',
    'podemos recibir una comisión',
    'podríamos recibir una comisión',
    'recibimos una comisión'
  ],
  it: [
    'in qualità di affiliato amazon',
    'percepiamo una commissione',
    'possiamo ricevere una commissione',
    'potremmo ricevere una commissione',
    'riceviamo una commissione'
  ],
  pt: [
    'como associado da amazon',
    'ganhamos uma comissão',
    'podemos receber uma comissão',
    'poderemos receber uma comissão',
    'recebemos uma comissão'
  ],
  nl: [
    'kunnen we een commissie ontvangen',
    'kunnen wij een commissie ontvangen',
    'ontvangen we een commissie',
    'ontvangen we een kleine commissie',
    'ontvangen wij een commissie',
    'ontvangen wij een vergoeding'
  ],
  pl: [
    'dostajemy prowizję',
    'możemy otrzymać prowizję',
    'możemy otrzymywać prowizję',
    'otrzymamy prowizję',
    'otrzymujemy prowizję'
  ],
  sv: [
    'får vi en provision',
    'får vi provision',
    'kan vi få en provision',
    'kan vi få provision',
    'vi får en provision',
    'vi får provision',
    'vi kan få en provision',
    'vi kan få provision'
  ],
  da: [
    'kan vi modtage en provision',
    'kan vi modtage provision',
    'modtager vi en kommission',
    'modtager vi provision',
    'vi kan modtage provision',
    'vi modtager kommission',
    'vi modtager provision'
  ],
  nb: [
    'får vi en provisjon',
    'får vi provisjon',
    'kan vi få en provisjon',
    'kan vi få provisjon',
    'vi får provisjon',
    'vi kan motta provisjon',
    'vi mottar provisjon'
  ],
  cs: ['dostaneme provizi', 'můžeme obdržet provizi', 'můžeme získat provizi', 'obdržíme provizi', 'získáme provizi'],
  tr: [
    'bir komisyon kazanırız',
    'komisyon alabiliriz',
    'komisyon alıyoruz',
    'komisyon kazanabiliriz',
    'komisyon kazanıyoruz'
  ],
  ru: [
    'мы можем получать комиссию',
    'мы можем получить комиссию',
    'мы получаем вознаграждение',
    'мы получаем комиссию',
    'мы получим комиссию'
  ],
  uk: ['ми можемо отримати комісію', 'ми можемо отримувати комісію', 'ми отримаємо комісію', 'ми отримуємо комісію'],
  ja: ['アフィリエイトプログラムを利用しています', 'アフィリエイト広告を利用しています', 'アフィリエイト広告を含みます', 'プロモーションが含まれています', 'プロモーションを含みます', '広告が含まれています'],
  zh: ['我们会获得佣金', '我们可能会获得佣金', '我们可能获得佣金', '我们将获得佣金', '我們可能會獲得佣金', '本文包含推广链接', '本文包含联盟链接'],
  ko: ['수수료를 받을 수 있습니다', '수수료를 제공받을 수 있습니다', '일정액의 수수료를 제공받습니다', '쿠팡 파트너스 활동', '파트너스 활동의 일환으로'],
  id: [
    'kami dapat menerima komisi',
    'kami mendapat komisi',
    'kami mendapatkan komisi',
    'kami menerima komisi',
    'kami mungkin menerima komisi'
  ],
  vi: [
    'chúng tôi có thể nhận hoa hồng',
    'chúng tôi có thể nhận được hoa hồng',
    'chúng tôi nhận hoa hồng',
    'chúng tôi sẽ nhận được hoa hồng'
  ],
  ar: ['نتلقى عمولة', 'نحصل على عمولة', 'نكسب عمولة'],
  fa: ['ممکن است کمیسیون دریافت کنیم', 'ممکن است ما کمیسیون دریافت کنیم', 'ممکن است پورسانت دریافت کنیم'],
  el: [
    'ενδέχεται να κερδίσουμε προμήθεια',
    'ενδέχεται να λάβουμε προμήθεια',
    'λαμβάνουμε προμήθεια',
    'μπορεί να λάβουμε προμήθεια'
  ],
  ro: ['primim un comision', 'putem câștiga un comision', 'putem primi un comision', 'vom primi un comision'],
  hu: ['jutalékban részesülhetünk', 'jutalékban részesülünk', 'jutalékot kaphatunk', 'jutalékot kapunk'],
  he: ['אנו מקבלים עמלה', 'אנו עשויים לקבל עמלה', 'אנחנו מקבלים עמלה', 'אנחנו עשויים לקבל עמלה', 'ייתכן שנקבל עמלה'],
  hi: ['हम कमीशन कमा सकते हैं', 'हमें एक छोटा कमीशन मिल सकता है', 'हमें कमीशन मिल सकता है', 'हमें कमीशन मिलता है'],
  th: ['เราจะได้รับค่าคอมมิชชั่น', 'เราได้รับค่าคอมมิชชั่น', 'เราอาจได้รับค่าคอมมิชชัน', 'เราอาจได้รับค่าคอมมิชชั่น'],
  fi: [
    'saamme komission',
    'saamme pienen komission',
    'saamme provision',
    'saatamme saada komission',
    'saatamme saada pienen komission',
    'saatamme saada provision'
  ],
  bg: [
    'бихме могли да получим комисиона',
    'може да получим комисиона',
    'може да получим малка комисиона',
    'получаваме комисиона'
  ]
}

/**
 * What an advice disclaimer says, lower case, matched anywhere in a short
 * line: `dient ausschließlich der Information`, `ne constitue pas un conseil`,
 * `不构成投资建议`; an entry that ends in a colon opens the line
 * (`Haftungsausschluss:`).
 *
 * ###### Notes
 * Phrases that say the text itself is for information only, or is not
 * advice; bare words (`Anlageberatung`, `informativo`) are ordinary prose.
 */
export const advicePhrases: Lexicon = {
  de: [
    'dienen ausschließlich der information',
    'dienen ausschließlich informationszwecken',
    'dient ausschließlich der information',
    'dient ausschließlich informationszwecken',
    'dient lediglich der information',
    'dient lediglich informationszwecken',
    'dient nur der information',
    'ersetzt keine ärztliche beratung',
    'ersetzt keinen arztbesuch',
    'ersetzt nicht den besuch beim arzt',
    'haftungsausschluss:',
    'ist keine anlageberatung',
    'stellen keine anlageberatung dar',
    'stellt keine anlageberatung dar',
    'stellt keine kaufempfehlung dar',
    'stellt keine rechtsberatung dar'
  ],
  fr: [
    'avertissement :',
    'ne constitue en aucun cas un conseil',
    'ne constitue pas un conseil',
    'ne constitue pas une recommandation d\'investissement',
    'ne remplace pas un avis médical',
    'ne remplace pas une consultation médicale',
    'à titre informatif uniquement',
    'à titre purement informatif'
  ],
  es: [
    'descargo de responsabilidad:',
    'exclusivamente con fines informativos',
    'no constituye asesoramiento',
    'no constituye una recomendación de inversión',
    'no sustituye el consejo médico',
    'no sustituye la consulta con un médico',
    'solo con fines informativos',
    'sólo con fines informativos',
    'únicamente con fines informativos'
  ],
  it: [
    'a scopo puramente informativo',
    'a solo scopo informativo',
    'a titolo puramente informativo',
    'esclusione di responsabilità:',
    'non costituisce consulenza',
    'non costituisce un consiglio di investimento',
    'non sostituisce il parere del medico',
    'non sostituisce il parere medico'
  ],
  pt: [
    'apenas para fins informativos',
    'carácter meramente informativo',
    'caráter meramente informativo',
    'isenção de responsabilidade:',
    'não constitui aconselhamento',
    'não constitui recomendação de investimento',
    'não substitui a consulta',
    'não substitui o aconselhamento médico',
    'somente para fins informativos'
  ],
  nl: [
    'alleen bedoeld ter informatie',
    'disclaimer:',
    'is geen beleggingsadvies',
    'uitsluitend bedoeld ter informatie',
    'vervangt geen medisch advies',
    'vervangt niet het advies van een arts',
    'vormt geen beleggingsadvies'
  ],
  pl: [
    'nie stanowi porady',
    'nie stanowi rekomendacji inwestycyjnej',
    'nie zastępuje konsultacji z lekarzem',
    'nie zastępuje porady lekarskiej',
    'tylko w celach informacyjnych',
    'wyłącznie w celach informacyjnych',
    'zastrzeżenie prawne:'
  ],
  sv: [
    'ansvarsfriskrivning:',
    'endast i informationssyfte',
    'ersätter inte medicinsk rådgivning',
    'utgör inte investeringsrådgivning',
    'utgör inte rådgivning',
    'är inte investeringsrådgivning'
  ],
  da: [
    'ansvarsfraskrivelse:',
    'er ikke investeringsrådgivning',
    'erstatter ikke lægefaglig rådgivning',
    'kun til informationsformål',
    'udelukkende til informationsformål',
    'udgør ikke rådgivning'
  ],
  nb: [
    'ansvarsfraskrivelse:',
    'er ikke investeringsrådgivning',
    'erstatter ikke medisinsk rådgivning',
    'kun til informasjonsformål',
    'utelukkende til informasjonsformål',
    'utgjør ikke rådgivning'
  ],
  cs: [
    'nenahrazuje lékařskou konzultaci',
    'nenahrazuje návštěvu lékaře',
    'nenahrazuje odbornou lékařskou pomoc',
    'nepředstavuje investiční doporučení',
    'pouze pro informační účely',
    'vyloučení odpovědnosti:',
    'výhradně pro informační účely'
  ],
  tr: [
    'hekime danışmadan',
    'sadece bilgilendirme amaçlıdır',
    'sorumluluk reddi:',
    'tıbbi tavsiye yerine geçmez',
    'yalnızca bilgilendirme amaçlıdır',
    'yatırım danışmanlığı kapsamında değildir',
    'yatırım tavsiyesi değildir'
  ],
  ru: [
    'не заменяет консультацию врача',
    'не является инвестиционной рекомендацией',
    'не является индивидуальной инвестиционной рекомендацией',
    'не является медицинской рекомендацией',
    'не является публичной офертой',
    'носит информационный характер',
    'носит исключительно информационный характер',
    'отказ от ответственности:'
  ],
  uk: [
    'відмова від відповідальності:',
    'має виключно інформаційний характер',
    'має інформаційний характер',
    'не замінює консультацію лікаря',
    'не є медичною порадою',
    'не є інвестиційною рекомендацією'
  ],
  ja: [
    '免責事項:',
    '医学的なアドバイスではありません',
    '医師の診断に代わるものではありません',
    '情報提供を目的としたもので',
    '情報提供を目的としており',
    '投資助言ではありません',
    '投資勧誘を目的としたものではありません'
  ],
  zh: ['不构成任何投资建议', '不构成投资建议', '不構成投資建議', '不能代替医生的诊断', '不能替代医生的诊断', '免責聲明:', '免责声明:', '内容仅供参考', '本文仅供参考'],
  ko: ['면책 조항:', '의학적 조언을 대체하지', '정보 제공 목적으로만', '투자 권유를 목적으로 하지 않', '투자 조언이 아닙니다'],
  id: [
    'bukan ajakan untuk membeli',
    'bukan merupakan saran investasi',
    'bukan nasihat medis',
    'hanya bertujuan untuk memberikan informasi',
    'hanya untuk tujuan informasi',
    'penafian:',
    'tidak menggantikan konsultasi dengan dokter'
  ],
  vi: [
    'chỉ có tính chất tham khảo',
    'chỉ mang tính chất tham khảo',
    'chỉ nhằm mục đích cung cấp thông tin',
    'không phải là lời khuyên đầu tư',
    'không thay thế cho việc chẩn đoán',
    'không thay thế lời khuyên của bác sĩ',
    'miễn trừ trách nhiệm:'
  ],
  ar: [
    'إخلاء المسؤولية:',
    'إخلاء مسؤولية:',
    'لا تعد نصيحة استثمارية',
    'لا تغني عن استشارة الطبيب',
    'لا يعد نصيحة استثمارية',
    'لا يغني عن استشارة الطبيب',
    'ليست نصيحة استثمارية',
    'ولا تغني عن استشارة الطبيب'
  ],
  fa: ['جایگزین مشاوره با پزشک نیست', 'جایگزین مشاوره پزشکی نیست', 'سلب مسئولیت:', 'سلب مسؤولیت:'],
  el: [
    'αποκλειστικά για ενημερωτικούς σκοπούς',
    'αποποίηση ευθύνης:',
    'δεν αποτελεί επενδυτική συμβουλή',
    'δεν αποτελεί ιατρική συμβουλή',
    'έχει αποκλειστικά ενημερωτικό χαρακτήρα',
    'έχει καθαρά ενημερωτικό χαρακτήρα',
    'μόνο για ενημερωτικούς σκοπούς'
  ],
  ro: [
    'are caracter pur informativ',
    'au caracter pur informativ',
    'declinarea responsabilității:',
    'doar în scop informativ',
    'exclusiv în scop informativ',
    'nu constituie o recomandare de investiții',
    'nu înlocuiește consultul medical',
    'nu înlocuiește sfatul medicului'
  ],
  hu: [
    'csak tájékoztató jellegű',
    'felelősségkizárás:',
    'kizárólag tájékoztató jellegű',
    'nem helyettesíti az orvosi konzultációt',
    'nem helyettesíti az orvosi vizsgálatot',
    'nem minősül befektetési ajánlásnak',
    'nem minősül befektetési tanácsadásnak'
  ],
  he: [
    'אין לראות באמור המלצה',
    'אין לראות באמור ייעוץ',
    'אינה מהווה ייעוץ',
    'אינו מהווה ייעוץ',
    'אינו מהווה תחליף לייעוץ',
    'ואינו מהווה ייעוץ',
    'לצורכי מידע בלבד',
    'למטרות מידע בלבד'
  ],
  hi: [
    'अस्वीकरण:',
    'केवल सामान्य जानकारी के लिए',
    'चिकित्सा सलाह का विकल्प नहीं',
    'डिस्क्लेमर:',
    'डॉक्टर की सलाह का विकल्प नहीं',
    'निवेश की सलाह नहीं है',
    'सिर्फ सामान्य जानकारी के लिए',
    'सिर्फ़ सामान्य जानकारी के लिए'
  ],
  th: [
    'ข้อจำกัดความรับผิดชอบ:',
    'ไม่ถือเป็นคำแนะนำในการลงทุน',
    'ไม่ใช่คำแนะนำในการลงทุน',
    'ไม่ได้เป็นคำแนะนำในการลงทุน',
    'ไม่สามารถใช้แทนคำแนะนำของแพทย์',
    'เพื่อวัตถุประสงค์ในการให้ข้อมูลเท่านั้น'
  ],
  fi: [
    'ainoastaan tiedotustarkoituksessa',
    'ei korvaa lääkärin konsultaatiota',
    'ei ole sijoitusneuvontaa',
    'ei ole sijoitussuositus',
    'vain tiedotustarkoituksessa',
    'vastuuvapauslauseke:'
  ],
  bg: [
    'има единствено информативен характер',
    'има само информативен характер',
    'не е инвестиционен съвет',
    'не замества консултацията с лекар',
    'не замества консултация с лекар',
    'не представлява инвестиционен съвет',
    'не представлява инвестиционна препоръка',
    'отказ от отговорност:'
  ]
}

/**
 * What a note on the site’s editorial policy says, lower case, matched
 * anywhere in a short line: `unsere redaktionellen Richtlinien`, `notre charte
 * éditoriale`, `不代表本站观点`.
 */
export const editorialPhrases: Lexicon = {
  de: [
    'unsere redaktionellen grundsätze',
    'unsere redaktionellen richtlinien',
    'unsere redaktionellen standards',
    'unseren redaktionellen grundsätzen',
    'unseren redaktionellen richtlinien',
    'unseren redaktionellen standards'
  ],
  fr: ['nos principes éditoriaux', 'nos règles éditoriales', 'notre charte éditoriale', 'notre politique éditoriale'],
  es: [
    'nuestra política editorial',
    'nuestras normas editoriales',
    'nuestros estándares editoriales',
    'nuestros principios editoriales'
  ],
  it: ['la nostra linea editoriale', 'la nostra policy editoriale', 'le nostre linee guida editoriali'],
  pt: [
    'nossa política editorial',
    'nossas normas editoriais',
    'nossos princípios editoriais',
    'o nosso estatuto editorial'
  ],
  nl: ['ons redactioneel beleid', 'onze redactionele principes', 'onze redactionele richtlijnen'],
  pl: [
    'nasza polityka redakcyjna',
    'nasze zasady redakcyjne',
    'naszej polityce redakcyjnej',
    'naszych zasadach redakcyjnych'
  ],
  sv: ['våra publicistiska principer', 'våra redaktionella riktlinjer'],
  da: ['vores redaktionelle principper', 'vores redaktionelle retningslinjer'],
  nb: ['våre redaksjonelle prinsipper', 'våre redaksjonelle retningslinjer'],
  cs: ['naše redakční pravidla', 'naše redakční zásady', 'našich redakčních zásadách'],
  tr: ['editoryal ilkelerimiz', 'editoryal politikamız', 'yayın ilkelerimiz'],
  ru: ['наша редакционная политика', 'нашей редакционной политике', 'редакционная политика издания'],
  uk: ['наша редакційна політика', 'нашої редакційної політики', 'редакційна політика видання'],
  ja: ['当サイトの編集方針', '編集ポリシーについて', '編集方針について'],
  zh: ['不代表本站立场', '不代表本站观点', '不代表本网观点', '我们的编辑政策', '文章观点不代表本站立场'],
  ko: ['편집 가이드라인', '편집 원칙', '편집 정책'],
  id: ['kebijakan editorial kami', 'kebijakan redaksi kami', 'pedoman redaksi kami'],
  vi: ['chính sách biên tập của chúng tôi', 'nguyên tắc biên tập của chúng tôi'],
  ar: ['بالضرورة عن رأي الموقع', 'سياستنا التحريرية', 'لا تعبر عن رأي الموقع', 'لا يعبر عن رأي الموقع', 'معاييرنا التحريرية'],
  fa: ['اصول تحریریه ما', 'سیاست تحریریه ما'],
  el: ['συντακτικές μας αρχές', 'συντακτική μας πολιτική'],
  ro: ['politica noastră editorială', 'principiile noastre editoriale', 'standardele noastre editoriale'],
  hu: ['szerkesztési elveink', 'szerkesztőségi elveink', 'szerkesztőségi irányelveink'],
  he: ['בהכרח את עמדת המערכת', 'מדיניות העריכה שלנו', 'מדיניות המערכת שלנו'],
  hi: ['लेखक के निजी विचार हैं', 'हमारी संपादकीय नीति'],
  th: ['นโยบายกองบรรณาธิการของเรา', 'นโยบายบรรณาธิการของเรา'],
  fi: ['noudatamme journalistin ohjeita', 'toimituksellisista periaatteistamme', 'toimitukselliset periaatteemme'],
  bg: [
    'нашата редакционна политика',
    'непременно позицията на редакцията',
    'редакционната ни политика',
    'редакционната политика на изданието'
  ]
}

/**
 * Whole lines that point to why the site can be trusted (`Why you can trust
 * Forbes Advisor`, `Warum Sie dem Luxemburger Wort vertrauen können`, `Our
 * Standards: The Thomson Reuters Trust Principles.`), lower case, with `…`
 * where the site names itself (a few words).
 */
export const trustLines: Lexicon = {
  en: ['our standards: …', 'why you can trust …', 'why you can trust us'],
  de: ['warum sie … vertrauen können', 'warum sie uns vertrauen können', 'warum du … vertrauen kannst'],
  fr: ['pourquoi faire confiance à …', 'pourquoi vous pouvez faire confiance à …', 'pourquoi nous faire confiance'],
  es: ['por qué confiar en …', 'por qué puedes confiar en …', 'por qué puede confiar en …'],
  it: ['perché fidarsi di …', 'perché puoi fidarti di …', 'perché fidarsi di noi'],
  pt: ['por que confiar …', 'por que você pode confiar …', 'porque pode confiar …'],
  nl: ['waarom je … kunt vertrouwen', 'waarom u … kunt vertrouwen', 'waarom je ons kunt vertrouwen'],
  pl: ['dlaczego możesz nam zaufać', 'dlaczego możesz zaufać …'],
  sv: ['varför du kan lita på …'],
  da: ['hvorfor du kan stole på …'],
  nb: ['hvorfor du kan stole på …'],
  cs: ['proč můžete věřit …', 'proč nám můžete věřit'],
  tr: ['neden … güvenebilirsiniz'],
  ru: ['почему вы можете доверять …', 'почему нам можно доверять'],
  uk: ['чому ви можете довіряти …', 'чому нам можна довіряти'],
  ja: ['…を信頼できる理由'],
  zh: ['为什么可以信赖…', '為什麼可以信賴…'],
  ko: ['…을 믿을 수 있는 이유', '…를 믿을 수 있는 이유'],
  id: ['mengapa anda bisa mempercayai …', 'mengapa anda dapat mempercayai …'],
  vi: ['tại sao bạn có thể tin tưởng …'],
  ar: ['لماذا يمكنك الوثوق ب…', 'لماذا يمكنك الثقة في …'],
  fa: ['چرا می‌توانید به … اعتماد کنید', 'چرا به ما اعتماد کنید'],
  el: ['γιατί μπορείτε να εμπιστευτείτε …', 'γιατί να μας εμπιστευτείτε'],
  ro: ['de ce poți avea încredere în …', 'de ce puteți avea încredere în …', 'de ce să ai încredere în …'],
  hu: ['miért bízhatsz …', 'miért bízhat bennünk', 'miért bízhatnak bennünk'],
  he: ['למה אפשר לסמוך על …', 'למה אפשר לסמוך עלינו', 'מדוע ניתן לסמוך על …'],
  hi: ['आप … पर भरोसा क्यों कर सकते हैं', 'हम पर भरोसा क्यों करें'],
  th: ['ทำไมคุณถึงไว้วางใจ…ได้', 'ทำไมคุณจึงไว้วางใจ…ได้'],
  fi: ['miksi voit luottaa …', 'miksi voit luottaa meihin'],
  bg: ['защо можете да се доверите на …', 'защо можеш да се довериш на …', 'защо да ни се доверите']
}

/**
 * Words of which every disclaimer has one, lower case: the cheap first cue
 * of the disclaimer rule (a line with none of them is not judged).
 *
 * ###### Notes
 * From the patterns of `src/rules/disclaimer.ts` (affiliate disclosures,
 * advice disclaimers, editorial policy notices, the banner of official
 * `.gov` sites), as seen on the dev set. Matched anywhere in the line, as
 * text (`.gov` is a dot and `gov`).
 */
export const cueWords: ReadonlyArray<string> = [
  '.gov',
  'advice',
  'affiliate',
  'associate',
  'commission',
  'compensation',
  'disclaimer',
  'disclosure',
  'editorial',
  'government',
  'primary sources',
  'purposes',
  'sourcing'
]
