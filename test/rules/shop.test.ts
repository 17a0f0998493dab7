import {clean, deboilerShop} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

/**
 * The description of a made-up product page, long enough for the locator to
 * find its main content.
 */
const description = [
  'Nörd Zero is the sandal of those who design their destiny. Its five millimetre Vibram sole lets your feet move as they would barefoot, and the elastic cord holds them without rubbing.',
  'Handmade by artisans in Spain and Italy from recycled rubber and organic cotton laces, each pair is checked by hand before it leaves the workshop.',
  'The sole is glued and stitched, and a new one can be fitted by any cobbler when the old one wears through after a few years of walking.',
  'Sizes run from 35 to 47. If you are between two sizes, take the smaller one: the cord stretches a little in the first weeks of wear.',
  'Wash the laces by hand in cold water and let the sandals dry in the shade, away from a radiator, so that the rubber does not crack.'
]

describe('deboilerShop', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerShop, 'Para one.\nAdd to cart\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected shop buttons `Add to cart`',
      ruleId: 'shop-buttons',
      source: 'deboiler',
      category: 'shop',
      actual: 'Add to cart',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#shop',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 12, offset: 21}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    ['Add to cart', 'shop-buttons'],
    ['$115 Add to cart', 'shop-buttons'],
    ['Add to cart>', 'shop-buttons'],
    ['Add to Wish List', 'shop-buttons'],
    ['Add to Compare', 'shop-buttons'],
    ['Buy Now Add to Wish List', 'shop-buttons'],
    ['Out of stock', 'shop-buttons'],
    ['Choose an option', 'shop-buttons'],
    ['Qty 1 Compare', 'shop-buttons'],
    ['View Cart 0', 'shop-buttons'],
    ['In den Warenkorb', 'shop-buttons'],
    ['Ajouter au panier', 'shop-buttons'],
    ['Añadir al carrito', 'shop-buttons'],
    ['カートに入れる', 'shop-buttons'],
    ['5.0 out of 5 stars', 'shop-rating'],
    ['Rated 4.76 out of 5 based on 29 customer ratings', 'shop-rating'],
    ['(4.7) of 64 reviews', 'shop-rating'],
    ['4.7 (17 reviews)', 'shop-rating'],
    ['(123 reviews)', 'shop-rating'],
    ['Based on 4567 reviews', 'shop-rating'],
    ['Reviews (29)', 'shop-rating'],
    ['4.8/5 (1,204 reviews)', 'shop-rating'],
    ['Low in stock, only 6 left', 'shop-stock'],
    ['Only 3 left in stock', 'shop-stock'],
    ['Free shipping', 'shop-shipping'],
    ['Free shipping on orders over $50', 'shop-shipping'],
    ['Free Returns & Free shipping on orders $50+', 'shop-shipping'],
    ['Free shipping from 100€*', 'shop-shipping'],
    ['FREE GROUND SHIPPING ON ALL ORDERS', 'shop-shipping'],
    ['SKU: CAR714', 'shop-notice'],
    ['“Nörd Zero” has been added to your cart.', 'shop-notice'],
    ['Write a review', 'shop-notice'],
    ['Customers who bought this item also bought', 'shop-notice'],
    ['Your cart is empty', 'shop-notice'],
    ['Showing 24 of 133 results', 'shop-notice'],
    ['133 items', 'shop-notice'],
    ['Best seller', 'shop-buttons'],
    ['Sort and Filter', 'shop-buttons']
  ] as const

  // Article and product text with the same words.
  const ok = [
    'Reviews',
    'Specifications',
    '$115',
    '4/5',
    'Free shipping is one reason we chose them.',
    'The shop ran out of stock of face masks in March.',
    'Add to cart only what you need, the guide says.',
    'Customers also bought more bread during the storm.',
    'The film has 123 reviews on the site, most of them glowing.',
    'Buy now, pay later schemes face new rules.',
    'Compare',
    'Buy now!',
    'The survey drew 133 responses from readers.',
    'Best seller lists are a poor guide to quality.',
    '12 notes',
    '3 comentários'
  ] as const

  it.each(notOk)('should strip %j as %s', function (line, ruleId) {
    const file = run(deboilerShop, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([[ruleId, line]])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerShop, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should keep an attribute every item of a listing has', function () {
    const items = ['Blue mug', 'Green mug', 'Red mug', 'White mug', 'Black mug'].flatMap((name) => [
      name,
      '$24',
      'Free international shipping',
      'Add to cart'
    ])
    const file = run(deboilerShop, ['Mugs', ...items, ''].join('\n'))
    expect(new Set(file.messages.map((message) => message.ruleId))).toEqual(new Set(['shop-buttons']))
    expect(String(file.value).split('Free international shipping').length - 1).toBe(5)
  })

  it('should clean a short product page, keeping its description', function () {
    const input = [
      'Minimalist Sandals Nörd Zero',
      '4.5 out of 5 stars',
      '(29 reviews)',
      '$85.00',
      'Nörd Zero is the sandal of those who design their destiny. Its five millimetre Vibram sole lets your feet move as they would barefoot, and the elastic cord holds them without rubbing.',
      'Handmade by artisans in Spain and Italy from recycled rubber and organic cotton laces.',
      'Choose an option',
      'Add to cart',
      'In stock',
      'Free shipping on orders over $100',
      'SKU: zero',
      'Customers also bought',
      ''
    ].join('\n')
    const result = clean(input)
    const shop = result.stripped.filter((item) => item.category === 'shop')
    expect(shop.map((item) => item.ruleId)).toEqual([
      'shop-rating',
      'shop-rating',
      'shop-buttons',
      'shop-buttons',
      'shop-buttons',
      'shop-shipping',
      'shop-notice',
      'shop-notice'
    ])
    expect(result.text).toContain('Nörd Zero is the sandal of those who design their destiny.')
    expect(result.text).toContain('Handmade by artisans in Spain and Italy')
    expect(clean(input, {rules: {shop: false}}).text).toContain('Add to cart')
  })
  it.each([
    ['en', 'Customer Reviews'],
    ['de', 'Kundenbewertungen'],
    ['fr', 'Avis clients'],
    ['es', 'Opiniones de clientes']
  ])('should end a product page at its reviews heading (%s)', function (_, heading) {
    const reviews = [
      'Anna K.',
      'I wear them every day in summer and they still look new after two seasons of walking on the beach and in town.',
      'Mark T.',
      'Light and comfortable, though the cord took a week to get used to before it stopped rubbing at the heel.'
    ]
    const result = clean(['Minimalist Sandals Nörd Zero', '$85.00', ...description, heading, ...reviews, ''].join('\n'))
    for (const line of description) expect(result.text).toContain(line)
    for (const line of reviews) expect(result.text).not.toContain(line)
    expect(result.stripped.find((item) => item.actual === heading)).toMatchObject({category: 'comments', ruleId: 'comments-heading'})
  })
  it.each([
    ['en', 'Related products'],
    ['de', 'Kunden kauften auch'],
    ['es', 'Productos relacionados']
  ])('should end a product page at a cross-selling heading (%s)', function (_, heading) {
    const others = ['Minimalist Sandals Nörd One', '$79.00', 'Barefoot Shoes Nörd Trail', '$119.00']
    const result = clean(['Minimalist Sandals Nörd Zero', '$85.00', ...description, heading, ...others, ''].join('\n'))
    for (const line of description) expect(result.text).toContain(line)
    for (const line of others) expect(result.text).not.toContain(line)
    expect(result.stripped.find((item) => item.actual === heading)).toMatchObject({category: 'shop', ruleId: 'shop-notice'})
    expect(result.stripped.find((item) => item.actual === 'Barefoot Shoes Nörd Trail')).toMatchObject({category: 'related', ruleId: 'related-tail'})
  })
})
