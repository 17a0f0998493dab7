import type {Lexicon} from './lexicon.js'

/**
 * Words that label a timestamp, lower case: `Updated 2:10 p.m.`, `Last
 * updated: March 23, 2019`, `Posted on 12/03/2019`, `First published …`.
 *
 * ###### Notes
 * `Date` and `Time` are not here: `Date: Saturday, March 3` heads event
 * details in an article as often as it stamps the page.
 */
export const labels = [
  'created',
  'edited',
  'first',
  'last',
  'modified',
  'originally',
  'posted',
  'published',
  'update',
  'updated'
] as const

/**
 * Month names and their abbreviations, lower case.
 */
export const months = [
  'apr',
  'april',
  'aug',
  'august',
  'dec',
  'december',
  'feb',
  'february',
  'jan',
  'january',
  'jul',
  'july',
  'jun',
  'june',
  'mar',
  'march',
  'may',
  'nov',
  'november',
  'oct',
  'october',
  'sep',
  'sept',
  'september'
] as const

/**
 * Weekday names and their abbreviations, lower case.
 */
export const weekdays = [
  'fri',
  'friday',
  'mon',
  'monday',
  'sat',
  'saturday',
  'sun',
  'sunday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday'
] as const

/**
 * Time zones, `am`/`pm` and their letters (`a.m.` is `a`, `.`, `m`, `.`),
 * lower case.
 */
export const clock = [
  'a',
  'aedt',
  'aest',
  'am',
  'bst',
  'cdt',
  'cest',
  'cet',
  'cst',
  'ct',
  'edt',
  'eet',
  'est',
  'et',
  'gmt',
  'hkt',
  'ist',
  'jst',
  'm',
  'mdt',
  'mst',
  'mt',
  'p',
  'pdt',
  'pm',
  'pst',
  'pt',
  'sgt',
  'utc',
  'z'
] as const

/**
 * Words of a relative time, lower case: `2 hours ago`, `an hour ago`, `less
 * than a minute ago`.
 */
export const relative = [
  'about',
  'ago',
  'an',
  'day',
  'days',
  'few',
  'hour',
  'hours',
  'hr',
  'hrs',
  'just',
  'less',
  'min',
  'mins',
  'minute',
  'minutes',
  'month',
  'months',
  'moments',
  'now',
  'one',
  'over',
  'sec',
  'secs',
  'second',
  'seconds',
  'than',
  'today',
  'week',
  'weeks',
  'wk',
  'wks',
  'year',
  'years',
  'yesterday',
  'yr',
  'yrs'
] as const

/**
 * Small words between the parts of a timestamp, and ordinal endings
 * (`14th`), lower case.
 */
export const joiners = ['at', 'nd', 'of', 'on', 'rd', 'st', 'th'] as const

/**
 * Labels of a timestamp in the other languages, lower case, word by word (a
 * line is read as words: `mis à jour le` is `mis`, then joiners): `Stand:
 * 22.04.2024, 06:00 Uhr`, `Publié le 5 juin 2025`, `Actualizado: 15/03/2024
 * 10:45`, `公開日：2025/01/31 11:30`, `입력 2025.06.05 14:30`.
 *
 * ###### Notes
 * A label only makes a timestamp at the start of a line whose every word is
 * timestamp vocabulary and which holds a date or a time (`Stand 2024` is no
 * timestamp). The first word of each entry is the label; the rest join.
 */
