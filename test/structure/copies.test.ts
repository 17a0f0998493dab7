import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import deboilerLines from '../../src/lines.js'
import {rules} from '../../src/preset.js'
import {locatorInput} from '../../src/rules/chrome.js'
import {dropCopies, dropMenuCopies} from '../../src/structure/copies.js'
import {locatePage} from '../../src/structure/locate.js'
import {fittedModel} from '../../src/structure/model.js'
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

describe('dropMenuCopies', function () {
  const menu = ['Coffee', 'Subscribe & Save', 'Light Roast', 'Medium Roast', 'Dark Roast', 'Gifts Under $50']
  const item = 'Valhalla Java Odinforce Blend, a dark roast with notes of cocoa, is back in stock.'

  it('should drop the kept lines of a run of six short lines printed twice', function () {
    const {lines, verdicts} = page([
      ...menu.map((value): [string, boolean] => [value, true]),
      [item, true],
      ...menu.map((value): [string, boolean] => [value, true]),
      ['Help & FAQs', true]
    ])
    dropMenuCopies(lines, verdicts)
    expect(verdicts.map((verdict) => verdict.keep)).toEqual([...menu.map(() => false), true, ...menu.map(() => false), true])
    expect(verdicts[0]).toMatchObject({keep: false, category: 'chrome', ruleId: 'chrome-menu'})
    expect(verdicts[0]!.reason).toBe('Unexpected menu printed twice `Coffee`')
  })

  it('should count lines other rules took in a run, and leave them to those rules', function () {
    const rows: Array<[string, boolean, string?]> = [
      ...menu.map((value): [string, boolean] => [value, true]),
      [item, true],
      ...menu.map((value): [string, boolean] => [value, true])
    ]
    rows[9] = [menu[2]!, false, 'navigation-menu']
    const {lines, verdicts} = page(rows)
    dropMenuCopies(lines, verdicts)
    expect(verdicts[2]!.keep).toBe(false)
    expect(verdicts[9]).toEqual({keep: false, score: 0.2, category: 'chrome', ruleId: 'chrome-menu'})
  })

  it('should keep a run of five, a run printed once, and a run that breaks', function () {
    const five = page([
      ...menu.slice(0, 5).map((value): [string, boolean] => [value, true]),
      [item, true],
      ...menu.slice(0, 5).map((value): [string, boolean] => [value, true])
    ])
    dropMenuCopies(five.lines, five.verdicts)
    expect(five.verdicts.every((verdict) => verdict.keep)).toBe(true)

    const broken = page([
      ...menu.map((value): [string, boolean] => [value, true]),
      [item, true],
      ...menu.slice(0, 3).map((value): [string, boolean] => [value, true]),
      [item, true],
      ...menu.slice(3).map((value): [string, boolean] => [value, true])
    ])
    dropMenuCopies(broken.lines, broken.verdicts)
    expect(broken.verdicts.every((verdict) => verdict.keep)).toBe(true)
  })

  it('should keep content printed twice: prices, steps, code, sentences, long lines', function () {
    for (const run of [
      ['Starter: $5,000 per month', 'Pro: $10,000 per month', 'Elite: $15,000 per month', 'Custom: Contact us', 'Setup fee', 'No contract'],
      ['- name: Create a login user', 'user:', 'name: deploy', 'shell: /bin/bash', 'state: present', 'become: true'],
      ['Drink it cold.', 'Add the oats.', 'Stir well.', 'Wait ten minutes.', 'Serve with fruit.', 'Enjoy.'],
      ['Blend the berries with the yoghurt and the oats', 'Coffee', 'Subscribe & Save', 'Light Roast', 'Medium Roast', 'Dark Roast']
    ]) {
      const {lines, verdicts} = page([
        ...run.map((value): [string, boolean] => [value, true]),
        [item, true],
        ...run.map((value): [string, boolean] => [value, true])
      ])
      dropMenuCopies(lines, verdicts)
      expect(verdicts.every((verdict) => verdict.keep)).toBe(true)
    }
  })
})

describe('dropMenuCopies and a category switched off', function () {
  it('should keep the lines a category switched off would have stripped', function () {
    const menu = ['Coffee', 'Subscribe & Save', 'Light Roast', 'Medium Roast', 'Dark Roast', 'Gifts Under $50']
    const rows = [...menu, 'Valhalla Java Odinforce Blend, a dark roast with notes of cocoa, is back in stock.', ...menu]
    const lines = rows.map((value, index) => ({value, keptFor: index === 8 ? 'navigation-menu' : undefined}))
    const verdicts = rows.map(() => ({keep: true, score: 0.6}))
    dropMenuCopies(lines, verdicts)
    expect(verdicts.map((verdict) => verdict.keep)).toEqual([...menu.map(() => false), true, false, true, false, false, false, false])
  })
})

describe('the gate of `dropMenuCopies` in the locator', function () {
  // A manual whose contents come above its text and again in a side bar at
  // its foot; the locator's verdicts, before the chrome rule keeps the
  // items of such a page (`keepItems`), show what the gate does.
  const contents = ['Creating a queue', 'Adding jobs', 'Retrying failed jobs', 'Rate limits', 'Graceful shutdown', 'Metrics and events']
  const body = [
    'Creating a queue', '', 'Install the package with npm, then create a queue with a name:', '', '$ npm install fastqueue', "const queue = new Queue('mail')", '',
    'Adding jobs', '', 'Add a job with a name and its data:', '', "await queue.add('welcome', {to: 'ada@example.com'})", '',
    'Parameters', '', 'name: the name of the job, a string.', 'data: what the worker needs, any JSON value.', '', 'Returns', '',
    'A job, which emits events as it runs.', '',
    'Retrying failed jobs', '', 'Set attempts in the options of a job; a failed job runs again after its backoff:', '',
    "await queue.add('resize', {file}, {attempts: 3, backoff: 1000})", '',
    'Rate limits', '', 'limiter: at most max jobs in duration milliseconds (default none).', '',
    'Graceful shutdown', '', 'Call close() on a worker: it finishes its running jobs and takes no new ones.', '', 'await worker.close()', '',
    'Metrics and events', '', 'A worker emits completed and failed with the job; count them for your dashboard.'
  ]
  const value = [
    'FastQueue runs background jobs in Node.js on Redis, with retries, rate limits and a graceful shutdown for your workers.',
    '', 'Contents', '', ...contents, '', ...body, '', 'On this page', '', ...contents, ''
  ].join('\n')

  it('should leave the contents a documentation page prints twice to the other steps', function () {
    const file = new VFile(value)
    const named = unified().use(deboilerLines).use(Object.values(rules).filter((rule) => rule.meta.category !== 'chrome'))
    const tree = named.runSync(named.parse(file), file) as Root
    const input = locatorInput(tree, file)!
    const {verdicts, kind} = locatePage(input.lines, {opening: input.opening, closing: input.closing}, fittedModel())
    expect(kind.kind).toBe('documentation')
    const twice = verdicts.filter((verdict) => verdict.reason?.startsWith('Unexpected menu printed twice'))
    expect(twice).toEqual([])
    // The second copy, at the foot, is kept by the cut itself.
    const foot = input.lines.length - contents.length
    expect(verdicts.slice(foot).map((verdict) => verdict.keep)).toEqual(contents.map(() => true))
  })
})
