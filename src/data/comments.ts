import {allOf, group} from '../util/lexicon.js'
import type {Lexicon} from './lexicon.js'

/**
 * Sentences of comment forms and comment footers, written the same way by
 * every site on a blog engine, lower case, without end punctuation (the
 * WordPress, Akismet and Disqus strings in each language).
 *
 * ###### Notes
 * A line is comments debris when each of its sentences is one of these (or
 * matches a pattern of `src/rules/comments.ts`), so `Your email address will
 * not be published. Required fields are marked *` is one line of two, and
 * `メールアドレスが公開されることはありません。 * が付いている欄は必須項目です`
 * too (sentences end at `。` as well).
 */
export const formSentences: Lexicon = {
  en: [
    'email me if my comment is published',
    'learn how your comment data is processed',
    'name and both e-mail fields are required',
    'notify me of follow-up comments by email',
    'notify me of follow-up comments via email',
    'notify me of new comments via email',
    'notify me of new posts by email',
    'notify me of new posts via email',
    'required fields are marked',
    'save my name, email, and website in this browser for the next time i comment',
    'this site uses akismet to reduce spam',
    'your comment has not been saved',
    'your comment is awaiting moderation',
    'your email address will not be published',
    'your email will not be published'
  ],
  de: [
    'antwort abbrechen',
    'benachrichtige mich über nachfolgende kommentare via e-mail',
    'benachrichtige mich über neue beiträge via e-mail',
    'bitte füllen sie die felder aus, um einen kommentar zu verfassen',
    'dein kommentar muss noch freigegeben werden',
    'deine e-mail-adresse wird nicht veröffentlicht',
    'diese website verwendet akismet, um spam zu reduzieren',
    'du musst angemeldet sein, um einen kommentar abzugeben',
    'erfahre mehr darüber, wie deine kommentardaten verarbeitet werden',
    'erforderliche felder sind mit * markiert',
    'ihre e-mail-adresse wird nicht veröffentlicht',
    'kommentar abgeben abbruch',
    'kommentar abschicken',
    'kommentar absenden',
    'meinen namen, meine e-mail-adresse und meine website in diesem browser für die nächste kommentierung speichern',
    'pflichtfelder sind mit * markiert',
    'sie müssen angemeldet sein, um einen kommentar abzugeben',
    'um einen kommentar zu verfassen, melden sie sich bitte an'
  ],
  fr: [
    'annuler la réponse',
    'ce site utilise akismet pour réduire les indésirables',
    'en savoir plus sur comment les données de vos commentaires sont utilisées',
    'enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire',
    'les champs obligatoires sont indiqués avec',
    'prévenez-moi de tous les nouveaux articles par e-mail',
    'prévenez-moi de tous les nouveaux commentaires par e-mail',
    'publier le commentaire',
    'votre adresse de messagerie ne sera pas publiée',
    'votre adresse e-mail ne sera pas publiée',
    'votre commentaire est en attente de modération',
    'vous devez vous connecter pour publier un commentaire',
    'vous devez être connecté pour publier un commentaire'
  ],
  es: [
    'aprende cómo se procesan los datos de tus comentarios',
    'avísame por correo electrónico si alguien responde a mi comentario',
    'cancelar respuesta',
    'debes estar conectado para publicar un comentario',
    'debes iniciar sesión para publicar un comentario',
    'enviar comentario',
    'este sitio usa akismet para reducir el spam',
    'guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente',
    'lo siento, debes estar conectado para publicar un comentario',
    'los campos obligatorios están marcados con',
    'publicar comentario',
    'tu comentario está pendiente de moderación',
    'tu dirección de correo electrónico no será publicada',
    'debes iniciar sesión para comentar'
  ],
  it: [
    'annulla risposta',
    'devi essere connesso per inviare un commento',
    'i campi obbligatori sono contrassegnati',
    'il tuo commento è in attesa di moderazione',
    'il tuo indirizzo email non sarà pubblicato',
    'invia commento',
    'pubblica il commento',
    'questo sito usa akismet per ridurre lo spam',
    'salva il mio nome, email e sito web in questo browser per la prossima volta che commento',
    'scopri come vengono elaborati i dati derivati dai commenti',
    'per commentare devi effettuare il login'
  ],
  pt: [
    'cancelar resposta',
    'enviar comentário',
    'este site utiliza o akismet para reduzir spam',
    'o seu comentário aguarda moderação',
    'o seu endereço de e-mail não será publicado',
    'o seu endereço de email não será publicado',
    'os campos obrigatórios são marcados com',
    'publicar comentário',
    'saiba como seus dados em comentários são processados',
    'salvar meus dados neste navegador para a próxima vez que eu comentar',
    'seu endereço de e-mail não será publicado',
    'tem de iniciar a sessão para publicar um comentário',
    'você precisa fazer o login para publicar um comentário',
    'para comentar, é necessário iniciar sessão'
  ],
  nl: [
    'bekijk hoe je reactie gegevens worden verwerkt',
    'deze site gebruikt akismet om spam te verminderen',
    'je e-mailadres wordt niet gepubliceerd',
    'je moet ingelogd zijn om een reactie te plaatsen',
    'je reactie wacht op moderatie',
    'mijn naam, e-mail en site bewaren in deze browser voor de volgende keer wanneer ik een reactie plaats',
    'reactie annuleren',
    'reactie plaatsen',
    'vereiste velden zijn gemarkeerd met'
  ],
  pl: [
    'anuluj pisanie odpowiedzi',
    'dowiedz się, w jaki sposób przetwarzane są dane twoich komentarzy',
    'musisz się zalogować, aby móc dodać komentarz',
    'opublikuj komentarz',
    'ta witryna wykorzystuje akismet, aby ograniczyć spam',
    'twój adres e-mail nie zostanie opublikowany',
    'twój komentarz oczekuje na moderację',
    'wymagane pola są oznaczone',
    'zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy',
    'aby dodać komentarz, musisz się zalogować'
  ],
  sv: [
    'avbryt svar',
    'denna webbplats använder akismet för att minska skräppost',
    'din e-postadress kommer inte att publiceras',
    'din e-postadress kommer inte publiceras',
    'din kommentar väntar på granskning',
    'du måste vara inloggad för att kunna skriva en kommentar',
    'du måste vara inloggad för att publicera en kommentar',
    'obligatoriska fält är märkta',
    'publicera kommentar',
    'skicka kommentar',
    'du måste vara inloggad för att kommentera'
  ],
  da: [
    'annuller svar',
    'dette websted bruger akismet til at reducere spam',
    'din e-mailadresse vil ikke blive publiceret',
    'din kommentar afventer godkendelse',
    'du skal være logget ind for at skrive en kommentar',
    'krævede felter er markeret med',
    'send kommentar',
    'udgiv kommentar',
    'du skal være logget ind for at kommentere'
  ],
  nb: [
    'avbryt svar',
    'dette nettstedet bruker akismet for å redusere spam',
    'din e-postadresse vil ikke bli publisert',
    'din kommentar venter på moderering',
    'du må være logget inn for å publisere en kommentar',
    'publiser kommentar',
    'påkrevde felter er merket med',
    'send kommentar',
    'du må være logget inn for å kommentere'
  ],
  cs: [
    'odeslat komentář',
    'pro přidávání komentářů se musíte nejdříve přihlásit',
    'pro vložení komentáře se musíte přihlásit',
    'tento web používá akismet k omezení spamu',
    'vaše e-mailová adresa nebude zveřejněna',
    'vyžadované informace jsou označeny',
    'váš komentář čeká na schválení',
    'zrušit odpověď',
    'pro vstup do diskuze se musíte přihlásit'
  ],
  tr: [
    'bu site istenmeyenleri azaltmak için akismet kullanıyor',
    'e-posta adresiniz yayınlanmayacak',
    'e-posta hesabınız yayımlanmayacak',
    'gerekli alanlar * ile işaretlenmişlerdir',
    'yanıtı iptal et',
    'yorum gönder',
    'yorum yapabilmek için giriş yapmalısınız',
    'yorum yapabilmek için oturum açmalısınız',
    'yorumu gönder',
    'yorumunuz onay bekliyor',
    'yorum yapabilmek için üye girişi yapmanız gerekmektedir'
  ],
  ru: [
    'ваш e-mail не будет опубликован',
    'ваш адрес email не будет опубликован',
    'ваш комментарий ожидает проверки',
    'для отправки комментария вам необходимо авторизоваться',
    'обязательные поля помечены',
    'отменить ответ',
    'отправить комментарий',
    'чтобы оставить комментарий, необходимо авторизоваться',
    'этот сайт использует akismet для борьбы со спамом',
    'чтобы оставить комментарий, войдите или зарегистрируйтесь'
  ],
  uk: [
    'ваш коментар очікує на модерацію',
    'ваша e-mail адреса не оприлюднюватиметься',
    'вашу адресу електронної пошти не буде опубліковано',
    'надіслати коментар',
    "обов\'язкові поля позначені",
    'опублікувати коментар',
    'скасувати відповідь',
    'щоб відправити коментар вам необхідно авторизуватись',
    'щоб залишити коментар, потрібно увійти',
    'щоб залишити коментар, увійдіть або зареєструйтеся'
  ],
  ja: [
    '* が付いている欄は必須項目です',
    'コメントは承認待ちです',
    'コメントを残すにはログインしてください',
    'コメントを送信',
    'メールアドレスが公開されることはありません',
    '返信をキャンセル',
    'コメントを投稿するにはログインが必要です'
  ],
  zh: [
    '取消回复',
    '必填项已用 * 标注',
    '您必须登录才能发表评论',
    '您的电子邮箱地址不会被公开',
    '您的评论正在等待审核',
    '您的電子郵件位址並不會被公開',
    '提交评论',
    '登录后才能发表评论'
  ],
  ko: [
    '답글 취소',
    '댓글 등록',
    '댓글을 남기려면 로그인하세요',
    '이메일 주소는 공개되지 않습니다',
    '필수 필드는 *로 표시됩니다',
    '로그인 후 댓글을 작성할 수 있습니다'
  ],
  id: [
    'alamat email anda tidak akan dipublikasikan',
    'anda harus masuk untuk mengirim komentar',
    'batalkan balasan',
    'kirim komentar',
    'komentar anda menunggu moderasi',
    'ruas yang wajib ditandai',
    'silakan login untuk menulis komentar'
  ],
  vi: [
    'bình luận của bạn đang chờ kiểm duyệt',
    'bạn phải đăng nhập để gửi bình luận',
    'các trường bắt buộc được đánh dấu',
    'email của bạn sẽ không được hiển thị công khai',
    'gửi bình luận',
    'hủy trả lời',
    'vui lòng đăng nhập để bình luận'
  ],
  ar: [
    'إرسال التعليق',
    'إلغاء الرد',
    'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي',
    'الحقول الإلزامية مشار إليها بـ',
    'تعرّف على كيفية معالجة بيانات تعليقك',
    'تعليقك في انتظار المراجعة',
    'لن يتم نشر عنوان بريدك الإلكتروني',
    'هذا الموقع يستخدم akismet للحدّ من التعليقات المزعجة والغير مرغوبة',
    'يجب أنت تكون مسجل الدخول لتضيف تعليقاً'
  ],
  fa: [
    'بخش‌های موردنیاز علامت‌گذاری شده‌اند',
    'برای نوشتن دیدگاه باید وارد بشوید',
    'دیدگاه شما در انتظار بررسی است',
    'ذخیره نام، ایمیل و وبسایت من در مرورگر برای زمانی که دوباره دیدگاهی می‌نویسم',
    'فرستادن دیدگاه',
    'لغو پاسخ',
    'نشانی ایمیل شما منتشر نخواهد شد'
  ],
  el: [
    'ακύρωση απάντησης',
    'αποθήκευσε το όνομά μου, email, και τον ιστότοπο μου σε αυτόν τον πλοηγό για την επόμενη φορά που θα σχολιάσω',
    'αυτός ο ιστότοπος χρησιμοποιεί το akismet για να μειώσει τα ανεπιθύμητα σχόλια',
    'για να σχολιάσετε πρέπει να συνδεθείτε',
    'δημοσίευση σχολίου',
    // WordPress: `Η ηλ. διεύθυνση σας δεν δημοσιεύεται.`, two sentences at
    // the `.` of its abbreviation.
    'διεύθυνση σας δεν δημοσιεύεται',
    'η ηλ',
    'μάθετε πώς υφίστανται επεξεργασία τα δεδομένα των σχολίων σας',
    'τα υποχρεωτικά πεδία σημειώνονται με',
    'το σχόλιό σας περιμένει έγκριση'
  ],
  ro: [
    'acest site folosește akismet pentru a reduce spamul',
    'adresa ta de email nu va fi publicată',
    'află cum sunt procesate datele comentariilor tale',
    'anulează răspunsul',
    'comentariul tău așteaptă moderare',
    'câmpurile obligatorii sunt marcate cu',
    'publică comentariul',
    'salvează-mi numele, emailul și site-ul web în acest navigator pentru data viitoare când o să comentez',
    'trebuie să fii autentificat pentru a publica un comentariu',
    'trimite comentariul'
  ],
  hu: [
    'a hozzászólás rendszer-moderációra várakozik',
    'a kötelező mezőket * karakterrel jelöltük',
    'a nevem, e-mail címem, és weboldalcímem mentése a böngészőben a következő hozzászólásomhoz',
    'az e-mail címet nem tesszük közzé',
    'hozzászólás küldése',
    'hozzászólás küldéséhez be kell jelentkezni',
    'válasz megszakítása'
  ],
  he: [
    'אתר זה עושה שימוש באקיזמט למניעת הודעות זבל',
    'האימייל לא יוצג באתר',
    'התגובה ממתינה לאישור',
    'התחבר למערכת כדי להשתתף בדיון',
    'זוהי תצוגה מקדימה, התגובה תהיה גלויה לאחר אישורה',
    'יש להתחבר למערכת כדי לכתוב תגובה',
    'כתובת האימייל שלך לא תפורסם',
    'לחצו כאן כדי ללמוד איך נתוני התגובה שלכם מעובדים',
    'שדות החובה מסומנים',
    'שדות חובה מסומנים',
    'שמור בדפדפן זה את השם, האימייל והאתר שלי לפעם הבאה שאגיב'
  ],
  hi: [
    'आपका ईमेल पता प्रकाशित नहीं किया जाएगा',
    'आपकी टिप्पणी स्वीकृति के इंतजार में है',
    'आवश्यक फ़ील्ड चिह्नित हैं',
    'उत्तर देने के लिए लॉग इन करे',
    'जवाब रद्द करें',
    'टिप्पणी करे'
  ],
  th: [
    'ความเห็นของคุณกำลังรอตรวจสอบ',
    'ความเห็นของคุณกำลังอยู่ระหว่างการพิจารณา นี่คือตัวอย่าง; ความเห็นของคุณจะปรากฏขึ้นหลังจากได้รับการอนุมัติ',
    'คุณต้องเข้าสู่ระบบ เพื่อจะพิมพ์ความเห็น',
    'ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย',
    'ช่องที่ต้องการถูกทำเครื่องหมาย',
    'บันทึกชื่อ, อีเมล และชื่อเว็บไซต์ของฉันบนเบราว์เซอร์นี้ สำหรับการแสดงความเห็นครั้งถัดไป',
    'ยกเลิกการตอบ',
    'อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น',
    'อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย',
    'เข้าสู่ระบบเพื่อตอบ',
    'แสดงความเห็น'
  ],
  fi: [
    'kirjaudu sisään vastataksesi',
    'kommenttisi odottaa hyväksyntää',
    'kommenttisi odottaa tarkastusta',
    'lähetä kommentti',
    'pakolliset kentät on merkitty',
    'peruuta vastaus',
    'sinun täytyy kirjautua sisään kommentoidaksesi',
    'sähköpostiosoitettasi ei julkaista',
    'tallenna nimeni, sähköpostiosoitteeni ja kotisivuni tähän selaimeen seuraavaa kommentointikertaa varten',
    'tämä on vasta esikatselu, kommenttisi tulee julkiseksi hyväksynnän jälkeen'
  ],
  bg: [
    'вашият имейл адрес няма да бъде публикуван',
    'вашият коментар е задържан за одобрение',
    'влезте, за да отговорите',
    'задължителните полета са отбелязани с',
    'запазване на името, имейл адреса и уебсайта ми в този браузър за следващия път когато коментирам',
    'коментарът ви очаква одобрение',
    'научете как се обработват данните ви за коментари',
    'това е предварителен преглед как ще изглежда след като бъде одобрен',
    'този сайт използва akismet за намаляване на спама',
    'трябва да влезете, за да публикувате коментар'
  ]
}