export const labelWords: Lexicon = {
  de: ['stand', 'aktualisiert', 'veröffentlicht', 'erstellt', 'geändert', 'zuletzt', 'erschienen', 'datum'],
  fr: ['publié', 'publiée', 'mis', 'modifié', 'actualisé', 'créé', 'date'],
  es: ['publicado', 'publicada', 'actualizado', 'actualizada', 'modificado', 'creado', 'fecha'],
  it: ['pubblicato', 'pubblicata', 'aggiornato', 'aggiornata', 'modificato', 'creato', 'data'],
  pt: ['publicado', 'publicada', 'atualizado', 'atualizada', 'actualizado', 'modificado', 'criado', 'data'],
  nl: ['gepubliceerd', 'bijgewerkt', 'laatst', 'gewijzigd', 'geplaatst', 'datum', 'aangepast'],
  pl: ['opublikowano', 'publikacja', 'aktualizacja', 'zaktualizowano', 'dodano', 'data'],
  sv: ['publicerad', 'publicerat', 'uppdaterad', 'uppdaterat', 'datum'],
  da: ['publiceret', 'offentliggjort', 'opdateret', 'dato'],
  nb: ['publisert', 'oppdatert', 'sist', 'dato'],
  cs: ['publikováno', 'aktualizováno', 'zveřejněno', 'vloženo', 'datum'],
  tr: ['yayınlanma', 'yayınlandı', 'güncelleme', 'güncellendi', 'son', 'tarih', 'tarihi', 'giriş'],
  ru: ['опубликовано', 'обновлено', 'дата', 'изменено'],
  uk: ['опубліковано', 'оновлено', 'дата', 'змінено'],
  ja: ['公開日', '更新日', '配信日', '掲載日', '公開', '更新', '配信', '掲載', '投稿日', '最終更新', '最終更新日'],
  zh: ['发布时间', '更新时间', '发布日期', '发布于', '发布', '更新', '更新于', '发表于', '日期'],
  ko: ['입력', '수정', '등록', '업데이트', '기사입력', '최종수정', '승인'],
  id: ['diterbitkan', 'diperbarui', 'dipublikasikan', 'diposting', 'tanggal'],
  vi: ['cập', 'đăng', 'ngày', 'xuất'],
  ar: ['نشر', 'تاريخ', 'بتاريخ', 'آخر', 'اخر', 'تحديث'],
  fa: ['تاریخ', 'انتشار', 'منتشر', 'آخرین', 'بروزرسانی'],
  el: ['δημοσίευση', 'δημοσιεύθηκε', 'δημοσιεύτηκε', 'ενημέρωση', 'ενημερώθηκε', 'τελευταία', 'ημερομηνία'],
  ro: ['publicat', 'publicată', 'actualizat', 'actualizată', 'actualizare', 'ultima', 'modificat', 'data'],
  hu: ['frissítve', 'frissítés', 'frissült', 'közzétéve', 'publikálva', 'megjelent', 'módosítva', 'utolsó', 'dátum'],
  he: ['פורסם', 'עודכן', 'עדכון', 'תאריך'],
  hi: ['अपडेट', 'अपडेटेड', 'प्रकाशित', 'दिनांक', 'तारीख'],
  th: ['อัปเดต', 'อัพเดท', 'อัปเดตล่าสุด', 'อัพเดทล่าสุด', 'แก้ไขล่าสุด', 'เผยแพร่', 'วันที่'],
  fi: ['julkaistu', 'päivitetty', 'muokattu', 'päivämäärä'],
  bg: ['публикувано', 'обновено', 'актуализирано', 'актуализация', 'редактирано', 'последна', 'дата']
}

/**
 * Labels of the words above that say the page was updated (rule id
 * `timestamp-updated`; the others are `timestamp-published`).
 */
