import fc from 'fast-check'
import {gluedRuns, isCaseless, isGluedMenu, isGluedTeaser} from '../../src/util/glued.js'
import {wordCount} from '../../src/util/shape.js'

const seed = 4_180_227

describe('isCaseless', function () {
  it('should hold no letter in upper or lower case, in every character it names', function () {
    const cased: Array<string> = []
    let named = 0
    for (let code = 0; code <= 0xffff; code++) {
      if (!isCaseless(code)) continue
      named++
      const character = String.fromCharCode(code)
      if (/[\p{Lu}\p{Ll}]/u.test(character)) cased.push(code.toString(16))
    }

    expect(named).toBeGreaterThan(40_000)
    expect(cased).toEqual([])
  })

  it.each(['0041', '0061', '00C9', '0416', '2102', '2126'])('should not name the cased letter U+%s', function (hex) {
    expect(isCaseless(Number.parseInt(hex, 16))).toBe(false)
  })
})

describe('isGluedTeaser', function () {
  it.each([
    'Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left without paying.',
    "Michigan Cider Mills: Here's A Look At Some FavoritesFall has officially arrived in the state, and so have the mills."
  ])('should see a headline glued to its summary in %j', function (value) {
    expect(isGluedTeaser(value)).toBe(true)
  })

  it.each([
    // A brand inside a sentence, not a seam after a headline.
    'The company said its new iPhone app would reach YouTube users in the spring of next year.',
    // Too short a summary.
    'Bridge Works Begin In AprilRead more',
    // A sentence run into the next: the part before the seam is not a headline.
    'the council met on Tuesday and voted to close the bridge.The mayor said the town would pay for a bus.',
    'x'.repeat(600)
  ])('should not see a glued teaser in %j', function (value) {
    expect(isGluedTeaser(value)).toBe(false)
  })
})

describe('isGluedTeaser, against its first form', function () {
  it('should judge as the scan without a first cue does, on any mix of cases, digits, marks and scripts', function () {
    const pieces = fc.constantFrom('Troy', 'Steakhouse', 'A', 'party', 'of', 'six', 'left', ' ', ' ', '.', '’', '”', ')', '?', '3', 'É', 'é', 'Ж', 'ж', '新', '𝐀', '\t', '—')
    fc.assert(
      fc.property(fc.array(pieces, {minLength: 4, maxLength: 40}), function (parts) {
        const value = parts.join('')
        expect(isGluedTeaser(value)).toBe(teaserReference(value))
      }),
      {seed, numRuns: 3000}
    )
  })

  it('should judge as the scan without a first cue does, on headlines glued to summaries at any pair of characters', function () {
    const word = fc.constantFrom('Troy', 'Élan', 'Жук', 'Mill', '3', 'of', 'party', 'six', 'été', 'жук')
    const last = fc.constantFrom('e', 'é', 'ж', '’', '”', ')', '.', "'", '3', 'E', ' ', '—', '新')
    const capital = fc.constantFrom('A', 'É', 'Ж', '𝐀', 'a', '新')
    const next = fc.constantFrom('p', ' ', 'é', '\u00A0', 'ж', 'P', '.')
    fc.assert(
      fc.property(
        fc.array(word, {minLength: 2, maxLength: 6}),
        last,
        capital,
        next,
        fc.array(word, {minLength: 4, maxLength: 9}),
        function (head, end, start, after, tail) {
          const value = head.join(' ') + end + start + after + tail.join(' ')
          expect(isGluedTeaser(value)).toBe(teaserReference(value))
        }
      ),
      {seed, numRuns: 3000}
    )
  })
})

describe('gluedRuns', function () {
  const card = 'Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying.'

  it('should take runs of three or more, over lines of three words or fewer', function () {
    expect([...gluedRuns([card, 'Weather', card, card, 'A paragraph of the article that is long enough.'])]).toEqual([
      0, 2, 3
    ])
  })

  it('should leave runs of two and lone cards', function () {
    expect(gluedRuns([card, card, 'A paragraph of the article that is long enough.', card]).size).toBe(0)
    expect(gluedRuns([]).size).toBe(0)
  })
})

