import {categories, clean, type Category, type CleanResult, type Stripped} from '../src/index.js'
import {rules} from '../src/preset.js'
import {benchSet} from './util/bench.js'
import {seeds} from './util/seeds.js'

/**
 * Whether a strip is the article locator’s (its decisions about the tail and
 * the core, not a named rule’s own evidence): the locator notes the score of
 * every line it strips (`score 0.12`).
 *
 * @param item
 *   Stripped item.
 * @returns
 *   Whether the locator stripped it.
 */
function byLocator(item: {ruleId: string; note?: string | undefined}): boolean {
  return chromeIds.has(item.ruleId) && item.note?.startsWith('score ') === true
}

const chromeIds = new Set<string>(rules.chrome.meta.ruleIds)

/**
 * What switching each category off loses: text the category stripped by
 * default that, with the category off, the locator strips (under any name),
 * or the category itself still strips.
 *
 * @param input
 *   Page.
 * @param only
 *   Categories to switch off, one at a time (default: all).
 * @returns
 *   Problems, as `category: ruleId took “text”`.
 */
function lostWhenOff(input: string, only: ReadonlyArray<Category> = categories): Array<string> {
  const full = clean(input)
  const problems: Array<string> = []
  const found = new Set(full.stripped.map((item) => item.category))

  for (const category of only) {
    if (!found.has(category)) continue
    const off = clean(input, {rules: {[category]: false}})
    const owner = ownerAt(input.length, off)
    for (const item of full.stripped) {
      if (item.category !== category) continue
      for (let offset = item.place.start.offset; offset < item.place.end.offset; offset++) {
        const taker = owner[offset]
        if (taker === undefined || !/[\p{L}\p{N}]/u.test(input[offset] ?? '')) continue
        if (taker.category === category || byLocator(taker)) {
          problems.push(category + ': ' + taker.ruleId + ' took “' + item.actual.slice(0, 60) + '”')
          break
        }
      }
    }
  }

  return problems
}

/**
 * Which stripped item took each character.
 *
 * @param size
 *   Length of the input.
 * @param result
 *   Result.
 * @returns
 *   Item per character (`undefined`: kept).
 */
function ownerAt(size: number, result: CleanResult): Array<Stripped | undefined> {
  const owner: Array<Stripped | undefined> = Array.from({length: size})
  for (const item of result.stripped) {
    for (let offset = item.place.start.offset; offset < item.place.end.offset; offset++) owner[offset] = item
  }

  return owner
}

describe('a category switched off keeps its lines', function () {
  it('should keep `Leave a Reply` and the comments on seed 001 with comments off, under no other name', function () {
    const seed = seeds().find((item) => item.name.startsWith('001'))!
    const off = clean(seed.input, {rules: {comments: false}})
    expect(off.text).toContain('Leave a Reply')
    expect(lostWhenOff(seed.input)).toEqual([])
  })

  it('should keep a share prompt the locator would take for chrome once `share` is off', function () {
    const page = [
      'Home | News | Sport | Weather',
      '',
      'River levels fall after a week of floods',
      '',
      'The river fell by almost a metre overnight, and the council says the roads into the old town should open again by Friday morning.',
      '',
      'Share this story!',
      '',
      'Engineers will inspect the two bridges first; the footbridge, which lost a railing on Tuesday, stays closed until it has been repaired.',
      '',
      'Residents who had to leave their homes can ask the council for help with cleaning costs until the end of the month.'
    ].join('\n')
    expect(clean(page).stripped.find((item) => item.actual === 'Share this story!')?.category).toBe('share')
    expect(clean(page, {rules: {share: false}}).text).toContain('Share this story!')
    expect(lostWhenOff(page)).toEqual([])
  })

  it('should keep the forum and shop lines of the page-type dev set once `forum` or `shop` is off', function () {
    const problems: Array<string> = []
    for (const page of benchSet('pagetypes/dev.jsonl')) {
      for (const problem of lostWhenOff(page.input, ['forum', 'shop'])) problems.push(page.id + ' ' + problem)
    }

    expect(problems).toEqual([])
  })

  it('should keep, on every seed, what each category strips once it is off', function () {
    for (const seed of seeds()) expect({seed: seed.name, lost: lostWhenOff(seed.input)}).toEqual({seed: seed.name, lost: []})
  })

  it('should keep, on every page of the dev set, what each category strips once it is off', function () {
    const problems: Array<string> = []
    for (const page of benchSet('dev/cases.jsonl')) {
      for (const problem of lostWhenOff(page.input)) problems.push(page.id + ' ' + problem)
    }

    expect(problems).toEqual([])
  })
})
