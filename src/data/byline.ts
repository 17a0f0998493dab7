import type {Lexicon} from './lexicon.js'

/**
 * Words that open a byline before the name, lower case: `By Jane Roe`, `Von
 * Nina Magoley`, `Par Marie Dupont`, `Oleh Andi Wijaya`. The locator passes a
 * byline over when it looks for the headline above the article
 * (`src/structure/edges.ts`).
 *
 * ###### Notes
 * Only at the start of a short line, followed by nothing but a name (capital
 * words, `and`, commas): `Von Berlin nach Rom` and `Di Maio vince` are no
 * bylines. Longer forms first where one opens the other.
 */
export const bylineWords: Lexicon = {
  en: ['by', 'written by', 'posted by', 'reported by', 'words by', 'text by', 'photos by', 'story by'],
  de: ['von', 'ein beitrag von', 'ein kommentar von', 'eine analyse von'],
  fr: ['par'],
  es: ['por'],
  it: ['di', 'a cura di'],
  pt: ['por'],
  nl: ['door'],
  pl: ['autor', 'autorka'],
  sv: ['av'],
  da: ['af'],
  nb: ['av'],
  cs: ['autor', 'autorka'],
  tr: ['yazan'],
  ru: ['автор'],
  uk: ['автор', 'авторка'],
  id: ['oleh'],
  vi: ['bởi'],
  ar: ['بقلم'],
  fa: ['به قلم'],
  el: ['γράφει η', 'γράφει ο', 'της', 'του'],
  ro: ['scris de'],
  hu: ['írta'],
  he: ['נכתב על ידי', 'מאת'],
  th: ['โดย'],
  fi: ['kirjoittanut'],
  bg: ['публикувано от', 'от']
}

/**
 * Labels of the author that need a colon after them: `Autor: Jan Novák`,
 * `Text: Anna Berg`, `文：山田太郎`, `作者：李明`, `기자: 김민수`.
 */
export const authorLabels: Lexicon = {
  en: ['author', 'text', 'words'],
  de: ['autor', 'autorin', 'text'],
  fr: ['auteur', 'autrice', 'texte'],
  es: ['autor', 'autora', 'texto'],
  it: ['autore', 'autrice', 'testo'],
  pt: ['autor', 'autora', 'texto'],
  nl: ['auteur', 'tekst'],
  pl: ['autor', 'autorka', 'tekst'],
  sv: ['författare', 'text'],
  da: ['forfatter', 'tekst'],
  nb: ['forfatter', 'tekst'],
  cs: ['autor', 'autorka', 'text'],
  tr: ['yazar', 'muhabir'],
  ru: ['автор', 'текст'],
  uk: ['автор', 'авторка', 'текст'],
  ja: ['文', '記者', '筆者'],
  zh: ['作者', '记者', '文'],
  ko: ['기자', '글'],
  id: ['penulis', 'reporter', 'editor'],
  vi: ['tác giả', 'phóng viên'],
  ar: ['الكاتب', 'كتب'],
  fa: ['خبرنگار', 'نویسنده'],
  el: ['επιμέλεια', 'κείμενο', 'συντάκτης'],
  ro: ['autoare', 'autor', 'text'],
  hu: ['szerző', 'szöveg'],
  he: ['מחבר', 'כותב', 'כתב'],
  hi: ['लेखक', 'लेखिका', 'संवाददाता'],
  th: ['ผู้เขียน', 'ผู้สื่อข่าว'],
  fi: ['kirjoittaja', 'teksti', 'toimittaja'],
  bg: ['автор', 'текст']
}
