import {deboilerDisclaimer} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerDisclaimer', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerDisclaimer, 'Para one.\nWe may earn commission from links on this page.\nPara two.\n')
    expect(file.messages.length).toBe(1)
    expect(metadata(file.messages[0]!)).toEqual({
      fatal: undefined,
      reason: 'Unexpected affiliate disclosure `We may earn commission from links on this page.`',
      ruleId: 'disclaimer-affiliate',
      source: 'deboiler',
      category: 'disclaimer',
      actual: 'We may earn commission from links on this page.',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#disclaimer',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 48, offset: 57}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  it.each([
    ['disclaimer-editorial', 'Why you can trust Forbes Advisor'],
    ['disclaimer-editorial', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['disclaimer-editorial', 'Warum Sie dem Luxemburger Wort vertrauen können'],
    ['disclaimer-editorial', 'Pourquoi faire confiance à Numerama ?'],
    ['disclaimer-editorial', 'Por qué puedes confiar en Xataka'],
    ['disclaimer-editorial', 'Dlaczego możesz nam zaufać'],
    ['disclaimer-editorial', 'Почему вы можете доверять РБК'],
    ['disclaimer-editorial', 'لماذا يمكنك الثقة في الجزيرة؟'],
    ['disclaimer-editorial', 'Γιατί να μας εμπιστευτείτε;'],
    ['disclaimer-affiliate', 'As an Amazon Associate I earn from qualifying purchases.'],
    ['disclaimer-affiliate', 'Some of the links in this article are affiliate links, which means we may earn a small commission.'],
    ['disclaimer-affiliate', 'Purchases made through links earn us a small commission, at no extra cost to you.'],
    ['disclaimer-affiliate', 'We independently evaluate all of our recommendations. If you click on links we provide, we may receive compensation.'],
    ['disclaimer-advice', 'This article is for informational purposes only and does not constitute legal advice.'],
    ['disclaimer-advice', 'The information provided on this website is not intended as medical advice.'],
    ['disclaimer-advice', 'Keep in mind that the content on this blog is for informational purposes and should not be considered medical advice.'],
    ['disclaimer-advice', 'This website is meant for general information and not legal advice.'],
    ['disclaimer-advice', 'Patient does not provide medical advice, diagnosis or treatment.'],
    ['disclaimer-advice', 'Risk Disclosure: Trading foreign exchange on margin carries a high level of risk.'],
    ['disclaimer-advice', 'DISCLAIMER: The views expressed are those of the author.'],
    // The label in Markdown's bold or italics.
    ['disclaimer-advice', '**Risk Disclosure:** Trading foreign exchange on margin carries a high level of risk.'],
    ['disclaimer-advice', '_Disclaimer_: The views expressed are those of the author.'],
    ['disclaimer-editorial', 'Learn about our editorial policies'],
    ['disclaimer-editorial', 'Healthline has strict sourcing guidelines and relies on peer-reviewed studies.'],
    ['disclaimer-official-site', 'Federal government websites often end in .gov or .mil.'],
    ['disclaimer-official-site', 'A .gov website belongs to an official government organization in the United States.'],
    ['disclaimer-official-site', 'An official website of the United States government'],
    ['disclaimer-official-site', 'Secure .gov websites use HTTPS'],
    ['disclaimer-official-site', "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites."],
    ['disclaimer-affiliate', 'Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.'],
    ['disclaimer-affiliate', 'Si vous achetez via ces liens, nous pouvons percevoir une commission.'],
    ['disclaimer-affiliate', 'Si compras a través de estos enlaces, podemos recibir una comisión.'],
    ['disclaimer-affiliate', 'Se acquisti tramite questi link, potremmo ricevere una commissione.'],
    ['disclaimer-affiliate', 'Als u via deze links iets koopt, ontvangen wij een commissie.'],
    ['disclaimer-affiliate', 'Jeśli kupisz przez te linki, możemy otrzymać prowizję.'],
    ['disclaimer-affiliate', 'Om du köper via länkarna kan vi få provision.'],
    ['disclaimer-affiliate', 'Pokud nakoupíte přes tyto odkazy, můžeme získat provizi.'],
    ['disclaimer-affiliate', 'Если вы купите товар по этим ссылкам, мы можем получить комиссию.'],
    ['disclaimer-affiliate', '本ページはプロモーションが含まれています'],
    ['disclaimer-affiliate', '作为亚马逊联盟成员，我们可能会获得佣金。'],
    ['disclaimer-affiliate', '이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.'],
    ['disclaimer-affiliate', 'Jika Anda membeli melalui tautan ini, kami mungkin menerima komisi.'],
    ['disclaimer-advice', 'Dieser Artikel dient ausschließlich der Information und stellt keine Anlageberatung dar.'],
    ['disclaimer-advice', 'Haftungsausschluss: Die Inhalte ersetzen keine ärztliche Beratung.'],
    ['disclaimer-advice', 'Cet article est fourni à titre informatif uniquement et ne constitue pas un conseil en investissement.'],
    ['disclaimer-advice', 'Este contenido es solo con fines informativos y no sustituye el consejo médico.'],
    ['disclaimer-advice', 'Le informazioni sono a scopo puramente informativo.'],
    ['disclaimer-advice', 'Este conteúdo tem caráter meramente informativo e não substitui a consulta médica.'],
    ['disclaimer-advice', 'Dit artikel is geen beleggingsadvies.'],
    ['disclaimer-advice', 'Artykuł ma charakter informacyjny i nie stanowi porady inwestycyjnej.'],
    ['disclaimer-advice', 'Artikeln är endast i informationssyfte och utgör inte investeringsrådgivning.'],
    ['disclaimer-advice', 'Bu içerik yalnızca bilgilendirme amaçlıdır ve yatırım tavsiyesi değildir.'],
    ['disclaimer-advice', 'Материал носит информационный характер и не является инвестиционной рекомендацией.'],
    ['disclaimer-advice', 'Матеріал має інформаційний характер і не замінює консультацію лікаря.'],
    ['disclaimer-advice', '免責事項：本記事は情報提供を目的としており、投資勧誘を目的としたものではありません。'],
    ['disclaimer-advice', '本文仅供参考，不构成投资建议。'],
    ['disclaimer-advice', 'Bài viết chỉ mang tính chất tham khảo, không phải là lời khuyên đầu tư.'],
    ['disclaimer-editorial', 'Mehr über unsere redaktionellen Richtlinien'],
    ['disclaimer-editorial', 'En savoir plus sur notre charte éditoriale'],
    ['disclaimer-editorial', 'Conozca nuestros principios editoriales'],
    ['disclaimer-editorial', '文章观点不代表本站立场'],
    ['disclaimer-editorial', 'Pelajari kebijakan redaksi kami']
  ])('should strip a %s line: %j', function (ruleId, line) {
    const file = run(deboilerDisclaimer, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleId])
    expect(String(file.value)).toBe('Body text.\nMore body.')
  })

  it.each([
    'Why you can trust my advice',
    'Why you can trust the polls, and why you sometimes cannot, is the subject of her new book.',
    'Warum Sie dem Plan vertrauen können, erklärte der Minister am Montag ausführlich.',
    'Our standards for the new school year are high, the head teacher said.',
    'The agent earns a commission on each house she sells.',
    'The commission said it would publish its findings in May.',
    'Doctors warned that the app is not a substitute for seeing a nurse.',
    'He asked his lawyer for advice before signing the contract.',
    'She did not follow the medical advice she was given, and it cost her a year.',
    'The files were kept for tax purposes.',
    'The disclaimer on the packet was printed in tiny letters.',
    '**Disclaimers** were printed in tiny letters on every packet: the judge read them all.',
    'Affiliate marketing grew by 10 percent last year.',
    'The paper changed its editorial line after the election.',
    'The official website of the state lists every .gov address it runs.',
    'Der Makler erhält eine Provision für jede verkaufte Wohnung.',
    'Die Bank bot keine Anlageberatung mehr an, sagte der Sprecher.',
    'La commission a publié son rapport sur la politique éditoriale du journal.',
    'El agente recibe una comisión por cada casa que vende.',
    'Il medico ha dato un parere diverso sul farmaco.',
    'O corretor recebe uma comissão por cada venda.',
    'De makelaar ontvangt een commissie voor elk verkocht huis.',
    'Agent otrzymuje prowizję od każdej sprzedanej działki.',
    'Mäklaren får provision på varje såld lägenhet.',
    'Ejendomsmægleren modtager provision for hvert solgt hus.',
    'Makléř získává provizi z každého prodaného bytu.',
    'Emlakçı her satıştan komisyon alıyor.',
    'Агент получает комиссию с каждой проданной квартиры.',
    'Агент отримує комісію з кожної проданої квартири.',
    '不动产中介从每笔交易中获得佣金。',
    '医師の診断によると、症状は軽いという。',
    'Agen itu menerima komisi dari setiap rumah yang dijual.',
    'Người môi giới nhận hoa hồng từ mỗi căn nhà được bán.'
  ])('should keep %j', function (line) {
    expect(stripped(deboilerDisclaimer, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })
})
