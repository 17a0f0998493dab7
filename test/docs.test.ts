import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {categories, clean} from '../src/index.js'

const root = path.join(__dirname, '..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const rules = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## CLI'))

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

describe('README', function () {
  it('should document every category in the rules table', function () {
    const missing = categories.filter((category) => !rules.includes('| `' + category + '` |'))
    expect(missing).toEqual([])
  })

  it('should document every rule id in src/', function () {
    const ids = [...ruleIds('src/rules'), ...ruleIds('src/data'), ...ruleIds('src/structure')]
    expect(ids.length).toBeGreaterThan(30)
    expect(ids.filter((id) => !rules.includes('`' + id + '`'))).toEqual([])
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
