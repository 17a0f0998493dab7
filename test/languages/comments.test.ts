import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectKept, expectStripped} from './page.js'

/**
 * A headline for the page in each language.
 */
const headlines: Readonly<Record<LanguageCode, string>> = {
  en: 'Old station becomes a library',
  de: 'Alter Bahnhof wird Bibliothek',
  fr: 'L’ancienne gare devient une bibliothèque',
  es: 'La antigua estación se convierte en biblioteca',
  it: 'La vecchia stazione diventa una biblioteca',
  pt: 'A antiga estação vira biblioteca',
  nl: 'Oud station wordt bibliotheek',
  pl: 'Stary dworzec zamienia się w bibliotekę',
  sv: 'Den gamla stationen blir bibliotek',
  da: 'Den gamle station bliver bibliotek',
  nb: 'Den gamle stasjonen blir bibliotek',
  cs: 'Staré nádraží se mění v knihovnu',
  tr: 'Eski istasyon kütüphane oldu',
  ru: 'Старый вокзал стал библиотекой',
  uk: 'Старий вокзал став бібліотекою',
  ja: '旧駅舎が図書館に',
  zh: '老火车站变成图书馆',
  ko: '옛 기차역이 도서관으로',
  id: 'Stasiun lama menjadi perpustakaan',
  vi: 'Nhà ga cũ trở thành thư viện',
  ar: 'المحطة القديمة تصبح مكتبة',
  fa: 'ایستگاه قدیمی به کتابخانه تبدیل شد',
  el: 'Ο παλιός σταθμός γίνεται βιβλιοθήκη',
  ro: 'Vechea gară devine bibliotecă',
  hu: 'A régi állomásból könyvtár lesz',
  he: 'התחנה הישנה הפכה לספרייה',
  hi: 'पुराना स्टेशन बना पुस्तकालय',
  th: 'สถานีเก่ากลายเป็นห้องสมุด',
  fi: 'Vanha asema muuttuu kirjastoksi',
  bg: 'Старата гара става библиотека'
}

/**
 * Comment debris in each language: a comment-section heading or counter,
 * and a line of its form or a prompt.
 */
const debris: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['12 Comments', 'Your email address will not be published. Required fields are marked *'],
  de: ['Kommentare (3)', 'Schreibe einen Kommentar'],
  fr: ['3 commentaires', 'Laisser un commentaire'],
  es: ['Comentarios', 'Deja un comentario'],
  it: ['5 commenti', 'Lascia un commento'],
  pt: ['Comentários', 'Deixe um comentário'],
  nl: ['Reacties', 'Laat een reactie achter'],
  pl: ['Komentarze', 'Dodaj komentarz'],
  sv: ['Kommentarer', 'Lämna en kommentar'],
  da: ['Kommentarer', 'Skriv en kommentar'],
  nb: ['Kommentarer', 'Legg igjen en kommentar'],
  cs: ['Diskuse', 'Přidat komentář'],
  tr: ['Yorumlar', 'Yorum yap'],
  ru: ['Комментарии', 'Оставить комментарий'],
  uk: ['Коментарі', 'Залишити коментар'],
  ja: ['コメント', 'コメントを書く'],
  zh: ['评论（3）', '发表评论'],
  ko: ['댓글', '댓글 남기기'],
  id: ['Komentar', 'Tinggalkan komentar'],
  vi: ['Bình luận', 'Gửi bình luận'],
  ar: ['3 تعليقات', 'اترك تعليقاً'],
  fa: ['3 دیدگاه', 'نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *'],
  el: ['Σχόλια (3)', 'Η ηλ. διεύθυνση σας δεν δημοσιεύεται. Τα υποχρεωτικά πεδία σημειώνονται με *'],
  ro: ['5 comentarii', 'Lasă un răspuns'],
  hu: ['Hozzászólások', 'Vélemény, hozzászólás?'],
  he: ['3 תגובות', 'האימייל לא יוצג באתר. שדות החובה מסומנים *'],
  hi: ['5 टिप्पणियाँ', 'आपका ईमेल पता प्रकाशित नहीं किया जाएगा. आवश्यक फ़ील्ड चिह्नित हैं *'],
  th: ['3 ความเห็น', 'อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *'],
  fi: ['Kommentit (3)', 'Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *'],
  bg: ['5 коментара', 'Вашият имейл адрес няма да бъде публикуван. Задължителните полета са отбелязани с *']
}

/**
 * The page of a language: headline, paragraph, comment debris, paragraph.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  return [headlines[code], first, ...debris[code], second].join('\n\n')
}

describe('comments in 30 languages', function () {
  it.each(languageCodes)('should strip the comment lines of a page in %s as `comments`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean(page(code))
    for (const line of debris[code]) {
      expect(result.stripped.find((item) => item.actual === line)?.category).toBe('comments')
    }

    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'es', 'pl', 'ja', 'ko'] as const)('should keep them in %s with `comments` off', function (code) {
    const result = clean(page(code), {rules: {comments: false}})
    for (const line of debris[code]) expect(result.text).toContain(line)
  })
})

describe('comment counters of Chinese, Japanese and Korean sites', function () {
  it.each([
    ['zh', '已有128条评论'],
    ['zh', '共12条评论'],
    ['zh', '评论（12条）'],
    ['ja', 'コメント（128件）'],
    ['ja', 'コメント 5件'],
    ['ko', '댓글 (3개)']
  ] as const)('should strip the counter in %s (`%s`) as `comments`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, second, line].join('\n\n'), [line], 'comments')
  })

  it.each([
    ['zh', '已有128名学生报名参加了这次比赛。'],
    ['ja', 'コメントは128件を超えた。']
  ] as const)('should keep a sentence with the same words in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})

describe('notices that the comments are closed or need a sign-in', function () {
  it.each([
    ['de', 'Um einen Kommentar zu verfassen, melden Sie sich bitte an.'],
    ['de', 'Die Kommentarfunktion für diesen Artikel wurde geschlossen.'],
    ['es', 'Debes iniciar sesión para comentar.'],
    ['it', 'Per commentare devi effettuare il login.'],
    ['pt', 'Os comentários estão encerrados para este artigo.'],
    ['sv', 'Du måste vara inloggad för att kommentera.'],
    ['da', 'Debatten er lukket for denne artikel.'],
    ['nb', 'Kommentarfeltet er stengt for denne saken.'],
    ['pl', 'Aby dodać komentarz, musisz się zalogować.'],
    ['cs', 'Komentáře k tomuto článku jsou uzavřeny.'],
    ['cs', 'Diskuze (42)'],
    ['tr', 'Yorumlar (18)'],
    ['ru', 'Комментарии к этой статье отключены.'],
    ['uk', 'Щоб залишити коментар, увійдіть або зареєструйтеся.'],
    ['nl', 'Reageren op dit artikel is niet meer mogelijk.'],
    ['ja', 'コメントを投稿するにはログインが必要です。'],
    ['ko', '로그인 후 댓글을 작성할 수 있습니다.'],
    ['zh', '已有128人参与评论'],
    ['id', 'Silakan login untuk menulis komentar.'],
    ['vi', 'Vui lòng đăng nhập để bình luận.']
  ] as const)('should strip the notice in %s (`%s`) as `comments`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, second, line].join('\n\n'), [line], 'comments')
  })
})