export const updatedWords: Lexicon = {
  de: ['aktualisiert', 'geändert', 'zuletzt', 'stand'],
  fr: ['mis', 'modifié', 'actualisé'],
  es: ['actualizado', 'actualizada', 'modificado'],
  it: ['aggiornato', 'aggiornata', 'modificato'],
  pt: ['atualizado', 'atualizada', 'actualizado', 'modificado'],
  nl: ['bijgewerkt', 'laatst', 'gewijzigd', 'aangepast'],
  pl: ['aktualizacja', 'zaktualizowano'],
  sv: ['uppdaterad', 'uppdaterat'],
  da: ['opdateret'],
  nb: ['oppdatert', 'sist'],
  cs: ['aktualizováno'],
  tr: ['güncelleme', 'güncellendi', 'son'],
  ru: ['обновлено', 'изменено'],
  uk: ['оновлено', 'змінено'],
  ja: ['更新日', '更新', '最終更新', '最終更新日'],
  zh: ['更新时间', '更新', '更新于'],
  ko: ['수정', '업데이트', '최종수정'],
  id: ['diperbarui'],
  vi: ['cập'],
  ar: ['آخر', 'اخر', 'تحديث'],
  fa: ['آخرین', 'بروزرسانی'],
  el: ['ενημέρωση', 'ενημερώθηκε', 'τελευταία'],
  ro: ['actualizat', 'actualizată', 'actualizare', 'ultima', 'modificat'],
  hu: ['frissítve', 'frissítés', 'frissült', 'módosítva', 'utolsó'],
  he: ['עודכן', 'עדכון'],
  hi: ['अपडेट', 'अपडेटेड'],
  th: ['อัปเดต', 'อัพเดท', 'อัปเดตล่าสุด', 'อัพเดทล่าสุด', 'แก้ไขล่าสุด'],
  fi: ['päivitetty', 'muokattu'],
  bg: ['обновено', 'актуализирано', 'актуализация', 'редактирано', 'последна']
}

/**
 * Month names of the other languages, with their short and inflected forms
 * (`5. März`, `5 de marzo`, `5 marca`, `5 марта`), lower case; `月` and `월`
 * read a CJK date (`2025年6月5日`, `2025년 6월 5일`).
 */
export const monthWords: Lexicon = {
  de: ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'mär', 'okt', 'dez'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'mag', 'giu', 'lug', 'ott'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'set', 'out', 'dez'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'mrt', 'okt'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember', 'des'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince', 'leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'říjen', 'listopad', 'prosinec'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня', 'січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'],
  ja: ['月'],
  zh: ['月'],
  ko: ['월'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'agu', 'okt', 'des'],
  vi: ['tháng'],
  ar: [
    'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس',
    'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار',
    'ايار', 'حزيران', 'تموز', 'آب', 'أيلول', 'ايلول', 'تشرين', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية',
    'أوت', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر'
  ],
  fa: [
    'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند', 'ژانویه',
    'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'
  ],
  el: [
    'ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου',
    'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου', 'ιανουάριος', 'φεβρουάριος', 'μάρτιος', 'απρίλιος', 'μάιος', 'ιούνιος',
    'ιούλιος', 'αύγουστος', 'σεπτέμβριος', 'οκτώβριος', 'νοέμβριος', 'δεκέμβριος', 'ιαν', 'φεβ', 'μαρ', 'απρ', 'ιουν',
    'ιουλ', 'αυγ', 'σεπ', 'οκτ', 'νοε', 'δεκ'
  ],
  ro: [
    'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie',
    'noiembrie', 'decembrie', 'ian', 'iun', 'iul'
  ],
  hu: [
    'január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október',
    'november', 'december', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'szept', 'okt'
  ],
  he: [
    'ינואר', 'פברואר', 'מרץ', 'מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר',
    'בינואר', 'בפברואר', 'במרץ', 'במרס', 'באפריל', 'במאי', 'ביוני', 'ביולי', 'באוגוסט', 'בספטמבר', 'באוקטובר',
    'בנובמבר', 'בדצמבר'
  ],
  hi: [
    'जनवरी', 'फ़रवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर',
    'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर'
  ],
  th: [
    'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม',
    'พฤศจิกายน', 'ธันวาคม'
  ],
  fi: [
    'tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu',
    'marraskuu', 'joulukuu', 'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
    'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'
  ],
  bg: [
    'януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'
  ]
}

/**
 * Weekday names of the other languages, with their short forms, lower case
 * (`Donnerstag, 5. Juni 2025`, `Do 27.04.2023`, `2025年1月31日(金)`).
 */
