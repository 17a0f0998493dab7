import type {Root} from 'nlcst'
import {retext} from 'retext'
import {deboilerLines, deboilerNavigation} from '../../src/index.js'
import {byLanguage, languageKey} from '../../src/util/languages.js'
import {cueSource, never, nowhere, searchOf, trieSource, wordStartSource} from '../../src/util/lexicon.js'
import {linesOf, type Line} from '../../src/util/lines.js'
import {languageCodes, prose} from '../util/prose.js'

/**
 * Lines of a text, as the rules see them.
 *
 * @param value
 *   Text.
 * @returns
 *   Lines.
 */
function lines(value: string): ReadonlyArray<Line> {
  const processor = retext().use(deboilerLines)
  return linesOf(processor.runSync(processor.parse(value)) as Root)
}

/**
 * A page of prose in a language: its two paragraphs, twice.
 *
 * @param code
 *   Language.
 * @returns
 *   Text.
 */
function page(code: keyof typeof prose): string {
  return [...prose[code], ...prose[code]].join('\n\n')
}

describe('languageKey', function () {
  it.each(languageCodes.filter((code) => code !== 'en'))('should read a page in %s in it and English', function (code) {
    expect(languageKey(lines(page(code))).split(' ')).toEqual(expect.arrayContaining(['en', code]))
  })

  it('should read an English page in English alone', function () {
    expect(languageKey(lines(page('en')))).toBe('en')
  })

  it('should read a short page in every language', function () {
    expect(languageKey(lines('Seite 2 von 5\n\n' + prose.en[0]))).toBe('*')
    expect(languageKey(lines(''))).toBe('*')
  })

  it('should read a page in a language without a lexicon in every language', function () {
    const lithuanian =
      'Miesto taryba pirmadienį atidarė naują biblioteką senojoje geležinkelio stotyje, po trejų metų statybos darbų ir ilgų diskusijų dėl jos kainos. Šimtai šeimų atvyko apžiūrėti skaityklų, kuriose išsaugotos originalios plytelės ir didelis laikrodis virš perono, o bibliotekininkė sakė, kad pastatas bus atidarytas iki dešimtos valandos vakaro, nes daugelis studentų namuose neturi ramios vietos dirbti.'
    expect(languageKey(lines([lithuanian, lithuanian].join('\n\n')))).toBe('*')
  })

  it('should tell a page once, whatever asks', function () {
    const value = lines(page('de'))
    expect(languageKey(value)).toBe(languageKey(value))
  })
})

describe('byLanguage', function () {
  it('should build a vocabulary once per set of languages', function () {
    const built: Array<Array<string>> = []
    const vocabulary = byLanguage(function (pick) {
      const entries = pick({en: ['share'], de: ['teilen'], fr: ['partager']})
      built.push(entries)
      return entries
    })

    expect(vocabulary(lines(page('de')))).toEqual(['share', 'teilen'])
    expect(vocabulary(lines(page('de')))).toEqual(['share', 'teilen'])
    expect(vocabulary(lines(page('en')))).toEqual(['share'])
    expect(vocabulary(lines('Teilen'))).toEqual(['partager', 'share', 'teilen'])
    expect(built).toEqual([['share', 'teilen'], ['share'], ['partager', 'share', 'teilen']])
  })
})

describe('language gates of the rules', function () {
  const breadcrumb = 'Startseite > Politik > Ausland'

  it('should strip German navigation on a German page', function () {
    const file = retext().use(deboilerLines).use(deboilerNavigation).processSync([breadcrumb, page('de')].join('\n\n'))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['navigation-breadcrumb'])
  })

  it('should keep German navigation on an English page (English and the page’s languages are read)', function () {
    const file = retext().use(deboilerLines).use(deboilerNavigation).processSync([breadcrumb, page('en')].join('\n\n'))
    expect(file.messages).toEqual([])
  })

  it('should strip English navigation on a German page', function () {
    const file = retext()
      .use(deboilerLines)
      .use(deboilerNavigation)
      .processSync(['Home > Politics > World', page('de')].join('\n\n'))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['navigation-breadcrumb'])
  })
})

describe('searches of no entries', function () {
  it('should match nowhere', function () {
    for (const source of [trieSource([]), wordStartSource([]), cueSource([])]) {
      expect(source).toBe(never)
      expect(new RegExp(source, 'u').test('anything at all')).toBe(false)
    }
  })

  it('should not read the text', function () {
    expect(searchOf(never)).toBe(nowhere)
    expect(nowhere.test('anything')).toBe(false)
    expect(searchOf('a|b').test('xb')).toBe(true)
  })

  it('should search few entries as an alternation and many as a trie', function () {
    expect(cueSource(['cookies', 'cookie'])).toBe('cookies|cookie')
    const many = Array.from({length: 20}, (_, index) => 'word' + String.fromCharCode(97 + index))
    expect(cueSource(many)).toBe(trieSource(many))
  })
})