/**
 * Sentences that WordPress themes print under a post about its comments.
 */
export const footerSentences: Lexicon = {
  en: [
    'both comments and pings are currently closed',
    'pinging is currently not allowed',
    'responses are currently closed, but you can trackback from your own site',
    'you can follow any responses to this entry through the rss 2.0 feed',
    'you can leave a response, or trackback from your own site',
    'you can skip to the end and leave a response'
  ]
}

/**
 * Headings of a comment section and prompts to write one, as whole lines:
 * `Kommentare`, `Laisser un commentaire`, `Komentarze`, `コメントを書く`,
 * `댓글`, `Bình luận`.
 *
 * ###### Notes
 * Whole lines only, so prose that names comments is never hit. Not the
 * singular `Kommentar`, `Komentarz`, `Commentaire`: alone on a line they
 * label an opinion piece (a kicker above its headline) as often as a comment
 * box; `Kommentar *` is a form field (`formFields`). Read by the comments
 * rule, by the related rule (a teaser left just above one is not article
 * text) and, through `src/data/tail.ts`, by the locator.
 */
export const commentHeadings: Lexicon = {
  en: [
    'add a comment',
    'add comment',
    'comments',
    'comments are closed',
    'join the conversation',
    'join the discussion',
    'leave a comment',
    'leave a reply',
    'no comments',
    'post a comment',
    'reader comments',
    'write a comment'
  ],
  de: [
    'hinterlasse einen kommentar',
    'kein kommentar',
    'keine kommentare',
    'kommentar schreiben',
    'kommentar verfassen',
    'kommentare',
    'leserkommentare',
    'noch keine kommentare',
    'schreib einen kommentar',
    'schreibe einen kommentar',
    'schreiben sie einen kommentar'
  ],
  fr: [
    'ajouter un commentaire',
    'aucun commentaire',
    'commentaires',
    'laisser un commentaire',
    'laisser une réponse',
    'réagir',
    'réagissez',
    'écrire un commentaire',
    'réagir à cet article'
  ],
  es: [
    'comentarios',
    'deja tu comentario',
    'deja un comentario',
    'deja una respuesta',
    'dejar un comentario',
    'escribe tu comentario',
    'escribe un comentario',
    'sin comentarios'
  ],
  it: [
    'aggiungi un commento',
    'commenti',
    'lascia un commento',
    'lascia una risposta',
    'nessun commento',
    'scrivi un commento'
  ],
  pt: [
    'adicionar comentário',
    'comentários',
    'deixe seu comentário',
    'deixe um comentário',
    'deixe uma resposta',
    'escreva um comentário',
    'sem comentários',
    'deixe o seu comentário'
  ],
  nl: [
    'geef een reactie',
    'geen reacties',
    'laat een reactie achter',
    'plaats een reactie',
    'reacties',
    'reageer',
    'schrijf een reactie'
  ],
  pl: [
    'brak komentarzy',
    'dodaj komentarz',
    'komentarze',
    'napisz komentarz',
    'skomentuj',
    'zostaw komentarz'
  ],
  sv: [
    'inga kommentarer',
    'kommentarer',
    'kommentera',
    'lämna en kommentar',
    'lämna ett svar',
    'skriv en kommentar'
  ],
  da: [
    'efterlad en kommentar',
    'ingen kommentarer',
    'kommentarer',
    'kommenter',
    'skriv en kommentar',
    'skriv et svar'
  ],
  nb: [
    'ingen kommentarer',
    'kommentarer',
    'kommenter',
    'legg igjen en kommentar',
    'skriv en kommentar'
  ],
  cs: [
    'diskuse',
    'diskuze',
    'komentáře',
    'napsat komentář',
    'přidat komentář',
    'vstoupit do diskuse',
    'zanechte komentář',
    'žádné komentáře'
  ],
  tr: [
    'bir cevap yazın',
    'bir yanıt yazın',
    'henüz yorum yapılmamış',
    'yorum yap',
    'yorum yaz',
    'yorum yazın',
    'yorum yok',
    'yorumlar'
  ],
  ru: [
    'добавить комментарий',
    'комментариев нет',
    'комментарии',
    'написать комментарий',
    'нет комментариев',
    'оставить комментарий',
    'оставить ответ',
    'оставьте комментарий'
  ],
  uk: [
    'додати коментар',
    'залишити відповідь',
    'залишити коментар',
    'коментарі',
    'коментарів немає',
    'написати коментар',
    'немає коментарів'
  ],
  ja: [
    'みんなのコメント',
    'コメント',
    'コメントする',
    'コメントはまだありません',
    'コメントを書く',
    'コメントを残す',
    'コメント一覧'
  ],
  zh: [
    '发表回复',
    '发表评论',
    '暂无评论',
    '最新评论',
    '留言',
    '發表評論',
    '網友評論',
    '网友评论',
    '評論',
    '评论',
    '评论区',
    '我要评论'
  ],
  ko: [
    '답글 남기기',
    '댓글',
    '댓글 남기기',
    '댓글 쓰기',
    '댓글쓰기',
    '댓글이 없습니다'
  ],
  id: [
    'belum ada komentar',
    'kirim komentar',
    'komentar',
    'tinggalkan balasan',
    'tinggalkan komentar',
    'tulis komentar'
  ],
  vi: [
    'bình luận',
    'chưa có bình luận',
    'gửi bình luận',
    'viết bình luận',
    'ý kiến bạn đọc',
    'để lại bình luận',
    'để lại một bình luận'
  ],
  ar: [
    'أضف تعليق',
    'أضف تعليقاً',
    'أضف تعليقك',
    'اترك تعليقاً',
    'اترك تعليقًا',
    'التعليقات',
    'تعليقات',
    'لا توجد تعليقات'
  ],
  fa: [
    'ارسال نظر',
    'بدون دیدگاه',
    'دیدگاه ها',
    'دیدگاهتان را بنویسید',
    'دیدگاه‌ها',
    'نظرات',
    'نظرات کاربران',
    'نوشتن دیدگاه'
  ],
  el: [
    'αφήστε ένα σχόλιο',
    'αφήστε μια απάντηση',
    'γράψτε ένα σχόλιο',
    'δεν υπάρχουν σχόλια',
    'προσθήκη σχολίου',
    'σχολιάστε',
    'σχόλια'
  ],
  ro: [
    'adaugă un comentariu',
    'comentarii',
    'lasă un comentariu',
    'lasă un răspuns',
    'niciun comentariu',
    'nu există comentarii',
    'scrie un comentariu'
  ],
  hu: [
    'hozzászólások',
    'nincs hozzászólás',
    'szólj hozzá',
    'vélemény, hozzászólás'
  ],
  he: [
    'אין תגובות',
    'הוסף תגובה',
    'השאירו תגובה',
    'השאר תגובה',
    'כתיבת תגובה',
    'להגיב',
    'תגובות'
  ],
  hi: [
    'कोई टिप्पणी नहीं',
    'टिप्पणियाँ',
    'टिप्पणियां',
    'टिप्पणी करें',
    'प्रतिक्रिया दें',
    'प्रातिक्रिया दे'
  ],
  th: [
    'แสดงความคิดเห็น',
    'ใส่ความเห็น',
    'ให้ความเห็น',
    'ไม่มีความเห็น'
  ],
  fi: [
    'ei kommentteja',
    'jätä kommentti',
    'kirjoita kommentti',
    'kommentit',
    'kommentoi',
    'lisää kommentti'
  ],
  bg: [
    'вашият коментар',
    'добави коментар',
    'коментари',
    'напишете коментар',
    'няма коментари',
    'оставете коментар'
  ]
}

