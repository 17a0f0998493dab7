import {gluedRuns, isGluedTeaser} from '../../src/util/glued.js'

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
