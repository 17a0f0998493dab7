import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {run, scratchFolder} from './util/cli.js'

// What users of other CLIs expect (issue 19): a final line break, `-o`, `-`
// as stdout, trafilatura’s `--precision` / `--recall`, a hint for a typo,
// gzip read as it comes from a crawl, and failures said on a pipe.
jest.setTimeout(120_000)

const {folder, file} = scratchFolder('deboiler-habits-')
const page = 'The council met on Monday to discuss the bridge, and it agreed on most of the plan.\nHits: 81'
const text = file('page.txt', page)
const gzipped = path.join(folder, 'page.txt.gz')
const records =
  '{"id":"a","url":"https://town.example/1","text":"The council met on Monday.\\nHits: 81"}\n' +
  'not json\n' +
  '{"id":"b","url":"https://town.example/2","text":"The mayor spoke.\\nHits: 12"}\n'
const jsonl = file('records.jsonl', records)
const jsonlGzipped = path.join(folder, 'records.jsonl.gz')
writeFileSync(gzipped, gzipSync(page))
writeFileSync(jsonlGzipped, gzipSync(records))

describe('deboiler (cli) habits', function () {
  it.concurrent('should end the text in a line break when the input does not', async function () {
    expect(await run([text])).toEqual({
      code: 0,
      stdout: 'The council met on Monday to discuss the bridge, and it agreed on most of the plan.\n',
      stderr: ''
    })
  })

  it.concurrent('should take `--precision` and `--recall` for `--mode`', async function () {
    expect(await run(['--precision', '--json', text])).toEqual(await run(['--mode', 'precision', '--json', text]))
    expect(await run(['--recall', '--json', text])).toEqual(await run(['--mode', 'recall', '--json', text]))
    const both = await run(['--precision', '--recall', text])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/choose one mode/)
  })

  it.concurrent('should suggest the switch meant by a typo', async function () {
    const result = await run(['--recal', text])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "deboiler: Unknown option '--recal', did you mean `--recall`? (see `deboiler --help`)\n"
    })
    expect((await run(['batch', '--no-strippd', jsonl])).stderr).toMatch(/did you mean `--no-stripped`\?/)
    expect((await run(['--zzzz', text])).stderr).not.toMatch(/did you mean/)
  })

  it.concurrent('should write to `-o <file>`, and to stdout for `-o -`', async function () {
    const output = path.join(folder, 'out.txt')
    expect(await run(['-o', output, text])).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(output, 'utf8')).toBe((await run([text])).stdout)
    expect((await run(['--output', '-', text])).stdout).toBe((await run([text])).stdout)
    const missing = await run(['-o', path.join(folder, 'no', 'such', 'folder.txt'), text])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^deboiler: cannot write .*no such file or directory\n$/)
  })

  it.concurrent('should write the HTML report to stdout for `explain --html -`', async function () {
    const result = await run(['explain', '--html', '-', text])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<!doctype html>/)
    expect(result.stdout).toContain('Hits: 81')
  })

  it.concurrent('should read gzip in `deboiler`, `batch` and `learn`', async function () {
    expect(await run([gzipped])).toEqual(await run([text]))
    const plain = await run(['batch', '--jobs', '1', jsonl])
    expect(await run(['batch', '--jobs', '1', jsonlGzipped])).toEqual(plain)
    expect(await run(['learn', jsonlGzipped])).toEqual(await run(['learn', jsonl]))
    const stdin = await run(['batch', '--jobs', '1'], gzipSync(records))
    expect(stdin.stdout).toBe(plain.stdout)
  })

  it.concurrent('should say on a piped stderr how many records failed', async function () {
    const result = await run(['batch', '--jobs', '1', '--no-stripped', jsonl])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('deboiler: 1 of 3 records failed: their lines hold "error" (and "line", "file")\n')
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(3)
  })

  it.concurrent('should say when `learn` finds no site, and how to name its field', async function () {
    const result = await run(['learn'], '{"text":"A line."}\n')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('{"type":"deboiler-profile","version":1,"sites":{}}\n')
    expect(result.stderr).toBe(
      'deboiler: no site found in 1 record: none has a URL or site in `url` (give the field with `--site-field <name>`)\n'
    )
  })
})

describe('README (cli)', function () {
  it('should show the help that `deboiler --help` prints', async function () {
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## CLI'), readme.indexOf('## Batch and scale'))
    const block = /```txt\n([\s\S]*?)```/.exec(section)
    expect(block?.[1]).toBe((await run(['--help'])).stdout)
  })
})

describe('README (vfile-reporter example)', function () {
  it('should show what `examples/unified.ts` prints', async function () {
    const root = path.join(__dirname, '..')
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('As retext plugins, with [vfile-reporter]'), readme.indexOf('`deboilerLines` comes first'))
    const [stdout, stderr] = [...section.matchAll(/```txt\n([\s\S]*?)```/g)].map((match) => match[1]!)
    const {spawnSync} = await import('node:child_process')
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'examples', 'unified.ts')], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(result.stdout).toBe(stdout! + '\n')
    expect(result.stderr.trim()).toBe(stderr!.trim())
  })
})

// `script` (util-linux) gives the CLI a terminal for stdin.
;(existsSync('/usr/bin/script') ? describe : describe.skip)('deboiler (cli) on a terminal', function () {
  it('should say how to end the input when it reads a terminal', async function () {
    const {spawnSync} = await import('node:child_process')
    const root = path.join(__dirname, '..')
    const command = [process.execPath, '--import', 'tsx', path.join(root, 'src', 'cli', 'index.ts')]
      .map((part) => "'" + part + "'")
      .join(' ')
    const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      input: 'A line of text.\n\u0004',
      timeout: 60_000
    })
    expect(result.stdout).toContain('deboiler: reading text from the terminal; end it with Ctrl-D (see `deboiler --help`)')
    expect(result.stdout).toContain('A line of text.')
  })
})
