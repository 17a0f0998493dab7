import {
  agencies,
  creditJoins,
  creditLabels,
  creditPrefixes,
  creditSources,
  creditSuffixes,
  creditTrailers,
  libraries,
  qualifiers
} from '../data/photo-credit.js'
import {byLanguage} from '../util/languages.js'
import {allOf, alternation} from '../util/lexicon.js'
import {lowerValue} from '../util/line-text.js'
import {unexpected} from '../util/quote.js'
import {defineLineRule, type RuleDocs} from '../util/rule.js'
import {isIn} from '../util/shape.js'

const library = new Set<string>(libraries)
const agency = new Set<string>(agencies)
const qualifier = new Set<string>(qualifiers)
const longestLibrary = Math.max(...libraries.map((name) => name.length))

/**
 * A credit label and what follows it: `Photo: Reuters`, `Photo by Jane Doe`,
 * `Image copyright AFP`, `Credit: John Smith/The Times`, `(Image credit:
 * Blue Origin)`, `Photo courtesy of NASA`, `Foto: dpa`, `Crédit photo :
 * AFP`, `Fot. PAP`, `写真：共同通信`, `사진=연합뉴스`. The group is what
 * follows the label (none after a lone label: `Photo:`).
 *
 * ###### Notes
 * A label ends in a colon (or `=`, as Korean credits have it), a join word
 * (`by`, `von`), `©`, or its own full stop (`Fot.`).
 */
const labelled = new RegExp(
  String.raw`^(?:(?:${alternation(allOf(creditPrefixes))})\s)?(?:${alternation(allOf(creditLabels))})(?:[\s-](?:${alternation(allOf(creditSuffixes))}))?(?:\s*[:：=]|(?<=\.)(?=\s)|\s+(?:${alternation(allOf(creditJoins))})(?![\p{L}\p{N}])|\s*©)\s*(\S.*)?$`,
  'iu'
)

/**
 * A credit whose label comes after the name: `연합뉴스 자료사진`, `新华社记者
 * 李明 摄`. The group is the name.
 */
const trailed = new RegExp(String.raw`^(\S.{0,40}?)(?:${alternation(allOf(creditTrailers))})$`, 'u')

/**
 * Last characters of the trailing labels: a line that ends in none of them
 * has none, and is not searched (most lines).
 */
const trailerEnds = new Set(allOf(creditTrailers).map((label) => [...label].at(-1)))

/**
 * The searches of the rule in the page’s languages (`byLanguage()`).
 */
