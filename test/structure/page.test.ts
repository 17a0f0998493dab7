import {template} from '../../src/profile.js'
import {keepOwnLines} from '../../src/structure/page.js'
import type {LineVerdict} from '../../src/structure/verdict.js'

/**
 * Lines and verdicts: `+` kept, `-` dropped by the locator.
 */
function page(rows: Array<[string, '+' | '-']>): {
  lines: Array<{value: string}>
  verdicts: Array<LineVerdict | undefined>
} {
  return {
    lines: rows.map(([value]) => ({value})),
    verdicts: rows.map(([, mark]) => ({keep: mark === '+', score: mark === '+' ? 0.9 : 0.1}))
  }
}

/**
 * Which lines are kept.
 */
function kept(verdicts: Array<LineVerdict | undefined>): Array<number> {
  return verdicts.flatMap((verdict, index) => (verdict?.keep ? [index] : []))
}

const menu = new Set(['Home', 'World', 'Sports'].map(template))

describe('keepOwnLines', function () {
  it('should keep the lines above the article that the site does not repeat', function () {
    const {lines, verdicts} = page([
      ['Home', '-'],
      ['World', '-'],
      ['Council backs new budget after long debate', '-'],
      ['A second look at what the town will pay for', '-'],
      ['The council met on Monday and agreed on most of the plan.', '+'],
      ['More lines of the story follow here, as they do.', '+']
    ])
    keepOwnLines(lines, verdicts, menu)
    expect(kept(verdicts)).toEqual([2, 3, 4, 5])
  })

  it('should stop at the first line the site repeats', function () {
    const {lines, verdicts} = page([
      ['An older headline of this page alone', '-'],
      ['Sports', '-'],
      ['Council backs new budget after long debate', '-'],
      ['The council met on Monday and agreed on most of the plan.', '+']
    ])
    keepOwnLines(lines, verdicts, menu)
    expect(kept(verdicts)).toEqual([2, 3])
  })

  it.each([
    ['a byline with a handle', 'Jane Roe, @janeroe'],
    ['a byline', 'By Jane Roe and John Doe'],
    ['a posting line', 'Posted by Jane Roe on March 2'],
    ['a link', 'See https://example.com/more for more'],
    ['a short line', 'Jane Roe']
  ])('should pass over %s without keeping it', function (_, value) {
    const {lines, verdicts} = page([
      ['Council backs new budget after long debate', '-'],
      [value, '-'],
      ['The council met on Monday and agreed on most of the plan.', '+']
    ])
    keepOwnLines(lines, verdicts, menu)
    expect(kept(verdicts)).toEqual([0, 2])
  })

  it('should look at most 8 lines up', function () {
    const rows: Array<[string, '+' | '-']> = []
    for (let index = 0; index < 10; index++) rows.push(['Line number ' + index + ' of this page alone', '-'])
    rows.push(['The council met on Monday and agreed on most of the plan.', '+'])
    const {lines, verdicts} = page(rows)
    keepOwnLines(lines, verdicts, menu)
    expect(kept(verdicts)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('should do nothing when no line is kept', function () {
    const {lines, verdicts} = page([
      ['Council backs new budget after long debate', '-'],
      ['Home', '-']
    ])
    keepOwnLines(lines, verdicts, menu)
    expect(kept(verdicts)).toEqual([])
  })
})
