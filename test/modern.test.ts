import {clean} from '../src/index.js'
import {seeds} from './util/seeds.js'

/**
 * A news story of six paragraphs, in the shape a modern news site prints it.
 */
const paragraphs = [
  'Canada’s jobless rate fell to 6.6 per cent in May as 88,000 positions were added to the economy, the first large gain in employment since the autumn, according to the labour force survey released on Friday.',
  'Economists had expected a modest gain at best, and several of them said the report should ease worries at the central bank about a slowdown in hiring through the summer months.',
  'The gains were spread across construction, health care and retail, while manufacturing lost a few thousand positions for the third month in a row as exporters waited for clarity on trade.',
  'Wage growth slowed to 3.1 per cent from a year earlier, which one economist said gives the bank room to hold its rate steady at the next meeting rather than raise it again.',
  'Youth employment, which had lagged for most of the year, rose sharply as students found summer jobs earlier than usual, though the rate for young men remains well above its level before the pandemic.',
  'The bank will publish its next decision in two weeks, and markets now put the chance of a cut this year at less than one in three, down from almost even odds at the start of the month.'
]

/**
 * The last three paragraphs, a blank line between each.
 */
const lastThree = paragraphs.slice(3).flatMap((paragraph, index) => (index > 0 ? ['', paragraph] : [paragraph]))

describe('modern news pages', function () {
  it('should not end the article at a newsletter box in its middle', function () {
    const page = [
      'Economy',
      '',
      'Jobs report ends the recession debate, economists say',
      '',
      paragraphs[0],
      '',
      paragraphs[1],
      '',
      paragraphs[2],
      '',
      'Top Stories',
      '',
      'Get the latest headlines, breaking news and columns.',
      '',
      'Sign Up',
      '',
      'By signing up you consent to receive the above newsletter from Postmedia Network Inc.',
      '',
      ...lastThree
    ].join('\n')
    const result = clean(page)
    for (const paragraph of paragraphs) expect(result.text).toContain(paragraph)
    expect(result.text).not.toContain('Sign Up')
  })

  // A box heading between two halves of a story, each a string of short
  // sections: the box’s teasers and their section labels (`Economy`) are
  // taken by the related rule, and lines other rules took do not count
  // towards how far the article’s prose comes back after the heading.
  it('should not end the article at a `Trending` box between its sections', function () {
    const sections = [
      ['‘Ends the recession debate’: CPA Canada', paragraphs[2]!, paragraphs[3]!],
      ['‘Room to hold steady’: TD Economics', paragraphs[4]!, paragraphs[5]!],
      ['‘Cautiously optimistic’: RBC Economics', paragraphs[1]!.replace('Economists', 'Analysts'), paragraphs[0]!.replace('Canada’s', 'The')]
    ]
    const page = [
      paragraphs[0],
      paragraphs[1],
      'Trending',
      'Ottawa’s budget watchdog predicts a rate hike in 2027',
      'Economy',
      'Trade talks to miss the July renewal date',
      'Economy',
      'Advertisement 2',
      ...sections.flat()
    ].join('\n\n')
    const result = clean(page)
    for (const line of sections.flat()) expect(result.text).toContain(line)
    expect(result.text).not.toContain('Trending')
  })

  it('should strip a paywall above the article as `subscribe`', function () {
    const wall = [
      'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY',
      'SUBSCRIBE TO UNLOCK MORE ARTICLES',
      'REGISTER / SIGN IN TO UNLOCK MORE ARTICLES',
      'Create an account or sign in to continue with your reading experience.',
      'Sign In or Create an Account'
    ]
    const page = [...wall.flatMap((line) => [line, '']), ...paragraphs.flatMap((line) => [line, ''])].join('\n')
    const result = clean(page)
    for (const line of wall) {
      const item = result.stripped.find((found) => found.actual === line)
      expect({line, category: item?.category}).toEqual({line, category: 'subscribe'})
    }

    for (const paragraph of paragraphs) expect(result.text).toContain(paragraph)
  })

  it('should strip `Article content` between paragraphs, and keep every paragraph', function () {
    const page = ['Jobs report ends the recession debate', '', ...paragraphs.flatMap((line) => ['Article content', '', line, ''])].join('\n')
    const result = clean(page)
    expect(result.text).not.toContain('Article content')
    expect(result.stripped.filter((item) => item.actual === 'Article content').map((item) => item.ruleId)).toEqual(
      Array.from({length: paragraphs.length}, () => 'navigation-skip-link')
    )
    for (const paragraph of paragraphs) expect(result.text).toContain(paragraph)
  })

  it('should strip ad placeholders and a video player’s button between paragraphs as named debris', function () {
    const page = [
      paragraphs[0],
      '',
      'Advertisement 1',
      '',
      'Story continues below',
      '',
      'This advertisement has not loaded yet, but your article continues below.',
      '',
      paragraphs[1],
      '',
      paragraphs[2],
      '',
      'We apologize, but this video has failed to load.',
      '',
      'Try refreshing your browser, or',
      'tap here to see other videos from our team.',
      '',
      'Play Video',
      '',
      ...lastThree
    ].join('\n')
    const result = clean(page)
    const category = (line: string) => result.stripped.find((item) => item.actual === line)?.category
    expect(category('Advertisement 1')).toBe('advert')
    expect(category('Story continues below')).toBe('advert')
    expect(category('This advertisement has not loaded yet, but your article continues below.')).toBe('advert')
    expect(category('Play Video')).toBe('navigation')

    for (const paragraph of paragraphs) expect(result.text).toContain(paragraph)
  })
})

describe('page verdict', function () {
  it('should find that every seed reads as an article', function () {
    for (const seed of seeds()) {
      const {page} = clean(seed.input)
      expect({seed: seed.name, article: page.article}).toEqual({seed: seed.name, article: true})
      expect(page.score).toBeGreaterThanOrEqual(0.5)
      expect(page.score).toBeLessThanOrEqual(1)
    }
  })

  it('should find that a product page does not read as an article', function () {
    const page = [
      'Home',
      'Shop',
      'Kitchen',
      'Cookware',
      'Cart (0)',
      '',
      'Cast Iron Skillet, 26 cm',
      '',
      '$39.99',
      '',
      '★★★★☆ 4.6 (1,284 reviews)',
      '',
      'In stock',
      'Free delivery on orders over $50',
      '',
      'Quantity',
      '1',
      'Add to cart',
      'Add to wish list',
      '',
      'Description',
      'Pre-seasoned cast iron skillet with a helper handle.',
      '',
      'Specifications',
      'Diameter: 26 cm',
      'Weight: 2.4 kg',
      'Material: Cast iron',
      'Oven safe: Yes',
      'Dishwasher safe: No',
      'SKU: 10442-26',
      '',
      'Customer reviews',
      'Great pan',
      'Heavy but heats evenly.',
      'Five stars',
      'Works on induction.',
      '',
      'You may also like',
      'Cast Iron Skillet, 20 cm $29.99',
      'Cast Iron Grill Pan $44.99',
      'Enamelled Dutch Oven $89.99',
      'Silicone Handle Holder $7.99',
      '',
      'Customer Service',
      'Shipping',
      'Returns',
      'Contact Us',
      '© 2026 Kitchen Store'
    ].join('\n')
    const {page: verdict} = clean(page)
    expect(verdict.article).toBe(false)
    expect(verdict.score).toBeLessThan(0.5)
  })

  it('should give a score of 0 to a text too short to judge', function () {
    expect(clean('Hello there.').page).toEqual({article: false, score: 0, kind: 'unknown', kinds: {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}})
  })
})
