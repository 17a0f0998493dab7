import type {LanguageCode} from '../util/prose.js'

/**
 * A headline in each language for the story of `prose` (a town opens a
 * library in an old railway station), to open a test page.
 */
export const headlines: Readonly<Record<LanguageCode, string>> = {
  en: 'Old railway station reopens as a library',
  de: 'Alter Bahnhof wird zur Bibliothek',
  fr: 'L’ancienne gare devient une bibliothèque',
  es: 'La antigua estación se convierte en biblioteca',
  it: 'La vecchia stazione diventa una biblioteca',
  pt: 'Antiga estação passa a ser biblioteca',
  nl: 'Oud station wordt bibliotheek',
  pl: 'Stary dworzec zamienia się w bibliotekę',
  sv: 'Gamla stationen blir bibliotek',
  da: 'Den gamle banegård bliver bibliotek',
  nb: 'Gamle stasjonen blir bibliotek',
  cs: 'Staré nádraží se mění v knihovnu',
  tr: 'Eski tren istasyonu kütüphane oldu',
  ru: 'Старый вокзал стал библиотекой',
  uk: 'Старий вокзал став бібліотекою',
  ja: '旧駅舎が図書館に生まれ変わる',
  zh: '老火车站变身图书馆',
  ko: '옛 기차역, 도서관으로 다시 태어나다',
  id: 'Stasiun tua menjadi perpustakaan',
  vi: 'Nhà ga cũ trở thành thư viện',
  ar: 'المحطة القديمة تتحول إلى مكتبة',
  fa: 'ایستگاه قدیمی به کتابخانه تبدیل شد',
  el: 'Ο παλιός σταθμός έγινε βιβλιοθήκη',
  ro: 'Vechea gară a devenit bibliotecă',
  hu: 'A régi állomásból könyvtár lett',
  he: 'התחנה הישנה הפכה לספרייה',
  hi: 'पुराना स्टेशन बना पुस्तकालय',
  th: 'สถานีเก่ากลายเป็นห้องสมุด',
  fi: 'Vanha asema muuttui kirjastoksi',
  bg: 'Старата гара стана библиотека'
}
