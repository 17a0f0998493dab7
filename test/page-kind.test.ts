import {unified} from 'unified'
import {VFile} from 'vfile'
import {clean} from '../src/index.js'
import deboilerLines from '../src/lines.js'
import {deboilerPreset} from '../src/preset.js'
import deboilerForum from '../src/rules/forum.js'
import {
  checkKinds,
  gentleSpan,
  gentlest,
  kindClasses,
  kindNames,
  kindOf,
  kindVector,
  otherKinds,
  pageKind,
  relax,
  tieMargin,
  type KeptWords,
  type KindModel,
  type KindVerdict
} from '../src/structure/kind.js'
import {lineFeatures} from '../src/structure/features.js'
import {itemRuns, keepItems} from '../src/structure/items.js'
import {dropAroundPosts, threadSpan} from '../src/structure/copies.js'
import {languages, masks} from '../src/structure/language.js'
import type {LineVerdict} from '../src/structure/verdict.js'
import {cleanText} from '../src/util/text.js'
import {benchSet} from './util/bench.js'

/**
 * Pages of each kind, written for these tests.
 */
const pages = {
  forum: [
    ['Home', 'Forums', "What's new", 'Members', 'Hardware', 'Software', 'Networking', 'Storage', 'Log in', 'Register'],
    ['Which NAS for a small office?', 'Thread starter mike_t', 'Start date Jan 12, 2024', 'Replies: 5', 'Views: 1,240'],
    ...post('mike_t', 'Mar 2014', '1,204', 1, 'We are five people and need somewhere to keep shared files and nightly backups of two laptops. I have looked at a few two-bay units but I cannot tell whether the cheaper ones are fast enough over the network.'),
    ...post('sarah_k', 'Jun 2019', '312', 2, 'For five people a two-bay unit is plenty. Put two drives mirrored in it and keep a second copy somewhere else, because a mirror is not a backup if someone deletes the wrong folder.'),
    ...post('dan_r', 'Feb 2011', '4,877', 3, 'Agree with sarah_k. Check that the unit can run the backup software you already use, and look at the power draw if it runs all day.'),
    ...post('mike_t', 'Mar 2014', '1,204', 4, 'Thanks both, ordered a two-bay unit with two 8 TB drives.'),
    ...post('nas_fan', 'Sep 2016', '96', 5, 'Good choice. Set up the snapshots on day one, they have saved me more than once.'),
    ...post('old_timer', 'Jan 2008', '9,310', 6, 'Remember to test a restore now and then.'),
    ['You must log in or register to reply here.'],
    ['Terms and rules', 'Privacy policy', 'Help', '© 2024 Example Forums']
  ],
  documentation: [
    ['Docs', 'Guides', 'API', 'Blog', 'GitHub'],
    ['readFile(path, options)'],
    ['Reads the whole contents of a file and returns it as a string when an encoding is given, or as a buffer otherwise.'],
    ['Parameters'],
    ['| Name | Type | Description |', '| --- | --- | --- |', '| path | string | The file to read. |', '| options | object | The encoding and the flag to open the file with. |'],
    ['Returns'],
    ['A promise that resolves with the contents of the file.'],
    ['Example'],
    ["const text = await readFile('notes.txt', 'utf8')", 'console.log(text)'],
    ['The promise rejects when the file does not exist or cannot be read, so wrap the call in a try block when the file may be missing.'],
    ['Edit this page', 'Previous: open()', 'Next: writeFile()', '© 2024 Example Project']
  ],
  product: [
    ['Shop', 'Kitchen', 'Cookware', 'Bakeware', 'Knives', 'Garden', 'Sale', 'Sign in', 'Cart (0)'],
    ['Cast Iron Skillet, 10 inch'],
    ['$34.99', 'SKU: CI-10-BLK', 'In stock', 'Quantity', 'Add to cart', 'Free shipping on orders over $50'],
    ['Product description'],
    ['Pre-seasoned with vegetable oil and ready to use out of the box. The heavy base holds heat evenly for searing, frying and baking.'],
    ['Customer reviews', 'Write a review'],
    ['You may also like', 'Enamel Dutch Oven $79.99', 'Silicone Handle Holder $7.99'],
    ['Customer Service', 'Shipping', 'Returns', 'Contact Us', '© 2024 Kitchen Store']
  ],
  listing: [
    ['Home', 'News', 'Events', 'About', 'Contact'],
    ['Latest posts'],
    ...item('Spring planting guide', 'March 3, 2024', 'What to sow in March and April, and how deep to plant each seed for a good start.'),
    ...item('Composting in small spaces', 'February 20, 2024', 'A worm bin on a balcony turns kitchen scraps into rich soil within a few months.'),
    ...item('Pruning fruit trees', 'February 2, 2024', 'Late winter is the time to cut back apple and pear trees before the buds open.'),
    ['Page 1 of 12', 'Next page'],
    ['© 2024 Green Thumb Club']
  ],
  service: [
    ['Home', 'Services', 'Drains', 'Heating', 'Bathrooms', 'About', 'Reviews', 'Contact'],
    ['Emergency Plumbing in Springfield'],
    ['Burst pipe or blocked drain? Our licensed plumbers are on call day and night and reach most homes in the city within an hour.'],
    ['What we do', 'Leak detection and repair', 'Drain cleaning', 'Water heater installation'],
    ['Get a free quote', 'Call us today: (555) 123-4567', 'Book an appointment'],
    ['Contact us', '742 Evergreen Terrace, Springfield', 'Phone: (555) 123-4567'],
    ['© 2024 Springfield Plumbing. All rights reserved.']
  ]
} as const satisfies Record<string, Array<ReadonlyArray<string>>>