/**
 * Links to the comment section, as whole lines: `Kommentare anzeigen`,
 * `Voir les commentaires`, `댓글 보기` (English: a pattern of
 * `src/rules/comments.ts`).
 *
 * ###### Notes
 * Not tail headings: such a link also sits under the headline, above the
 * article.
 */
export const commentLinks: Lexicon = {
  de: [
    'kommentare anzeigen',
    'kommentare lesen',
    'kommentare öffnen',
    'zu den kommentaren'
  ],
  fr: [
    'voir les commentaires'
  ],
  es: [
    'ver comentarios',
    'ver los comentarios'
  ],
  it: [
    'leggi i commenti',
    'vedi i commenti'
  ],
  pt: [
    'ver comentários',
    'ver os comentários'
  ],
  pl: [
    'pokaż komentarze',
    'zobacz komentarze'
  ],
  ru: [
    'показать комментарии',
    'читать комментарии'
  ],
  uk: [
    'показати коментарі'
  ],
  ja: [
    'コメントを見る',
    'コメントを読む'
  ],
  zh: [
    '查看全部评论',
    '查看评论'
  ],
  ko: [
    '댓글 더보기',
    '댓글 보기'
  ],
  id: [
    'lihat komentar'
  ],
  vi: [
    'xem bình luận'
  ],
  ar: [
    'عرض التعليقات'
  ],
  fa: [
    'مشاهده نظرات'
  ],
  el: [
    'δείτε τα σχόλια',
    'διαβάστε τα σχόλια'
  ],
  ro: [
    'citește comentariile',
    'vezi comentariile'
  ],
  he: [
    'הצג תגובות',
    'לכל התגובות'
  ],
  hi: [
    'टिप्पणियाँ देखें',
    'टिप्पणियां देखें'
  ],
  th: [
    'ดูความคิดเห็นทั้งหมด'
  ],
  fi: [
    'lue kommentit',
    'näytä kommentit'
  ],
  bg: [
    'виж коментарите',
    'покажи коментарите'
  ]
}

