import type {Lexicon} from './lexicon.js'

/**
 * What opens a credit of the platform a site runs on, lower case: `Powered
 * by`, `Bereitgestellt von`, `Propulsé par`, `Con tecnología de`, `Wspierane
 * przez`. An entry that starts with `*` follows the name instead
 * (`WordPress ile güçlendirilmiştir`, `由WordPress驱动`); `*` in the middle
 * stands for the name; an entry that ends in a colon needs one (`:` or `：`).
 *
 * ###### Notes
 * The rule asks for a name after (or before) the cue, and for a line that
 * is credits, copyright and short links only: `Betrieben von der Stadt, das
 * Bad …` is prose, as its words are not a name. English has more shapes,
 * which the rule’s own expression covers (`Blog at WordPress.com`).
 */
export const platformCueWords: Lexicon = {
  en: ['powered by', 'proudly powered by'],
  de: [
    'bereitgestellt von',
    'betrieben mit',
    'betrieben von',
    'präsentiert von',
    'stolz präsentiert von',
    'unterstützt von wordpress'
  ],
  fr: [
    'fièrement alimenté par',
    'fièrement propulsé par',
    'fonctionne avec',
    'fonctionne sous',
    'motorisé par',
    'propulsé par'
  ],
  es: [
    'con la tecnología de',
    'con tecnología de',
    'desarrollado con',
    'funciona con',
    'gracias a wordpress',
    'impulsado por',
    'orgullosamente impulsado por'
  ],
  it: ['alimentato da', 'creato con', 'funziona con', 'orgogliosamente powered by', 'realizzato con'],
  pt: [
    'com tecnologia wordpress',
    'desenvolvido com',
    'mantido com',
    'movido por',
    'orgulhosamente com tecnologia',
    'orgulhosamente mantido com',
    'orgulhosamente movido por',
    'tecnologia do'
  ],
  nl: ['aangedreven door', 'gemaakt met', 'mogelijk gemaakt door', 'ondersteund door', 'trots aangedreven door'],
  pl: [
    'dumnie wspierane przez',
    'napędzane przez',
    'obsługiwane przez',
    'stworzone na',
    'wspierane przez',
    'z dumą wspierane przez'
  ],
  sv: ['drivet av', 'drivs av', 'drivs med', 'stolt drivet av', 'stolt drivs av'],
  da: ['drevet af', 'stolt drevet af'],
  nb: ['drevet av', 'stolt drevet av'],
  cs: ['běží na', 'poháněno', 'provozováno na'],
  tr: [
    '* ile güçlendirilmiştir',
    '* ile çalışmaktadır',
    '* tarafından desteklenmektedir',
    'gururla * tarafından desteklenmektedir'
  ],
  ru: ['гордо работает на', 'работает на', 'работает под управлением', 'сайт работает на'],
  uk: ['з гордістю працює на', 'працює на', 'сайт працює на'],
  ja: ['* で作成', '* で構築', '* を使用しています', '技術提供：'],
  zh: ['技术支持：', '技術支援：', '由 * 强力驱动', '由 * 驱动', '自豪地使用 wordpress', '自豪地采用 wordpress'],
  ko: ['* 사용중', '기술 지원:', '자랑스럽게 * 사용중'],
  id: ['bangga menggunakan', 'diberdayakan oleh', 'dipersembahkan oleh', 'ditenagai oleh'],
  vi: ['cung cấp bởi', 'sử dụng nền tảng', 'tự hào sử dụng', 'vận hành bởi', 'được cung cấp bởi', 'được xây dựng trên'],
  ar: ['مدعوم بواسطة', 'مدعوم بواسطة * بكل فخر', 'يعمل بواسطة ووردبريس', 'يعمل بواسطة wordpress'],
  fa: ['با افتخار، نیرو گرفته از', 'با افتخار نیرو گرفته از', 'با نیروی وردپرس', 'قدرت گرفته از', 'نیرو گرفته از'],
  el: ['με τη δύναμη του wordpress', 'με την υποστήριξη του wordpress'],
  ro: ['cu mândrie propulsat de', 'propulsat cu mândrie de', 'propulsat de', 'propulsată cu mândrie de', 'propulsată de'],
  hu: ['büszkén működteti', 'köszönjük wordpress', 'működteti:'],
  he: ['מופעל באמצעות', 'מופעל בגאווה על ידי', 'מופעל על ידי'],
  hi: ['* द्वारा संचालित'],
  th: ['ขับเคลื่อนด้วย', 'ขับเคลื่อนโดย'],
  fi: ['voimanlähteenä', 'ylpeästi voimanlähteenä'],
  bg: ['задвижвано от', 'захранвано от', 'с гордост задвижвано от']
}