const searchesOf = byLanguage(function (pick) {
  /**
   * A credit label at the end of a caption, where the credit starts: `… in
   * Berlin. Foto: dpa`, `Spontane Tanzeinlage | Bild: Jane Doe/rbb`, `… on
   * Monday. Photo by Jane Doe/Bloomberg`, `… in de provincie Luik. — ©
   * BELGA`, `… 写真：共同通信`. Only `by` joins a label here: `ein Foto von
   * Angela Merkel` ends many a sentence.
   */
  const tail = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${alternation(pick(creditLabels))})(?:[\s-](?:${alternation(pick(creditSuffixes))}))?(?:\s?[:：]|\s+by\s)|©`,
    'giu'
  )

  return {tail}
})

/**
 * `Image used under license from Shutterstock`.
 */
const licensed = /^(?:photo|image|picture)s? used under licen[cs]e from\s+(\S.*)$/isu

/**
 * Longest credit judged alone: a credit is short.
 */
const maxCredit = 200

/**
 * Longest line judged: a caption with its credit at the end.
 */
const maxLength = 400

/**
 * Characters at the end of a line in which a caption’s `Credit:` label is
 * looked for.
 */
const creditReach = 100

/**
 * Fewest words of a caption before its credit.
 */
const minCaption = 4

/**
 * Separators between the parts of a credit: `Jane Doe/Reuters`, `Natalie
 * Naccache | Bloomberg | Getty Images`, `AFP via Getty Images`.
 */
const strongSeparator = /\/{1,2}|\||\svia\s/iu

/**
 * `via` between white space (the part of `strongSeparator` that is a word).
 */
const via = /\svia\s/iu

/**
 * Whether a text has a `strongSeparator`.
 *
 * ###### Notes
 * Most lines are searched for one: two searches for a character and one for
 * `via` cost a third less than the whole expression.
 *
 * @param value
 *   Text.
 * @returns
 *   Whether it has one.
 */
function hasStrongSeparator(value: string): boolean {
  return value.includes('/') || value.includes('|') || via.test(value)
}

/**
 * Separators including the comma: `Photo: John Locher, AP`, `AP
 * Photo/Evan Vucci, File`.
 */
const anySeparator = /\/{1,2}|[|,;]|\s(?:via|for|and|from|on)\s/iu

/**
 * Scripts without case whose words are spaced (Arabic, Hebrew, Devanagari,
 * Bengali, Georgian, Ethiopic), as a character class body: a name in
 * them has no capital to tell it by.
 */
const caselessScripts = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Georgian}\p{Script=Ethiopic}`

/**
 * A word of a name in a credit: `Jane`, `H.W.`, `O’Brien`, `de`,
 * `Move.org`, `iStock.com`; in a script without case, a run of its letters
 * (`共同通信`, `أحمد`, `אי.פי`, `पीटीआई`).
 */
const nameWord = new RegExp(
  String.raw`^(?:[\p{Lu}\p{N}©][\p{L}\p{N}.'’&+-]*|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}][\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー・]{0,11}|[${caselessScripts}][\p{L}\p{M}.'’-]{0,15}|[\p{Ll}][\p{L}\p{N}'’-]*\.[\p{L}.]+|i[\p{Lu}][\p{L}.]*|(?:al|bin|by|da|de|del|der|di|du|el|from|la|le|of|on|the|van|von|courtesy|photo|photos|images|&|\+))[,:;]?$`,
  'u'
)

/**
 * A source named by common words at the start of a part of a credit, and a
 * few words after it (`пресс-служба мэрии Москвы`, `Dok. Istimewa`).
 */
const source = new RegExp(String.raw`^(?:${alternation(allOf(creditSources))})(?:\s+[^\s.!?。]+){0,2}$`, 'iu')

/**
 * Most words in a credit.
 */
const maxWords = 12

/**
 * A word of a script without case (Chinese, Japanese, Korean, and
 * `caselessScripts`), and the most such words in one name.
 */
const caseless = new RegExp(String.raw`^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}${caselessScripts}]`, 'u')
const maxCaselessWords = 3

/**
 * What `deboilerPhotoCredit` is and does.
 */
export const meta = {
  category: 'photo-credit',
  ruleId: 'photo-credit-agency',
  ruleIds: ['photo-credit-agency', 'photo-credit-label', 'photo-credit-caption'],
  maxLength,
  strips: 'lone photo credits, and captions that end in one (`Crowds wait near the palace (Picture: PA)`)',
  example: '(AP Photo/Jane Doe)',
  group: 'credits'
} as const satisfies RuleDocs

/**
 * Strip photo credits left on their own line: `Getty`, `Photo: Reuters`,
 * `(AP Photo/Jane Doe)`, `REUTERS/Jane Doe`, `AFP via Getty Images`,
 * `Image copyright AFP`, `Credit: John Smith/The Times`, `Shutterstock`.
 *
 * ###### Notes
 * A caption (a sentence that describes the picture) is article and is kept,
 * and so is a sentence that names an agency (“Getty Images reported record
 * revenue this year.”): a credit is only names, agencies and separators. A
 * news agency alone (`Reuters`, `AP`) is kept, as it may be a byline.
 */
const deboilerPhotoCredit = defineLineRule(
  meta,
  function (line, lines) {
    const value = line.value
    const ruleId = value.length <= maxCredit ? creditRule(value) : undefined
    if (ruleId) return {ruleId, reason: unexpected('photo credit', value)}
    return caption(value) || (mayBeLabelled(lowerValue(line.node)) && labelledCaption(value, searchesOf(lines).tail))
      ? {ruleId: 'photo-credit-caption', reason: unexpected('photo caption', value)}
      : undefined
  }
)

export default deboilerPhotoCredit

/**
 * The rule id for a line that is a photo credit, if it is one.
 *
 * @param value
 *   Line.
 * @returns
 *   `photo-credit-agency` or `photo-credit-label`, or nothing.
 */
function creditRule(value: string): 'photo-credit-agency' | 'photo-credit-label' | undefined {
  const bare = unwrap(value)

  // Getty; Shutterstock; (Getty Images)
  if (bare.length <= longestLibrary && library.has(bare.toLowerCase())) return 'photo-credit-agency'

  // Photo: Reuters; Image copyright AFP; Photo by Jane Doe on Unsplash
  const match = labelled.exec(bare) ?? licensed.exec(bare)
  if (match) {
    const credit = (match[1] ?? '').replace(/^[:：]/u, '').trim()
    return credit === '' || isCredit(credit, anySeparator, false) ? 'photo-credit-label' : undefined
  }

  // 연합뉴스 자료사진; 新华社记者 李明 摄
  const name = trailerEnds.has(String.fromCodePoint(bare.codePointAt(bare.length - 1) ?? 0))
    ? trailed.exec(bare)?.[1]?.trim()
    : undefined
  if (name !== undefined && caseless.test(name) && shortWords(name) && isCredit(name, anySeparator, false)) {
    return 'photo-credit-label'
  }

  // REUTERS/Jane Doe; AFP via Getty Images; (AP Photo/Jane Doe)
  return hasStrongSeparator(bare) && isCredit(bare, strongSeparator, true) ? 'photo-credit-agency' : undefined
}

/**
 * A Japanese credit in brackets at the end of a caption: a name and `撮影`
 * (“photographed by”), `（潟沼義樹撮影）`, `（共同通信社撮影）`.
 */
const photographed = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}・ー]{1,16}撮影$/u

