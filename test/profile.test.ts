import fc from 'fast-check'
import {clean, learnProfile, mergeProfiles, siteOf, type Profile} from '../src/index.js'
import {boilerplate, template} from '../src/profile.js'

const rivers = ['Thames', 'Danube', 'Rhine', 'Loire', 'Elbe', 'Oder', 'Tiber', 'Seine']
const menu = ['Home | World | Sport', 'Share this story', 'Posted 12 May 2024 by Staff', '© 2024 Example News']

/**
 * A page of the example site: its chrome around a story of its own.
 *
 * @param index
 *   Page number.
 * @returns
 *   Text.
 */
function page(index: number): string {
  return [menu[0], 'The story is about the ' + rivers[index % rivers.length] + '.', menu[2]!.replace('12', String(index)), menu[3]].join('\n')
}

const pages = [1, 2, 3, 4, 5, 6].map((index) => ({url: 'https://www.example.com/' + index, text: page(index)}))

describe('learnProfile', function () {
  it('should count each template once a page, with digits normalised and case folded', function () {
    const profile = learnProfile([{url: 'https://example.com/a', text: 'Hits: 81\nHITS:  12\nStory.'}])
    expect(profile).toEqual({
      type: 'deboiler-profile',
      version: 1,
      sites: {'example.com': {pages: 1, templates: {'hits: #': 1, 'story.': 1}}}
    })
  })

  it('should group records by the host of `url`, and skip records without a site', function () {
    const profile = learnProfile([...pages, {text: 'No site.'}])
    expect(Object.keys(profile.sites)).toEqual(['example.com'])
    expect(profile.sites['example.com']!.pages).toBe(6)
  })

  it('should take a site function, and learn an async iterable', async function () {
    async function* docs() {
      yield 'A\nB'
      yield 'A\nC'
    }

    const profile = await learnProfile(docs(), {site: () => 'x'})
    expect(profile.sites.x).toEqual({pages: 2, templates: {a: 2, b: 1, c: 1}})
  })

  it('should not count prose', function () {
    const prose = 'This line has many words in it and reads like the body of an article, ' + 'with more words after the comma that go on. '.repeat(3)
    const profile = learnProfile([prose.trim()], {site: () => ''})
    expect(profile.sites['']!.templates).toEqual({})
  })

  it('should round-trip through JSON', function () {
    const profile = learnProfile(pages)
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile)
    expect(JSON.stringify(JSON.parse(JSON.stringify(profile)))).toBe(JSON.stringify(profile))
  })

  it('should keep a `__proto__` line as data', function () {
    const profile = learnProfile(['__proto__'], {site: () => 's'})
    const copy = JSON.parse(JSON.stringify(profile)) as Profile
    expect(Object.hasOwn(copy.sites.s!.templates, '__proto__')).toBe(true)
    expect(Object.hasOwn(mergeProfiles(copy, copy).sites.s!.templates, '__proto__')).toBe(true)
  })
})

describe('mergeProfiles', function () {
  // Profiles of random pages over a small alphabet of lines and sites, so
  // templates and sites overlap.
  const doc = fc.record({
    site: fc.constantFrom('a.com', 'b.org', 'c.net'),
    text: fc.array(fc.constantFrom('Home', 'Share', 'Page 1', 'page 2', 'Story', '__proto__'), {maxLength: 5}).map((lines) => lines.join('\n'))
  })
  const profile = fc.array(doc, {maxLength: 6}).map((docs) => learnProfile(docs, {site: 'site'}))

  it('should be associative and commutative', function () {
    fc.assert(
      fc.property(profile, profile, profile, function (a, b, c) {
        expect(mergeProfiles(a, b)).toEqual(mergeProfiles(b, a))
        expect(JSON.stringify(mergeProfiles(a, mergeProfiles(b, c)))).toBe(JSON.stringify(mergeProfiles(mergeProfiles(a, b), c)))
      }),
      {seed: 42, numRuns: 200}
    )
  })

  it('should give the profile of the whole when shards are merged', function () {
    fc.assert(
      fc.property(fc.array(doc, {maxLength: 12}), fc.nat(12), function (docs, cut) {
        const whole = learnProfile(docs, {site: 'site'})
        const parts = mergeProfiles(learnProfile(docs.slice(0, cut), {site: 'site'}), learnProfile(docs.slice(cut), {site: 'site'}))
        expect(JSON.stringify(parts)).toBe(JSON.stringify(whole))
      }),
      {seed: 7, numRuns: 200}
    )
  })

  it('should refuse what is not a profile, or another version', function () {
    const good = learnProfile(pages)
    expect(() => mergeProfiles(good, {} as Profile)).toThrow(/Expected `b` to be a deboiler profile/)
    expect(() => mergeProfiles({...good, version: 2} as unknown as Profile, good)).toThrow(/Unsupported version `2`/)
  })

  it('should throw a `TypeError` for documents that are not an iterable, or a string', function () {
    expect(() => learnProfile(5 as never)).toThrow(
      new TypeError('Expected `docs` to be an iterable or async iterable of documents, not `number`')
    )
    expect(() => learnProfile('Menu\nStory.' as never)).toThrow(/not `string` \(wrap one document in an array\)/)
  })
})

