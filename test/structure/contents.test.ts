import {dropContents} from '../../src/structure/contents.js'
import type {LineVerdict} from '../../src/structure/verdict.js'
import {page} from '../util/verdicts.js'

const intro = 'Smart homes are cheaper to build than most people think, and a weekend is enough for a first project.'
const prose = 'A door sensor costs a few dollars and takes ten minutes to wire to the board you already have at home.'

/**
 * Which lines are kept.
 *
 * @param verdicts
 *   Verdicts.
 * @returns
 *   Whether each is kept.
 */
function kept(verdicts: ReadonlyArray<LineVerdict>): Array<boolean> {
  return verdicts.map((verdict) => verdict.keep)
}

describe('dropContents', function () {
  it('should drop a table of contents whose entries head the sections further down', function () {
    const {lines, verdicts} = page([
      [intro, true],
      ['Table of Contents', true],
      ['1. Using a Raspberry Pi', true],
      ['2. Arduino Projects', true],
      ['Advertisement', false, 'advert-label'],
      ['3. Conclusion', true],
      ['Using a Raspberry Pi', true],
      [prose, true],
      ['Arduino Projects', true],
      [prose, true],
      ['Conclusion', true],
      [prose, true]
    ])
    dropContents(lines, verdicts)
    expect(kept(verdicts)).toEqual([true, false, false, false, false, false, true, true, true, true, true, true])
    expect(verdicts[1]).toMatchObject({keep: false, category: 'navigation', ruleId: 'navigation-contents', score: 0.6})
    expect(verdicts[3]!.reason).toBe('Unexpected table of contents `2. Arduino Projects`')
  })

  it('should drop one in another language (`Inhaltsverzeichnis`)', function () {
    const {lines, verdicts} = page([
      ['Inhaltsverzeichnis', true],
      ['Warum ein Türsensor?', true],
      ['Was kostet das?', true],
      ['Warum ein Türsensor?', true],
      [prose, true],
      ['Was kostet das?', true],
      [prose, true]
    ])
    dropContents(lines, verdicts)
    expect(kept(verdicts)).toEqual([false, false, false, true, true, true, true])
  })

  it('should keep a section headed `Contents` whose lines are not printed again', function () {
    const {lines, verdicts} = page([
      [intro, true],
      ['Contents', true],
      ['The box holds the board, a sensor and two cables.', true],
      ['A manual in four languages comes with it.', true],
      [prose, true]
    ])
    dropContents(lines, verdicts)
    expect(kept(verdicts)).toEqual([true, true, true, true, true])
  })

  it('should keep a heading with a single entry printed again', function () {
    const {lines, verdicts} = page([
      ['In this article', true],
      ['Using a Raspberry Pi', true],
      [prose, true],
      ['Using a Raspberry Pi', true],
      [prose, true]
    ])
    dropContents(lines, verdicts)
    expect(kept(verdicts)).toEqual([true, true, true, true, true])
  })

  it('should drop the heading of a table with no entry under it, only when a table is all it can head', function () {
    const folded = page([
      [intro, true],
      ['Table of Contents', true],
      ['Share', false, 'share-buttons'],
      [prose, true]
    ])
    dropContents(folded.lines, folded.verdicts)
    expect(kept(folded.verdicts)).toEqual([true, false, false, true])
    expect(folded.verdicts[1]).toMatchObject({category: 'navigation', ruleId: 'navigation-contents'})
    const section = page([
      [intro, true],
      ['Contents', true],
      [prose, true]
    ])
    dropContents(section.lines, section.verdicts)
    expect(kept(section.verdicts)).toEqual([true, true, true])
  })

  it('should keep a heading that a category switched off would have stripped', function () {
    const {lines, verdicts} = page([
      [intro, true],
      ['Table of Contents', true],
      [prose, true]
    ])
    const off = lines.map((line, index) => (index === 1 ? {...line, keptFor: 'related'} : line))
    dropContents(off, verdicts)
    expect(kept(verdicts)).toEqual([true, true, true])
  })
})