/**
 * What a comment counter counts: `12 Kommentare`, `Kommentare (0)`,
 * `3件のコメント`, `3条评论`, `댓글 3`, `3개의 댓글`, `5 bình luận`.
 *
 * ###### Notes
 * Only next to a number (or `no`), as the whole line.
 */
export const commentNouns: Lexicon = {
  en: [
    'comment',
    'comments',
    'replies',
    'reply',
    'response',
    'responses',
    'thought',
    'thoughts'
  ],
  de: [
    'kommentar',
    'kommentare'
  ],
  fr: [
    'commentaire',
    'commentaires',
    'réaction',
    'réactions'
  ],
  es: [
    'comentario',
    'comentarios'
  ],
  it: [
    'commenti',
    'commento'
  ],
  pt: [
    'comentário',
    'comentários'
  ],
  nl: [
    'reactie',
    'reacties'
  ],
  pl: [
    'komentarz',
    'komentarze',
    'komentarzy'
  ],
  sv: [
    'kommentar',
    'kommentarer'
  ],
  da: [
    'kommentar',
    'kommentarer'
  ],
  nb: [
    'kommentar',
    'kommentarer'
  ],
  cs: [
    'komentář',
    'komentáře',
    'komentářů',
    'diskuze',
    'diskuse'
  ],
  tr: [
    'yorum',
    'yorumlar'
  ],
  ru: [
    'комментариев',
    'комментарии',
    'комментарий',
    'комментария'
  ],
  uk: [
    'коментар',
    'коментаря',
    'коментарі',
    'коментарів'
  ],
  ja: [
    'コメント',
    '件のコメント'
  ],
  zh: [
    '則留言',
    '条留言',
    '条评论',
    '留言',
    '評論',
    '评论',
    '人参与评论'
  ],
  ko: [
    '개의 댓글',
    '댓글'
  ],
  id: [
    'komentar',
    'tanggapan'
  ],
  vi: [
    'bình luận',
    'ý kiến'
  ],
  ar: [
    'التعليقات',
    'تعليق',
    'تعليقا',
    'تعليقات',
    'تعليقاً'
  ],
  fa: [
    'دیدگاه',
    'دیدگاه‌ها',
    'نظرات'
  ],
  el: [
    'σχόλια',
    'σχόλιο'
  ],
  ro: [
    'comentarii',
    'comentariu',
    'de comentarii'
  ],
  hu: [
    'hozzászólás',
    'hozzászólások',
    'komment'
  ],
  he: [
    'תגובה',
    'תגובות'
  ],
  hi: [
    'कमेंट',
    'कमेंट्स',
    'टिपण्णी',
    'टिप्पणियाँ',
    'टिप्पणियां',
    'टिप्पणी'
  ],
  th: [
    'ความคิดเห็น',
    'ความเห็น'
  ],
  fi: [
    'kommentit',
    'kommentti',
    'kommenttia'
  ],
  bg: [
    'коментар',
    'коментара',
    'коментари'
  ]
}