describe('clean({profile, site})', function () {
  const profile = learnProfile(pages)

  it('should strip the lines a site repeats, with `profile-template`', function () {
    const result = clean(page(7) + '\nA new line of this page.', {profile, site: 'example.com'})
    expect(result.text).toBe('The story is about the Seine.\nA new line of this page.')
    const ours = result.stripped.filter((item) => item.ruleId === 'profile-template')
    // The menu is a named rule’s: it keeps that rule’s id and category.
    expect(ours.map((item) => item.actual)).toEqual(['Posted 7 May 2024 by Staff'])
    expect(ours.map((item) => item.category)).toEqual(['chrome'])
    expect(result.stripped.find((item) => item.actual === menu[0])?.ruleId).not.toBe('profile-template')
  })

  it('should give a line of a named chrome phrase its category', function () {
    const adverts = [1, 2, 3, 4, 5].map((index) => 'Advertisement\nStory ' + index + ' goes on and on.')
    const learned = learnProfile(adverts, {site: () => 's'})
    // The advert rule may take it first; either way the category is `advert`.
    const item = clean('Advertisement\nA story.', {profile: learned, site: 's'}).stripped.find((x) => x.actual === 'Advertisement')
    expect(item?.category).toBe('advert')
  })

  it('should keep profile lines of a category turned off', function () {
    const result = clean(page(7), {profile, site: 'example.com', rules: {chrome: false}})
    expect(result.stripped.filter((item) => item.ruleId === 'profile-template')).toEqual([])
    expect(result.text).toContain('Posted 7 May 2024 by Staff')
  })

  it('should not strip for another site, or below 5 pages', function () {
    expect(clean(page(7), {profile, site: 'other.com'}).stripped.some((item) => item.ruleId === 'profile-template')).toBe(false)
    const few = learnProfile(pages.slice(0, 4))
    expect(clean(page(7), {profile: few, site: 'example.com'}).stripped.some((item) => item.ruleId === 'profile-template')).toBe(false)
  })

  it('should never strip prose, even when it repeats', function () {
    const prose =
      'The council said on Monday that the bridge would stay closed for repairs, and that buses would run in its place until the work is done, which may take the rest of the year.'
    const docs = [1, 2, 3, 4, 5].map((index) => ({site: 's', text: 'Menu\n' + prose + '\nStory ' + index}))
    const learned = learnProfile(docs, {site: 'site'})
    expect(template(prose) in learned.sites.s!.templates).toBe(false)
    expect(clean('Menu\n' + prose, {profile: learned, site: 's'}).text).toContain(prose)
  })

  it('should keep the page’s own headline above the article, which the site does not repeat', function () {
    const sections = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Sports', 'Search']
    const headlines = [
      'Council backs new budget after long debate',
      'Library cuts split the town council again',
      'Mayor thanks staff as plan moves ahead',
      'Town budget ready by the end of the month',
      'Members agree on most of the spending plan'
    ]
    const topics = ['bridge', 'library', 'school', 'harbour', 'market']
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
    const town = headlines.map(function (headline, index) {
      // Each page tells its own story: no line of it repeats on the others.
      const topic = topics[index]!
      const day = days[index]!
      const story = [
        'The council met on ' + day + ' to discuss the ' + topic + ', and the members agreed on most of the plan for it.',
        'They said that the work on the ' + topic + ' would start soon, and that the people of the town could see the plan.',
        'Some of the members were not happy with the cost of the ' + topic + ', but they voted for it on ' + day + '.',
        'The mayor said she was pleased with the ' + topic + ' vote and thanked the staff for their work over the months.'
      ]
      const text = [...sections, headline, 'Jane Roe, @janeroe', ...story, 'Share this story'].join('\n\n')
      return {url: 'https://town.example/' + index, text}
    })
    const learned = learnProfile(town)

    for (const [index, {text}] of town.entries()) {
      const headline = headlines[index]!
      const result = clean(text, {profile: learned, site: 'town.example'})
      expect(result.text.startsWith(headline + '\n\nThe council met on ' + days[index]!)).toBe(true)
      // The byline the site repeats goes; the menu stays gone.
      expect(result.text).not.toContain('@janeroe')
      expect(result.text).not.toContain('Politics')
    }
  })

  it('should check the options', function () {
    expect(() => clean('x', {profile: {} as Profile})).toThrow(/`options.profile`/)
    expect(() => clean('x', {profile, site: 1 as unknown as string})).toThrow(/`options.site`/)
  })

  it('should decide boilerplate at use time, with thresholds', function () {
    expect(boilerplate(profile, 'example.com').size).toBe(3)
    expect(boilerplate(profile, 'example.com', {minPages: 7}).size).toBe(0)
    expect(siteOf('https://WWW.Example.com/x?y')).toBe('example.com')
    expect(siteOf('example.com')).toBe('example.com')
    expect(siteOf(' https://www.example.com/x\n')).toBe('example.com')
    expect(siteOf('https://www.example.com.:8080/')).toBe('example.com')
    expect(siteOf(null)).toBeUndefined()
  })
})