/**
 * What opens a credit of the site’s theme or designer, lower case: `Theme
 * by`, `Design von`, `Conçu par`, `Diseñado por`, `Motyw:`, `テーマ：`, `主题：`
 * (same notation as `platformCueWords`).
 *
 * ###### Notes
 * Entries that are ordinary words (`design`, `tema`, `制作`) need a colon;
 * with a name after them and nothing else on the line but credits, a line of
 * an article does not look like this.
 */
export const designCueWords: Lexicon = {
  en: ['designed by', 'site by', 'theme by', 'website by'],
  de: [
    'design von',
    'gestaltet von',
    'realisiert von',
    'theme von',
    'umgesetzt von',
    'webdesign von',
    'webdesign:',
    'website von'
  ],
  fr: [
    'conçu par',
    'création du site :',
    'design par',
    'réalisation du site :',
    'site conçu par',
    'site réalisé par',
    'thème par',
    'webdesign :'
  ],
  es: [
    'desarrollado por',
    'diseñado por',
    'diseño web por',
    'diseño web:',
    'diseño y desarrollo:',
    'sitio web desarrollado por',
    'tema por'
  ],
  it: [
    'design di',
    'progettato da',
    'realizzato da',
    'sito realizzato da',
    'sviluppato da',
    'tema da',
    'tema di',
    'web design:'
  ],
  pt: ['desenvolvido por', 'design por', 'projetado por', 'site desenvolvido por', 'tema por'],
  nl: [
    'ontwerp door',
    'ontwikkeld door',
    'ontworpen door',
    'thema door',
    'thema van',
    'webdesign door',
    'webdesign:',
    'website door',
    'website gemaakt door'
  ],
  pl: [
    'motyw autorstwa',
    'motyw od',
    'projekt i wykonanie:',
    'projekt strony:',
    'strona wykonana przez',
    'zaprojektowane przez'
  ],
  sv: ['design av', 'designad av', 'tema av', 'utvecklad av', 'webbdesign av', 'webbdesign:', 'webbplats av'],
  da: ['design af', 'designet af', 'hjemmeside af', 'tema af', 'udviklet af', 'webdesign af', 'webdesign:'],
  nb: ['design av', 'designet av', 'nettside av', 'tema av', 'utviklet av', 'webdesign av', 'webdesign:'],
  cs: [
    'design od',
    'grafický návrh:',
    'tvorba webových stránek:',
    'tvorba webu:',
    'vytvořilo studio',
    'webdesign:',
    'šablona od',
    'šablona:'
  ],
  tr: ['* tarafından geliştirildi', '* tarafından tasarlandı', 'tasarım ve yazılım:', 'web tasarım:'],
  ru: [
    'дизайн и разработка:',
    'дизайн от',
    'разработка сайта —',
    'разработка сайта:',
    'сайт разработан',
    'создание сайта —',
    'создание сайта:',
    'тема от'
  ],
  uk: ['дизайн від', 'розробка сайту —', 'розробка сайту:', 'сайт розроблено', 'створення сайту:', 'тема від'],
  ja: ['サイト制作:', 'ホームページ制作:'],
  zh: ['網站設計：', '网站建设:', '网站设计:'],
  ko: ['사이트 제작:', '웹사이트 제작:', '홈페이지 제작:'],
  id: ['desain oleh', 'didesain oleh', 'dikembangkan oleh', 'dirancang oleh', 'tema oleh'],
  vi: [
    'giao diện bởi',
    'phát triển bởi',
    'thiết kế bởi',
    'thiết kế web bởi',
    'thiết kế website bởi',
    'thiết kế website:',
    'thiết kế:'
  ],
  ar: ['تصميم الموقع:', 'تصميم بواسطة', 'تصميم وبرمجة:', 'تصميم وتطوير:', 'تم التصميم بواسطة'],
  fa: ['طراحی سایت توسط', 'طراحی سایت:', 'طراحی شده توسط', 'طراحی و اجرا:', 'طراحی و توسعه توسط', 'طراحی و توسعه:'],
  el: [
    'ανάπτυξη από',
    'κατασκευή ιστοσελίδας:',
    'κατασκευή ιστοσελίδων:',
    'σχεδιασμός από',
    'σχεδιασμός ιστοσελίδας:',
    'σχεδιάστηκε από'
  ],
  ro: ['design web:', 'design și dezvoltare:', 'dezvoltat de', 'site realizat de', 'web design:', 'website realizat de'],
  hu: ['a honlapot készítette', 'a weboldalt készítette', 'honlapkészítés:', 'webdesign:', 'weboldal készítés:', 'weboldalkészítés:'],
  he: ['בניית אתרים:', 'האתר נבנה על ידי', 'עוצב על ידי', 'עיצוב אתר:', 'עיצוב ובניית אתרים:', 'עיצוב ופיתוח:'],
  hi: ['* द्वारा डिज़ाइन किया गया', '* द्वारा विकसित', 'वेबसाइट डिज़ाइन:'],
  th: ['ธีมโดย', 'ออกแบบเว็บไซต์โดย', 'ออกแบบโดย'],
  fi: [
    'kotisivujen toteutus:',
    'sivuston suunnittelu:',
    'sivuston toteutus:',
    'suunnittelu ja toteutus:',
    'ulkoasu:',
    'verkkosivujen toteutus:'
  ],
  bg: [
    'дизайн и изработка:',
    'дизайн и разработка:',
    'изработка на сайт:',
    'изработка на сайта:',
    'изработка на уебсайт:',
    'уеб дизайн:'
  ]
}

