import type {Lexicon} from './lexicon.js'

/**
 * Buttons of forum software that are debris alone on a line, lower case,
 * without their punctuation (`Click to expand...`).
 *
 * ###### Notes
 * Seen on the forum pages of the page-type dev set: XenForo (`Click to
 * expand...` on 9 pages, `Reply Quote Like`), vBulletin
 * (`Reply With Quote 0`), Fora (`Add to quote`, 4 pages), Quora-like
 * threads (`Upvote ·`), Hacker News (`reply | flag`).
 */
export const strongButtons: Lexicon = {
  en: [
    'add to quote',
    'click to expand',
    'downvote',
    'multi-quote',
    'multiquote',
    'post reply',
    'quick reply',
    'quote reply',
    'reply',
    'reply to thread',
    'reply to this topic',
    'reply with quote',
    'report post',
    'report this post',
    'upvote'
  ],
  de: ['antworten mit zitat', 'beitrag melden', 'zum vergrößern anklicken', 'zitieren'],
  fr: ['citer', 'cliquez pour agrandir', 'répondre avec citation', 'signaler ce message'],
  es: ['citar', 'haz clic para expandir', 'responder con cita'],
  it: ['clicca per espandere', 'rispondi citando'],
  pt: ['clique para expandir', 'responder com citação'],
  nl: ['klik om uit te vouwen', 'citeren'],
  pl: ['cytuj', 'kliknij aby rozwinąć', 'odpowiedz z cytatem'],
  sv: ['citera', 'klicka för att expandera'],
  da: ['citér', 'klik for at udvide'],
  nb: ['siter', 'klikk for å utvide'],
  cs: ['citovat', 'klikněte pro rozbalení'],
  tr: ['alıntıla', 'genişletmek için tıkla'],
  ru: ['нажмите для раскрытия', 'цитировать', 'ответить с цитированием'],
  uk: ['натисніть щоб розгорнути', 'цитувати'],
  ja: ['クリックして展開', '引用して返信'],
  zh: ['引用回复', '点击展开'],
  ko: ['인용 답글', '확장하려면 클릭'],
  id: ['klik untuk memperluas', 'kutip'],
  vi: ['nhấp để mở rộng', 'trích dẫn'],
  ar: ['إضافة رد', 'رد مع اقتباس'],
  fa: ['پاسخ با نقل قول'],
  el: ['απάντηση με παράθεση'],
  ro: ['citează', 'răspunde cu citat'],
  hu: ['kattints a kibontáshoz', 'válasz idézettel'],
  he: ['הגב עם ציטוט', 'דווח על הודעה זו', 'לחץ להרחבה'],
  hi: ['उद्धरण के साथ जवाब दें'],
  th: ['คลิกเพื่อขยาย'],
  fi: ['klikkaa laajentaaksesi', 'vastaa lainaamalla', 'ilmoita tämä viesti'],
  bg: ['отговори с цитат', 'докладвай това мнение']
}

/**
 * Buttons of a post that are also ordinary words: debris only next to
 * another button (`Reply Quote Like`, `Like Quote`, `reply | flag`).
 */