/**
 * Notices that comments are closed, other than the English ones (a pattern
 * of `src/rules/comments.ts`), as whole sentences.
 */
export const closedSentences: Lexicon = {
  de: [
    'die kommentare sind geschlossen',
    'die kommentarfunktion ist deaktiviert',
    'die kommentarfunktion ist geschlossen',
    'kommentare geschlossen',
    'kommentare sind geschlossen',
    'kommentarfunktion geschlossen',
    'die kommentarfunktion für diesen artikel wurde geschlossen'
  ],
  fr: [
    'commentaires fermés',
    'les commentaires sont clos',
    'les commentaires sont fermés'
  ],
  es: [
    'comentarios cerrados',
    'los comentarios están cerrados'
  ],
  it: [
    'commenti chiusi',
    'i commenti sono chiusi'
  ],
  pt: [
    'comentários encerrados',
    'comentários fechados',
    'os comentários estão encerrados',
    'os comentários estão fechados',
    'os comentários estão encerrados para este artigo'
  ],
  nl: [
    'reacties zijn gesloten',
    'reageren is niet meer mogelijk',
    'reageren op dit artikel is niet meer mogelijk'
  ],
  pl: [
    'komentarze są wyłączone',
    'komentarze zostały wyłączone',
    'możliwość komentowania została wyłączona',
    'komentowanie tego artykułu zostało wyłączone'
  ],
  sv: [
    'kommentarer är avstängda',
    'kommentarerna är stängda',
    'kommentarsfunktionen är stängd',
    'kommentarsfältet är stängt för den här artikeln'
  ],
  da: [
    'kommentarer er lukket',
    'kommentarfunktionen er lukket',
    'debatten er lukket for denne artikel'
  ],
  nb: [
    'kommentarer er stengt',
    'kommentarfeltet er stengt',
    'kommentarfeltet er stengt for denne saken'
  ],
  cs: [
    'diskuse je uzavřena',
    'komentáře jsou uzavřeny',
    'komentáře jsou vypnuté',
    'komentáře k tomuto článku jsou uzavřeny'
  ],
  tr: [
    'yorumlar kapalı',
    'yorumlar kapatıldı',
    'yorumlar kapatılmıştır'
  ],
  ru: [
    'комментарии закрыты',
    'комментарии отключены',
    'комментирование закрыто',
    'комментарии к этой статье отключены'
  ],
  uk: [
    'коментарі вимкнено',
    'коментарі закрито',
    'коментування вимкнено',
    'коментування цієї статті вимкнено'
  ],
  ja: [
    'コメントは受け付けていません',
    'コメントは締め切りました'
  ],
  zh: [
    '評論已關閉',
    '评论已关闭'
  ],
  ko: [
    '댓글이 닫혔습니다',
    '댓글이 허용되지 않습니다'
  ],
  id: [
    'komentar ditutup',
    'komentar telah ditutup'
  ],
  vi: [
    'bình luận đã bị đóng',
    'đã đóng bình luận'
  ],
  ar: [
    'التعليقات مغلقة',
    'تم إغلاق التعليقات'
  ],
  fa: [
    'دیدگاه‌ها بسته است',
    'دیدگاه‌ها بسته شده‌اند'
  ],
  el: [
    'τα σχόλια είναι απενεργοποιημένα',
    'τα σχόλια είναι κλειστά'
  ],
  ro: [
    'comentariile sunt dezactivate',
    'comentariile sunt închise'
  ],
  hu: [
    'hozzászólás jelenleg nem lehetséges'
  ],
  he: [
    'התגובות סגורות',
    'סגור לתגובות'
  ],
  hi: [
    'टिप्पणियाँ बंद कर दी गयी है',
    'टिप्पणियाँ बंद हैं',
    'टिप्पणी बन्द'
  ],
  th: [
    'การแสดงความเห็นถูกปิด',
    'ปิดความเห็น'
  ],
  fi: [
    'kommentit on suljettu',
    'kommentit pois päältä',
    'kommentointi ei ole käytössä',
    'kommentointi on suljettu'
  ],
  bg: [
    'коментарите са затворени',
    'коментарите са изключени'
  ]
}

