import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {categories, clean, deboilerPreset, ruleIds as ids} from '../src/index.js'
import {metas, rules as byCategory} from '../src/preset.js'
import {meta as profileMeta} from '../src/rules/profile.js'
import {chromeLines, chromePrefixes} from '../src/data/locator.js'
import {tailHeadings, tailPrefixes} from '../src/data/tail.js'
import {headingIds, phraseIds} from '../src/structure/verdict.js'
import {pluginName, type RuleDocs} from '../src/util/rule.js'
import {seeds} from './util/seeds.js'

const root = path.join(__dirname, '..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const rules = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## CLI'))

/**
 * Rules whose example line is debris only next to other lines: a page of 60
 * words or more (`chrome`), an earlier copy (`duplicate`), an earlier
 * sentence that holds it (`pull-quote`).
 */
const inContext = new Set(['chrome', 'duplicate', 'pull-quote'])

/**
 * The row of the README rules table for a rule.
 *
 * @param meta
 *   Meta of the rule.
 * @returns
 *   Markdown table row.
 */
function row(meta: RuleDocs): string {
  const cells = [
    // The anchor each strip’s `url` points at.
    '<a id="' + meta.category + '"></a>' + code(meta.category),
    code(pluginName(meta.category)),
    meta.ruleIds.map(code).join(', '),
    meta.strips.replace(/\|/g, '\\|'),
    code(meta.example)
  ]
  return '| ' + cells.join(' | ') + ' |'
}

/**
 * Inline code in a table cell.
 *
 * @param value
 *   Text.
 * @returns
 *   Markdown.
 */
function code(value: string): string {
  return '`' + value.replace(/\|/g, '\\|') + '`'
}

/**
 * Rule ids written as string literals in a folder of sources.
 *
 * @param folder
 *   Folder below the repo root.
 * @returns
 *   Rule ids, sorted.
 */
function ruleIds(folder: string): Array<string> {
  const found = new Set<string>()
  const pattern = new RegExp(`'((?:${categories.join('|')})-[a-z]+(?:-[a-z]+)*)'`, 'g')
  for (const name of readdirSync(path.join(root, folder))) {
    const code = readFileSync(path.join(root, folder, name), 'utf8')
    for (const match of code.matchAll(pattern)) found.add(match[1]!)
  }

  return [...found].sort()
}

