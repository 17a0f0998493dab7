import {analyse} from '../../src/structure/analyse.js'
import {endsInColon, fillHoles} from '../../src/structure/holes.js'
import {fittedModel} from '../../src/structure/model.js'
import type {LineVerdict} from '../../src/structure/verdict.js'

/**
 * Paragraphs of a made-up article (plain, stopword-dense prose).
 */
const body = [
  'The town council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had been worn down by years of floods.',
  'Residents who live on the east bank said they were worried about the longer drive to the school and the market, and several of them asked the council to pay for a shuttle bus.',
  'The mayor said that the town would look at the cost of a bus over the summer, and that a new bridge could be built within four years if the region agreed to share the bill.',
  'Work on the piers will start in April, and the footpath on the north side of the bridge will stay open for people on foot and on bikes while the repairs are being done.'
]

/**
 * Items of a list in the body (the core leaves such a run out when it is
 * long).
 */
const list = [
  'Pier One: New Steel Casing',
  'Pier Two: Concrete Collar And Anchors',
  'East Ramp: Resurfaced Deck Plates',
  'West Ramp: Drainage Channel Replaced'
]

/**
 * A verdict that keeps the line.
 */
const kept: LineVerdict = {keep: true, score: 0.9}

/**
 * A verdict that drops the line, by rule id.
 *
 * @param ruleId
 *   Rule id.
 * @returns
 *   Verdict.
 */
function dropped(ruleId: string): LineVerdict {
  return {keep: false, category: 'chrome', ruleId, score: 0.2, reason: 'Unexpected line'}
}

/**
 * Run `fillHoles` on lines and verdicts, and say which lines are kept.
 *
 * @param values
 *   Line texts.
 * @param verdicts
 *   Verdicts before.
 * @param strippedBy
 *   Rule that took each line, by index (optional).
 * @param joined
 *   Lines that follow the line before without a blank line (default: none).
 * @returns
 *   Whether each line is kept after.
 */
function fill(
  values: Array<string>,
  verdicts: Array<LineVerdict>,
  strippedBy: Record<number, string> = {},
  joined: ReadonlySet<number> = new Set()
): Array<boolean> {
  const lines = values.map((value, index) => ({value, blankBefore: !joined.has(index), strippedBy: strippedBy[index]}))
  const analysis = analyse(lines, 'en', fittedModel(), 0)
  const result = [...verdicts]
  fillHoles(lines, result, analysis)
  return result.map((verdict) => verdict.keep)
}

