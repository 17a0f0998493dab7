import {deboilerTags} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerTags', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerTags, 'Para one.\nTags: Syria, ISIS\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected tag list `Tags: Syria, ISIS`',
      ruleId: 'tags-list',
      source: 'deboiler',
      category: 'tags',
      actual: 'Tags: Syria, ISIS',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#tags',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 18, offset: 27}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Filed under: Politics',
    'Filed Under: Economy, Education, Health Care Reform, Jobs',
    'Topics: Climate change, Energy',
    'Categories: News, World',
    'Category: Gardening, Raising Your Own Food',
    'Posted in Uncategorized',
    'Posted in Home Safety',
    'Tagged: Altra, Brooks, Hoka, La Sportiva, trail running shoes',
    'Tags: advent of code computing rust',
    'Tags:lc 500 lexus lc convertible',
    'tags #Local Markets #Nifty #Sensex',
    'Filed under afghanistan , hostages , middle east',
    'Posted in GiveWell Incubation Grants | Permalink | 1 Comment',
    'Tags',
    'Filed under:',
    'Related Tags:',
    // The longest label: `Tagged with`, not `Tagged` and `with Donald Trump`.
    'Tagged with Donald Trump, Melania Trump'
  ] as const

  const ok = [
    'Tags were attached to the birds’ legs.',
    'Tags were attached',
    'Topics include Watershed Ecology, Watershed Change, and Clean Water Act Foundations',
    'Category winners were announced on Friday.',
    'Tag us in your photos',
    'tags = {',
    'Topic Editor: where you write and format content.',
    'Topics',
    'Tagsy loves the park',
    'Tagged with love by our readers'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerTags, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(deboilerTags, ['Talks fail', '', 'The talks failed on Monday.', '', 'Tags', 'Filed under: World, Middle East', ''].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '5:1-5:5: Unexpected tags heading `Tags`',
      '6:1-6:32: Unexpected tag list `Filed under: World, Middle East`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['tags-heading', 'tags-list'])
    expect(String(file.value)).toBe('Talks fail\n\nThe talks failed on Monday.\n')
  })
})
