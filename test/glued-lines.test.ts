import {clean} from '../src/index.js'
import {gluedPieces, seamCue} from '../src/util/lines.js'
import {expectContract} from './util/contract.js'

/**
 * The pieces `gluedPieces` cuts a whole text into.
 */
function pieces(value: string, strict = true): Array<string> {
  const offsets = gluedPieces(value, 0, value.length, strict)
  const result: Array<string> = []
  for (let index = 0; index < offsets.length; index += 2) result.push(value.slice(offsets[index], offsets[index + 1]))
  return result
}

/**
 * A number in letters (`aa`, `ab`, … `zz`, `baa`…).
 */
function letters(value: number): string {
  let result = ''
  let rest = value
  do {
    result = String.fromCharCode(97 + (rest % 26)) + result
    rest = Math.floor(rest / 26)
  } while (rest > 0 || result.length < 2)
  return result
}

const body = [
  'The town council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had been worn down by years of floods.',
  'Residents who live on the east bank said they were worried about the longer drive to the school and the market, and several of them asked the council to pay for a shuttle bus.',
  'The mayor said that the town would look at the cost of a bus over the summer, and that a new bridge could be built within four years if the region agreed to share the bill.',
  'Work on the piers will start in April, and the footpath on the north side of the bridge will stay open for people on foot and on bikes while the repairs are being done.'
]

// A page as cheerio’s `.text()` gives it: no break between blocks.
const glued =
  'Skip to main contentHomeNewsSportBusinessTechnologyHealthCultureTravelEarth  Search    Bridge to close for repairs next spring' +
  body.join('') +
  'Related storiesNew school opens in the old millFarmers market moves to the squareShare this storyFacebookTwitterEmail© 2024 Town News. All rights reserved.PrivacyTermsContact us'

describe('gluedPieces', function () {
  it('should look for seams in every line with an upper-case letter after two lower-case ones', function () {
    // `seamCue` tells which lines to scan: its letters must hold every
    // letter of the two cases of the scan (`\p{Ll}`, `\p{Lu}`).
    const missed: Array<string> = []
    for (let code = 0x80; code <= 0xff_ff; code++) {
      if (code >= 0xd8_00 && code <= 0xdf_ff) continue
      const character = String.fromCharCode(code)
      if (/\p{Ll}/u.test(character)) {
        for (const probe of [character + 'aAa', 'a' + character + 'Aa', 'aaA' + character, character + '.Aa']) {
          if (!seamCue.test(probe)) missed.push(probe)
        }
      }

      if (/\p{Lu}/u.test(character) && !seamCue.test('aa' + character + 'a')) missed.push('aa' + character + 'a')
    }

    expect(missed).toEqual([])
    expect(seamCue.test('The bridge closes. The river rises, and the town waits for news.')).toBe(false)
    expect(pieces('Ümlaut straße' + 'x'.repeat(400) + 'ñandúÉl país ' + 'y'.repeat(10) + 'siguióÓscar dijo'.repeat(3), false).length).toBeGreaterThan(1)
  })

  it('should cut a glued menu at its seams and its runs of white space', function () {
    expect(pieces(glued).slice(0, 12)).toEqual([
      'Skip to main content',
      'Home',
      'News',
      'Sport',
      'Business',
      'Technology',
      'Health',
      'Culture',
      'Travel',
      'Earth',
      'Search',
      'Bridge to close for repairs next spring'
    ])
  })

  it('should cut paragraphs glued at a sentence mark, and keep the sentences of one whole', function () {
    const cut = pieces(glued)
    for (const sentence of body) expect(cut).toContain(sentence)
  })

  it('should leave prose with names in camel case as it is', function () {
    const prose =
      'She posted the clip on YouTube and LinkedIn, then wrote about it on her iPhone while waiting at the station. ' +
      body.join(' ') +
      ' GuideStar, GuideStar and GuideStar again: the same name printed many times is one word, not a seam of glued blocks.'
    expect(pieces(prose)).toEqual([prose])
  })

  it('should leave a list of links with bars between as it is', function () {
    const list = Array.from({length: 12}, (_, index) => 'RadPath Atlas ' + index + ' - ChestX-Ray CTisUs').join(' | ')
    expect(pieces(list)).toEqual([list])
  })

  it('should not cut inside a link', function () {
    const links = Array.from({length: 8}, (_, index) => 'https://example.com/LegacyHome' + index + 'PageView?QueryString=SomeValue').join(' ')
    expect(pieces(links)).toEqual([links])
  })

  it('should cut a long glued line without a single space', function () {
    // `Itemaa`, `Itemab`…: 20,000 different items glued, no space.
    const items = Array.from({length: 20_000}, (_, index) => 'Item' + letters(index))
    const cut = pieces(items.join(''))
    expect(cut).toEqual(items)
  })

  it('should leave a short or a plain line alone unless the page is glued', function () {
    expect(pieces('HomeNewsSport')).toEqual(['HomeNewsSport'])
    expect(pieces('Read the storyThen comment', false)).toEqual(['Read the story', 'Then comment'])
    expect(pieces('A plain line of prose, with no seam at all.', false)).toEqual(['A plain line of prose, with no seam at all.'])
  })
})

describe('clean() of glued text', function () {
  it('should strip the menu, the related links, the share prompt and the footer of a glued page, and keep the article', function () {
    const result = clean(glued)
    expectContract(glued, result)
    expect(result.text).toContain('Bridge to close for repairs next spring')
    // Kept pieces come out as the source glued them.
    expect(result.text).toContain(body.join(''))
    for (const debris of ['Technology', 'Related stories', 'Farmers market', 'Share this story', 'All rights reserved', 'Contact us']) {
      expect(result.text).not.toContain(debris)
    }

    const categories = new Map(result.stripped.map((item) => [item.actual, item.category]))
    expect(categories.get('Related stories')).toBe('related')
    expect(categories.get('Share this story')).toBe('share')
    expect(categories.get('Technology')).toBe('navigation')
  })

  it('should leave Markdown uncut', function () {
    const markdown = '# Bridge to close\n\n' + body.join(' ') + ' The [ReadMore](https://example.com/a) link and *   **BoldItem** stay.\n\n*   [Home](/)\n*   [News](/news)\n'
    const result = clean(markdown)
    expect(result.format.markup).toBe('markdown')
    expect(result.text).toContain(body.join(' '))
  })
})