describe('fillHoles', function () {
  it('should keep a list the core left out between two parts of the body', function () {
    const values = [body[0]!, body[1]!, ...list, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...list.map(() => dropped('chrome-outside-body')), kept, kept]
    expect(fill(values, verdicts)).toEqual(values.map(() => true))
  })

  it('should leave a menu between two parts of the body dropped', function () {
    const values = [body[0]!, body[1]!, ...list, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...list.map(() => dropped('chrome-menu')), kept, kept]
    expect(fill(values, verdicts)).toEqual([true, true, false, false, false, false, true, true])
  })

  it('should leave a stretch dropped when under three in ten of its lines read as body', function () {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Opinion', 'Contact us', 'Archive', 'Jobs']
    const values = [body[0]!, body[1]!, list[0]!, ...menu, body[2]!, body[3]!]
    const verdicts = [kept, kept, dropped('chrome-outside-body'), ...menu.map(() => dropped('chrome-menu')), kept, kept]
    expect(fill(values, verdicts).slice(2, 11)).toEqual(values.slice(2, 11).map(() => false))
  })

  it('should leave a stretch dropped when a side holds under a tenth of the kept words', function () {
    const values = [...body, ...list, 'Read our full guide to the bridge works']
    const verdicts = [kept, kept, kept, kept, ...list.map(() => dropped('chrome-outside-body')), kept]
    expect(fill(values, verdicts).slice(4, 8)).toEqual([false, false, false, false])
  })

  it('should keep the list a line ending in a colon announces, before however little kept text', function () {
    const intro = 'Below is the list of the works that the council has ordered for the bridge:'
    const note = 'Costs are estimates.'
    const values = [...body, intro, ...list, note]
    const verdicts = [kept, kept, kept, kept, kept, ...list.map(() => dropped('chrome-outside-body')), kept]
    expect(fill(values, verdicts)).toEqual(values.map(() => true))
    // Without the colon, a side under a tenth of the kept words leaves the
    // stretch dropped.
    const plain = [...body, intro.replace(/:$/, '.'), ...list, note]
    expect(fill(plain, verdicts).slice(5, 9)).toEqual([false, false, false, false])
    // Nor does a line of code.
    const code = [...body, 'for work in works:', ...list, note]
    expect(fill(code, verdicts).slice(5, 9)).toEqual([false, false, false, false])
  })

  it('should keep the list a line ending in a colon announces down to the footer, with nothing kept after it', function () {
    const intro = 'Below is the list of the works that the council has ordered for the bridge:'
    const footer = 'Copyright 2024 River Times. All rights reserved.'
    const values = [...body, intro, ...list, footer]
    const verdicts = [kept, kept, kept, kept, kept, ...list.map(() => dropped('chrome-outside-body')), dropped('chrome-line')]
    // Down to a line a named rule took, or to the end of the page.
    expect(fill(values, verdicts, {9: 'copyright-reserved'})).toEqual([...values.slice(0, -1).map(() => true), false])
    expect(fill(values.slice(0, -1), verdicts.slice(0, -1))).toEqual(values.slice(0, -1).map(() => true))
    // A list that runs into a menu of the locator's is a teaser list.
    const menu = [...verdicts.slice(0, -1), dropped('chrome-menu')]
    expect(fill([...values.slice(0, -1), 'Home'], menu).slice(5, 10)).toEqual([false, false, false, false, false])
    // Without the colon, nothing is announced.
    const plain = [...body, intro.replace(/:$/, '.'), ...list, footer]
    expect(fill(plain, verdicts, {9: 'copyright-reserved'}).slice(5, 9)).toEqual([false, false, false, false])
  })

  it('should keep the list a line ending in a colon announces when the core kept its first items', function () {
    const intro = 'Below is the list of the works that the council has ordered for the bridge:'
    const values = [...body, intro, ...list]
    const verdicts = [kept, kept, kept, kept, kept, kept, ...list.slice(1).map(() => dropped('chrome-outside-body'))]
    expect(fill(values, verdicts)).toEqual(values.map(() => true))
    // A sentence kept after the intro ends what it announced.
    const said = 'The council said the works would take two years.'
    const after = [...body, intro, said, ...list.slice(1)]
    expect(fill(after, verdicts).slice(6)).toEqual([false, false, false])
  })

  it('should keep a directory of records right after the last kept line, with nothing kept after it', function () {
    const records = [
      ['Access Institute for Psychological Services', '110 Gough St. Suite 301', '(415) 861-5449', 'Fees based on income'],
      ['Christian Counseling Centers', '801 Portola Dr. Suite 108', '(415) 674-7504', 'Psychotherapy'],
      ['Holos Institute', 'Inner Richmond District', '(415) 862-0594', 'Fees based on income'],
      ['Marina Counseling Center', '2137 Lombard St.', '(415) 563-2137', 'Fees based on income']
    ]
    const footer = 'Copyright 2024 River Times. All rights reserved.'
    const fields = records.flat()
    const values = [...body, ...fields, footer]
    // The lines of a record follow each other; a blank line comes before each record.
    const joined = new Set(fields.flatMap((_, index) => (index % 4 === 0 ? [] : [body.length + index])))
    const verdicts = [
      ...body.map(() => kept),
      ...fields.map((_, index) => dropped(index % 3 === 0 ? 'chrome-outside-body' : 'chrome-menu')),
      dropped('chrome-line')
    ]
    expect(fill(values, verdicts, {[values.length - 1]: 'copyright-reserved'}, joined)).toEqual([
      ...values.slice(0, -1).map(() => true),
      false
    ])
    // A field a block (a blank line before each) is a list of short items.
    expect(fill(values, verdicts, {[values.length - 1]: 'copyright-reserved'}).slice(4, -1)).toEqual(fields.map(() => false))
    // Nor is a directory kept that a heading of a rule's opens.
    expect(fill(values, verdicts, {4: 'related-heading'}, joined).slice(4, -1)).toEqual(fields.map(() => false))
  })

  /**
   * A week-by-week plan printed a cell a line under its caption and row of
   * labels: the weeks are numbered, and every Monday is `Rest`.
   */
  function plan(caption: string, first: number): Array<string> {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    const weeks = [0, 1, 2, 3].map((week) => [
      String(first + week),
      'Rest',
      `Run Easy ${20 + week * 5} min`,
      'Optional Cardio 30 min',
      `Walk/Run Easy ${10 + week}x (Walk 2 min/ Run Easy 1 min)`,
      'Rest',
      `Long Run ${3 + week} miles Easy`,
      'Optional Cardio 30 min'
    ])
    return [caption, 'Week', ...days, ...weeks.flat()]
  }

  it('should keep the tables under their labels right after the last kept line, with nothing kept after it', function () {
    const tables = [...plan('Zero to 5K Plan', 1), ...plan('5K to 10K Plan', 1)]
    const footer = ['Marathon Training', 'Add us as a preferred source on Google']
    const values = [...body, ...tables, ...footer]
    const verdicts = [
      ...body.map(() => kept),
      ...tables.map((value, index) => dropped(index < 12 || /^\d+$/.test(value) ? 'chrome-menu' : 'chrome-outside-body')),
      ...footer.map(() => dropped('chrome-outside-body'))
    ]
    const result = fill(values, verdicts)
    expect(result.slice(0, body.length + tables.length)).toEqual(values.slice(0, body.length + tables.length).map(() => true))
    expect(result.slice(body.length + tables.length)).toEqual([false, false])
    // Without its row of labels, such a run is a grid of items (`Rest` in
    // every row), and stays dropped.
    const bare = plan('Zero to 5K Plan', 1).slice(9)
    const unlabelled = fill([...body, ...bare], [...body.map(() => kept), ...bare.map(() => dropped('chrome-outside-body'))])
    expect(unlabelled.slice(body.length)).toEqual(bare.map(() => false))
  })

  it('should leave a numbered list of teasers after the last kept line dropped', function () {
    const teasers = ['1.', 'Ferry service returns after two years', '2.', 'Floods close the old road to the coast', '3.', 'Council backs new shuttle bus', '4.', 'Minister resigns over river bridge plans']
    const values = [...body, ...teasers]
    const joined = new Set(teasers.flatMap((_, index) => (index % 2 === 1 ? [body.length + index] : [])))
    const verdicts = [...body.map(() => kept), ...teasers.map(() => dropped('chrome-menu'))]
    expect(fill(values, verdicts, {}, joined).slice(4)).toEqual(teasers.map(() => false))
  })

  it('should keep a table of figures (dates and values, one a line) between two parts of the body', function () {
    const table = ['Date', 'Change', '1/1/2013', '+13.1%', '2/1/2013', '+12.9%', '3/1/2013', '+11.9%', '4/1/2013', '+12.5%']
    const values = [body[0]!, body[1]!, ...table, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...table.map(() => dropped('chrome-menu')), kept, kept]
    expect(fill(values, verdicts)).toEqual(values.map(() => true))
  })

  it('should leave a table of figures dropped where a rule or a chrome phrase took a line', function () {
    const table = ['1/1/2013', '+13.1%', '2/1/2013', '+12.9%', '3/1/2013', '+11.9%', 'Advertisement', '4/1/2013', '+12.5%']
    const values = [body[0]!, body[1]!, ...table, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...table.map(() => dropped('chrome-menu')), kept, kept]
    const result = fill(values, verdicts, {8: 'advert-label'})
    expect(result.slice(2, 11)).toEqual([true, true, true, true, true, true, false, true, true])
  })

  it('should leave a run of times and headlines (a news rail) dropped', function () {
    const rail = ['19:00', 'Minister resigns over river bridge plans', '18:52', 'Ferry service returns after two years', '15:15', 'Floods close the old road to the coast', '14:00', 'Council backs new shuttle bus for the east bank']
    const values = [body[0]!, body[1]!, ...rail, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...rail.map(() => dropped('chrome-menu')), kept, kept]
    expect(fill(values, verdicts).slice(2, 10)).toEqual(rail.map(() => false))
  })

  it('should keep a table printed a cell a line, its labels too, between two parts of the body', function () {
    const table = [
      ...['Model', 'Layout', 'Price', 'Key feature'],
      ...['Freebird Sixty Kit', '60%', '$160', 'Aluminium case and knob'],
      ...['Freebird Seventy Kit', '75%', '$199', 'Two ways to mount it'],
      ...['Redragon Draconic Board', '60%', '$50', 'Wireless in three modes'],
      ...['Keychron Second Edition', '65%', '$129', 'Gasket mount and knob']
    ]
    const values = [body[0]!, body[1]!, ...table, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...table.map(() => dropped('chrome-menu')), kept, kept]
    expect(fill(values, verdicts)).toEqual(values.map(() => true))
  })

  // Grids of items that have a period and a column of figures, but are no table.
  const grids = [
    [
      'a column of one label (`Add to cart`)',
      [
        ...['Freebird Sixty Full Kit in Blue', '$160', 'Add to cart'],
        ...['Freebird Seventy Full Kit in Grey', '$199', 'Add to cart'],
        ...['Redragon Draconic Board with Wireless', '$50', 'Add to cart'],
        ...['Keychron Second Edition in Black', '$129', 'Add to cart']
      ]
    ],
    [
      'teasers cut short (`Reduce latency in autonomy st...`)',
      [
        ...['ENG-2187', 'Prevent duplicate ride requests on poor...', 'Bug'],
        ...['ENG-2074', 'Clean up deprecated APIs in the...', 'API'],
        ...['ENG-1912', 'Reduce latency in autonomy st...', 'Design'],
        ...['ENG-1951', 'Reduce ETA fluctuations durin...', 'UI']
      ]
    ]
  ] as const

  it.each(grids)('should leave a grid of items with %s dropped', function (_, grid) {
    const values = [body[0]!, body[1]!, ...grid, body[2]!, body[3]!]
    const verdicts = [kept, kept, ...grid.map(() => dropped('chrome-menu')), kept, kept]
    expect(fill(values, verdicts).slice(2, 2 + grid.length)).toEqual(grid.map(() => false))
  })

  it('should leave lines other rules took, and lines under four words, dropped', function () {
    const values = [body[0]!, body[1]!, list[0]!, 'Advertisement', list[1]!, list[2]!, 'Pier Three', body[2]!, body[3]!]
    const verdicts = [kept, kept, ...values.slice(2, 7).map(() => dropped('chrome-outside-body')), kept, kept]
    expect(fill(values, verdicts, {4: 'advert-label'})).toEqual([true, true, true, false, false, true, false, true, true])
  })
})

describe('endsInColon', function () {
  it.each([
    ['Below is the list of players who have been invited:', true],
    ['Die Spieler sind:  \u00A0', true],
    ['参加者は次のとおり：', true],
    ['Mathematical \u{1D49C}:', true],
    ['The score was 3:', false],
    ['A colon: inside', false],
    [':', false],
    ['', false],
    ['Emoji 🙂:', false],
    ['Lone \uDC9C:', false]
  ])('%j → %j', function (value, expected) {
    expect(endsInColon(value)).toBe(expected)
  })
})
