import {clean} from '../src/index.js'
import {normalise, seeds} from './util/seeds.js'

describe('seed articles (acceptance)', function () {
  const all = seeds()

  it('should have the five seeds', function () {
    expect(all.length).toBe(5)
  })

  describe.each(all.map((seed) => [seed.name, seed] as const))('%s', function (_, seed) {
    const result = clean(seed.input)

    it('should give the gold text', function () {
      expect(normalise(result.text)).toBe(normalise(seed.gold))
    })

    it('should put every labelled item inside a stripped item of its category', function () {
      for (const item of seed.stripped) {
        const start = item.offset
        const end = item.offset + item.text.length
        expect(seed.input.slice(start, end)).toBe(item.text)
        const holder = result.stripped.find(
          (s) => s.place.start.offset <= start && s.place.end.offset >= end
        )
        expect({item: item.text, category: holder?.category}).toEqual({
          item: item.text,
          category: item.category
        })
      }
    })

    it('should strip only labelled items of the same category (and white space between them)', function () {
      for (const s of result.stripped) {
        let rest = s.actual
        for (const item of seed.stripped) {
          const start = item.offset - s.place.start.offset
          if (start >= 0 && item.offset + item.text.length <= s.place.end.offset) {
            expect({text: item.text, category: s.category}).toEqual({text: item.text, category: item.category})
            rest = rest.slice(0, start) + ' '.repeat(item.text.length) + rest.slice(start + item.text.length)
          }
        }

        expect({actual: s.actual, unlabelled: rest.trim()}).toEqual({actual: s.actual, unlabelled: ''})
      }
    })
  })
})