export const weekdayWords: Lexicon = {
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  pt: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'feira'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  cs: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  uk: ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'пятниця', 'субота', 'неділя'],
  ja: ['日', '月', '火', '水', '木', '金', '土', '曜日'],
  zh: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  ko: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
  id: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'],
  vi: ['thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật'],
  ar: ['الأحد', 'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت'],
  fa: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه', 'چهارشنبه', 'پنجشنبه', 'پنج', 'جمعه'],
  el: ['δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή'],
  ro: ['luni', 'marți', 'marţi', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
  hu: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
  he: ['יום', 'ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת'],
  hi: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
  th: [
    'วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์', 'วันจันทร์ที่', 'วันอังคารที่',
    'วันพุธที่', 'วันพฤหัสบดีที่', 'วันศุกร์ที่', 'วันเสาร์ที่', 'วันอาทิตย์ที่'
  ],
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  bg: ['понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота', 'неделя']
}

/**
 * Words of times and dates, joiners and relative times in the other
 * languages, lower case: `12.12.2022, 08:30 Uhr`, `5 de junio de 2025 a las
 * 14:30`, `vor 2 Stunden`, `il y a 3 heures`, `hace 5 minutos`, `2 godziny
 * temu`, `3 часа назад`, `3時間前`, `3小时前`, `3시간 전`, `2 jam yang lalu`,
 * `3 giờ trước`.
 */
