import {dropCopies} from '../../src/structure/copies.js'
import {page} from '../util/verdicts.js'

const blurb = 'In Europe, water is under growing pressure from pollution, drought and floods.'

describe('dropCopies', function () {
  it('should drop a kept line between dropped lines when the cut dropped its other copy', function () {
    // A menu printed twice, a blurb under a section of each copy.
    const {lines, verdicts} = page([
      ['Water Matters', false],
      [blurb, false],
      ['Climate Now', false],
      ['The article starts here, and it goes on for a while about the news of the day.', true],
      ['Water Matters', false],
      [blurb, true],
      ['Climate Now', false]
    ])
    dropCopies(lines, verdicts)
    expect(verdicts[5]).toMatchObject({keep: false, category: 'chrome', ruleId: 'chrome-outside-body'})
    expect(verdicts[5]!.reason).toMatch(/^Unexpected copy of a line outside the article body `In Europe/)
    expect(verdicts[3]).toEqual({keep: true, score: 0.6})
  })

  it('should keep a copy next to kept text, and a copy whose other copy is kept', function () {
    const nextToKept = page([
      [blurb, false],
      ['Water Matters', false],
      [blurb, true],
      ['The article starts here, and it goes on for a while about the news of the day.', true]
    ])
    dropCopies(nextToKept.lines, nextToKept.verdicts)
    expect(nextToKept.verdicts[2]!.keep).toBe(true)

    const bothKept = page([
      [blurb, true],
      ['Water Matters', false],
      [blurb, true],
      ['Climate Now', false]
    ])
    dropCopies(bothKept.lines, bothKept.verdicts)
    expect(bothKept.verdicts.map((verdict) => verdict.keep)).toEqual([true, false, true, false])
  })

  it('should look past lines other rules took for the neighbours', function () {
    // A paragraph between two advert labels, printed again under a paywall.
    const {lines, verdicts} = page([
      ['Anna Berg', true],
      ['Advertisement', false, 'advert-label'],
      [blurb, true],
      ['Advertisement', false, 'advert-label'],
      ['The article goes on here, and it goes on for a while about the news of the day.', true],
      ['Subscribe to read on', false, 'subscribe-paywall'],
      [blurb, false]
    ])
    dropCopies(lines, verdicts)
    expect(verdicts[2]!.keep).toBe(true)
  })

  it('should leave short lines and case alone', function () {
    const {lines, verdicts} = page([
      ['Read more about it', false],
      ['Home', false],
      ['Read more about it', true],
      ['News', false],
      [blurb.toUpperCase(), false],
      ['Sport', false],
      [blurb, true],
      ['Weather', false]
    ])
    dropCopies(lines, verdicts)
    // Four words: not judged. Another case: the same line.
    expect(verdicts[2]!.keep).toBe(true)
    expect(verdicts[6]!.keep).toBe(false)
  })
})
