import {prose, type LanguageCode} from '../util/prose.js'

/**
 * A headline over the story of `prose` in each language, for pages built by
 * the tests in this folder.
 */
export const headings: Readonly<Record<LanguageCode, string>> = {
  en: 'A library in the old station',
  de: 'Eine Bibliothek im alten Bahnhof',
  fr: 'Une bibliothèque dans l’ancienne gare',
  es: 'Una biblioteca en la antigua estación',
  it: 'Una biblioteca nella vecchia stazione',
  pt: 'Uma biblioteca na antiga estação',
  nl: 'Een bibliotheek in het oude station',
  pl: 'Biblioteka w starym dworcu',
  sv: 'Ett bibliotek i den gamla stationen',
  da: 'Et bibliotek i den gamle station',
  nb: 'Et bibliotek i den gamle stasjonen',
  cs: 'Knihovna ve starém nádraží',
  tr: 'Eski istasyonda bir kütüphane',
  ru: 'Библиотека в старом вокзале',
  uk: 'Бібліотека в старому вокзалі',
  ja: '旧駅舎に図書館',
  zh: '旧火车站里的图书馆',
  ko: '옛 기차역에 도서관',
  id: 'Perpustakaan di stasiun lama',
  vi: 'Thư viện trong nhà ga cũ',
  ar: 'مكتبة في المحطة القديمة',
  fa: 'کتابخانه‌ای در ایستگاه قدیمی',
  el: 'Μια βιβλιοθήκη στον παλιό σταθμό',
  ro: 'O bibliotecă în vechea gară',
  hu: 'Könyvtár a régi állomáson',
  he: 'ספרייה בתחנה הישנה',
  hi: 'पुराने स्टेशन में पुस्तकालय',
  th: 'ห้องสมุดในสถานีเก่า',
  fi: 'Kirjasto vanhalla asemalla',
  bg: 'Библиотека в старата гара'
}

/**
 * Build a page: the headline, the first paragraph, the debris, the second
 * paragraph and the debris that closes a page.
 *
 * @param code
 *   Language.
 * @param middle
 *   Debris lines between the paragraphs (one block).
 * @param end
 *   Debris lines after the article (one block each).
 * @returns
 *   Page.
 */
export function page(code: LanguageCode, middle: ReadonlyArray<string>, end: ReadonlyArray<string> = []): string {
  const [first, second] = prose[code]
  return [headings[code], first, middle.join('\n'), second, ...end].filter(Boolean).join('\n\n')
}