describe('README anchors', function () {
  it('should have the anchor each strip’s `url` points at, once, and no heading of that name', function () {
    const result = clean(seeds().map((seed) => seed.input).join('\n\n'))
    const urls = new Set(result.stripped.map((item) => item.url))
    expect(urls.size).toBeGreaterThan(5)
    const slugs = [...readme.matchAll(/^#+ (.+)$/gm)].map((match) =>
      match[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')
    )
    for (const category of categories) {
      expect(readme.split('<a id="' + category + '"></a>').length - 1).toBe(1)
      expect(slugs).not.toContain(category)
    }

    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/github\.com\/deboiler\/deboiler#[a-z-]+$/)
      expect(readme).toContain('<a id="' + url!.slice(url!.indexOf('#') + 1) + '"></a>')
    }
  })
})

describe('rule meta', function () {
  it('should have one rule per category, in the order of `categories`', function () {
    expect(deboilerPreset.plugins).toHaveLength(categories.length)
    expect(metas.map((meta) => meta.category)).toEqual([...categories])
    for (const category of categories) expect(byCategory[category].meta.category).toBe(category)
  })

  it('should give each rule a closed list of kebab-case rule ids with its default in it', function () {
    for (const meta of metas) {
      const {category, ruleId} = meta
      const list: ReadonlyArray<string> = meta.ruleIds
      expect({category, ruleId, known: list.includes(ruleId)}).toEqual({category, ruleId, known: true})
      expect({category, unique: new Set(list).size === list.length}).toEqual({category, unique: true})
      // Prefixed by the category; page chrome also strips under other categories.
      const own = category === 'chrome' ? categories.join('|') : category
      const odd = list.filter((id) => !new RegExp('^(?:' + own + ')-[a-z]+(?:-[a-z]+)*$').test(id))
      expect({category, odd}).toEqual({category, odd: []})
    }
  })

  it('should list every rule id of the built-in rules in `ruleIds`, once', function () {
    const all = [...metas.flatMap((meta) => meta.ruleIds), ...profileMeta.ruleIds]
    expect([...ids].sort()).toEqual([...new Set(all)].sort())
  })

  it('should know every rule id written in src/', function () {
    const found = [...ruleIds('src/rules'), ...ruleIds('src/data'), ...ruleIds('src/structure')]
    expect(found.length).toBeGreaterThan(30)
    expect(found.filter((id) => !(ids as ReadonlyArray<string>).includes(id))).toEqual([])
  })

  it('should have a literal rule id for each category of the phrase data', function () {
    const tails = [...Object.values(tailHeadings), ...tailPrefixes.map((entry) => entry[1]), 'comments', 'related']
    const chromes = [...Object.values(chromeLines), ...chromePrefixes.map((entry) => entry[1])]
    expect([...new Set(tails)].filter((category) => !Object.hasOwn(headingIds, category))).toEqual([])
    expect([...new Set(chromes)].filter((category) => !Object.hasOwn(phraseIds, category))).toEqual([])
    const known = new Set<string>(categories)
    expect([...Object.keys(headingIds), ...Object.keys(phraseIds)].filter((key) => !known.has(key))).toEqual([])
  })

  it('should strip the example line of each rule', function () {
    for (const meta of metas) {
      if (inContext.has(meta.category)) continue
      const [item] = clean(meta.example).stripped
      const {category, example} = meta
      expect({category, example, stripped: item?.category, actual: item?.actual}).toEqual({
        category,
        example,
        stripped: category,
        actual: example
      })
      expect((meta.ruleIds as ReadonlyArray<string>).includes(item!.ruleId)).toBe(true)
    }
  })

  it('should emit only the rule ids of the rule of each category on the seeds', function () {
    const chrome: ReadonlyArray<string> = byCategory.chrome.meta.ruleIds
    for (const seed of seeds()) {
      for (const {category, ruleId} of clean(seed.input).stripped) {
        const own: ReadonlyArray<string> = byCategory[category].meta.ruleIds
        expect({category, ruleId, known: own.includes(ruleId) || chrome.includes(ruleId)}).toEqual({
          category,
          ruleId,
          known: true
        })
      }
    }
  })
})

describe('README', function () {
  it('should have the rules table of the rules’ meta', function () {
    const table = rules.split('\n').filter((line) => line.startsWith('| <a id='))
    expect(table).toEqual(metas.map((meta) => row(meta)))
  })

  it('should list every export of the package', async function () {
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('### `clean('))
    const missing = Object.keys(await import('../src/index.js')).filter((name) => !api.includes('`' + name + '`'))
    expect(missing).toEqual([])
  })

  it('should give the output it shows for the example in “What is this?”', function () {
    const section = readme.slice(readme.indexOf('## What is this?'), readme.indexOf('## When should'))
    const blocks = [...section.matchAll(/```txt\n([\s\S]*?)```/g)].map((match) => match[1]!)
    expect(blocks.length).toBe(2)
    const result = clean(blocks[0]!)
    expect(result.text).toBe(blocks[1])
    expect(section).toContain(
      "{category: 'related', ruleId: 'related-also-on', reason: 'Unexpected related link `Also on rt.com`', actual: 'Also on rt.com', place: " +
        JSON.stringify(result.stripped[0]!.place).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ').replace(/[{]/g, '{').replace(/[}]/g, '}') +
        ', …}'
    )
  })

  it('should show the code of each example it names', function () {
    for (const name of ['clean.ts', 'unified.ts', 'custom-rule.ts', 'batch.ts']) {
      const code = readFileSync(path.join(root, 'examples', name), 'utf8')
      // The README shows the example without its first comment line.
      const body = code.slice(code.indexOf('\n') + 1).trim()
      expect({name, shown: readme.includes(body)}).toEqual({name, shown: true})
    }
  })
})