/**
 * Credits that only go along with a platform or design credit on the same
 * line, lower case: `| Thanks to X`, `Hosted by Y`, `Gehostet von Z`
 * (same notation as `platformCueWords`).
 */
export const companionWords: Lexicon = {
  en: [
    'built with',
    'crafted with',
    'developed by',
    'hosted by',
    'icons by',
    'images by',
    'made with',
    'maintained by',
    'thanks to',
    'theme images by'
  ],
  de: ['gehostet bei', 'gehostet von', 'gepflegt von', 'hosting von', 'hosting:', 'mit liebe gemacht'],
  fr: ['fait avec amour', 'hébergement :', 'hébergé par', 'maintenu par'],
  es: ['alojado por', 'alojamiento:', 'hecho con amor', 'mantenido por'],
  it: ['fatto con amore', 'hosting:', 'ospitato da'],
  pt: ['alojamento:', 'feito com amor', 'hospedado por', 'hospedagem:'],
  nl: ['gehost door', 'gemaakt met liefde', 'hosting:', 'onderhouden door'],
  pl: ['hosting:', 'hostowane przez', 'zrobione z miłością'],
  sv: ['gjord med kärlek', 'hostad av', 'webbhotell:'],
  da: ['hostet af', 'hosting:', 'lavet med kærlighed'],
  nb: ['driftet av', 'hosting:', 'laget med kjærlighet'],
  cs: ['hosting:', 'hostováno u', 'vyrobeno s láskou'],
  tr: ['barındırma:', 'hosting:'],
  ru: ['сделано с любовью', 'хостинг от', 'хостинг:'],
  uk: ['зроблено з любов\'ю', 'хостинг від', 'хостинг:'],
  ja: ['ホスティング:'],
  zh: ['主机：', '托管于', '服务器：'],
  ko: ['호스팅 제공', '호스팅:'],
  id: ['dibuat dengan cinta', 'hosting oleh', 'hosting:'],
  vi: ['hosting:', 'làm với tình yêu', 'lưu trữ bởi'],
  ar: ['الاستضافة:', 'استضافة:'],
  fa: ['میزبانی توسط', 'میزبانی:'],
  el: ['φιλοξενία:', 'φιλοξενείται από'],
  ro: ['găzduire:', 'găzduit de', 'hosting:'],
  hu: ['hosting:', 'tárhely:'],
  he: ['אחסון אתרים:', 'אחסון:', 'מאוחסן על ידי'],
  hi: ['होस्टिंग:'],
  th: ['โฮสติ้ง:'],
  fi: ['hosting:', 'tehty rakkaudella', 'ylläpito:'],
  bg: ['направено с любов', 'хостинг от', 'хостинг:']
}