/**
 * Blocks of a forum post: the poster, the text, the controls.
 */
function post(user: string, joined: string, posts: string, number: number, text: string): Array<Array<string>> {
  return [[user, 'Joined: ' + joined, 'Posts: ' + posts, '#' + number, 'Jan ' + (11 + number) + ', 2024'], [text], ['Like', 'Reply', 'Quote', 'Report']]
}

/**
 * Blocks of a listing item: title, date, blurb, link.
 */
function item(title: string, date: string, blurb: string): Array<Array<string>> {
  return [[title, date, blurb, 'Read more']]
}

/**
 * The text of a page: blocks with a blank line between them.
 */
function text(kind: keyof typeof pages): string {
  return pages[kind].map((block) => block.join('\n')).join('\n\n')
}

/**
 * Lines of a page.
 */
function lines(kind: keyof typeof pages): Array<string> {
  return pages[kind].flat()
}

/**
 * The cue of each kind (its share of lines) in `kindVector`.
 */
const cueOf = {
  forum: kindNames.indexOf('thread line share'),
  documentation: kindNames.indexOf('code line share'),
  product: kindNames.indexOf('shop line share'),
  listing: kindNames.indexOf('date line share'),
  service: kindNames.indexOf('call to action share')
} as const

/**
 * A kind model of the test’s: each kind weighs its own cue, and the level of
 * every kind is `level` from a probability of `threshold`.
 */
function model(level: number, threshold = 0.5): KindModel {
  const weights = Object.fromEntries(
    kindClasses.map((kind) => [kind, kind === 'article' ? {'article score': 10} : {[kindNames[cueOf[kind]]!]: 100}])
  ) as KindModel['weights']
  const steps = Object.fromEntries(otherKinds.map((kind) => [kind, {level, threshold}])) as KindModel['relax']
  return {weights, relax: steps, empty: {words: 40, share: 0.1}}
}

/**
 * Words of a page of 500 words whose balanced cut keeps `kept`.
 */
function keeping(kept: number): KeptWords {
  return {kept, total: 500}
}

