import {readingTimeStart} from '../../src/util/reading-time.js'

describe('readingTimeStart', function () {
  it.each([
    ['22.04.2024, 06:00 Uhr · Lesezeit: 3 Min.', 21],
    ['06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten', 23],
    ['3 HRS ago 2 mins read', 9],
    ['5 min read', 0],
    ['Temps de lecture : environ 12 minutes', 0]
  ])('should find where the reading time of %j starts (%j)', function (value, start) {
    expect(readingTimeStart(value)).toBe(start)
  })

  it.each(['The talks lasted 5 minutes', '10:42 AM', 'Read more', '', 'x'.repeat(100) + ' 5 min'])(
    'should find none in %j (minutes alone are no reading time)',
    function (value) {
      expect(readingTimeStart(value)).toBe(-1)
    }
  )
})