/**
 * Controls under each comment, other than the English ones (a pattern of
 * `src/rules/comments.ts`), as whole lines: `Antworten`, `Répondre`, `返信`.
 *
 * ###### Notes
 * `Reply` in each language is a verb of prose, but never a line alone in an
 * article. Not `Svar` (Scandinavian `answer`): it heads the answers of an
 * interview; nor, for the same reason, the nouns `پاسخ`, `Απάντηση`,
 * `Válasz` (the WordPress `Reply` of Persian, Greek, Hungarian).
 */
export const commentActions: Lexicon = {
  de: [
    'antworten',
    'kommentar melden',
    'kommentare schließen'
  ],
  fr: [
    'répondre',
    'signaler ce commentaire',
    'signaler un abus'
  ],
  es: [
    'denunciar comentario',
    'reportar comentario',
    'responder'
  ],
  it: [
    'rispondi',
    'segnala abuso',
    'segnala commento'
  ],
  pt: [
    'denunciar comentário',
    'responder'
  ],
  nl: [
    'beantwoorden',
    'reageren op deze reactie'
  ],
  pl: [
    'odpowiedz',
    'zgłoś komentarz',
    'zgłoś nadużycie'
  ],
  sv: [
    'rapportera kommentar',
    'svara'
  ],
  da: [
    'besvar',
    'rapportér kommentar'
  ],
  nb: [
    'rapporter kommentar'
  ],
  cs: [
    'nahlásit komentář',
    'odpovědět'
  ],
  tr: [
    'cevapla',
    'yanıtla',
    'yorumu şikayet et'
  ],
  ru: [
    'ответить',
    'пожаловаться на комментарий'
  ],
  uk: [
    'відповісти',
    'поскаржитися на коментар'
  ],
  ja: [
    'コメントを報告',
    '返信',
    '返信する'
  ],
  zh: [
    '举报评论',
    '回复',
    '回覆'
  ],
  ko: [
    '답글',
    '답글 달기',
    '댓글 신고'
  ],
  id: [
    'balas',
    'laporkan komentar'
  ],
  vi: [
    'báo cáo bình luận',
    'trả lời'
  ],
  ar: [
    'رد'
  ],
  ro: [
    'răspunde'
  ],
  hi: [
    'जवाब दें'
  ],
  th: [
    'ตอบกลับ'
  ],
  fi: [
    'vastaa'
  ]
}