describe('kindVector', function () {
  it.each(otherKinds)('should give a %s page the most of its own cue', function (kind) {
    const vector = kindVector(lines(kind), 0.2, [])
    const cue = cueOf[kind]
    expect(vector[cue]).toBeGreaterThan(0)
    for (const other of otherKinds) {
      if (other !== kind) expect(kindVector(lines(other), 0.2, [])[cue]).toBeLessThan(vector[cue]!)
    }
  })

  it('should see prices on a product page and none in a manual', function () {
    const at = kindNames.indexOf('price line share')
    expect(kindVector(lines('product'), 0.2, [])[at]).toBeGreaterThan(0.1)
    expect(kindVector(lines('documentation'), 0.2, [])[at]).toBe(0)
  })

  it('should count the same from the locator’s reading of the lines', function () {
    for (const kind of otherKinds) {
      const values = [...lines(kind), '', '  Price: $12.99  ', 'Two\u00A0words\tand more']
      const read = lineFeatures(
        values.map((value) => ({value, blankBefore: false})),
        masks,
        languages.length
      ).features
      expect(kindVector(values, 0.2, [], read)).toEqual(kindVector(values, 0.2, []))
    }
  })

  it('should see phone numbers on a service page', function () {
    expect(kindVector(lines('service'), 0.2, [])[kindNames.indexOf('phone line share')]).toBeGreaterThan(0)
  })

  it('should count the lines the forum rule and the shop rule took', function () {
    const values = ['Reply Quote Like', 'Joined: Jan 2015', 'Add to cart', 'A post about gears.']
    const takenBy = ['forum-buttons', 'forum-counter', 'shop-buttons', undefined]
    const vector = kindVector(values, 0.2, [], undefined, takenBy)
    expect(vector[kindNames.indexOf('forum rule share')]).toBe(0.5)
    expect(vector[kindNames.indexOf('shop rule share')]).toBe(0.25)
    // Without the rules' verdicts, nothing is counted.
    expect(kindVector(values, 0.2, [])[kindNames.indexOf('forum rule share')]).toBe(0)
  })
})

describe('kindOf', function () {
  it.each(otherKinds)('should call a %s page by its cue when the article verdict doubts it', function (kind) {
    const verdict = kindOf(kindVector(lines(kind), 0.2, []), keeping(300), model(1))
    expect(verdict.kind).toBe(kind)
    expect(verdict.level).toBe(1)
    expect(verdict.kinds.article).toBe(0.2)
    const total = Object.values(verdict.kinds).reduce((sum, value) => sum + value, 0)
    expect(total).toBeCloseTo(1, 1)
  })

  it('should call a page an article when the article verdict does, and cut it as one', function () {
    const verdict = kindOf(kindVector(lines('forum'), 0.5, []), keeping(300), model(2))
    expect(verdict.kind).toBe('article')
    expect(verdict.level).toBe(0)
  })

  it('should not make the cut gentler below the threshold of the kind', function () {
    expect(kindOf(kindVector(lines('forum'), 0.2, []), keeping(300), model(2, 1.01)).level).toBe(0)
  })

  it('should take the gentler cut of two kinds that tie', function () {
    const vector = kindVector(lines('product'), 0.2, [])
    const tied = model(1)
    const weights = {...tied.weights, service: tied.weights.product}
    const relax = {...tied.relax, service: {level: 2, threshold: 0.5}}
    expect(kindOf(vector, keeping(300), {...tied, weights, relax})).toMatchObject({kind: 'product', level: 2})
    // A kind that leads by more than the margin keeps its own cut.
    expect(tieMargin).toBeLessThan(0.5)
    expect(kindOf(vector, keeping(300), {...tied, relax})).toMatchObject({kind: 'product', level: 1})
    // Below the threshold of the runner-up, its cut does not apply.
    const strict = {...relax, service: {level: 2, threshold: 1.01}}
    expect(kindOf(vector, keeping(300), {...tied, weights, relax: strict}).level).toBe(1)
  })

  it('should cut a page whose balanced cut found no article at the gentlest level, whatever its kind', function () {
    expect(kindOf(kindVector(lines('forum'), 0.5, []), keeping(30), model(1))).toMatchObject({kind: 'article', level: gentlest})
    expect(kindOf(kindVector(lines('forum'), 0.2, []), keeping(30), model(1)).level).toBe(gentlest)
    // Under the words but not under the share of a short page: a short
    // article, found.
    expect(kindOf(kindVector(lines('forum'), 0.5, []), {kept: 30, total: 100}, model(1)).level).toBe(0)
    // Under the share but not under the words.
    expect(kindOf(kindVector(lines('forum'), 0.5, []), {kept: 45, total: 5000}, model(1)).level).toBe(0)
    expect(kindOf(kindVector(lines('forum'), 0.5, []), keeping(30), model(1)).words).toEqual(keeping(30))
    // Such a cut has no first kept line to go by: it takes the whole page.
    expect(kindOf(kindVector(lines('forum'), 0.2, []), keeping(30), model(1)).whole).toBe(true)
    expect(kindOf(kindVector(lines('forum'), 0.2, []), keeping(300), model(1)).whole).toBe(false)
  })

  it('should check a model of the caller’s', function () {
    expect(checkKinds(model(1), 'm')).toBeTruthy()
    const {empty, ...older} = model(1)
    expect(empty.words).toBe(40)
    expect(() => checkKinds(older, 'm')).toThrow('Expected `m` to be a kind model object')
    expect(() => checkKinds({...model(1), empty: {words: Number.NaN, share: 0.1}}, 'm')).toThrow(
      'a finite `empty.words` and `empty.share`'
    )
    expect(() => checkKinds({weights: {}}, 'm')).toThrow('Expected `m` to be a kind model object')
    expect(() => checkKinds(model(4), 'm')).toThrow('a level of `documentation`')
  })
})