/**
 * “All rights reserved” in each language, lower case: a part of a footer
 * line that may stand next to a credit.
 */
export const rightsWords: Lexicon = {
  en: ['all rights reserved', 'rights reserved'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés'],
  es: ['todos los derechos reservados'],
  it: ['tutti i diritti riservati'],
  pt: ['todos os direitos reservados'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
  sv: ['alla rättigheter förbehållna'],
  da: ['alle rettigheder forbeholdes', 'alle rettigheder forbeholdt'],
  nb: ['alle rettigheter forbeholdt', 'alle rettigheter reservert'],
  cs: ['všechna práva vyhrazena'],
  tr: ['her hakkı saklıdır', 'tüm hakları saklıdır'],
  ru: ['все права защищены'],
  uk: ['всі права захищені', 'усі права захищені'],
  ja: ['無断転載を禁じます', '無断転載禁止'],
  zh: ['保留所有权利', '版权所有', '版權所有'],
  ko: ['모든 권리 보유', '무단 전재 및 재배포 금지'],
  id: ['hak cipta dilindungi', 'hak cipta dilindungi undang-undang'],
  vi: ['bảo lưu mọi quyền', 'giữ bản quyền'],
  ar: ['الحقوق محفوظة', 'جميع الحقوق محفوظة', 'كل الحقوق محفوظة'],
  fa: ['تمامی حقوق محفوظ است', 'کلیه حقوق محفوظ است', 'کليه حقوق محفوظ است'],
  el: ['με επιφύλαξη παντός δικαιώματος', 'όλα τα δικαιώματα διατηρούνται', 'όλα τα δικαιώματα κατοχυρωμένα'],
  ro: ['toate drepturile rezervate', 'toate drepturile sunt rezervate'],
  hu: ['minden jog fenntartva'],
  he: ['כל הזכויות שמורות'],
  hi: ['सभी अधिकार सुरक्षित', 'सर्वाधिकार सुरक्षित'],
  th: ['สงวนลิขสิทธิ์'],
  fi: ['kaikki oikeudet pidätetään', 'kaikki oikeudet pidätetty'],
  bg: ['всички права запазени', 'всички права са запазени']
}

/**
 * Words that may join the words of a name in a credit, lower case: `Themes
 * Gallery, Bromoney and Wordpress Themes`, `Theme by Theme Junkie for
 * WordPress`, `Design von Müller und Partner`.
 *
 * ###### Notes
 * A name after `Powered by` or `Theme by` is otherwise capitalised words,
 * numbers and domains; these may stand between them.
 */
export const nameConnectors: Lexicon = {
  en: ['&', '+', 'a', 'an', 'and', 'by', 'de', 'for', 'in', 'of', 'on', 'the', 'with'],
  de: ['das', 'der', 'die', 'für', 'mit', 'und', 'von'],
  fr: ['de', 'des', 'du', 'et', 'la', 'le', 'les', 'par', 'pour'],
  es: ['de', 'del', 'el', 'la', 'los', 'para', 'por', 'y'],
  it: ['da', 'del', 'della', 'di', 'e', 'il', 'la', 'per'],
  pt: ['da', 'de', 'do', 'dos', 'e', 'para', 'por'],
  nl: ['de', 'door', 'en', 'het', 'van', 'voor'],
  pl: ['dla', 'i', 'oraz', 'przez', 'z'],
  sv: ['av', 'för', 'med', 'och'],
  da: ['af', 'for', 'med', 'og'],
  nb: ['av', 'for', 'med', 'og'],
  cs: ['a', 'od', 'pro', 's'],
  tr: ['ile', 've'],
  ru: ['для', 'и', 'от'],
  uk: ['від', 'для', 'та', 'і'],
  id: ['dan', 'oleh', 'untuk'],
  vi: ['bởi', 'cho', 'và'],
  ar: ['و'],
  fa: ['و'],
  el: ['για', 'και', 'από'],
  ro: ['de', 'din', 'pentru', 'și'],
  hu: ['a', 'az', 'és'],
  he: ['של'],
  hi: ['और', 'का', 'की', 'के'],
  th: ['และ'],
  fi: ['ja'],
  bg: ['за', 'и', 'от']
}