/**
 * Labels of comment form fields, other than the English ones (a pattern of
 * `src/rules/comments.ts`), matched only with the `*` of a required field:
 * `Name *`, `Kommentar *`, `Nom *`, `名前 *`.
 */
export const formFields: Lexicon = {
  de: [
    'e-mail',
    'e-mail-adresse',
    'kommentar',
    'name',
    'website'
  ],
  fr: [
    'commentaire',
    'e-mail',
    'nom',
    'site web'
  ],
  es: [
    'comentario',
    'correo electrónico',
    'nombre',
    'web'
  ],
  it: [
    'commento',
    'email',
    'nome',
    'sito web'
  ],
  pt: [
    'comentário',
    'e-mail',
    'nome',
    'site'
  ],
  nl: [
    'e-mail',
    'naam',
    'reactie',
    'website'
  ],
  pl: [
    'adres e-mail',
    'e-mail',
    'imię',
    'komentarz',
    'nazwa',
    'witryna internetowa'
  ],
  sv: [
    'e-post',
    'kommentar',
    'namn',
    'webbplats'
  ],
  da: [
    'e-mail',
    'kommentar',
    'navn',
    'websted'
  ],
  nb: [
    'e-post',
    'kommentar',
    'navn',
    'nettsted'
  ],
  cs: [
    'e-mail',
    'jméno',
    'komentář',
    'web',
    'webová stránka'
  ],
  tr: [
    'ad',
    'e-posta',
    'isim',
    'web sitesi',
    'yorum'
  ],
  ru: [
    'e-mail',
    'имя',
    'комментарий',
    'сайт'
  ],
  uk: [
    'e-mail',
    'коментар',
    'сайт',
    'ім\'я'
  ],
  ja: [
    'コメント',
    'サイト',
    'メール',
    '名前'
  ],
  zh: [
    '名称',
    '姓名',
    '昵称',
    '电子邮件',
    '站点',
    '网站',
    '评论',
    '邮箱'
  ],
  ko: [
    '댓글',
    '웹사이트',
    '이름',
    '이메일'
  ],
  id: [
    'email',
    'komentar',
    'nama',
    'situs web'
  ],
  vi: [
    'bình luận',
    'email',
    'trang web',
    'tên'
  ],
  ar: [
    'الاسم',
    'البريد الإلكتروني',
    'التعليق',
    'الموقع الإلكتروني'
  ],
  fa: [
    'ایمیل',
    'دیدگاه',
    'نام',
    'وب‌ سایت',
    'وب‌سایت'
  ],
  el: [
    'email',
    'ιστότοπος',
    'σχόλιο',
    'όνομα'
  ],
  ro: [
    'comentariu',
    'email',
    'nume',
    'site web'
  ],
  hu: [
    'e-mail',
    'e-mail cím',
    'honlap',
    'hozzászólás',
    'név'
  ],
  he: [
    'אימייל',
    'אתר',
    'אתר אינטרנט',
    'התגובה שלך',
    'שם',
    'תגובה'
  ],
  hi: [
    'ई-मेल',
    'ईमेल',
    'टिप्पणी',
    'नाम',
    'वेबसाइट',
    'वेबसाईट'
  ],
  th: [
    'ความเห็น',
    'ชื่อ',
    'อีเมล',
    'อีเมล์',
    'เว็บไซต์'
  ],
  fi: [
    'kommentti',
    'kotisivu',
    'nimi',
    'sähköposti',
    'sähköpostiosoite'
  ],
  bg: [
    'име',
    'имейл',
    'интернет страница',
    'коментар',
    'уебсайт'
  ]
}

/**
 * A comment counter in any language, lower case: `12 kommentare`,
 * `3件のコメント`, `kommentare (0)`, `コメント(3)`, `评论（3）`, `댓글 3`,
 * `댓글 3개`.
 */
export const commentCounter = counterOf(group(allOf(commentNouns)))

/**
 * A counter of comments: a number before the noun (`12 kommentare`,
 * `3件のコメント`, `已有128条评论`), or after it, bare or in parentheses
 * (`kommentare (0)`, `댓글 3개`, `コメント（128件）`).
 *
 * @param nouns
 *   Alternation of the nouns.
 * @returns
 *   Regex of a whole line.
 */
function counterOf(nouns: string): RegExp {
  const number = String.raw`\d[\d,.]*`
  // A count word may follow the number (`コメント（128件）`, `댓글 3개`).
  const counted = String.raw`${number}(?: ?(?:件|条|條|개))?`
  const after = String.raw`(?:${counted}|[(（\[]${counted}[)）\]])(?: ?개)?`
  // `已有128条评论`, `共128条评论`: “there are already”, “in all”.
  return new RegExp(String.raw`^(?:已有|已經有|已经有|共有?)?${number} ?${nouns}$|^${nouns} ?${after}$`, 'u')
}