describe('relax', function () {
  const verdicts = (): Array<LineVerdict> => [
    {keep: true, score: 0.9},
    {keep: false, score: 0.2, ruleId: 'chrome-outside-body'},
    {keep: false, score: 0.1, ruleId: 'chrome-menu'},
    {keep: false, score: 0.1, ruleId: 'comments-thread'},
    {keep: false, score: 0.1, ruleId: 'share-phrase'},
    // A related box after the thread (`Similar threads`) is no post.
    {keep: false, score: 0.1, ruleId: 'related-tail'}
  ]
  const kept = (list: Array<LineVerdict>) => list.flatMap((verdict, index) => (verdict.keep ? [index] : []))

  it.each([
    [0, [0]],
    [1, [0, 1]],
    [2, [0, 1, 3]],
    [3, [0, 1, 2, 3]]
  ])('should keep at level %i the lines dropped for where they are, never a named phrase', function (level, expected) {
    const list = verdicts()
    relax(list, level)
    expect(kept(list)).toEqual(expected)
  })

  it('should keep nothing more outside the lines it is given', function () {
    const list = verdicts()
    relax(list, 3, 2)
    expect(kept(list)).toEqual([0, 2, 3])
    const other = verdicts()
    relax(other, 3, 1, 3)
    expect(kept(other)).toEqual([0, 1, 2])
  })
})

describe('gentleSpan', function () {
  const kept: LineVerdict = {keep: true, score: 0.9}
  const dropped: LineVerdict = {keep: false, score: 0.1, ruleId: 'chrome-outside-body'}
  const page = [
    {value: 'Forums Members Help', blankBefore: false},
    {value: 'Home', blankBefore: false, strippedBy: 'navigation-link'},
    {value: 'First post', blankBefore: true},
    {value: 'Second post', blankBefore: true},
    {value: 'Share', blankBefore: true, strippedBy: 'share-buttons'},
    {value: 'More threads', blankBefore: true},
    {value: 'Privacy Policy', blankBefore: true, strippedBy: 'navigation-link'},
    {value: 'Forum software by Example', blankBefore: false}
  ]
  const cut = [dropped, dropped, kept, kept, dropped, dropped, dropped, dropped]

  it('should span from the first line the balanced cut keeps to the footer after the last', function () {
    expect(gentleSpan(page, cut, false)).toEqual({from: 2, to: 6})
  })

  it('should not take a line another rule stripped for the first or last kept one', function () {
    const stripped = cut.map((verdict, index) => (index === 1 ? kept : verdict))
    expect(gentleSpan(page, stripped, false)).toEqual({from: 2, to: 6})
  })

  it('should end at a `Back to top` after the last kept line', function () {
    const lines = page.map((line, index) => (index === 5 ? {value: 'Back to top', blankBefore: true, strippedBy: 'navigation-skip-link'} : line))
    expect(gentleSpan(lines, cut, false)).toEqual({from: 2, to: 5})
  })

  it('should run to the end of a page without a footer', function () {
    expect(gentleSpan(page.slice(0, 6), cut.slice(0, 6), false)).toEqual({from: 2, to: 6})
  })

  it('should take the whole page when the balanced cut found no article, or kept nothing', function () {
    expect(gentleSpan(page, cut, true)).toEqual({from: 0, to: 8})
    expect(gentleSpan(page, cut.map(() => dropped), false)).toEqual({from: 0, to: 8})
  })
})