/**
 * Fewest characters of a caption in a script without spaces before its
 * credit.
 */
const minCaptionChars = 8

/**
 * Most characters of a word of the name before a trailing label: a name or
 * an agency (`李明`, `新华社记者`, `연합뉴스`); a longer run is a clause
 * (`这是他在北京拍摄`).
 */
const maxTrailedWord = 5

/**
 * Whether every word of a name before a trailing label is short.
 *
 * @param value
 *   Name.
 * @returns
 *   Whether it is.
 */
function shortWords(value: string): boolean {
  return value.split(/\s+/u).every((word) => [...word].length <= maxTrailedWord)
}

/**
 * Whether a line is a caption that ends in its photo credit: `Crowds wait
 * near Buckingham Palace (Picture: PA)`, `… Mexico state is scheduled for
 * local elections on June 4. (AP Photo/Marco Ugarte)`, `Ghislaine Maxwell is
 * serving a 20-year sentence. (AP)`, `Federal Energy Minister Chris Bowen.
 * Credit: Oliver Lane/RegionalHUB`.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is; the credit must be one alone (`(Picture: PA)`, an agency
 *   in brackets), so `… as the council said (in March)` stays.
 */
function caption(value: string): boolean {
  let at = -1
  let credit = ''
  if (value.endsWith(')')) {
    at = value.lastIndexOf('(')
    credit = value.slice(at + 1, -1).trim()
    if (at > 0 && agency.has(credit.toLowerCase()) && !qualifier.has(credit.toLowerCase())) return before(value, at)
  } else if (value.endsWith('）')) {
    // 移送のため警視庁を出る容疑者＝13日、東京・霞ケ関で（潟沼義樹撮影）
    at = value.lastIndexOf('（')
    return at >= minCaptionChars && photographed.test(value.slice(at + 1, -1))
  } else {
    // A credit after its caption is short: look in the end of the line only.
    at = value.indexOf('Credit:', value.length - creditReach)
    credit = value.slice(at)
  }

  return (at > 0 && credit.length <= maxCredit && creditRule(credit) !== undefined && before(value, at)) || agencyTail(value)
}

