import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectKept, expectStripped} from './page.js'

/**
 * Per language: a headline, a newsletter prompt, and a paywall or sign-up
 * line.
 */
const pages: Readonly<Record<LanguageCode, readonly [string, string, string]>> = {
  en: ['Library opens in old station', 'Sign up for our daily newsletter', 'This content is reserved for subscribers only'],
  de: ['Bibliothek im alten Bahnhof eröffnet', 'Abonnieren Sie unseren Newsletter', 'Dieser Artikel ist nur für Abonnenten'],
  fr: ['Une bibliothèque dans l’ancienne gare', 'Inscrivez-vous à notre newsletter', 'Article réservé aux abonnés'],
  es: ['Una biblioteca en la antigua estación', 'Suscríbete a nuestro boletín', 'Contenido exclusivo para suscriptores'],
  it: ['Una biblioteca nella vecchia stazione', 'Iscriviti alla nostra newsletter', 'Articolo riservato agli abbonati'],
  pt: ['Biblioteca abre na antiga estação', 'Assine a nossa newsletter', 'Conteúdo exclusivo para assinantes'],
  nl: ['Bibliotheek opent in oud station', 'Schrijf je in voor onze nieuwsbrief', 'Dit artikel is alleen voor abonnees'],
  pl: ['Biblioteka w starym dworcu', 'Zapisz się do naszego newslettera', 'Zaloguj się, aby czytać dalej'],
  sv: ['Bibliotek öppnar i gamla stationen', 'Prenumerera på vårt nyhetsbrev', 'Denna artikel är endast för prenumeranter'],
  da: ['Bibliotek åbner i den gamle station', 'Tilmeld dig vores nyhedsbrev', 'Denne artikel er kun for abonnenter'],
  nb: ['Bibliotek åpner i den gamle stasjonen', 'Meld deg på vårt nyhetsbrev', 'Denne artikkelen er kun for abonnenter'],
  cs: ['Knihovna ve staré stanici', 'Přihlaste se k odběru novinek', 'Tento článek je pouze pro předplatitele'],
  tr: ['Eski istasyonda kütüphane açıldı', 'Bültenimize abone olun', 'Bu içerik sadece abonelere özel'],
  ru: ['Библиотека открылась в старом вокзале', 'Подпишитесь на нашу рассылку', 'Этот материал доступен только подписчикам'],
  uk: ['Бібліотека відкрилася в старому вокзалі', 'Підпишіться на нашу розсилку', 'Цей матеріал доступний лише для передплатників'],
  ja: ['旧駅舎に図書館が開館', 'ニュースレターに登録', 'この記事は有料会員限定です。'],
  zh: ['旧火车站里开了新图书馆', '订阅我们的新闻通讯', '本文为付费内容'],
  ko: ['옛 역사에 도서관 개관', '뉴스레터 구독', '유료 회원 전용 기사입니다'],
  id: ['Perpustakaan dibuka di stasiun lama', 'Berlangganan newsletter', 'Artikel ini khusus pelanggan'],
  vi: ['Thư viện mở cửa trong nhà ga cũ', 'Đăng ký nhận bản tin', 'Bài viết này dành riêng cho thành viên'],
  ar: ['افتتاح مكتبة في المحطة القديمة', 'اشترك في النشرة البريدية', 'هذا المحتوى للمشتركين فقط'],
  fa: ['افتتاح کتابخانه در ایستگاه قدیمی', 'در خبرنامه ما عضو شوید', 'این مطلب فقط برای مشترکین است'],
  el: ['Βιβλιοθήκη στον παλιό σταθμό', 'Εγγραφείτε στο newsletter μας', 'Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές'],
  ro: ['Bibliotecă nouă în vechea gară', 'Abonează-te la newsletter-ul nostru', 'Acest articol este disponibil doar pentru abonați'],
  hu: ['Könyvtár nyílt a régi állomáson', 'Iratkozzon fel hírlevelünkre', 'Ez a tartalom csak előfizetőknek elérhető'],
  he: ['התחנה הישנה הפכה לספרייה', 'הירשמו לניוזלטר שלנו', 'כתבה זו זמינה למנויים בלבד'],
  hi: ['पुराना स्टेशन बना पुस्तकालय', 'हमारे न्यूज़लेटर के लिए साइन अप करें', 'यह लेख केवल सब्सक्राइबर्स के लिए है'],
  th: ['สถานีเก่ากลายเป็นห้องสมุด', 'สมัครรับจดหมายข่าว', 'บทความนี้สำหรับสมาชิกเท่านั้น'],
  fi: ['Vanha asema muuttui kirjastoksi', 'Tilaa uutiskirjeemme', 'Tämä artikkeli on vain tilaajille'],
  bg: ['Старата гара стана библиотека', 'Абонирайте се за нашия бюлетин', 'Тази статия е достъпна само за абонати']
}

