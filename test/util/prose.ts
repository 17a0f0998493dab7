import {lexiconLanguages, type LexiconLanguage} from '../../src/data/lexicon.js'

/**
 * Codes of the 30 languages whose debris deboiler names (the 20 of issue 18,
 * then Arabic, Persian, Greek, Romanian, Hungarian, Hebrew, Hindi, Thai, Finnish
 * and Bulgarian).
 */
export const languageCodes = lexiconLanguages

/**
 * A language of `languageCodes`.
 */
export type LanguageCode = LexiconLanguage

/**
 * Two paragraphs of a short news article in each language, written for the
 * tests (the same story: a town opens a library in an old railway station).
 * Every sentence must be kept by `clean()` on a page of its own language.
 */
export const prose: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: [
    'The town council opened the new library in the old railway station on Monday, after three years of building work and a long debate about its cost. Hundreds of families came to see the reading rooms, which keep the original tiles and the large clock above the platform.',
    'The librarian said that the building will stay open until ten in the evening, because many students have nowhere quiet to work at home. The council hopes that the café on the old platform will pay for part of the heating in the winter.'
  ],
  de: [
    'Der Gemeinderat hat am Montag die neue Bibliothek im alten Bahnhof eröffnet, nach drei Jahren Bauzeit und einer langen Debatte über die Kosten. Hunderte Familien kamen, um die Lesesäle zu sehen, in denen die alten Fliesen und die große Uhr über dem Bahnsteig erhalten geblieben sind.',
    'Die Bibliothekarin sagte, dass das Gebäude bis zehn Uhr abends geöffnet bleibt, weil viele Studierende zu Hause keinen ruhigen Ort zum Arbeiten haben. Die Gemeinde hofft, dass das Café auf dem alten Bahnsteig einen Teil der Heizkosten im Winter deckt.'
  ],
  fr: [
    'Le conseil municipal a inauguré lundi la nouvelle bibliothèque dans l’ancienne gare, après trois ans de travaux et un long débat sur son coût. Des centaines de familles sont venues découvrir les salles de lecture, qui conservent les carreaux d’origine et la grande horloge au-dessus du quai.',
    'La bibliothécaire a expliqué que le bâtiment restera ouvert jusqu’à dix heures du soir, car beaucoup d’étudiants n’ont pas d’endroit calme pour travailler chez eux. La commune espère que le café installé sur l’ancien quai paiera une partie du chauffage en hiver.'
  ],
  es: [
    'El ayuntamiento inauguró el lunes la nueva biblioteca en la antigua estación de tren, tras tres años de obras y un largo debate sobre su coste. Cientos de familias acudieron a ver las salas de lectura, que conservan los azulejos originales y el gran reloj sobre el andén.',
    'La bibliotecaria explicó que el edificio permanecerá abierto hasta las diez de la noche, porque muchos estudiantes no tienen un lugar tranquilo para trabajar en casa. El municipio espera que la cafetería del antiguo andén pague parte de la calefacción en invierno.'
  ],
  it: [
    'Il consiglio comunale ha inaugurato lunedì la nuova biblioteca nella vecchia stazione ferroviaria, dopo tre anni di lavori e un lungo dibattito sui costi. Centinaia di famiglie sono venute a vedere le sale di lettura, che conservano le piastrelle originali e il grande orologio sopra il binario.',
    'La bibliotecaria ha spiegato che l’edificio resterà aperto fino alle dieci di sera, perché molti studenti non hanno un posto tranquillo dove lavorare a casa. Il comune spera che il bar sul vecchio binario paghi una parte del riscaldamento durante l’inverno.'
  ],
  pt: [
    'A câmara municipal inaugurou na segunda-feira a nova biblioteca na antiga estação ferroviária, depois de três anos de obras e de um longo debate sobre o seu custo. Centenas de famílias vieram ver as salas de leitura, que mantêm os azulejos originais e o grande relógio sobre a plataforma.',
    'A bibliotecária disse que o edifício ficará aberto até às dez da noite, porque muitos estudantes não têm um lugar tranquilo para trabalhar em casa. A autarquia espera que o café da antiga plataforma pague uma parte do aquecimento durante o inverno.'
  ],
  nl: [
    'De gemeenteraad heeft maandag de nieuwe bibliotheek in het oude station geopend, na drie jaar bouwen en een lang debat over de kosten. Honderden gezinnen kwamen kijken naar de leeszalen, waar de oude tegels en de grote klok boven het perron bewaard zijn gebleven.',
    'De bibliothecaris zei dat het gebouw tot tien uur ’s avonds open blijft, omdat veel studenten thuis geen rustige plek hebben om te werken. De gemeente hoopt dat het café op het oude perron een deel van de verwarming in de winter betaalt.'
  ],
  pl: [
    'Rada miasta otworzyła w poniedziałek nową bibliotekę w starym budynku dworca, po trzech latach budowy i długiej debacie o jej kosztach. Setki rodzin przyszły obejrzeć czytelnie, w których zachowano oryginalne kafle i duży zegar nad peronem.',
    'Bibliotekarka powiedziała, że budynek będzie otwarty do dziesiątej wieczorem, ponieważ wielu studentów nie ma w domu spokojnego miejsca do pracy. Miasto ma nadzieję, że kawiarnia na starym peronie pokryje część kosztów ogrzewania zimą.'
  ],
  sv: [
    'Kommunfullmäktige invigde på måndagen det nya biblioteket i den gamla järnvägsstationen, efter tre års byggarbete och en lång debatt om kostnaden. Hundratals familjer kom för att se läsesalarna, där de ursprungliga kakelplattorna och den stora klockan över perrongen har bevarats.',
    'Bibliotekarien sade att byggnaden kommer att vara öppen till klockan tio på kvällen, eftersom många studenter inte har någon lugn plats att arbeta på hemma. Kommunen hoppas att kaféet på den gamla perrongen ska betala en del av uppvärmningen på vintern.'
  ],
  da: [
    'Byrådet åbnede mandag det nye bibliotek i den gamle banegård, efter tre års byggeri og en lang debat om prisen. Hundredvis af familier kom for at se læsesalene, hvor de oprindelige fliser og det store ur over perronen er bevaret.',
    'Bibliotekaren sagde, at bygningen vil være åben til klokken ti om aftenen, fordi mange studerende ikke har et roligt sted at arbejde derhjemme. Kommunen håber, at caféen på den gamle perron vil betale en del af varmen om vinteren.'
  ],
  nb: [
    'Kommunestyret åpnet mandag det nye biblioteket i den gamle jernbanestasjonen, etter tre års byggearbeid og en lang debatt om kostnadene. Hundrevis av familier kom for å se lesesalene, der de opprinnelige flisene og den store klokken over perrongen er bevart.',
    'Bibliotekaren sa at bygningen skal være åpen til klokken ti om kvelden, fordi mange studenter ikke har et rolig sted å jobbe hjemme. Kommunen håper at kafeen på den gamle perrongen vil betale en del av oppvarmingen om vinteren.'
  ],
  cs: [
    'Městská rada v pondělí otevřela novou knihovnu ve staré železniční stanici, po třech letech stavby a dlouhé debatě o jejích nákladech. Stovky rodin přišly zhlédnout studovny, ve kterých zůstaly původní obklady a velké hodiny nad nástupištěm.',
    'Knihovnice řekla, že budova bude otevřená až do deseti hodin večer, protože mnoho studentů nemá doma klidné místo k práci. Město doufá, že kavárna na starém nástupišti zaplatí část nákladů na vytápění v zimě.'
  ],
  tr: [
    'Belediye meclisi pazartesi günü eski tren istasyonundaki yeni kütüphaneyi, üç yıllık inşaat çalışması ve maliyeti hakkında uzun bir tartışmanın ardından açtı. Yüzlerce aile, orijinal çinileri ve peronun üzerindeki büyük saati koruyan okuma salonlarını görmeye geldi.',
    'Kütüphaneci, birçok öğrencinin evde sessizce çalışabileceği bir yeri olmadığı için binanın akşam saat ona kadar açık kalacağını söyledi. Belediye, eski perondaki kafenin kışın ısınma giderlerinin bir kısmını karşılamasını umuyor.'
  ],
  ru: [
    'Городской совет в понедельник открыл новую библиотеку в здании старого вокзала после трёх лет строительства и долгого спора о её стоимости. Сотни семей пришли посмотреть на читальные залы, где сохранились старинная плитка и большие часы над перроном.',
    'Библиотекарь рассказала, что здание будет открыто до десяти часов вечера, потому что многим студентам негде спокойно заниматься дома. В администрации надеются, что кафе на старом перроне покроет часть расходов на отопление зимой.'
  ],
  uk: [
    'Міська рада в понеділок відкрила нову бібліотеку в будівлі старого вокзалу після трьох років будівництва та довгої суперечки про її вартість. Сотні родин прийшли подивитися на читальні зали, де збереглися старовинна плитка та великий годинник над пероном.',
    'Бібліотекарка розповіла, що будівля буде відчинена до десятої години вечора, бо багатьом студентам ніде спокійно працювати вдома. У міській раді сподіваються, що кав’ярня на старому пероні покриє частину витрат на опалення взимку.'
  ],
  ja: [
    '町議会は月曜日、三年間の工事と費用をめぐる長い議論を経て、古い駅舎を改装した新しい図書館を開館した。数百の家族が訪れ、当時のタイルやホームの上の大きな時計がそのまま残された閲覧室を見学した。',
    '司書によると、自宅に静かに勉強できる場所がない学生が多いため、図書館は夜十時まで開館するという。町は、旧ホームに設けたカフェの収益で冬の暖房費の一部をまかなえることを期待している。'
  ],
  zh: [
    '市议会周一在旧火车站内开放了新的图书馆，此前经历了三年的施工和关于费用的长期争论。数百个家庭前来参观阅览室，那里保留了原有的瓷砖和站台上方的大钟。',
    '图书管理员表示，由于许多学生在家中没有安静的学习场所，图书馆将开放到晚上十点。市政府希望旧站台上的咖啡馆能够承担冬季部分供暖费用。'
  ],
  ko: [
    '시의회는 월요일 3년간의 공사와 비용을 둘러싼 오랜 논쟁 끝에 옛 기차역에 새 도서관을 열었다. 수백 가족이 찾아와 원래의 타일과 승강장 위의 큰 시계가 그대로 남아 있는 열람실을 둘러보았다.',
    '사서는 집에서 조용히 공부할 곳이 없는 학생이 많아 도서관을 밤 열 시까지 열어 둘 것이라고 말했다. 시는 옛 승강장에 들어선 카페가 겨울 난방비의 일부를 부담해 주기를 기대하고 있다.'
  ],
  id: [
    'Dewan kota pada hari Senin membuka perpustakaan baru di bekas stasiun kereta api, setelah tiga tahun pembangunan dan perdebatan panjang tentang biayanya. Ratusan keluarga datang untuk melihat ruang baca yang masih menyimpan ubin asli dan jam besar di atas peron.',
    'Pustakawan mengatakan bahwa gedung itu akan tetap buka sampai pukul sepuluh malam, karena banyak mahasiswa tidak memiliki tempat yang tenang untuk belajar di rumah. Pemerintah kota berharap kafe di peron lama dapat menutup sebagian biaya pemanas pada musim dingin.'
  ],
  vi: [
    'Hội đồng thành phố hôm thứ Hai đã khai trương thư viện mới trong nhà ga xe lửa cũ, sau ba năm xây dựng và một cuộc tranh luận dài về chi phí. Hàng trăm gia đình đã đến xem các phòng đọc, nơi vẫn giữ nguyên những viên gạch men cũ và chiếc đồng hồ lớn phía trên sân ga.',
    'Thủ thư cho biết tòa nhà sẽ mở cửa đến mười giờ tối, vì nhiều sinh viên không có chỗ yên tĩnh để học ở nhà. Thành phố hy vọng quán cà phê trên sân ga cũ sẽ trả một phần chi phí sưởi ấm vào mùa đông.'
  ],
  ar: [
    'افتتح المجلس البلدي يوم الاثنين المكتبة الجديدة في محطة القطار القديمة، بعد ثلاث سنوات من أعمال البناء ونقاش طويل حول تكلفتها. وجاءت مئات العائلات لرؤية قاعات القراءة التي تحتفظ بالبلاط الأصلي والساعة الكبيرة فوق الرصيف.',
    'وقالت أمينة المكتبة إن المبنى سيبقى مفتوحًا حتى العاشرة مساءً، لأن كثيرًا من الطلاب لا يجدون مكانًا هادئًا للدراسة في منازلهم. ويأمل المجلس أن يغطي المقهى الموجود على الرصيف القديم جزءًا من تكاليف التدفئة في الشتاء.'
  ],
  fa: [
    'شورای شهر روز دوشنبه کتابخانه جدید را در ایستگاه قدیمی راه‌آهن افتتاح کرد، پس از سه سال کار ساختمانی و بحثی طولانی درباره هزینه آن. صدها خانواده برای دیدن سالن‌های مطالعه آمدند که کاشی‌های اصلی و ساعت بزرگ بالای سکو را حفظ کرده‌اند.',
    'کتابدار گفت که این ساختمان تا ساعت ده شب باز می‌ماند، زیرا بسیاری از دانشجویان در خانه جای آرامی برای کار ندارند. شورا امیدوار است که کافه روی سکوی قدیمی بخشی از هزینه گرمایش را در زمستان بپردازد.'
  ],
  el: [
    'Το δημοτικό συμβούλιο εγκαινίασε τη Δευτέρα τη νέα βιβλιοθήκη στον παλιό σιδηροδρομικό σταθμό, μετά από τρία χρόνια εργασιών και μια μακρά συζήτηση για το κόστος της. Εκατοντάδες οικογένειες ήρθαν να δουν τις αίθουσες ανάγνωσης, που διατηρούν τα αρχικά πλακάκια και το μεγάλο ρολόι πάνω από την αποβάθρα.',
    'Η βιβλιοθηκονόμος είπε ότι το κτίριο θα μένει ανοιχτό μέχρι τις δέκα το βράδυ, επειδή πολλοί φοιτητές δεν έχουν ένα ήσυχο μέρος για να δουλέψουν στο σπίτι. Ο δήμος ελπίζει ότι το καφέ στην παλιά αποβάθρα θα καλύψει μέρος της θέρμανσης τον χειμώνα.'
  ],
  ro: [
    'Consiliul local a inaugurat luni noua bibliotecă din vechea gară, după trei ani de lucrări și o lungă dezbatere despre costul ei. Sute de familii au venit să vadă sălile de lectură, care păstrează plăcile originale și ceasul mare de deasupra peronului.',
    'Bibliotecara a spus că clădirea va rămâne deschisă până la ora zece seara, pentru că mulți studenți nu au un loc liniștit în care să lucreze acasă. Primăria speră că cafeneaua de pe vechiul peron va plăti o parte din încălzire în timpul iernii.'
  ],
  hu: [
    'A városi képviselő-testület hétfőn megnyitotta az új könyvtárat a régi vasútállomáson, három év építkezés és a költségekről szóló hosszú vita után. Családok százai jöttek el megnézni az olvasótermeket, amelyek megőrizték az eredeti csempéket és a peron fölötti nagy órát.',
    'A könyvtáros elmondta, hogy az épület este tízig nyitva marad, mert sok diáknak nincs otthon csendes helye a munkához. Az önkormányzat reméli, hogy a régi peronon működő kávézó a téli fűtés egy részét fedezi majd.'
  ],
  he: [
    'מועצת העיר פתחה ביום שני את הספרייה החדשה בתחנת הרכבת הישנה, אחרי שלוש שנים של עבודות בנייה ודיון ארוך על עלותה. מאות משפחות הגיעו לראות את אולמות הקריאה, ששמרו על האריחים המקוריים ועל השעון הגדול מעל הרציף.',
    'הספרנית אמרה שהבניין יישאר פתוח עד עשר בערב, כי לסטודנטים רבים אין מקום שקט לעבוד בו בבית. העירייה מקווה שבית הקפה על הרציף הישן ישלם חלק מעלות החימום בחורף.'
  ],
  hi: [
    'नगर परिषद ने सोमवार को पुराने रेलवे स्टेशन में नए पुस्तकालय का उद्घाटन किया, तीन साल के निर्माण कार्य और इसकी लागत पर लंबी बहस के बाद। सैकड़ों परिवार पढ़ने के कमरों को देखने आए, जिनमें पुरानी टाइलें और प्लेटफ़ॉर्म के ऊपर की बड़ी घड़ी अब भी सुरक्षित हैं।',
    'पुस्तकालय अध्यक्ष ने कहा कि इमारत रात दस बजे तक खुली रहेगी, क्योंकि कई छात्रों के पास घर पर काम करने के लिए कोई शांत जगह नहीं है। परिषद को उम्मीद है कि पुराने प्लेटफ़ॉर्म पर बना कैफ़े सर्दियों में हीटिंग के खर्च का कुछ हिस्सा चुकाएगा।'
  ],
  th: [
    'สภาเมืองเปิดห้องสมุดแห่งใหม่ในสถานีรถไฟเก่าเมื่อวันจันทร์ หลังจากการก่อสร้างนานสามปีและการถกเถียงเรื่องค่าใช้จ่ายอย่างยาวนาน ครอบครัวหลายร้อยครอบครัวมาชมห้องอ่านหนังสือ ซึ่งยังคงรักษากระเบื้องดั้งเดิมและนาฬิกาเรือนใหญ่เหนือชานชาลาไว้',
    'บรรณารักษ์กล่าวว่าอาคารจะเปิดให้บริการจนถึงสี่ทุ่ม เพราะนักศึกษาหลายคนไม่มีที่เงียบสงบสำหรับทำงานที่บ้าน สภาเมืองหวังว่าร้านกาแฟบนชานชาลาเก่าจะช่วยจ่ายค่าเครื่องทำความร้อนบางส่วนในฤดูหนาว'
  ],
  fi: [
    'Kaupunginvaltuusto avasi maanantaina uuden kirjaston vanhalle rautatieasemalle kolmen vuoden rakennustöiden ja sen kustannuksista käydyn pitkän keskustelun jälkeen. Sadat perheet tulivat katsomaan lukusaleja, joissa on säilytetty alkuperäiset laatat ja suuri kello laiturin yläpuolella.',
    'Kirjastonhoitaja kertoi, että rakennus on auki kymmeneen asti illalla, koska monella opiskelijalla ei ole kotona rauhallista paikkaa työskennellä. Kaupunki toivoo, että vanhalla laiturilla toimiva kahvila maksaa osan talven lämmityskuluista.'
  ],
  bg: [
    'Общинският съвет откри в понеделник новата библиотека в старата железопътна гара след три години строителни работи и дълъг спор за нейната цена. Стотици семейства дойдоха да видят читалните, в които са запазени оригиналните плочки и големият часовник над перона.',
    'Библиотекарката каза, че сградата ще остава отворена до десет часа вечерта, защото много студенти нямат тихо място за работа у дома. Общината се надява, че кафенето на стария перон ще плати част от отоплението през зимата.'
  ]
}