/**
 * Cheap first cue of `labelledCaption()`: the end of the line holds what a
 * labelled credit has, a colon, `by` or `©` (most lines of prose hold none
 * there).
 *
 * @param lower
 *   Line, lower case (as long as the line).
 * @returns
 *   Whether it may end in a labelled credit.
 */
function mayBeLabelled(lower: string): boolean {
  const from = Math.max(0, lower.length - creditReach)
  return (
    lower.includes(':', from) || lower.includes('by', from) || lower.includes('©', from) || lower.includes('：', from)
  )
}

/**
 * A short lower-case word (`by`, `von`, `de`, `par`) just before a credit,
 * which makes it part of the sentence.
 */
const shortWordBefore = /(?:^|[^\p{L}])\p{Ll}{1,3}\s$/u

/**
 * Whether a line is a caption that ends in a credit without a label, which
 * names an agency and joins its parts with a slash or `via`: `La secrétaire
 * générale de la CGT, à Paris, le 12 juillet 2023. BERTRAND GUAY / AFP`,
 * `Trump had pledged a huge crackdown AP Photo/Edgar H. Clemente`, `El
 * ministro saluda a su homólogo. EFE/ J.J. Guillén`.
 *
 * ###### Notes
 * A line that ends in a full stop is a sentence (`…, according to a poll by
 * Reuters/Ipsos.`) and is kept, and so is one whose credit follows a short
 * lower-case word (`… conducted by Reuters/Ipsos`).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
function agencyTail(value: string): boolean {
  if (/[.!?:;,]$/u.test(value)) return false
  const from = Math.max(0, value.length - creditReach)
  if (!hasStrongSeparator(value.slice(from))) return false
  const space = /\s/gu
  space.lastIndex = from
  let match = space.exec(value)
  while (match) {
    const at = match.index + 1
    const credit = value.slice(at)
    if (hasStrongSeparator(credit) && isCredit(credit, strongSeparator, true)) {
      // `… a poll by Reuters/Ipsos`, `… der Chef von dpa/AFX`: the object of a
      // short word (`by`, `von`, `de`) is in the sentence.
      return before(value, at) && !shortWordBefore.test(value.slice(Math.max(0, at - 6), at))
    }

    match = space.exec(value)
  }

  return false
}

/**
 * Whether a line is a caption that ends in a labelled credit: `Murat Yakin
 * ärgerte sich über die Entscheidung. Foto: AFP`, `Spontane Tanzeinlage des
 * Publikums | Bild: Jane Doe/rbb`, `Verlinden tijdens de coronacrisis. — ©
 * BELGA`, `… on Monday. Photo by Jane Doe/Bloomberg`.
 *
 * ###### Notes
 * The label is the last one in the end of the line and starts with a capital
 * (`Foto`, `Photo`; `写真` has no case), and what follows it must be a credit
 * alone (names, agencies, separators): `… zeigt das Bild: Scholz will mehr
 * Geld` stays.
 *
 * @param value
 *   Line.
 * @param tail
 *   Search for a credit label (global).
 * @returns
 *   Whether it is.
 */
function labelledCaption(value: string, tail: RegExp): boolean {
  const from = Math.max(0, value.length - creditReach)
  let at = -1
  tail.lastIndex = from
  let match = tail.exec(value)
  while (match) {
    at = match.index
    match = tail.exec(value)
  }

  if (at <= 0) return false
  const first = value.charAt(at)
  if (first !== '©' && first === first.toLowerCase() && first !== first.toUpperCase()) return false
  const credit = value.slice(at)
  if (first === '©') {
    const rest = credit.slice(1).trim()
    if (rest === '' || !isCredit(rest, anySeparator, false)) return false
  } else if (creditRule(credit) !== 'photo-credit-label') return false
  return before(value, at)
}

