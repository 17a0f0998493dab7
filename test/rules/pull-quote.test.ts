import {deboilerPullQuote} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerPullQuote', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(
      deboilerPullQuote,
      'The coach said the team had played well, but the season is far from over.\nThe season is far from over\nMore text.\n'
    )
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected pull quote `The season is far from over`',
      ruleId: 'pull-quote-repeat',
      source: 'deboiler',
      category: 'pull-quote',
      actual: 'The season is far from over',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#pull-quote',
      place: {start: {line: 2, column: 1, offset: 74}, end: {line: 2, column: 28, offset: 101}}
    })
    const cause = message.cause as {reason: string; place: unknown; ruleId: string}
    expect({reason: cause.reason, place: cause.place, ruleId: cause.ruleId}).toEqual({
      reason: 'Quoted sentence',
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 74, offset: 73}},
      ruleId: 'pull-quote-repeat'
    })
    expect(String(file.value)).toBe(
      'The coach said the team had played well, but the season is far from over.\nMore text.\n'
    )
  })

  const body = [
    'The mayor said on Monday: “We will not let this city be held hostage by a handful of landlords.”',
    'Residents who lost their homes in the fire are still waiting for the insurance money, she added.',
    'Critics say the new rules came too late and do far too little for tenants.',
    'Engineers found that the bridge had been inspected only twice in the last ten years, a report said.',
    'Asked about the delay, the minister replied that the money was simply never there.'
  ].join('\n')

  const notOk = [
    'We will not let this city be held hostage',
    '“Still waiting for the insurance money”',
    'the new rules came too late and do far too little',
    '‘The bridge had been inspected only twice in the last ten years’',
    '...the money was simply never there'
  ] as const

  const ok = [
    // Sub-headings and names stay.
    'THE BRIDGE HAD BEEN INSPECTED ONLY TWICE',
    'The Bridge Had Been Inspected Only Twice',
    // Too short to be more than a coincidence.
    'Waiting for the insurance money',
    // Words not in that order in one sentence.
    'The mayor will not let the minister off the hook',
    // A sentence of its own.
    'Critics say the new rules came too late.'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerPullQuote, body + '\n' + line + '\nThe end.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerPullQuote, body + '\n' + line + '\nThe end.')).toEqual([])
  })

  it('should keep a line that comes before the sentence it repeats', function () {
    expect(stripped(deboilerPullQuote, 'We will not let this city be held hostage\n' + body)).toEqual([])
  })

  it('should report each pull quote with the sentence it repeats', function () {
    const file = run(
      deboilerPullQuote,
      [
        'HIDDEN CAVES',
        'The fighters dug a network of tunnels under the village, where hundreds of them staged their last stand.',
        'A network of tunnels under the village',
        'Most have been women and children whose existence in the caves was unknown to the army.',
        'Whose existence in the caves was unknown to the army',
        'Whose existence in the caves was unknown to the army',
        ''
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:39: Unexpected pull quote `A network of tunnels under the village`',
      '5:1-5:53: Unexpected pull quote `Whose existence in the caves was unknown to the army`',
      '6:1-6:53: Unexpected pull quote `Whose existence in the caves was unknown to the army`'
    ])
    expect(file.messages.map((message) => (message.cause as {place: {start: {line: number}}}).place.start.line)).toEqual([
      2, 4, 4
    ])
  })
})