describe('isGluedMenu', function () {
  it.each([
    'Go to: Guardian Unlimited homeUK newsWorld newsComment is free blogNewsblogSport blogArts & entertainment blogPodcasts',
    '- Any -3D printing5GAcademic partnershipsChatbotAgronomyAir qualityBig dataBiotechnology',
    'TagsAudio1673 news, 299 reviewsMP3 players453 news, 114 reviewsApple838 news, 39 reviewsiPod533 news'
  ])('should see a glued menu in %j', function (value) {
    expect(isGluedMenu(value)).toBe(true)
  })

  it.each([
    // Prose with a brand or two.
    'The company said its new iPhone app would reach YouTube users in the spring, and that McDonald and eBay had signed up.',
    // Code.
    'mockCRM.On("FindAccountByDomain", ctx, "acme.com").Return(&Account{ID: "001"}, nil)',
    // A Xhosa sentence: a prefix glued to a name is one word.
    'Owayesakuba nguMphathiswa wamaShishini oLuntu, uGqirha Malusi Gigaba, akabanjwanga kwiofisi yecandelo leGunyabantu eLynnwood, ePitoli.',
    // Too few seams.
    'Home NewsWorld SportBusiness'
  ])('should not see a glued menu in %j', function (value) {
    expect(isGluedMenu(value)).toBe(false)
  })

  it('should judge as the plain count of seams does, on any mix of cases, digits, marks and scripts', function () {
    const pieces = fc.constantFrom('home', 'UK', 'news', 'World', 'a', 'B', '5G', 'x1', '.', '!', ')', ', ', ' ', '{', 'ä', 'Ö', 'Ж', 'ж', '新', '𝐀', 'é3')
    fc.assert(
      fc.property(fc.array(pieces, {minLength: 10, maxLength: 40}), function (parts) {
        const value = parts.join('')
        expect(isGluedMenu(value)).toBe(reference(value))
      }),
      {seed, numRuns: 3000}
    )
  })
})

/**
 * `isGluedMenu()` as first written: every test on every line, seams counted
 * with the pattern.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is a glued menu.
 */
function reference(value: string): boolean {
  if (value.length < 40 || /[{}=;"]|\w\(/u.test(value) || (/[.!?]["”’)]?$/u.test(value) && value.includes(', '))) return false
  const seams = value.match(/[\p{Ll}\d.!?)][\p{Lu}]|\p{Ll}\d/gu)?.length ?? 0
  if (seams < 6) return false
  return wordCount(value, Number.POSITIVE_INFINITY) + seams <= 4 * (seams + 1)
}

/**
 * `isGluedTeaser()` as first written: every line scanned for a seam.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is a glued teaser.
 */
function teaserReference(value: string): boolean {
  if (value.length > 500) return false
  const text = value.trim()
  for (let at = seamIn(text, 1); at > 0; at = seamIn(text, at + 1)) {
    const head = text.slice(0, at).split(/\s+/)
    if (head.length < 3 || wordCount(text.slice(at), 6) < 6) continue
    let capitalised = 0
    for (const word of head) if (/^[\p{Lu}\d'‘"“$]/u.test(word)) capitalised++
    if (capitalised / head.length >= 0.6) return true
  }

  return false
}

/**
 * Where a headline runs into its summary, as first written: a lower-case
 * letter, digit or closing mark, a capital, then a lower-case letter or
 * white space.
 *
 * @param text
 *   Line.
 * @param from
 *   Index to start at.
 * @returns
 *   Index of the capital, or `-1`.
 */
function seamIn(text: string, from: number): number {
  for (let index = from; index < text.length - 1; index++) {
    const character = text.charAt(index)
    const upper = /[A-Z]/.test(character) || (character.charCodeAt(0) >= 128 && /\p{Lu}/u.test(character))
    if (!upper) continue
    const before = text.charAt(index - 1)
    const after = text.charAt(index + 1)
    const beforeOk =
      before.charCodeAt(0) < 128 ? /[a-z\d?!.'’”)]/.test(before) : "?!.’'”)".includes(before) || /\p{Ll}/u.test(before)
    const afterOk = after.charCodeAt(0) < 128 ? /[a-z ]/.test(after) : /\p{Ll}/u.test(after) || /\s/.test(after)
    if (beforeOk && afterOk) return index
  }

  return -1
}