describe('subscribe debris in 30 languages', function () {
  it.each(languageCodes)('should strip the sign-up lines of a page in %s as `subscribe`, and keep its article', function (code) {
    const [headline, prompt, wall] = pages[code]
    const [first, second] = prose[code]
    const result = clean([headline, first, prompt, second, wall].join('\n\n'))
    for (const line of [prompt, wall]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('subscribe')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'pl', 'ja', 'ru'] as const)('should keep them in %s with `subscribe` off', function (code) {
    const [headline, prompt, wall] = pages[code]
    const [first, second] = prose[code]
    const result = clean([headline, first, prompt, second, wall].join('\n\n'), {rules: {subscribe: false}})
    expect(result.text).toContain(prompt)
  })
})

/**
 * The small print of sign-up forms in 30 languages (consent notices and
 * promises to let the reader leave), and prose with the same words.
 */
const smallPrint: ReadonlyArray<readonly [LanguageCode, string]> = [
  ['en', 'By signing up, you agree to our Privacy Policy and Terms of Use.'],
  ['en', 'Unsubscribe anytime.'],
  ['de', 'Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen und Nutzungsbedingungen zu.'],
  ['de', '* Mit dem Absenden des Formulars bestätige ich, dass ich die Datenschutzerklärung gelesen habe.'],
  ['de', 'Sie können sich jederzeit wieder abmelden.'],
  ['fr', 'En vous inscrivant, vous acceptez nos Conditions d’utilisation et notre Politique de confidentialité.'],
  ['fr', 'En cliquant sur « S’abonner », vous confirmez avoir lu et accepté notre politique de confidentialité.'],
  ['fr', 'Vous pouvez vous désinscrire à tout moment.'],
  ['es', 'Al suscribirte, aceptas nuestra Política de privacidad y los Términos de uso.'],
  ['es', 'Al hacer clic en «Registrarse», confirmas que tienes al menos 16 años y aceptas las condiciones.'],
  ['es', 'Puedes darte de baja en cualquier momento.'],
  ['it', 'Iscrivendoti accetti l\'informativa sulla privacy e i termini di servizio.'],
  ['it', 'Cliccando su “Iscriviti” dichiari di aver letto e accettato l’informativa privacy.'],
  ['it', 'Puoi annullare l’iscrizione in qualsiasi momento.'],
  ['pt', 'Ao se inscrever, você concorda com nossos Termos de Uso e Política de Privacidade.'],
  ['pt', 'Ao subscrever, concorda com os Termos e Condições e a Política de Privacidade.'],
  ['pt', 'Você pode cancelar a inscrição a qualquer momento.'],
  ['nl', 'Door je aan te melden ga je akkoord met onze privacyverklaring en algemene voorwaarden.'],
  ['nl', 'Door dit formulier te verzenden, geeft u toestemming voor de verwerking van uw gegevens.'],
  ['nl', 'Je kunt je op elk moment afmelden.'],
  ['pl', 'Zapisując się, akceptujesz Regulamin oraz Politykę prywatności.'],
  ['pl', 'Klikając „Zapisz się”, wyrażasz zgodę na przetwarzanie danych osobowych w celach marketingowych.'],
  ['pl', 'Możesz wypisać się w każdej chwili.'],
  ['sv', 'Genom att prenumerera godkänner du vår integritetspolicy och våra användarvillkor.'],
  ['sv', 'Genom att skicka in formuläret samtycker du till att vi behandlar dina personuppgifter.'],
  ['sv', 'Du kan avsluta prenumerationen när som helst.'],
  ['da', 'Ved at tilmelde dig accepterer du vores privatlivspolitik og handelsbetingelser.'],
  ['da', 'Ved at klikke på ”Tilmeld” giver du samtykke til, at vi behandler dine personoplysninger.'],
  ['da', 'Du kan til enhver tid afmelde dig igen.'],
  ['nb', 'Ved å melde deg på nyhetsbrevet godtar du vår personvernerklæring.'],
  ['nb', 'Ved å sende inn skjemaet bekrefter du at du har lest og forstått personvernerklæringen.'],
  ['nb', 'Du kan når som helst melde deg av.'],
  ['cs', 'Odesláním formuláře souhlasíte se zpracováním osobních údajů v souladu se zásadami ochrany osobních údajů.'],
  ['cs', 'Kliknutím na tlačítko Odebírat potvrzujete, že jste se seznámili s obchodními podmínkami.'],
  ['cs', 'Z odběru se můžete kdykoliv odhlásit.'],
  ['tr', 'Bültenimize abone olarak Kullanım Koşulları\'nı ve Gizlilik Politikası\'nı kabul etmiş olursunuz.'],
  ['tr', 'Formu göndererek KVKK Aydınlatma Metni\'ni okuduğunuzu ve kabul ettiğinizi onaylıyorsunuz.'],
  ['tr', 'Abonelikten istediğiniz zaman çıkabilirsiniz.'],
  ['ru', 'Нажимая кнопку «Подписаться», вы соглашаетесь с политикой конфиденциальности.'],
  ['ru', 'Отправляя форму, я даю согласие на обработку персональных данных.'],
  ['ru', 'Отписаться можно в любой момент.'],
  ['uk', 'Натискаючи кнопку «Підписатися», ви погоджуєтеся з політикою конфіденційності.'],
  ['uk', 'Надсилаючи форму, я надаю згоду на обробку персональних даних.'],
  ['uk', 'Відписатися можна будь-коли.'],
  ['ja', '登録することで、利用規約およびプライバシーポリシーに同意したものとみなされます。'],
  ['ja', '送信することにより、個人情報の取り扱いについて了承したものとします。'],
  ['ja', '配信はいつでも停止できます。'],
  ['zh', '订阅即表示您同意我们的隐私政策和服务条款。'],
  ['zh', '點擊「訂閱」即表示您已閱讀並同意我們的隱私權政策。'],
  ['zh', '您可以随时取消订阅。'],
  ['ko', '구독하시면 개인정보 처리방침 및 이용약관에 동의하는 것으로 간주됩니다.'],
  ['ko', '가입함으로써 귀하는 서비스 약관에 동의합니다.'],
  ['ko', '언제든지 구독을 취소할 수 있습니다.'],
  ['id', 'Dengan mendaftar, Anda menyetujui Syarat dan Ketentuan serta Kebijakan Privasi kami.'],
  ['id', 'Dengan mengklik tombol Berlangganan, Anda setuju untuk menerima email dari kami.'],
  ['id', 'Anda dapat berhenti berlangganan kapan saja.'],
  ['vi', 'Bằng cách đăng ký, bạn đồng ý với Điều khoản sử dụng và Chính sách quyền riêng tư của chúng tôi.'],
  ['vi', 'Bằng cách nhấn Gửi, bạn xác nhận đã đọc và chấp nhận chính sách bảo mật.'],
  ['vi', 'Bạn có thể hủy đăng ký bất cứ lúc nào.'],
  ['ar', 'بالتسجيل، فإنك توافق على شروط الاستخدام وسياسة الخصوصية.'],
  ['ar', 'بالنقر على “اشتراك”، أنت توافق على تلقي رسائل البريد الإلكتروني منا.'],
  ['ar', 'يمكنك إلغاء الاشتراك في أي وقت.'],
  ['fa', 'با ثبت‌نام در خبرنامه، شما با شرایط استفاده و سیاست حفظ حریم خصوصی ما موافقت می‌کنید.'],
  ['fa', 'با کلیک روی دکمه «عضویت»، قوانین و مقررات سایت را می‌پذیرید.'],
  ['fa', 'بدون هرزنامه؛ هر زمان بخواهید می‌توانید لغو اشتراک کنید.'],
  ['el', 'Με την εγγραφή σας, συμφωνείτε με τους Όρους Χρήσης και την Πολιτική Απορρήτου.'],
  ['el', 'Κάνοντας κλικ στο «Εγγραφή», αποδέχεστε την Πολιτική Απορρήτου μας.'],
  ['el', 'Μπορείτε να καταργήσετε την εγγραφή σας ανά πάσα στιγμή.'],
  ['ro', 'Prin abonare, ești de acord cu Termenii și condițiile și cu Politica de confidențialitate.'],
  ['ro', 'Apăsând butonul „Mă abonez”, vă exprimați acordul privind prelucrarea datelor cu caracter personal.'],
  ['ro', 'Te poți dezabona oricând, cu un singur clic.'],
  ['hu', 'A feliratkozással elfogadod az adatkezelési tájékoztatót.'],
  ['hu', 'Regisztrációjával elfogadja az Általános Szerződési Feltételeket és az Adatvédelmi nyilatkozatot.'],
  ['hu', 'Bármikor leiratkozhatsz egyetlen kattintással.'],
  ['he', 'בהרשמה לניוזלטר אני מאשר/ת קבלת דיוור ומסכים/ה לתנאי השימוש ולמדיניות הפרטיות.'],
  ['he', 'בלחיצה על \'שליחה\' הנך מאשר/ת את תנאי השימוש באתר ואת מדיניות הפרטיות.'],
  ['he', 'ניתן להסיר את עצמך מרשימת התפוצה בכל עת.'],
  ['hi', 'साइन अप करके, आप हमारी गोपनीयता नीति और उपयोग की शर्तों से सहमत होते हैं।'],
  ['hi', 'अपना ईमेल दर्ज करके आप पुष्टि करते हैं कि आपकी उम्र 16 वर्ष से अधिक है।'],
  ['hi', 'आप किसी भी समय अनसब्सक्राइब कर सकते हैं।'],
  ['th', 'โดยการคลิก “สมัครรับข่าวสาร” คุณยอมรับข้อกำหนดการใช้งานและนโยบายความเป็นส่วนตัวของเรา'],
  ['th', 'โดยการลงทะเบียน ท่านยินยอมให้เราเก็บรวบรวมและใช้ข้อมูลส่วนบุคคลตามนโยบายความเป็นส่วนตัว'],
  ['th', 'ไม่มีสแปม คุณสามารถยกเลิกการรับข่าวสารได้ตลอดเวลา'],
  ['fi', 'Tilaamalla uutiskirjeen hyväksyt tietosuojaselosteemme ja käyttöehdot.'],
  ['fi', 'Lähettämällä lomakkeen annat suostumuksesi henkilötietojesi käsittelyyn.'],
  ['fi', 'Voit perua tilauksen milloin tahansa.'],
  ['bg', 'С абонирането си Вие се съгласявате с Условията за ползване и Политиката за поверителност.'],
  ['bg', 'Като натиснете бутона „Абонирай се“, потвърждавате, че сте навършили 16 години.'],
  ['bg', 'Можете да се отпишете по всяко време.']
]

const smallPrintProse: ReadonlyArray<readonly [LanguageCode, string]> = [
  ['en', 'By signing up 300 volunteers, the council agreed to keep the library open on Sundays.'],
  ['de', 'Mit der Anmeldung von 300 Freiwilligen stimmte der Stadtrat einem neuen Plan für die Bibliothek zu.'],
  ['de', 'Sie können sich jederzeit an die Polizei wenden, sagte der Sprecher der Stadt.'],
  ['fr', 'En cliquant sur un lien frauduleux, des centaines de clients ont accepté sans le savoir de transmettre leurs données.'],
  ['fr', 'En s’inscrivant sur les listes électorales, les jeunes électeurs acceptent aussi de siéger comme jurés.'],
  ['es', 'Al firmar el pacto, el Gobierno acepta nuevas condiciones para la financiación de la biblioteca.'],
  ['es', 'Al registrarse el terremoto, las autoridades evacuaron tres barrios del centro.'],
  ['it', 'Cliccando su un link sospetto, molti utenti hanno accettato di condividere i propri dati, spiega la polizia postale.'],
  ['it', 'Iscrivendosi all\'università, migliaia di studenti hanno accettato le nuove tasse.'],
  ['pt', 'Ao clicar no link, os funcionários aceitaram sem saber instalar o programa malicioso.'],
  ['pt', 'Ao assinar o acordo, o governo concordou com as novas metas para a biblioteca.'],
  ['nl', 'Door te klikken op een nepbericht gaven duizenden mensen hun bankgegevens weg.'],
  ['nl', 'Door de aanmelding van 300 vrijwilligers ging de gemeente akkoord met het plan.'],
  ['pl', 'Klikając w fałszywy link, setki klientów straciły oszczędności, a bank zgodził się zwrócić pieniądze.'],
  ['pl', 'Zapisując się do programu, rolnicy zgodzili się na nowe zasady.'],
  ['sv', 'Genom att klicka på en falsk länk förlorade hundratals kunder sina pengar, och banken godkände ersättning.'],
  ['sv', 'Genom att registrera fler väljare godkänner partiet en ny strategi.'],
  ['da', 'Ved at klikke på et falsk link mistede hundredvis af kunder deres opsparing, og banken accepterede at betale.'],
  ['da', 'Du kan til enhver tid kontakte politiet, siger kommunen.'],
  ['nb', 'Ved å klikke på en falsk lenke mistet hundrevis av kunder sparepengene sine, og banken godtok å betale tilbake.'],
  ['nb', 'Ved påmeldingsfristens utløp hadde 300 frivillige samtykket til å delta.'],
  ['cs', 'Registrací nových voličů se letos zabývalo o třetinu více úředníků, kteří s novým postupem souhlasí.'],
  ['cs', 'Kliknutím na odkaz v podvodné zprávě lidé často nevědomky souhlasili s instalací škodlivého programu.'],
  ['tr', 'Kayıt olarak gelen 300 gönüllünün ardından belediye meclisi projeyi kabul etti.'],
  ['tr', 'Abone olarak kalan ailelerin çoğu, yeni tarifeyi onayladıklarını söyledi.'],
  ['ru', 'Подписываясь под открытым письмом, учёные соглашались с риском потерять работу.'],
  ['ru', 'Регистрируясь на выборах, кандидаты подтверждают, что не имеют судимости.'],
  ['uk', 'Підписуючись під зверненням, депутати погоджувалися з вимогами протестувальників.'],
  ['uk', 'Реєструючись на конкурс, учасники підтверджують свою кваліфікацію.'],
  ['ja', '市議会は、新しい図書館の利用登録に保護者の同意は不要だと説明した。'],
  ['ja', 'いつでも自由に閲覧できるよう、町は登録制度の廃止に同意した。'],
  ['zh', '注册用户数量增长后，双方同意继续合作。'],
  ['zh', '市议会表示，居民可以随时取消预约，图书馆同意延长开放时间。'],
  ['ko', '가입자 수가 늘어나자 시의회는 예산안에 동의했다.'],
  ['ko', '언제든지 도서관을 이용할 수 있도록 시는 운영 시간을 연장하는 데 동의했다.'],
  ['id', 'Dengan mendaftar 300 relawan, dewan kota setuju membuka perpustakaan hingga malam hari.'],
  ['id', 'Dengan berlangganan surat kabar lokal, warga menerima kabar tentang jadwal perpustakaan setiap pagi.'],
  ['vi', 'Bằng cách đăng ký thêm 300 tình nguyện viên, hội đồng thành phố đã đồng ý mở cửa thư viện muộn hơn.'],
  ['vi', 'Thủ thư cho biết bạn đọc có thể đăng ký thẻ bất cứ lúc nào trong tuần.'],
  ['ar', 'بالاشتراك مع وزارة الثقافة، وافق المجلس البلدي على تمديد ساعات عمل المكتبة.'],
  ['ar', 'بالتسجيل في الدورة الجديدة، توافقت البلدية مع السكان على خطة الترميم.'],
  ['fa', 'با ثبت‌نام ۳۰۰ داوطلب جدید، شورای شهر با طرح پاکسازی رودخانه موافقت کرد.'],
  ['fa', 'وزیر اقتصاد روز شنبه گفت دولت پیشنهاد بانک مرکزی را می‌پذیرد و شرایط وام را تأیید می‌کند.'],
  ['el', 'Κάνοντας κλικ σε έναν ύποπτο σύνδεσμο, οι υπάλληλοι του δήμου αποδέχθηκαν άθελά τους το κακόβουλο λογισμικό.'],
  ['el', 'Με την εγγραφή 300 εθελοντών, το δημοτικό συμβούλιο συμφώνησε να επεκτείνει το πρόγραμμα.'],
  ['ro', 'Prin înscrierea a 300 de voluntari, primăria a fost de acord să prelungească programul.'],
  ['ro', 'Făcând clic pe un link fals, angajații au acceptat fără să știe instalarea programului.'],
  ['hu', 'A feliratkozással kapcsolatos panaszokat a hatóság elfogadta, és vizsgálatot indított.'],
  ['hu', 'Bármikor lemondhat a kormány, ha a parlament elfogadja a bizalmatlansági indítványt.'],
  ['he', 'בהרשמה של 300 מתנדבים, מועצת העיר הסכימה להרחיב את התוכנית.'],
  ['he', 'בלחיצה על כפתור אחד, המשתמשים מאשרים את העסקה בלי לקרוא את התנאים.'],
  ['hi', 'रजिस्टर करके लौटे किसानों ने बताया कि सरकार ने अभी तक उनकी मांगें स्वीकार नहीं कीं।'],
  ['hi', 'मुख्यमंत्री ने कहा कि सरकार किसानों की मांगों पर सहमत है और जल्द फैसला लेगी।'],
  ['th', 'โดยการกดดันของฝ่ายค้าน รัฐบาลยอมรับว่าจะทบทวนงบประมาณปีหน้า'],
  ['th', 'นายกรัฐมนตรียอมรับว่าการลงทะเบียนผู้มีรายได้น้อยยังมีปัญหาในหลายจังหวัด'],
  ['fi', 'Tilaamalla lisää hävittäjiä hallitus hyväksyi samalla kalliin huoltosopimuksen.'],
  ['fi', 'Klikkaamalla linkkiä työntekijät vahvistivat tietämättään hyökkääjän pääsyn järjestelmään.'],
  ['bg', 'С регистрацията си като кандидат бившият министър прие условията на партията.'],
  ['bg', 'Абонирайки се за руски газ години наред, България се съгласи на неизгодни условия.']
]

describe('the small print of sign-up forms in 30 languages', function () {
  it.each(smallPrint)('should strip it in %s (%j) as `subscribe-consent`', function (code, line) {
    const [first, second] = prose[code]
    const result = clean([first, line, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === line)?.ruleId).toBe('subscribe-consent')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(smallPrintProse)('should keep prose in %s with the same words (%j)', function (code, line) {
    const [first, second] = prose[code]
    const result = clean([first, line, second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === line)?.ruleId).not.toBe('subscribe-consent')
  })
})

describe('paywall prompts with the words around their cue', function () {
  it.each([
    ['id', 'Berlangganan sekarang untuk membaca artikel ini selengkapnya.'],
    ['id', 'Baca berita lengkapnya dengan berlangganan.'],
    ['vi', 'Đăng ký để đọc toàn bộ bài viết.'],
    ['vi', 'Bài viết dành cho thành viên trả phí.'],
    ['ja', '続きを読むには会員登録が必要です。'],
    ['ko', '구독하고 전체 기사 읽기'],
    ['tr', 'Haberin devamını okumak için abone olun.'],
    ['it', 'Abbonati per leggere l’articolo completo.'],
    ['pl', 'Aby przeczytać cały artykuł, wykup subskrypcję.'],
    // A word or two no prompt word.
    ['es', 'Recibe cada mañana las noticias de tu ciudad. Suscríbete gratis a nuestra newsletter.'],
    ['it', 'Iscriviti alla newsletter e ricevi ogni mattina le notizie del tuo territorio.'],
    ['pt', 'Subscreva a nossa newsletter e receba as principais notícias da região no seu e-mail.']
  ] as const)('should strip the prompt in %s (`%s`) as `subscribe`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, line, second].join('\n\n'), [line], 'subscribe')
  })

  it.each([
    ['id', 'Ia berlangganan koran ini selama sepuluh tahun untuk membaca berita.'],
    ['it', 'Gli abbonati possono leggere l’articolo completo sul sito, ha detto il direttore.'],
    ['ko', '그는 신문을 구독하고 전체 기사를 읽었다.']
  ] as const)('should keep a sentence with the same words in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})
