import {isUtf8} from 'node:buffer'
import {spawn} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {clean} from '../src/index.js'

// Odd inputs for the CLI: each must give a clear one-line message and a
// non-zero exit, or a correct result (the result of `clean()` on the text
// the CLI read). The CLI runs from source through tsx, as in cli.test.ts.
jest.setTimeout(60_000)

const root = path.join(__dirname, '..')
const cli = path.join(root, 'src', 'cli', 'index.ts')
// tsx’s loader by URL, so that the CLI can run in another folder.
const tsx = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const folder = mkdtempSync(path.join(tmpdir(), 'deboiler-cli-odd-'))

/**
 * Bytes written to the temporary folder, by path.
 */
const written = new Map<string, Buffer>()

/**
 * Result of a run of the CLI, with stdout as bytes.
 */
interface Run {
  code: number | null
  stdout: Buffer
  stderr: string
}

const binary = file('binary.bin', bytes(1, 20_000))
const empty = file('empty.txt', Buffer.alloc(0))
const latin1 = file('latin1.txt', Buffer.from('Café au lait.\nHits: 81\nÉté 2020 — fin.\n', 'latin1'))
const truncated = file('truncated.txt', Buffer.concat([Buffer.from('Story.\nHits: 81\n€ in the end '), Buffer.from([0xe2, 0x82])]))
const overlong = file('overlong.txt', Buffer.from([0x53, 0x74, 0x6f, 0x72, 0x79, 0x2e, 0x0a, 0xc0, 0xaf, 0x0a, 0xed, 0xa0, 0x80, 0x0a, 0xff, 0xfe]))
const bom = file('bom.txt', Buffer.from('\uFEFFStory.\r\nHits: 81\r\n', 'utf8'))
const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Story.\nHits: 81\n', 'utf16le')]))
const controls = file('controls.txt', Buffer.from('Story.\u0000\r\nHits: 81\r\u0007\u001B[31mred\u001B[0m\n\u2028Views: 3\n', 'utf8'))
const missing = path.join(folder, 'missing.txt')
const directory = path.join(folder, 'directory')
mkdirSync(directory)

afterAll(function () {
  rmSync(folder, {recursive: true, force: true})
})

describe('deboiler (cli) on odd files', function () {
  it.concurrent.each([
    ['a binary file', binary],
    ['invalid UTF-8 (Latin-1 bytes)', latin1],
    ['invalid UTF-8 (a character cut at the end)', truncated],
    ['invalid UTF-8 (overlong, surrogate, 0xFF bytes)', overlong],
    ['a UTF-8 file with a byte order mark', bom],
    ['a UTF-16 file', utf16],
    ['NUL, escape sequences and lone CR', controls]
  ])('should give a correct result or a clear failure for %s (`--json`)', async function (_, name) {
    expectCorrectOrClear(await run(['--json', name]), name, 'json')
  })

  it.concurrent.each([
    ['a binary file', binary],
    ['invalid UTF-8', latin1],
    ['NUL, escape sequences and lone CR', controls]
  ])('should give a correct result or a clear failure for %s (text)', async function (_, name) {
    expectCorrectOrClear(await run([name]), name, 'text')
  })

  it.concurrent('should give a correct result or a clear failure for invalid UTF-8 on stdin', async function () {
    const input = Buffer.from('Café.\nHits: 81\n', 'latin1')
    const result = await run(['--json'], input)
    if (result.code === 0) {
      expect(JSON.parse(result.stdout.toString('utf8'))).toEqual(clean(input.toString('utf8')))
      expect(result.stderr).toBe('deboiler: stdin is not valid UTF-8: invalid bytes read as U+FFFD\n')
    } else {
      expect(result.stdout.length).toBe(0)
      expect(result.stderr).toMatch(/^deboiler: [^\n]*utf-?8[^\n]*\n$/i)
    }
  })

  it.concurrent('should print an empty result for an empty file', async function () {
    expect(await run([empty])).toEqual({code: 0, stdout: Buffer.alloc(0), stderr: ''})
    const json = await run(['--json', empty])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout.toString('utf8'))).toEqual({text: '', stripped: [], format: {markup: 'text', html: false}, page: {article: false, score: 0, kind: 'unknown', kinds: {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}}, language: 'und'})
  })

  const devNull = existsSync('/dev/null') ? it.concurrent : it.skip
  devNull('should read a character device (`/dev/null`) as empty', async function () {
    expect(await run(['/dev/null'])).toEqual({code: 0, stdout: Buffer.alloc(0), stderr: ''})
  })

  it.concurrent('should fail with exit code 1 and one line for a missing file', async function () {
    const result = await run(['--json', missing])
    expect(result).toEqual({
      code: 1,
      stdout: Buffer.alloc(0),
      stderr: 'deboiler: cannot read ' + missing + ': no such file or directory\n'
    })
  })

  it.concurrent('should fail with exit code 1 and one line for a directory', async function () {
    const result = await run(['--explain', directory])
    expect(result).toEqual({code: 1, stdout: Buffer.alloc(0), stderr: 'deboiler: cannot read ' + directory + ': is a directory\n'})
  })

  // Linux's `/dev/full` fails every write with `ENOSPC`, as a full disk does.
  ;(existsSync('/dev/full') ? it.concurrent : it.skip)(
    'should fail with exit code 1 and one line when the output cannot be written',
    async function () {
      const records = file('records.jsonl', Buffer.from('{"url":"https://town.example/1","text":"Story.\\nHits: 81"}\n'))

      for (const args of [['--json', bom], ['batch', '--jobs', '1', records], ['learn', records]]) {
        const output = openSync('/dev/full', 'w')
        try {
          const result = await run(args, undefined, root, output)
          expect(result).toEqual({code: 1, stdout: Buffer.alloc(0), stderr: 'deboiler: cannot write the output: no space left on device\n'})
        } finally {
          closeSync(output)
        }
      }
    }
  )

  it.concurrent('should clean the readable files among odd ones, and fail with exit code 1', async function () {
    const result = await run(['--json', missing, directory, bom, empty])
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')).toEqual([
      'deboiler: cannot read ' + missing + ': no such file or directory',
      'deboiler: cannot read ' + directory + ': is a directory',
      ''
    ])
    const lines = result.stdout.toString('utf8').trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      {file: bom, ...clean('\uFEFFStory.\r\nHits: 81\r\n')},
      {file: empty, ...clean('')}
    ])
  })

  it.concurrent('should show a file name with a line break in it on one line', async function () {
    const name = path.join(folder, 'bad\nname.txt')
    const result = await run([name])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('deboiler: cannot read ' + JSON.stringify(name) + ': no such file or directory\n')
  })

  it.concurrent('should read a file whose name starts with `-` after `--`', async function () {
    const name = file('-dash.txt', Buffer.from('Story.\nHits: 81\n'))
    const result = await run(['--', path.basename(name)], undefined, folder)
    expect({code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr}).toEqual({
      code: 0,
      stdout: 'Story.\n',
      stderr: ''
    })
  })
})