describe('threadSpan and dropAroundPosts', function () {
  const kept: LineVerdict = {keep: true, score: 0.9}

  it('should find the posts of a thread by the lines the forum rule took', function () {
    const thread = [
      {value: 'Forums', blankBefore: false},
      {value: 'Hardware', blankBefore: false},
      {value: 'Which NAS for a small office?', blankBefore: true},
      ...Array.from({length: 6}, (_, index) => [
        {value: 'member_' + index, blankBefore: true},
        {value: 'Joined: Mar 2014', blankBefore: false, strippedBy: 'forum-member'},
        {value: index === 5 ? 'Thanks both' : 'This is what the member wrote about the question.', blankBefore: false}
      ]).flat(),
      {value: 'Mark forums read', blankBefore: true},
      {value: 'Contact us', blankBefore: false},
      {value: 'Terms and rules', blankBefore: false}
    ]
    // The member's name and the thread's title above the first member line;
    // the last post's reply below the last.
    const first = 4
    const last = first + 15
    expect(threadSpan(thread, 'forum')).toEqual({from: first - 2, to: last + 4})
    expect(threadSpan(thread, 'listing')).toBeUndefined()
    expect(threadSpan(thread.slice(0, first + 14), 'forum')).toBeUndefined()
    const verdicts = thread.map(() => kept)
    dropAroundPosts(thread, verdicts, threadSpan(thread, 'forum')!)
    // Three lines below the last member line are the last post's.
    expect(thread.filter((_, index) => !verdicts[index]!.keep).map((line) => line.value)).toEqual(['Forums', 'Hardware', 'Terms and rules'])
    expect(verdicts[0]!.reason).toBe('Unexpected menu item around the posts of a thread `Forums`')
  })
})

