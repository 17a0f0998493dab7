import fc from 'fast-check'
import {
  buttonWords,
  isBreadcrumb,
  isSeeAll,
  isShortLink,
  lineShape,
  linkKey,
  sizeButtons
} from '../../src/util/menu.js'

describe('lineShape', function () {
  it.each([
    ['Home', {words: 1, label: true, prose: false, opener: false}],
    ['World News', {words: 2, label: true, prose: false, opener: false}],
    ['Read more.', {words: 2, label: false, prose: false, opener: false}],
    ['Page 2', {words: 2, label: false, prose: false, opener: true}],
    ['By Jane Doe', {words: 3, label: false, prose: false, opener: true}],
    ['MADRID —', {words: 2, label: false, prose: false, opener: true}],
    ['Four words are here', {words: 4, label: false, prose: false, opener: false}],
    [
      'The council voted on Tuesday to close the old library for good.',
      {words: 10, label: false, prose: true, opener: true}
    ],
    [
      'The council voted on Tuesday to close the old library for good',
      {words: 10, label: false, prose: false, opener: false}
    ]
  ])('should see the shape of %j', function (value, expected) {
    expect(lineShape(value)).toEqual(expected)
  })
})

describe('isShortLink', function () {
  it.each(['World', 'World News', 'Arts and Culture Today', 'Über uns'])('should take %j for a link', function (value) {
    expect(isShortLink(value)).toBe(true)
  })

  it.each([
    ['A link with five words', 'five words'],
    ['The end.', 'a sentence end'],
    ['Questions?', 'a question mark'],
    ['Supercalifragilisticexpialidocious Things', 'over 40 characters']
  ])('should not take %j for a link (%s)', function (value) {
    expect(isShortLink(value)).toBe(false)
  })
})

describe('linkKey', function () {
  it.each([
    ['» print', 'print'],
    ['next »', 'next'],
    ['search:', 'search'],
    ['← back to top ↑', 'back to top'],
    ['☰  menu  ▼', 'menu'],
    ['• read\u00a0 more …', 'read more'],
    ['[x] close ✕', '[x] close'],
    ['e-mail', 'e-mail'],
    ['» » »', '']
  ])('should trim the decoration of %j to %j', function (value, expected) {
    expect(linkKey(value)).toBe(expected)
  })

  it('should trim what the decoration pattern trims, whatever the text', function () {
    const decoration = /^[\s«»‹›<>←→↑^*•·|:.…+×✕▼▾☰-]+|[\s«»‹›<>←→↑^*•·|:.…+×✕▼▾☰-]+$/gu
    const characters = [...'ab «»‹›<>←→↑^*•·|:.…+×✕▼▾☰-_\t\n\u00a0\u2003\u3000\ufeff😀\ud800']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), {maxLength: 12}), function (list) {
        const value = list.join('')
        expect(linkKey(value)).toBe(value.replace(decoration, '').replace(/\s+/gu, ' '))
      }),
      {seed: 7_301_225}
    )
  })
})

describe('isSeeAll', function () {
  it.each(['See all', 'See all Video', 'See all Hill.TV See all Video', 'View All Recipe Collections', 'show all'])(
    'should take %j for see-all links',
    function (value) {
      expect(isSeeAll(value)).toBe(true)
    }
  )

  it.each([
    ['See all the news from our cities', 'more than three words after it'],
    ['See all!', 'punctuation of a sentence'],
    ['We see all of them', 'not at the start'],
    ['See allowances', 'not a whole word'],
    ['See all Video and more things here See all', 'a long piece among them']
  ])('should not take %j for see-all links (%s)', function (value) {
    expect(isSeeAll(value)).toBe(false)
  })
})

describe('isBreadcrumb', function () {
  it.each([
    'Home » News » World',
    'Home > Politics',
    'Home›Sport›Football',
    'home / blogs',
    'Home /',
    'Homepage » Local News',
    'You are here: Home » News'
  ])('should take %j for a breadcrumb', function (value) {
    expect(isBreadcrumb(value)).toBe(true)
  })

  it.each([
    ['Home', 'no separator'],
    ['Home improvement tips for the weekend', 'no separator, prose'],
    ['News » World', 'no home step'],
    ['Home » Council votes to close the old library for good', 'a step too long to be a link'],
    ['Home » News » The end.', 'a step that ends a sentence']
  ])('should not take %j for a breadcrumb (%s)', function (value) {
    expect(isBreadcrumb(value)).toBe(false)
  })
})

describe('sizeButtons', function () {
  it.each([
    ['XS', 1],
    ['A- A+', 2],
    ['A | A+ | A++', 3],
    ['Text size: S M L', 3],
    ['Font size A- A A+', 3],
    ['sm/md/lg', 3]
  ])('should count the text size buttons of %j (%j)', function (value, expected) {
    expect(sizeButtons(value)).toBe(expected)
  })

  it.each([
    ['', 'nothing'],
    ['Small Medium Large', 'words'],
    ['S M X', 'a letter that is no button'],
    ['Text size:', 'a label alone'],
    ['A '.repeat(21).trim(), 'over 40 characters'],
    ['A+ Grade', 'a word after a button']
  ])('should see no buttons in %j (%s)', function (value) {
    expect(sizeButtons(value)).toBe(0)
  })
})

describe('buttonWords', function () {
  it.each([
    ['AcceptRejectRead More', ['accept', 'reject', 'read', 'more']],
    ['Cookie settingsACCEPT', ['cookie', 'settings', 'accept']],
    ['Terms & Conditions', ['terms', '&', 'conditions']],
    ['ÜberUns', ['über', 'uns']],
    ['OK', ['ok']],
    ['सभी स्वीकार करें', ['सभी', 'स्वीकार', 'करें']],
    ['ยอมรับทั้งหมด', ['ยอมรับทั้งหมด']],
    ['123 / 456', []],
    ['', []]
  ])('should split %j into the words %j', function (value, expected) {
    expect(buttonWords(value)).toEqual(expected)
  })
})
