import type {Lexicon} from './lexicon.js'

/**
 * `All rights reserved` and the notices sites print in its place, per
 * language, lower case.
 *
 * ###### Notes
 * Each is a rights notice only as a sentence of its own: after the start of
 * the line, a separator, a copyright sign or a year, capitalised, and before
 * the end of the line or a separator, so “His novel All Rights Reserved
 * was…” and the end of a wrapped sentence (`… all rights reserved.`) are
 * kept. The Japanese, Chinese and Korean notices are whole runs of their
 * script (`無断転載を禁じます`, `版权所有`, `무단 전재 및 재배포 금지`).
 */
export const reservedPhrases: Lexicon = {
  en: ['all rights reserved'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés', 'tous droits de reproduction réservés'],
  es: ['todos los derechos reservados', 'reservados todos los derechos'],
  it: ['tutti i diritti riservati', 'tutti i diritti sono riservati', 'riproduzione riservata'],
  pt: ['todos os direitos reservados'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone'],
  sv: ['alla rättigheter förbehållna'],
  da: ['alle rettigheder forbeholdes', 'alle rettigheder forbeholdt'],
  nb: ['alle rettigheter reservert', 'alle rettigheter forbeholdt'],
  cs: ['všechna práva vyhrazena'],
  tr: ['tüm hakları saklıdır', 'her hakkı saklıdır'],
  ru: ['все права защищены'],
  uk: ['усі права захищені', 'всі права захищені', 'усі права захищено', 'всі права захищено'],
  ja: ['無断転載を禁じます', '無断転載禁止', '無断複製・転載を禁じます'],
  zh: ['版权所有', '版權所有', '保留所有权利', '保留所有權利'],
  ko: [
    '모든 권리 보유',
    '무단 전재 및 재배포 금지',
    '무단전재 및 재배포 금지',
    '무단전재 및 재배포금지',
    '무단 전재-재배포 금지',
    '무단전재-재배포 금지'
  ],
  id: ['hak cipta dilindungi undang-undang', 'seluruh hak cipta dilindungi'],
  vi: ['bảo lưu mọi quyền', 'giữ toàn quyền']
}