export const timeWords: Lexicon = {
  de: ['uhr', 'am', 'um', 'den', 'vor', 'stunden', 'stunde', 'minuten', 'minute', 'sekunden', 'tagen', 'tag', 'gestern', 'heute', 'mez', 'mesz', 'einer'],
  fr: ['le', 'à', 'h', 'à', 'jour', 'il', 'y', 'a', 'heures', 'heure', 'minutes', 'minute', 'jours', 'hier', 'aujourd', 'hui', 'une', 'un'],
  es: ['de', 'del', 'a', 'las', 'la', 'el', 'hace', 'horas', 'hora', 'minutos', 'minuto', 'días', 'día', 'ayer', 'hoy', 'hs', 'h', 'una', 'un'],
  it: ['il', 'alle', 'ore', 'ora', 'minuti', 'minuto', 'giorni', 'giorno', 'fa', 'ieri', 'oggi', 'un', 'una'],
  pt: ['de', 'em', 'às', 'as', 'h', 'há', 'horas', 'hora', 'minutos', 'dias', 'ontem', 'hoje', 'atrás', 'uma', 'um'],
  nl: ['om', 'op', 'uur', 'minuten', 'dagen', 'geleden', 'gisteren', 'vandaag', 'een'],
  pl: ['o', 'godz', 'r', 'godzin', 'godziny', 'godzinę', 'minut', 'minuty', 'minutę', 'dni', 'dzień', 'temu', 'wczoraj', 'dzisiaj'],
  sv: ['kl', 'klockan', 'den', 'timmar', 'timme', 'minuter', 'dagar', 'sedan', 'igår', 'idag', 'en', 'för', 'i', 'går', 'dag'],
  da: ['kl', 'klokken', 'den', 'timer', 'time', 'minutter', 'dage', 'siden', 'i', 'går', 'dag', 'en', 'for'],
  nb: ['kl', 'klokken', 'den', 'timer', 'time', 'minutter', 'dager', 'siden', 'i', 'går', 'dag', 'en', 'for'],
  cs: ['v', 'před', 'hodinami', 'hodinou', 'minutami', 'minutou', 'dny', 'dnem', 'včera', 'dnes'],
  tr: ['saat', 'dakika', 'gün', 'önce', 'dün', 'bugün'],
  ru: ['в', 'г', 'час', 'часа', 'часов', 'минут', 'минуты', 'минуту', 'дня', 'дней', 'назад', 'вчера', 'сегодня'],
  uk: ['о', 'р', 'годину', 'години', 'годин', 'хвилин', 'хвилини', 'хвилину', 'днів', 'дні', 'тому', 'вчора', 'сьогодні'],
  ja: ['年', '日', '時', '分', '秒', '時間前', '分前', '日前', '秒前', '時間', '前', '週間', '週', 'ヶ月', 'か月', 'カ月', 'ヵ月', '昨日', '今日'],
  zh: ['年', '日', '号', '时', '点', '分', '秒', '小时前', '分钟前', '天前', '秒前', '小时', '分钟', '前', '昨天', '今天', '天', '周', '星期', '个'],
  ko: ['년', '일', '시', '분', '초', '시간', '전', '어제', '오늘', '오전', '오후', '주', '달', '개월'],
  id: ['pukul', 'wib', 'wita', 'wit', 'jam', 'menit', 'hari', 'yang', 'lalu', 'kemarin', 'ini'],
  vi: ['lúc', 'giờ', 'phút', 'ngày', 'trước', 'hôm', 'qua', 'nay', 'nhật'],
  ar: [
    'في', 'النشر', 'التحديث', 'الساعة', 'ساعة', 'ساعات', 'دقيقة', 'دقائق', 'ثانية', 'يوم', 'أيام', 'أسبوع', 'منذ',
    'قبل', 'أمس', 'امس', 'اليوم', 'الثاني', 'الأول', 'الاول', 'ص', 'م', 'صباحا', 'مساء'
  ],
  fa: ['در', 'شده', 'ساعت', 'دقیقه', 'ثانیه', 'روز', 'هفته', 'پیش', 'قبل', 'دیروز', 'امروز', 'به', 'بروز', 'رسانی'],
  el: [
    'στις', 'πριν', 'από', 'ώρα', 'ώρες', 'λεπτό', 'λεπτά', 'δευτερόλεπτα', 'ημέρα', 'ημέρες', 'μέρα', 'μέρες',
    'χθες', 'χτες', 'σήμερα', 'π', 'μ'
  ],
  ro: [
    'la', 'pe', 'ora', 'oră', 'ore', 'minut', 'minute', 'secunde', 'zi', 'zile', 'acum', 'ieri', 'azi', 'astăzi',
    'publicării', 'actualizării'
  ],
  hu: [
    'óra', 'órája', 'órával', 'perce', 'perccel', 'másodperce', 'napja', 'nappal', 'hete', 'héttel', 'ezelőtt',
    'tegnap', 'ma', 'án', 'én', 'ján', 'jén'
  ],
  he: [
    'ב', 'בשעה', 'לפני', 'שעה', 'שעות', 'דקה', 'דקות', 'שניות', 'ימים', 'שבוע', 'שבועות', 'אתמול', 'היום',
    'לאחרונה', 'אחרון'
  ],
  hi: ['बजे', 'घंटे', 'घंटा', 'मिनट', 'सेकंड', 'दिन', 'हफ्ते', 'पहले', 'कल', 'आज', 'को'],
  th: [
    'เวลา', 'น', 'นาที', 'ชั่วโมง', 'วินาที', 'วัน', 'สัปดาห์', 'ที่แล้ว', 'ชั่วโมงที่แล้ว', 'นาทีที่แล้ว', 'วินาทีที่แล้ว',
    'วันที่แล้ว', 'สัปดาห์ที่แล้ว', 'เมื่อวาน', 'เมื่อวานนี้', 'วันนี้'
  ],
  fi: [
    'klo', 'kello', 'tunti', 'tuntia', 'minuutti', 'minuuttia', 'sekuntia', 'päivä', 'päivää', 'viikkoa', 'sitten',
    'eilen', 'tänään', 'viimeksi'
  ],
  bg: [
    'в', 'на', 'ч', 'час', 'часа', 'минута', 'минути', 'секунди', 'ден', 'дни', 'седмица', 'преди', 'вчера', 'днес', 'г'
  ]
}

/**
 * Words that say a number is a time of day (`15:44 Uhr`, `14.30 h`, `kl.
 * 14.30`, `godz. 8:15`, `pukul 10.00 WIB`), lower case: a line of a time and
 * these words only is a timestamp, as `10:45 AM` is in English.
 */
