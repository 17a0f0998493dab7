import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectKept, expectStripped} from './page.js'

/**
 * A row of share buttons in each language.
 */
const rows: Readonly<Record<LanguageCode, string>> = {
  en: 'Share on Facebook',
  de: 'bei Facebook teilen',
  fr: 'Partager sur Facebook',
  es: 'Compartir en WhatsApp',
  it: 'Condividi su Facebook',
  pt: 'Compartilhe no WhatsApp',
  nl: 'Deel via WhatsApp',
  pl: 'Udostępnij na Facebooku',
  sv: 'Dela på Facebook',
  da: 'Del på Facebook',
  nb: 'Del på Facebook',
  cs: 'Sdílet na Facebooku',
  tr: 'Paylaş',
  ru: 'Поделиться',
  uk: 'Поділитися',
  ja: 'ポスト シェアする 印刷',
  zh: '分享到 微信 微博',
  ko: '공유하기',
  id: 'Bagikan ke WhatsApp',
  vi: 'Chia sẻ',
  ar: 'شارك على فيسبوك',
  fa: 'اشتراک‌گذاری در تلگرام',
  el: 'Κοινοποίηση στο Facebook',
  ro: 'Distribuie pe Facebook',
  hu: 'Megosztás a Facebookon',
  he: 'שתפו בפייסבוק',
  hi: 'शेयर',
  th: 'แชร์ไปยัง Facebook',
  fi: 'Jaa Facebookissa',
  bg: 'Сподели във Facebook'
}

/**
 * The notice a copy-link button leaves, or the button itself, in each
 * language.
 */
const copied: Readonly<Record<LanguageCode, string>> = {
  en: 'Link copied!',
  de: 'Link wurde kopiert',
  fr: 'Lien copié',
  es: 'Enlace copiado',
  it: 'Link copiato',
  pt: 'Link copiado',
  nl: 'Link gekopieerd',
  pl: 'Link skopiowany',
  sv: 'Länken har kopierats',
  da: 'Link kopieret',
  nb: 'Lenke kopiert',
  cs: 'Odkaz zkopírován',
  tr: 'Linki Kopyala',
  ru: 'Ссылка скопирована',
  uk: 'Посилання скопійовано',
  ja: 'リンクをコピーしました',
  zh: '链接已复制',
  ko: '링크가 복사되었습니다',
  id: 'Tautan disalin',
  vi: 'Đã sao chép liên kết',
  ar: 'تم نسخ الرابط',
  fa: 'لینک کپی شد',
  el: 'Ο σύνδεσμος αντιγράφηκε',
  ro: 'Linkul a fost copiat',
  hu: 'Link másolva!',
  he: 'הקישור הועתק',
  hi: 'कॉपी लिंक',
  th: 'คัดลอกลิงก์แล้ว',
  fi: 'Linkki kopioitu!',
  bg: 'Линкът е копиран!'
}

describe('share rows in 30 languages', function () {
  it.each(languageCodes)('should strip the share row of a page in %s as `share`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean([first, rows[code], second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === rows[code])?.category).toBe('share')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'pl', 'ja', 'zh'] as const)('should keep it in %s with `share` off', function (code) {
    const [first, second] = prose[code]
    const result = clean([first, rows[code], second].join('\n\n'), {rules: {share: false}})
    expect(result.text).toContain(rows[code])
  })
})

describe('copy-link notices in 30 languages', function () {
  it.each(languageCodes)('should strip a copy-link notice of a page in %s as `share`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean([first, copied[code], second].join('\n\n'))
    const item = result.stripped.find((item) => item.actual === copied[code])
    expect(item?.category).toBe('share')
    expect(item?.ruleId).toBe('share-buttons')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it('should keep a sentence that says a link was copied', function () {
    const [first, second] = prose.en
    const sentence = 'The link copied to thousands of phones was a scam, the police said.'
    const result = clean([first, sentence, second].join('\n\n'))
    expect(result.text).toContain(sentence)
  })
})

describe('share rows of Chinese, Japanese and Korean sites', function () {
  it.each([
    ['zh', '分享到：微信 微博 QQ空间'],
    ['zh', '分享到：微信、微博'],
    ['ja', 'Facebookでシェア'],
    ['ja', 'シェア：Facebook X LINE'],
    ['ko', '카카오톡으로 공유하기'],
    ['zh', '【分享】微信 微博 QQ空间'],
    ['ja', 'ツイート　シェア　はてブ　LINE'],
    ['ja', 'Xでポスト｜Facebookでシェア｜はてなブックマークに追加']
  ] as const)('should strip the row in %s (`%s`) as `share`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, line, second].join('\n\n'), [line], 'share')
  })

  it.each([
    ['zh', '他们在微信、微博上分享了照片'],
    ['ja', 'シェア：彼は言った']
  ] as const)('should keep a line with the same words in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})

describe('rows that copy, send or print the article beside the networks', function () {
  it.each([
    ['sv', 'Dela på Facebook Dela på X Kopiera länk'],
    ['da', 'Del på Facebook Del på X Kopiér link'],
    ['nb', 'Del: Facebook · Messenger · X · Kopier lenke'],
    ['cs', 'Sdílet na Facebooku Sdílet na X Kopírovat odkaz'],
    ['pl', 'Podziel się na Facebooku · Skopiuj link · Wyślij e-mailem'],
    ['es', 'Enviar por correo · Copiar enlace · Imprimir'],
    ['fr', 'Partagez sur Facebook, X ou LinkedIn'],
    ['nl', 'Dit artikel delen op Facebook, X of LinkedIn'],
    ['id', 'Share: Facebook Twitter WhatsApp Telegram Salin Tautan'],
    ['ru', 'ПОДЕЛИТЬСЯ: ВК | ОК | Telegram | WhatsApp'],
    ['tr', 'PAYLAŞ: Facebook | X | E-posta']
  ] as const)('should strip the row in %s (`%s`) as `share`', function (code, line) {
    const [first, second] = prose[code]
    expectStripped(code, [first, line, second].join('\n\n'), [line], 'share')
  })

  it.each([
    ['sv', 'Hon ville dela länken med sina vänner på jobbet.'],
    ['es', 'El alcalde decidió enviar por correo el enlace a todos los vecinos.'],
    ['pl', 'Mieszkańcy chcą podzielić się opinią na spotkaniu w ratuszu.']
  ] as const)('should keep a sentence with the same words in %s (`%s`)', function (code, line) {
    expectKept(code, line)
  })
})