describe('itemRuns and keepItems', function () {
  /**
   * A listing of events: each item a title, two labels and a date.
   */
  const events = [
    'Home',
    'Visit',
    'Spring planting workshop in the garden',
    'Featured',
    'Date:',
    'Mar 3, 2024',
    'Composting in small spaces for beginners',
    'Featured',
    'Date:',
    'Mar 10, 2024',
    'Pruning fruit trees before the buds open',
    'Featured',
    'Date:',
    'Mar 17, 2024',
    'A guided walk through the rose garden',
    'Featured',
    'Date:',
    'Mar 24, 2024',
    'Share this page'
  ]
  const listing: KindVerdict = {
    kind: 'listing',
    kinds: {article: 0.05, documentation: 0, forum: 0, listing: 0.95, product: 0, service: 0},
    level: 0,
    whole: false,
    cues: [],
    words: keeping(300)
  }

  /**
   * The locator’s cut of the events: the first item kept, the others
   * dropped for where they are, the share prompt as a phrase.
   */
  function verdicts(): Array<LineVerdict> {
    return events.map(function (value, index): LineVerdict {
      if (index >= 2 && index <= 5) return {keep: true, score: 0.6}
      if (value === 'Share this page') return {keep: false, score: 0.1, ruleId: 'share-phrase', category: 'share'}
      return {keep: false, score: 0.2, ruleId: index < 2 ? 'chrome-menu' : 'chrome-outside-body', category: 'chrome'}
    })
  }

  it('should find the items of a listing by a label repeated at a steady interval', function () {
    const runs = itemRuns(events)
    expect(runs.length).toBeGreaterThan(0)
    expect(Math.min(...runs.map((run) => run.start))).toBeLessThanOrEqual(2)
    expect(Math.max(...runs.map((run) => run.end))).toBeGreaterThanOrEqual(17)
  })

  it('should find no items in a menu whose columns repeat a heading', function () {
    const menu = ['Sections', 'World', 'Business', 'Sport', 'Sections', 'Travel', 'Food', 'Style', 'Sections', 'Tech', 'Cars', 'Games']
    expect(itemRuns(menu)).toEqual([])
  })

  it('should take the label that heads a line of each item, as in a directory', function () {
    const spaces = [
      ['Unbound Coworking, Milwaukee', '347 E. Ward Street, Milwaukee, WI', 'Contact: Zachary Lifton, unbound@example.com'],
      ['Atmosphere Collaborative Space, Racine', '829 Wisconsin Avenue, Racine, WI 53403', 'Contact: Jessica Omelian, hello@example.com'],
      ['Launch Box Coworking, Racine', '901 Pershing Park Drive, Racine, WI', 'Contact: Thalia Mendez, Phone: 262-898-7404'],
      ['Malama Doe, Shorewood', '4465 N. Oakland, Suite 201, Shorewood, WI 53211', 'Contact: Sheila Long, sheila@example.com']
    ].flat()
    expect(itemRuns(spaces)).toEqual([{start: 0, end: 11}])
    // A colon far into the line, or without a space after it, is no label.
    const far = spaces.map((value) => value.replace('Contact:', 'For questions about this space, contact:'))
    expect(itemRuns(far)).toEqual([])
    const times = spaces.map((value) => value.replace('Contact: ', 'Open 9:30 to 17:00, '))
    expect(itemRuns(times)).toEqual([])
  })

  it('should take a line that opens or ends with a date for one label, whatever the date', function () {
    const posts = [
      ['Allocating on the Stack, 27 February 2026', 'Keith Randall', 'A description of recent changes to allocate on the stack instead of the heap.'],
      ['Using go fix to modernize code, 17 February 2026', 'Alan Donovan', 'The new go fix can help you use more modern features of the language.'],
      ['Results from the 2025 Developer Survey, 21 January 2026', 'Todd Kulesza', 'The results, focused on developer sentiment, use cases and challenges.'],
      ['Flight Recorder in Go 1.25, 26 September 2025', 'Carlos Amedee', 'A new tool in the diagnostic toolbox, flight recording.']
    ].flat()
    expect(itemRuns(posts)).toEqual([{start: 0, end: 11}])
    // A date at the start, with a bullet's dot after it, is the same label.
    const started = posts.map((value) => value.replace(/^(.+), (\d+ \w+ \d{4})$/, '$2 · $1'))
    expect(itemRuns(started)).toEqual([{start: 0, end: 11}])
    // A date inside the line, or ending a paragraph, labels nothing.
    const inside = posts.map((value) => value.replace(/^(.+), (\d+ \w+ \d{4})$/, 'Posted $2 in News: $1'))
    expect(itemRuns(inside)).toEqual([])
    const long = posts.map((value) => (/\d{4}$/.test(value) ? 'This paragraph of the article is long. '.repeat(6) + value : value))
    expect(itemRuns(long)).toEqual([])
  })

  it('should take no bullet for a label', function () {
    const teasers = events.map((value) => (value === 'Featured' ? '»' : value === 'Date:' ? '•' : value))
    const dated = itemRuns(teasers)
    expect(dated.length).toBeGreaterThan(0)
    expect(itemRuns(teasers.filter((value) => !value.startsWith('Mar ')))).toEqual([])
  })

  const items = events.map((value) => ({value}))

  it('should keep the other items of a listing the core reaches into, never a named phrase', function () {
    const list = verdicts()
    keepItems(items, list, listing, (index) => events[index] === 'Share this page')
    expect(list[7]).toEqual({keep: true, score: 0.2})
    expect(list[14]!.keep).toBe(true)
    expect(list[18]).toMatchObject({keep: false, ruleId: 'share-phrase', category: 'share'})
  })

  it('should keep nothing more on an article, a product page or a forum', function () {
    for (const kind of ['article', 'product', 'forum'] as const) {
      const list = verdicts()
      keepItems(items, list, {...listing, kind}, () => false)
      expect(list[14]).toMatchObject({keep: false, ruleId: 'chrome-outside-body'})
    }
  })
})

describe('pageKind', function () {
  const none = {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}

  it('should be unknown when no block was judged', function () {
    expect(pageKind(0, none, 0)).toEqual({article: false, score: 0, kind: 'unknown', kinds: none})
  })

  it('should be an article when the score says so, else the likeliest other kind', function () {
    expect(pageKind(0.8, {...none, forum: 20}, 100).kind).toBe('article')
    const verdict = pageKind(0.3, {...none, forum: 20, listing: 50}, 100)
    expect(verdict).toEqual({article: false, score: 0.3, kind: 'listing', kinds: {...none, article: 0.3, forum: 0.2, listing: 0.5}})
  })
})