export const clockWords: Lexicon = {
  de: ['uhr'],
  fr: ['h'],
  es: ['h', 'hs'],
  it: ['ore'],
  pt: ['h'],
  nl: ['uur'],
  pl: ['godz'],
  sv: ['kl', 'klockan'],
  da: ['kl', 'klokken'],
  nb: ['kl', 'klokken'],
  tr: ['saat'],
  id: ['pukul', 'wib', 'wita', 'wit'],
  vi: ['lúc', 'giờ'],
  ar: ['الساعة', 'ص', 'م'],
  fa: ['ساعت'],
  ro: ['ora'],
  th: ['น'],
  fi: ['klo', 'kello'],
  bg: ['ч', 'часа']
}

/**
 * Words that make a time relative (`vor 2 Stunden`, `2 godziny temu`,
 * `3時間前`), as `ago` does in English.
 */
export const agoWords: Lexicon = {
  de: ['vor'],
  fr: ['il'],
  es: ['hace'],
  it: ['fa'],
  pt: ['há', 'atrás'],
  nl: ['geleden'],
  pl: ['temu'],
  sv: ['sedan'],
  da: ['siden'],
  nb: ['siden'],
  cs: ['před'],
  tr: ['önce'],
  ru: ['назад'],
  uk: ['тому'],
  ja: ['前', '時間前', '分前', '日前', '秒前'],
  zh: ['前', '小时前', '分钟前', '天前', '秒前'],
  ko: ['전'],
  id: ['lalu'],
  vi: ['trước'],
  ar: ['منذ', 'قبل'],
  fa: ['پیش', 'قبل'],
  el: ['πριν'],
  ro: ['acum'],
  hu: ['ezelőtt', 'órája', 'perce', 'másodperce', 'napja', 'hete'],
  he: ['לפני'],
  hi: ['पहले'],
  th: ['ที่แล้ว', 'ชั่วโมงที่แล้ว', 'นาทีที่แล้ว', 'วินาทีที่แล้ว', 'วันที่แล้ว', 'สัปดาห์ที่แล้ว'],
  fi: ['sitten'],
  bg: ['преди']
}

/**
 * Words that give a relative time its count when it has no digit, lower case:
 * one or a few (`an hour ago`, `vor einer Stunde`, `il y a quelques
 * minutes`), or a unit whose singular or dual says the count by itself
 * (`godzinę temu`, `час назад`, `לפני שעה`, `منذ ساعتين`, `tunti sitten`). A
 * relative word and a plain plural (`hours ago`) is no timestamp. Chinese and
 * Japanese write the count in Han numerals too, glued to the unit (`三小时前`,
 * `数時間前`: the rule reads such a run word by word).
 */