export const weakButtons: Lexicon = {
  en: [
    'agree',
    'bookmark',
    'delete',
    'disagree',
    'edit',
    'flag',
    'follow',
    'helpful',
    'like',
    'likes',
    'link',
    'permalink',
    'quote',
    'react',
    'report',
    'save',
    'share',
    'thanks',
    'vote'
  ],
  de: ['antworten', 'bearbeiten', 'gefällt mir', 'löschen', 'melden', 'teilen', 'zitat', 'danke'],
  fr: ["j'aime", 'modifier', 'partager', 'répondre', 'signaler', 'supprimer'],
  es: ['compartir', 'editar', 'eliminar', 'me gusta', 'reportar', 'responder'],
  it: ['cita', 'condividi', 'modifica', 'mi piace', 'rispondi', 'segnala'],
  pt: ['compartilhar', 'curtir', 'editar', 'denunciar', 'responder'],
  nl: ['antwoorden', 'bewerken', 'delen', 'melden', 'reageren', 'vind ik leuk'],
  pl: ['edytuj', 'lubię to', 'odpowiedz', 'zgłoś'],
  sv: ['gilla', 'svara'],
  da: ['svar', 'synes godt om'],
  nb: ['liker', 'svar'],
  cs: ['líbí se mi', 'odpovědět', 'nahlásit'],
  tr: ['beğen', 'cevapla', 'yanıtla', 'bildir'],
  ru: ['нравится', 'ответить', 'пожаловаться', 'редактировать'],
  uk: ['відповісти', 'подобається', 'поскаржитися'],
  ja: ['返信', '引用', 'いいね', '通報'],
  zh: ['回复', '引用', '举报', '点赞'],
  ko: ['답글', '인용', '신고', '좋아요'],
  id: ['balas', 'laporkan', 'suka'],
  vi: ['báo cáo', 'thích', 'trả lời'],
  ar: ['إبلاغ', 'اقتباس', 'رد'],
  fa: ['نقل قول', 'پاسخ', 'گزارش'],
  el: ['αναφορά', 'απάντηση', 'μου αρέσει', 'παράθεση'],
  ro: ['citat', 'raportează', 'răspunde', 'îmi place'],
  hu: ['idézet', 'jelentés', 'tetszik', 'válasz'],
  he: ['הגב', 'ציטוט', 'דווח', 'ערוך', 'אהבתי', 'שתף'],
  hi: ['जवाब दें', 'उद्धरण', 'रिपोर्ट करें', 'पसंद करें', 'शेयर करें'],
  th: ['ตอบกลับ', 'อ้างอิง', 'รายงาน', 'ถูกใจ', 'แชร์', 'แก้ไข'],
  fi: ['vastaa', 'lainaa', 'tykkää', 'ilmoita', 'muokkaa'],
  bg: ['отговор', 'отговори', 'цитат', 'докладвай', 'харесвам', 'сподели']
}

/**
 * Counters of a member next to each post: `Messages: 8,412`, `Joined: Jan
 * 2015`, `3 posts · Joined 2024`, and the label alone above its value.
 *
 * ###### Notes
 * A label counts only with a value after a colon, before it in a row of
 * counters, or on the next line; a label alone (`Posts`) is a heading.
 */
export const counterLabels: Lexicon = {
  en: [
    'best answers',
    'join date',
    'joined',
    'karma',
    'likes received',
    'member since',
    'messages',
    'points',
    'posts',
    'reaction score',
    'registered',
    'reputation',
    'solutions',
    'threads',
    'trophy points'
  ],
  de: ['beiträge', 'dabei seit', 'mitglied seit', 'registriert', 'registriert seit', 'reaktionspunkte', 'punkte'],
  fr: ['inscrit', 'inscrit le', 'inscription', 'messages', 'points de réaction'],
  es: ['mensajes', 'registrado', 'se unió', 'puntuación de reacciones', 'puntos'],
  it: ['iscritto', 'iscritto dal', 'messaggi', 'punteggio reazioni', 'punti'],
  pt: ['membro desde', 'mensagens', 'registrado', 'registrado em', 'pontos'],
  nl: ['berichten', 'lid sinds', 'geregistreerd'],
  pl: ['dołączył', 'dołączyła', 'posty', 'postów', 'rejestracja', 'wiadomości'],
  sv: ['inlägg', 'medlem sedan', 'registrerad'],
  da: ['indlæg', 'medlem siden', 'tilmeldt'],
  nb: ['innlegg', 'medlem siden', 'registrert'],
  cs: ['příspěvky', 'registrován', 'registrace'],
  tr: ['katılım', 'kayıt tarihi', 'mesajlar'],
  ru: ['сообщения', 'сообщений', 'регистрация', 'зарегистрирован', 'баллы', 'репутация', 'симпатии'],
  uk: ['повідомлення', 'реєстрація', 'зареєстрований'],
  ja: ['投稿数', '登録日'],
  zh: ['帖子', '注册时间', '积分'],
  ko: ['게시물', '가입일'],
  id: ['bergabung', 'jumlah pesan'],
  vi: ['bài viết', 'tham gia'],
  ar: ['المشاركات', 'تاريخ التسجيل', 'عدد الرسائل', 'نقاط'],
  fa: ['ارسال ها', 'تاريخ عضويت', 'تاریخ عضویت', 'نوشته ها'],
  el: ['εγγραφή', 'ημερομηνία εγγραφής', 'μηνύματα'],
  ro: ['data înregistrării', 'mesaje', 'înregistrat'],
  hu: ['csatlakozott', 'hozzászólások', 'regisztrált', 'üzenetek'],
  he: ['הודעות', 'הצטרף', 'תאריך הצטרפות'],
  hi: ['पोस्ट', 'संदेश', 'शामिल हुए'],
  th: ['โพสต์', 'ข้อความ', 'เข้าร่วม', 'วันที่สมัคร'],
  fi: ['viestit', 'viestejä', 'liittynyt', 'liittymispäivä', 'rekisteröitynyt'],
  bg: ['мнения', 'общо мнения', 'регистриран', 'регистриран на', 'съобщения']
}