describe('the cut of a page of each kind', function () {
  /**
   * Run the pipeline with a kind model of the test’s.
   */
  function cut(value: string, kinds: KindModel, without?: unknown): {text: string; kind: string | undefined} {
    const plugins = deboilerPreset.plugins!.filter((plugin) => plugin !== without)
    const processor = unified().use(deboilerLines).use({plugins}).freeze()
    const file = new VFile(value)
    file.data.deboilerKindModel = kinds
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    const places = file.messages.filter((message) => message.category !== undefined).map((message) => message.place!)
    return {text: cleanText(value, places as never), kind: file.data.deboilerKind?.kind}
  }

  it('should tell a manual, and keep its text and code', function () {
    const result = clean(text('documentation'))
    expect(result.page.kind).toBe('documentation')
    expect(result.page.article).toBe(false)
    for (const kept of ['readFile(path, options)', 'Reads the whole contents', 'console.log(text)']) {
      expect(result.text).toContain(kept)
    }

    expect(result.text).not.toContain('GitHub')
    expect(result.text).not.toContain('© 2024 Example Project')
  })

  it('should keep the table of a manual when the cut is gentler', function () {
    const gentle = cut(text('documentation'), model(3))
    expect(gentle.kind).toBe('documentation')
    for (const kept of ['Parameters', '| path | string | The file to read. |', 'console.log(text)']) {
      expect(gentle.text).toContain(kept)
    }

    expect(gentle.text).not.toContain('GitHub')
  })

  it('should keep every post of a forum thread when the cut is gentler, and still drop its menu', function () {
    const value = text('forum')
    // Without the forum rule: the page verdict, fitted on whole pages, calls
    // this short thread an article once its post headers are stripped.
    const gentle = cut(value, model(1), deboilerForum)
    const strict = cut(value, model(0), deboilerForum)
    expect(gentle.kind).toBe('forum')
    for (const number of ['two-bay unit is plenty', 'power draw', 'snapshots on day one', 'test a restore']) {
      expect(gentle.text).toContain(number)
    }

    expect(strict.text).not.toContain('snapshots on day one')
    expect(gentle.text).not.toContain('Networking')
    expect(gentle.text).not.toContain('© 2024 Example Forums')
  })

  it('should keep the header of a page cut when the cut is gentler', function () {
    // A forum thread of WCXB: above the thread, its site's menus printed as
    // long lines, which the balanced cut drops for lying outside the body.
    const page = benchSet('pagetypes/dev.jsonl').find((row) => row.id === 'wcxb:0518')!
    const result = clean(page.input)
    expect(result.page.kind).toBe('forum')
    expect(result.text).toContain("That's amazing! Congrats!")
    for (const header of ['Search titles and first posts only', 'Application Cost Calculator LizzyM Score Calculator']) {
      expect(result.text).not.toContain(header)
      expect(result.stripped.find((entry) => entry.actual === header)?.ruleId).toBe('chrome-outside-body')
    }
  })

  it('should keep the footer of a page cut when the cut is gentler', function () {
    // A service page of WCXB: below its copyright, a sign-up box the
    // balanced cut drops for lying outside the body; above it, a form.
    const page = benchSet('pagetypes/dev.jsonl').find((row) => row.id === 'wcxb:5263')!
    const result = clean(page.input)
    expect(result.page.kind).toBe('service')
    expect(result.text).toContain('Book a Conference Room')
    expect(result.text).not.toContain('Field is required!')
    const box = result.stripped.find((entry) => entry.actual === 'Drop your email for awesome updates!')
    expect(box?.ruleId).toBe('chrome-outside-body')
  })

  it('should keep the items of a listing when the cut is gentler', function () {
    const gentle = cut(text('listing'), model(1))
    const strict = cut(text('listing'), model(0))
    expect(gentle.kind).toBe('listing')
    for (const blurb of ['What to sow', 'A worm bin', 'Late winter']) expect(gentle.text).toContain(blurb)
    expect(strict.text.length).toBeLessThan(gentle.text.length)
    expect(gentle.text).not.toContain('© 2024 Green Thumb Club')
  })

  it.each(['product', 'service'] as const)('should keep the description of a %s page', function (kind) {
    const result = clean(text(kind))
    expect(['article', kind]).toContain(result.page.kind)
    expect(result.text).toContain(kind === 'product' ? 'Pre-seasoned with vegetable oil' : 'Burst pipe or blocked drain?')
    expect(result.text).not.toContain(kind === 'product' ? 'Cookware' : 'Bathrooms')
  })

  it('should call an article an article', function () {
    const article = [
      'The town council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had been worn down by years of floods.',
      'Residents who live on the east bank said they were worried about the longer drive to the school and the market, and several of them asked the council to pay for a shuttle bus.',
      'The mayor said that the town would look at the cost of a bus over the summer, and that a new bridge could be built within four years if the region agreed to share the bill.'
    ].join('\n\n')
    const result = clean(article)
    expect(result.page.kind).toBe('article')
    expect(result.page.article).toBe(true)
    expect(result.text).toBe(article)
  })
})