export const oneWords: Lexicon = {
  en: ['a', 'an', 'one', 'few'],
  de: ['ein', 'einer', 'einem', 'wenigen', 'paar'],
  fr: ['un', 'une', 'quelques'],
  es: ['un', 'una', 'unos', 'unas'],
  it: ['un', 'una', 'qualche', 'poco'],
  pt: ['um', 'uma', 'alguns', 'algumas', 'pouco'],
  nl: ['een', 'enkele', 'paar'],
  pl: ['godzinę', 'minutę', 'sekundę', 'dzień', 'tydzień', 'kilka'],
  sv: ['en', 'ett', 'några'],
  da: ['en', 'et', 'få'],
  nb: ['en', 'ett', 'et', 'noen'],
  cs: ['hodinou', 'minutou', 'dnem', 'týdnem', 'chvílí', 'několika'],
  tr: ['bir', 'birkaç'],
  ru: ['час', 'минуту', 'день', 'неделю', 'несколько'],
  uk: ['годину', 'хвилину', 'день', 'тиждень', 'кілька'],
  ja: ['数', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '半'],
  zh: ['几', '数', '一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '半'],
  ko: ['한', '두', '세', '네', '몇', '며칠'],
  id: ['satu', 'sejam', 'sehari', 'beberapa'],
  vi: ['một', 'vài'],
  ar: ['ساعة', 'ساعتين', 'ساعتان', 'دقيقة', 'دقيقتين', 'يوم', 'يومين', 'أسبوع', 'أسبوعين'],
  fa: ['یک', 'چند'],
  el: ['μία', 'μια', 'ένα', 'λίγα', 'λίγες'],
  ro: ['o', 'un', 'câteva'],
  hu: ['egy', 'néhány'],
  he: ['שעה', 'שעתיים', 'דקה', 'יום', 'יומיים', 'שבוע', 'כמה'],
  hi: ['एक', 'कुछ'],
  fi: ['tunti', 'minuutti', 'päivä', 'viikko', 'hetki'],
  bg: ['час', 'минута', 'ден', 'седмица', 'няколко']
}

/**
 * Words of yesterday and today (a date without digits: `Gestern, 14:30`).
 */
export const dayWordsByLanguage: Lexicon = {
  de: ['gestern', 'heute'],
  fr: ['hier', 'aujourd'],
  es: ['ayer', 'hoy'],
  it: ['ieri', 'oggi'],
  pt: ['ontem', 'hoje'],
  nl: ['gisteren', 'vandaag'],
  pl: ['wczoraj', 'dzisiaj'],
  sv: ['igår', 'idag', 'går', 'dag'],
  da: ['går', 'dag'],
  nb: ['går', 'dag'],
  cs: ['včera', 'dnes'],
  tr: ['dün', 'bugün'],
  ru: ['вчера', 'сегодня'],
  uk: ['вчора', 'сьогодні'],
  ja: ['昨日', '今日'],
  zh: ['昨天', '今天'],
  ko: ['어제', '오늘'],
  id: ['kemarin'],
  vi: ['hôm'],
  ar: ['أمس', 'امس', 'اليوم'],
  fa: ['دیروز', 'امروز'],
  el: ['χθες', 'χτες', 'σήμερα'],
  ro: ['ieri', 'azi', 'astăzi'],
  hu: ['tegnap', 'ma'],
  he: ['אתמול', 'היום'],
  hi: ['कल', 'आज'],
  th: ['เมื่อวาน', 'เมื่อวานนี้', 'วันนี้'],
  fi: ['eilen', 'tänään'],
  bg: ['вчера', 'днес']
}

/**
 * Labels of a broadcast or media line, lower case, before a colon: the
 * programme a report ran in, or the audio or video that goes with it, with
 * its date (`Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr`, `Audio:
 * Antenne Brandenburg | 24.04.2024 | Jane Doe`, `Émission : Le 19/20,
 * 05/06/2025`).
 *
 * ###### Notes
 * Only with a numeric date and no sentence: `Audio: VIA High Definition
 * Audio Codec` and `Video: Ministers meet in Brussels` stay.
 */
export const broadcastLabels: Lexicon = {
  en: ['audio', 'broadcast', 'podcast', 'video'],
  de: ['audio', 'ausstrahlung', 'podcast', 'sendung', 'video'],
  fr: ['audio', 'diffusion', 'émission', 'podcast', 'vidéo'],
  es: ['audio', 'emisión', 'pódcast', 'vídeo'],
  it: ['audio', 'puntata', 'trasmissione', 'video'],
  pt: ['áudio', 'emissão', 'vídeo'],
  nl: ['audio', 'uitzending', 'video'],
  pl: ['audycja', 'wideo'],
  sv: ['ljud', 'sändning'],
  da: ['lyd', 'udsendelse'],
  nb: ['lyd', 'sending'],
  ar: ['فيديو'],
  fa: ['ویدیو', 'ویدئو'],
  el: ['βίντεο', 'εκπομπή'],
  ro: ['audio', 'emisiune', 'video'],
  hu: ['műsor', 'videó'],
  he: ['וידאו'],
  hi: ['वीडियो'],
  th: ['วิดีโอ'],
  fi: ['video'],
  bg: ['аудио', 'видео', 'предаване']
}
