import {chmodSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {run, scratchFolder} from './util/cli.js'
import {categories, clean} from '../src/index.js'
import {seeds} from './util/seeds.js'

// The CLI runs from source (through tsx), so the test never sees a stale
// build. Each run starts Node and tsx (about half a second of CPU): the runs
// go in parallel, with room for a busy machine.
jest.setTimeout(60_000)

const root = path.join(__dirname, '..')
const {folder, file} = scratchFolder('deboiler-cli-')
const seed = seeds()[0]!


const article = file('article.txt', 'Para one.\nHits: 81\n\tViews: 3\r\nPara two.')
const other = file('other.txt', 'Another story.\n5 min read\n')
const seedFile = file('seed.txt', seed.input)
const empty = file('empty.txt', '')
const missing = path.join(folder, 'missing.txt')

afterAll(function () {
  rmSync(folder, {recursive: true, force: true})
})

describe('deboiler (cli)', function () {
  it.concurrent('should print the clean text of a file', async function () {
    // The input lacks a final line break; the output has one.
    expect(await run([article])).toEqual({code: 0, stdout: 'Para one.\nPara two.\n', stderr: ''})
  })

  it.concurrent('should read stdin when no file is given', async function () {
    expect(await run([], 'Story.\nHits: 81\n')).toEqual({code: 0, stdout: 'Story.\n', stderr: ''})
  })

  it.concurrent('should read stdin for `-`', async function () {
    expect(await run(['-', other], 'Story.\r\nHits: 81\r\n')).toEqual({
      code: 0,
      stdout: 'Story.\r\nAnother story.\n',
      stderr: ''
    })
  })

  it.concurrent('should end each text in a line break when given several files', async function () {
    expect(await run([article, other])).toEqual({
      code: 0,
      stdout: 'Para one.\nPara two.\nAnother story.\n',
      stderr: ''
    })
  })

  it.concurrent('should print the result of `clean()` with `--json`', async function () {
    const result = await run(['--json', seedFile])
    expect(result.code).toBe(0)
    expect(result.stdout.endsWith('\n')).toBe(true)
    expect(result.stdout.trimEnd().split('\n').length).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual(clean(seed.input))
  })

  it.concurrent('should print one JSON line per file, with `file`, for several files', async function () {
    const result = await run(['--json', article, other])
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      {file: article, ...clean(readFileSync(article, 'utf8'))},
      {file: other, ...clean(readFileSync(other, 'utf8'))}
    ])
  })

  it.concurrent('should print one line per stripped item with `--explain`', async function () {
    expect(await run(['--explain', article])).toEqual({
      code: 0,
      stdout: ['2:1-2:9  counter  counter-hits  "Hits: 81"', '3:2-3:10  counter  counter-hits  "Views: 3"', ''].join(
        '\n'
      ),
      stderr: ''
    })
  })

  it.concurrent('should escape control characters in `--explain` text, and prefix files', async function () {
    const result = await run(['--explain', '-', other], 'Story.\nHits:\f81\n')
    expect(result).toEqual({
      code: 0,
      stdout: [
        '-:2:1-2:9  counter  counter-hits  "Hits:\\f81"',
        other + ':2:1-2:11  counter  counter-reading-time  "5 min read"',
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  it.concurrent('should print nothing for an empty file', async function () {
    expect(await run([empty])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it.concurrent('should fail with one line on stderr for a missing file', async function () {
    expect(await run([missing])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'deboiler: cannot read ' + missing + ': no such file or directory\n'
    })
  })

  it.concurrent('should fail with one line on stderr for a directory', async function () {
    expect(await run([folder])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'deboiler: cannot read ' + folder + ': is a directory\n'
    })
  })

  it.concurrent('should still clean the other files when one cannot be read', async function () {
    expect(await run([missing, other])).toEqual({
      code: 1,
      stdout: 'Another story.\n',
      stderr: 'deboiler: cannot read ' + missing + ': no such file or directory\n'
    })
  })

  // Root reads any file, so the check needs another user.
  const unreadable = process.getuid?.() === 0 ? it.skip : it.concurrent
  unreadable('should fail with one line on stderr for a file it may not read', async function () {
    const locked = file('locked.txt', 'Story.\n')
    chmodSync(locked, 0o000)
    expect(await run([locked])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'deboiler: cannot read ' + locked + ': permission denied\n'
    })
  })

  it.concurrent('should fail with exit code 2 and one line for an unknown flag', async function () {
    const result = await run(['--frobnicate', article])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^deboiler: [^\n]*--frobnicate[^\n]*\n$/)
  })

  it.concurrent('should fail with exit code 2 for `--json` with `--explain`', async function () {
    const result = await run(['--json', '--explain', article])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^deboiler: [^\n]+\n$/)
  })

  it.concurrent('should keep a category turned off with `--no-<category>`', async function () {
    expect(await run(['--no-counter', article])).toEqual({
      code: 0,
      stdout: readFileSync(article, 'utf8') + '\n',
      stderr: ''
    })
  })

  it.concurrent('should pass `--mode` on to `clean()`, and refuse an unknown mode', async function () {
    const input = seed.input
    const result = await run(['--mode', 'precision', '--json'], input)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(clean(input, {mode: 'precision'}))
    const bad = await run(['--mode', 'fast', article])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^deboiler: [^\n]*`--mode`[^\n]*\n$/)
  })

  it.concurrent('should write an HTML report with `explain --html`', async function () {
    const page = path.join(folder, 'report.html')
    const result = await run(['explain', '--html', page], seed.input)
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    const html = readFileSync(page, 'utf8')
    const expected = clean(seed.input).stripped
    expect(html.match(/<mark\b/g)?.length).toBe(expected.length)
    for (const item of expected) expect(html).toContain('data-rule="' + item.ruleId + '"')
    const bad = await run(['explain', article])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^deboiler: [^\n]*--html[^\n]*\n$/)
  })

  it.concurrent('should print help with every category', async function () {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: deboiler /)
    expect(result.stdout).toContain('--no-<category>')
    for (const category of categories) expect(result.stdout).toContain(category)
  })

  it.concurrent('should print the version', async function () {
    const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(await run(['--version'])).toEqual({code: 0, stdout: version + '\n', stderr: ''})
  })
})