/**
 * Ranks forum software prints under a member’s name (`Well-known member`,
 * `Senior Member`), and their on-line state: debris only on a page with
 * other forum debris.
 */
export const memberTitles: ReadonlyArray<string> = [
  'active member',
  'administrator',
  'banned',
  'established member',
  'full member',
  'gold member',
  'junior member',
  'member',
  'moderator',
  'new member',
  'notable member',
  'offline',
  'online',
  'platinum member',
  'premium member',
  'registered',
  'registered user',
  'senior member',
  'staff',
  'staff member',
  'super moderator',
  'supporting member',
  'valued member',
  'verified member',
  'well-known member'
]

/**
 * Whole-line notices and controls of a thread, lower case, without their
 * end punctuation.
 */
export const notices: Lexicon = {
  en: [
    'add a comment',
    'ask question',
    // Stack Exchange, the guidance above the answer box.
    'asking for help, clarification, or responding to other answers',
    'but avoid',
    // Stack Exchange: the sort of the answers, and the boxes under them.
    'date created (oldest first)',
    'date modified (newest first)',
    // Stack Exchange, the answer box.
    'draft discarded',
    'draft saved',
    'explore related questions',
    // Stack Exchange, a heading of the side bar.
    'featured on meta',
    'find the answer to your question by asking',
    'highest score (default)',
    'improve this answer',
    'improve this question',
    'jump to latest',
    'jump to new',
    'log in to reply',
    'making statements based on opinion; back them up with references or personal experience',
    // Invision Community, beside a post's share button.
    'more sharing options',
    'most reactions',
    'newest first',
    // XenForo, under a closed thread.
    'not open for further replies',
    'oldest first',
    'oldest first newest first most reactions',
    'please be sure to answer the question. provide details and share your research',
    // Under each post of a travel forum.
    'report inappropriate content',
    'see similar questions with these tags',
    'sign in to reply',
    // Stack Exchange, the answer box of a visitor.
    'sign up using email and password',
    'sign up using facebook',
    'sign up using google',
    // Stack Exchange, under a question or an answer.
    'sign up to request clarification or add additional context in comments',
    'sort by newest first',
    'sort by oldest first',
    'sort by votes',
    'sorted by: reset to default',
    'start asking to get answers',
    'to learn more, see our tips on writing great answers',
    'trending (recent votes count more)',
    // NodeBB, between a post's author and its time.
    'wrote on last edited by',
    // Stack Exchange, under a protected question.
    'you must log in to answer this question',
    // XenForo, above every thread (11 pages).
    'you are using an out of date browser. it may not display this or other websites correctly',
    'you must log in or register to reply here',
    'you must be logged in to reply to this topic',
    'you should upgrade or use an alternative browser'
  ],
  de: ['du musst dich einloggen oder registrieren, um hier zu antworten', 'zum neuesten springen'],
  fr: ['vous devez vous connecter ou vous inscrire pour répondre ici'],
  es: ['debes iniciar sesión o registrarte para responder aquí'],
  it: ['devi accedere o registrarti per rispondere qui'],
  pt: ['você deve entrar ou se cadastrar para responder aqui'],
  ru: ['для ответа в этой теме необходимо авторизоваться'],
  el: ['δεν είναι ανοικτή για περαιτέρω απαντήσεις'],
  fi: ['tämä viestiketju on lukittu. et voi vastata tai muokata viestejäsi'],
  bg: ['тази тема е заключена, не можете да променяте мнения или да публикувате нови отговори']
}

/**
 * Starts of notices that end with the name of the site, lower case
 * (`Thanks for contributing an answer to Stack Overflow!`, `… to Super
 * User!`).
 */
export const noticeStarts: Lexicon = {
  en: ['thanks for contributing an answer to ']
}
