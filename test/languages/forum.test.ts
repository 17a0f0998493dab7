import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectStripped, headline} from './page.js'

/**
 * XenForo’s `Click to expand...` under a quote, and a member counter, in
 * each language.
 */
const debris: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Click to expand...', 'Messages: 1,234'],
  de: ['Zum Vergrößern anklicken....', 'Beiträge: 1.234'],
  fr: ['Cliquez pour agrandir...', 'Messages : 1 234'],
  es: ['Haz clic para expandir...', 'Mensajes: 1.234'],
  it: ['Clicca per espandere...', 'Messaggi: 1.234'],
  pt: ['Clique para expandir...', 'Mensagens: 1.234'],
  nl: ['Klik om uit te vouwen...', 'Berichten: 1.234'],
  pl: ['Kliknij, aby rozwinąć...', 'Posty: 1 234'],
  sv: ['Klicka för att expandera...', 'Inlägg: 1 234'],
  da: ['Klik for at udvide...', 'Indlæg: 1.234'],
  nb: ['Klikk for å utvide...', 'Innlegg: 1 234'],
  cs: ['Klikněte pro rozbalení...', 'Příspěvky: 1 234'],
  tr: ['Genişletmek için tıkla...', 'Mesajlar: 1.234'],
  ru: ['Нажмите для раскрытия...', 'Сообщения: 1 234'],
  uk: ['Натисніть, щоб розгорнути...', 'Повідомлення: 1 234'],
  ja: ['クリックして展開...', '投稿数: 1,234'],
  zh: ['点击展开...', '帖子：1,234'],
  ko: ['확장하려면 클릭...', '게시물: 1,234'],
  id: ['Klik untuk memperluas...', 'Bergabung: 2015'],
  vi: ['Nhấp để mở rộng...', 'Bài viết: 1.234'],
  ar: ['رد مع اقتباس', 'المشاركات: 1,234'],
  fa: ['پاسخ با نقل قول', 'تاریخ عضویت: 2015'],
  el: ['Απάντηση με παράθεση', 'Μηνύματα: 1.234'],
  ro: ['Răspunde cu citat', 'Mesaje: 1.234'],
  hu: ['Kattints a kibontáshoz...', 'Hozzászólások: 1 234'],
  he: ['הגב עם ציטוט', 'הודעות: 1,234'],
  hi: ['उद्धरण के साथ जवाब दें', 'पोस्ट: 1,234'],
  th: ['คลิกเพื่อขยาย...', 'โพสต์: 1,234'],
  fi: ['Klikkaa laajentaaksesi...', 'Viestit: 1 234'],
  bg: ['Отговори с цитат', 'Мнения: 1 234']
}

/**
 * A thread in a language: title, a member counter, a post, the button under
 * a quote, another post.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  const [button, counter] = debris[code]
  return [headline(code), counter, first, button, second].join('\n\n')
}

describe('forum debris in 30 languages', function () {
  it.each(languageCodes)('should strip the forum debris of a thread in %s as `forum`, and keep its posts', function (code) {
    expectStripped(code, page(code), debris[code], 'forum')
  })

  it.each(['de', 'fr', 'ru', 'ja'] as const)('should keep it in %s with `forum` off', function (code) {
    const result = clean(page(code), {rules: {forum: false}})
    expect(result.stripped.filter((item) => item.category === 'forum')).toEqual([])
  })
})