/**
 * Expect a correct result (exit 0, `clean()` of the text the CLI read, as
 * UTF-8 with replacement characters) or a clear failure (exit 1, nothing on
 * stdout, one line on stderr naming the file).
 *
 * @param result
 *   Run.
 * @param name
 *   File.
 * @param format
 *   Output format used.
 */
function expectCorrectOrClear(result: Run, name: string, format: 'json' | 'text'): undefined {
  if (result.code === 0) {
    const bytes = readBytes(name)
    const expected = clean(bytes.toString('utf8'))
    expect(result.stderr).toBe(
      isUtf8(bytes) ? '' : 'deboiler: ' + name + ' is not valid UTF-8: invalid bytes read as U+FFFD\n'
    )
    if (format === 'json') expect(JSON.parse(result.stdout.toString('utf8'))).toEqual(expected)
    // Text output ends in a line break.
    else expect(result.stdout.toString('utf8')).toBe(expected.text === '' || /[\r\n]$/.test(expected.text) ? expected.text : expected.text + '\n')
  } else {
    expect(result.code).toBe(1)
    expect(result.stdout.length).toBe(0)
    expect(result.stderr).toMatch(new RegExp('^deboiler: [^\\n]*' + escape(name) + '[^\\n]*\\n$'))
  }
}

/**
 * Escape a string for use in a regular expression.
 *
 * @param value
 *   String.
 * @returns
 *   Escaped string.
 */
function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}

/**
 * Write a file in the temporary folder.
 *
 * @param name
 *   File name.
 * @param value
 *   Content.
 * @returns
 *   Path.
 */
function file(name: string, value: Buffer): string {
  const result = path.join(folder, name)
  writeFileSync(result, value)
  written.set(result, value)
  return result
}

/**
 * The bytes of a file written by `file()`.
 *
 * @param name
 *   Path.
 * @returns
 *   Bytes.
 */
function readBytes(name: string): Buffer {
  return written.get(name)!
}

/**
 * Deterministic random bytes (a linear congruential generator), with NUL
 * bytes and line breaks among them.
 *
 * @param seed
 *   Seed.
 * @param length
 *   Number of bytes.
 * @returns
 *   Bytes.
 */
function bytes(seed: number, length: number): Buffer {
  let state = seed
  const result = Buffer.alloc(length)
  for (let index = 0; index < length; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    result[index] = state >>> 16
  }

  return result
}

/**
 * Run the CLI.
 *
 * @param args
 *   Arguments.
 * @param input
 *   Stdin (default: none, closed).
 * @param cwd
 *   Working directory (default: the repository).
 * @param output
 *   File descriptor for stdout (default: a pipe, whose bytes are returned).
 * @returns
 *   Exit code and output.
 */
function run(args: Array<string>, input?: Buffer, cwd = root, output?: number): Promise<Run> {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, ['--import', tsx, cli, ...args], {cwd, stdio: ['pipe', output ?? 'pipe', 'pipe']})
    const stdout: Array<Buffer> = []
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout: Buffer.concat(stdout), stderr}))
    child.stdin?.end(input ?? '')
  })
}
