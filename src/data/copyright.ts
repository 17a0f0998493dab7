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
  de: ['alle rechte vorbehalten', 'nachdruck nur mit genehmigung', 'nachdruck verboten'],
  fr: ['reproduction interdite', 'reproduction interdite sans autorisation', 'toute reproduction interdite', 'tous droits réservés', 'tous droits de reproduction réservés', 'tous droits de reproduction et de représentation réservés'],
  es: ['prohibida su reproducción', 'prohibida su reproducción total o parcial', 'queda prohibida la reproducción total o parcial', 'todos los derechos reservados', 'reservados todos los derechos'],
  it: ['tutti i diritti riservati', 'tutti i diritti sono riservati', 'riproduzione riservata', 'riproduzione vietata', 'vietata la riproduzione'],
  pt: ['proibida a reprodução', 'proibida a reprodução sem autorização', 'é proibida a reprodução total ou parcial', 'todos os direitos reservados'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone'],
  sv: ['alla rättigheter förbehållna', 'eftertryck förbjudes', 'eftertryck förbjudet'],
  da: ['alle rettigheder forbeholdes', 'alle rettigheder forbeholdt', 'eftertryk forbudt', 'eftertryk uden tilladelse forbudt'],
  nb: ['alle rettigheter reservert', 'alle rettigheter forbeholdt', 'ettertrykk forbudt', 'ettertrykk uten tillatelse forbudt'],
  cs: ['všechna práva vyhrazena'],
  tr: ['tüm hakları saklıdır', 'her hakkı saklıdır', 'izinsiz kopyalanamaz', 'kaynak gösterilmeden kullanılamaz'],
  ru: [
    'все права защищены',
    'при полном или частичном использовании материалов ссылка на сайт обязательна',
    'при полном или частичном использовании материалов ссылка обязательна',
    'при перепечатке материалов ссылка на сайт обязательна',
    'при цитировании ссылка обязательна'
  ],
  uk: [
    'усі права захищені',
    'всі права захищені',
    'усі права захищено',
    'всі права захищено',
    'передрук заборонено',
    'передрук матеріалів можливий лише з посиланням на джерело',
    'при використанні матеріалів посилання обов’язкове',
    "при використанні матеріалів посилання обов'язкове"
  ],
  ja: ['無断転載を禁じます', '無断転載禁止', '無断複製・転載を禁じます', '無断転載を禁止します', '記事・写真の無断転載を禁じます', '掲載記事・写真の無断転載を禁じます'],
  zh: ['版权所有', '版權所有', '保留所有权利', '保留所有權利', '未经授权禁止转载', '未经书面授权禁止使用', '未经许可不得转载', '转载请注明出处', '未經授權禁止轉載', '轉載請註明出處'],
  ko: [
    '모든 권리 보유',
    '무단 전재 및 재배포 금지',
    '무단전재 및 재배포 금지',
    '무단전재 및 재배포금지',
    '무단 전재-재배포 금지',
    '무단전재-재배포 금지',
    '무단 전재-재배포, ai 학습 및 활용 금지',
    'ai 학습 및 활용 금지'
  ],
  id: ['hak cipta dilindungi undang-undang', 'seluruh hak cipta dilindungi'],
  vi: ['bảo lưu mọi quyền', 'giữ toàn quyền'],
  ar: ['جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'جميع حقوق النشر محفوظة', 'جميع حقوق الطبع والنشر محفوظة'],
  fa: ['کلیه حقوق محفوظ است', 'تمامی حقوق محفوظ است', 'همه حقوق محفوظ است', 'كليه حقوق محفوظ است'],
  el: ['με επιφύλαξη παντός δικαιώματος', 'όλα τα δικαιώματα διατηρούνται', 'όλα τα δικαιώματα κατοχυρωμένα'],
  ro: ['toate drepturile rezervate', 'toate drepturile sunt rezervate'],
  hu: ['minden jog fenntartva'],
  he: ['כל הזכויות שמורות'],
  hi: ['सर्वाधिकार सुरक्षित', 'सर्वाधिकार सुरक्षित।', 'सभी अधिकार सुरक्षित', 'सभी अधिकार सुरक्षित।'],
  th: ['สงวนลิขสิทธิ์', 'สงวนลิขสิทธิ์ทั้งหมด', 'สงวนสิทธิ์ทั้งหมด'],
  fi: ['kaikki oikeudet pidätetään', 'kaikki oikeudet pidätetty'],
  bg: ['всички права запазени', 'всички права са запазени']
}

/**
 * Starts of the notices that give the page’s licence, per language, lower
 * case: the footer of Wikipedia and of wikis (`Text is available under the
 * Creative Commons Attribution-ShareAlike 4.0 License`, `Der Text ist unter
 * der Lizenz …`), the badge the Creative Commons licence chooser makes
 * (`This work is licensed under a Creative Commons Attribution 4.0
 * International License.`, `Esta obra está bajo una Licencia Creative
 * Commons…`), the line of open access journals.
 *
 * ###### Notes
 * A notice starts the line or a sentence, and names a licence
 * (`src/rules/copyright.ts`): “The full text is available under request.”
 * is kept.
 */
export const licensePhrases: Lexicon = {
  en: [
    'content available under',
    'content is available under',
    'content is licensed under',
    'licensed under a creative commons',
    'licensed under creative commons',
    'text is available under',
    'the content of this page is licensed under',
    'this article is distributed under',
    'this article is licensed under',
    'this blog is licensed under',
    'this content is licensed under',
    'this is an open access article distributed under',
    'this page is licensed under',
    'this site is licensed under',
    'this website is licensed under',
    'this work is available under',
    'this work is licensed under',
    'this work is published under'
  ],
  de: ['der text ist unter der lizenz', 'dieses werk ist lizenziert unter', 'dieses werk steht unter einer'],
  fr: [
    'les textes sont disponibles sous licence',
    'cette œuvre est mise à disposition selon les termes de la licence',
    'cette oeuvre est mise à disposition selon les termes de la licence'
  ],
  es: ['el texto está disponible bajo la licencia', 'esta obra está bajo una licencia', 'esta obra está licenciada bajo'],
  it: ['il testo è disponibile secondo la licenza', "quest'opera è distribuita con licenza", 'quest’opera è distribuita con licenza'],
  pt: ['este texto é disponibilizado nos termos da licença', 'este trabalho está licenciado com uma licença', 'este trabalho está licenciado sob'],
  nl: ['de tekst is beschikbaar onder de licentie', 'dit werk valt onder een creative commons'],
  pl: ['tekst udostępniany na licencji', 'ten utwór jest dostępny na licencji'],
  sv: ['texten är tillgänglig under licensen', 'detta verk är licensierat under'],
  ru: ['текст доступен по лицензии', 'это произведение доступно по лицензии'],
  uk: ['текст доступний на умовах ліцензії', 'цей твір ліцензовано'],
  ja: ['テキストはクリエイティブ・コモンズ'],
  zh: ['本页面文字内容在知识共享', '本頁面文字內容在知識共享'],
  el: [
    'όλα τα κείμενα είναι διαθέσιμα υπό την',
    'το κείμενο είναι διαθέσιμο υπό την',
    'αυτό το έργο χορηγείται με άδεια'
  ],
  ro: ['acest text este disponibil sub licența', 'această lucrare este licențiată sub'],
  hu: ['a lap szövege creative commons', 'ez a mű a creative commons'],
  he: ['הטקסט מוגש בכפוף לרישיון', 'הטקסט מוגש בכפוף לרשיון'],
  fi: ['teksti on saatavilla creative commons', 'tämä teos on lisensoitu'],
  bg: ['текстът е достъпен при условията на лиценза', 'текстът е достъпен под лиценз']
}