/**
 * Whether the text before a credit is a caption: `minCaption` words or more.
 *
 * @param value
 *   Line.
 * @param at
 *   Start of the credit.
 * @returns
 *   Whether it is.
 */
function before(value: string, at: number): boolean {
  return value.slice(0, at).trim().split(/\s+/u).length >= minCaption
}

/**
 * Whether text is a credit: names and agencies between separators.
 *
 * @param value
 *   Text, without a label.
 * @param separator
 *   Separators between parts.
 * @param needsAgency
 *   Whether an agency must be one of two or more parts (no label said it is
 *   a credit; the caller has found a separator first, `hasStrongSeparator`).
 * @returns
 *   Whether it is a credit.
 */
function isCredit(value: string, separator: RegExp, needsAgency: boolean): boolean {
  const parts = value.split(separator).map((part) => part.trim().replace(/^©\s*/u, ''))
  const lenient = parts.some((part) => kind(part) === 'agency' || kind(part) === 'library')
  // Without a label, an agency or library must be one of the parts.
  if (needsAgency && !lenient) return false
  const words = value.split(/\s+/u)
  // Initials and short abbreviations are no sentence ends (`Jae C. Hong`,
  // `Dok. Istimewa`, `dok. pribadi`).
  if (words.length > maxWords || /[.!?]\s|[。！？、，]/u.test(value.replace(/(?<![\p{L}\p{N}])\p{L}\p{Ll}{0,2}\.\s/gu, ''))) return false
  let agencies = 0
  let libraries = 0

  for (const part of parts) {
    if (!part) continue
    const type = kind(part)
    if (type === 'agency') agencies++
    else if (type === 'library') libraries++
    else if (type !== 'qualifier' && !isName(part, lenient) && !source.test(part)) return false
  }

  if (!needsAgency) return true
  // `Reuters | Careers` is a menu; `Jane Doe/Reuters` and `Jane Doe | Getty
  // Images` are credits.
  return parts.length > 1 && (libraries > 0 || (agencies > 0 && /\/|\svia\s/iu.test(value)))
}

/**
 * What a part of a credit is.
 *
 * @param value
 *   Part.
 * @returns
 *   `'library'` (`Getty Images`), `'agency'` (`Reuters`), `'qualifier'`
 *   (`File`), or `'name'` for anything else.
 */
function kind(value: string): 'agency' | 'library' | 'name' | 'qualifier' {
  // iStock.com/gorodenkoff
  const lower = value.toLowerCase().replace(/\.com$/u, '')
  if (qualifier.has(lower)) return 'qualifier'
  if (library.has(lower)) return 'library'
  return agency.has(lower) ? 'agency' : 'name'
}

/**
 * Whether a part of a credit is a name (`Jae C. Hong`, `The Spruce Eats`).
 *
 * @param value
 *   Part.
 * @param lenient
 *   Whether a lower-case handle is allowed (next to an agency:
 *   `gargantiopa / Getty Images`).
 * @returns
 *   Whether it is a name.
 */
function isName(value: string, lenient: boolean): boolean {
  const words = value.split(/\s+/u)
  if (lenient && words.length === 1 && /^[\p{L}\p{N}_.-]+$/u.test(value)) return true
  // A name in Chinese, Japanese or Korean is a few words at most; more is a
  // caption (`사진=서울 시내 도서관에서 공부하는 학생들`).
  if (words.length > maxCaselessWords && words.some((word) => caseless.test(word))) return false
  return words.every((word) => nameWord.test(word))
}

/**
 * Remove brackets around a whole credit and a final full stop:
 * `(AP Photo/Jane Doe)`, `Photo credit: Janome.com.`.
 *
 * @param value
 *   Line.
 * @returns
 *   Credit.
 */
function unwrap(value: string): string {
  let result = value.endsWith('.') ? value.slice(0, -1) : value
  if (isIn('([{（【', result.charAt(0))) result = result.slice(1)
  if (isIn(')]}）】', result.charAt(result.length - 1))) result = result.slice(0, -1)
  return result.trim()
}