describe('a menu printed twice on a page that is not an article', function () {
  const menu = ['Coffee', 'Subscribe & Save', 'Light Roast', 'Medium Roast', 'Dark Roast', 'Gifts Under $50']
  const products: Array<string> = []
  for (const [name, price] of [
    ['Valhalla Java Whole Bean Coffee', '$19.99'],
    ['Death Wish Espresso Roast', '$21.99'],
    ['Cold Brew Coarse Grind', '$18.99'],
    ['Organic Breakfast Blend', '$17.99'],
    ['Decaf Dark Roast', '$19.49'],
    ['Single-Serve Pods, 24 Count', '$24.99']
  ]) {
    products.push(name!, price!, '4.8 out of 5 stars (1,204 reviews)', 'Add to cart', '')
  }

  /**
   * A shop's page of coffee, its menu above the products and, with `twice`,
   * again below them (for narrow screens).
   */
  function shop(twice: boolean): string {
    return ['Shop All Coffee', '', ...menu, '', 'Showing 1-6 of 42 products', '', ...products, ...(twice ? [...menu, ''] : []), 'Copyright 2024 Death Wish Coffee Co. All rights reserved.'].join('\n')
  }

  it('should strip both copies, as `chrome-menu`, and keep the products', function () {
    const result = clean(shop(true))
    expect(['article', 'documentation']).not.toContain(result.page.kind)
    const menus = result.stripped.filter((piece) => piece.reason.startsWith('Unexpected menu printed twice'))
    expect(menus.map((piece) => piece.actual)).toEqual([...menu, ...menu])
    expect(menus.every((piece) => piece.category === 'chrome' && piece.ruleId === 'chrome-menu')).toBe(true)
    expect(menus[6]!.place.start.line).toBe(42)
    expect(result.text).toContain('Valhalla Java Whole Bean Coffee\n$19.99')
  })

  it('should keep a menu printed once on such a page (its gentler cut keeps short lines)', function () {
    const result = clean(shop(false))
    expect(result.stripped.filter((piece) => piece.reason.startsWith('Unexpected menu printed twice'))).toEqual([])
    expect(result.text).toContain(menu.join('\n'))
  })

  it('should keep both copies with `chrome` switched off', function () {
    const result = clean(shop(true), {rules: {chrome: false}})
    expect(result.text.split(menu.join('\n')).length).toBe(3)
  })

  it('should keep the table of contents that documentation prints twice', function () {
    const contents = ['Installation', 'Getting started', 'Configuration', 'Options', 'Examples', 'Troubleshooting']
    const body = [
      'Installation', '', 'Install the package with npm:', '', '$ npm install fastqueue', '',
      'Getting started', '', 'Create a queue and add a job to it:', '', "const queue = new Queue('mail')",
      "await queue.add('welcome', {to: 'ada@example.com'})", '', 'Parameters', '',
      'name: the name of the queue, a string.', 'options: an object of settings, optional.', '', 'Returns', '',
      'A queue, which emits events as its jobs run.', '', 'Configuration', '',
      'Set the connection in the options, or in the environment:', '', 'export FASTQUEUE_URL=redis://localhost:6379', '',
      'Options', '', 'concurrency: how many jobs run at once (default 1).',
      'timeout: how long a job may run, in milliseconds (default 30000).', '', 'Examples', '',
      'See the examples folder of the repository for a mailer and a thumbnail service.', '', 'Troubleshooting', '',
      'A job that never ends holds its slot: set a timeout.'
    ]
    const result = clean(['FastQueue documentation', '', ...contents, '', ...body, '', 'On this page', '', ...contents, ''].join('\n'))
    expect(result.page.kind).toBe('documentation')
    expect(result.stripped.filter((piece) => piece.reason.startsWith('Unexpected menu printed twice'))).toEqual([])
    expect(result.text).toContain(contents.join('\n'))
  })
})
