import {isUtf8} from 'node:buffer'
import {closeSync, openSync, readFileSync, writeSync} from 'node:fs'
import type {ParseArgsConfig} from 'node:util'
import {command} from './batch.js'
import {
  badSwitch,
  cause,
  cleanSwitches,
  modeAliases,
  parseSwitches,
  quote,
  settingsFrom,
  shown,
  unpacked,
  usage
} from './util.js'
import {categories, clean, type CleanResult, type Stripped} from '../index.js'
import type {ReportDocument} from '../report/index.js'
import {htmlReport} from './report.js'

/**
 * Options of the command line, for `parseArgs`: the switches and one
 * `--no-<category>` per category.
 */
const options: NonNullable<ParseArgsConfig['options']> = {
  ...cleanSwitches,
  explain: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  json: {type: 'boolean'},
  output: {type: 'string', short: 'o'},
  version: {type: 'boolean', short: 'v'}
}

const help = `Usage: deboiler [options] [file...]
       deboiler batch [options] [file.jsonl...]
       deboiler learn [options] [file.jsonl...] > site-profile.json
       deboiler explain [options] [file...] --html report.html
       deboiler queue add|work|results --queue NAME [--redis URL] [...]

Strip scraper debris (related posts, share prompts, counters, credits...) from
article plain text. Reads each file, or stdin when no file is given or for
\`-\` (gzip is unpacked), and prints the clean text, ending in a line break.

Options:
  --json             print the result as JSON, {"text": ..., "stripped": [...],
                     "format": {...}, "page": {"article": ..., "score": ...},
                     "language": ...}, on one line; for several inputs,
                     one line per input with a "file" field first (JSON
                     Lines)
  --explain          print one line per stripped item instead of the text:
                       line:col-line:col  category  ruleId  "text"
                     ("text" is a JSON string; for several inputs each line
                     starts with \`<file>:\`)
  --format <format>  how the input marks its structure: auto (default),
                     text or markdown (Markdown links, images, headings and
                     emphasis read as Markdown)
  --mode <mode>      how hard to cut page chrome: balanced (default),
                     precision (drops more) or recall (keeps more)
  --precision        the same as --mode precision
  --recall           the same as --mode recall
  -o, --output <file>
                     write to this file instead of stdout (\`-\`: stdout)
  --no-<category>    keep debris of that category (repeatable), e.g. --no-tags
  -h, --help         print this help and exit
  -v, --version      print the version and exit

Categories: ${wrap(categories.join(', '), 'Categories: '.length)}

\`deboiler batch\` cleans JSON Lines on all cores, \`deboiler learn\` learns a
site profile (see \`deboiler batch --help\`), \`deboiler queue\` cleans them on
workers of a BullMQ queue on many machines (see \`deboiler queue --help\`).
\`deboiler explain --html FILE\` (\`-\`: stdout) writes one self-contained HTML
page that highlights what was stripped (the options above apply; several
inputs get one page with a table of them).

Exit status: 0 on success, 1 when an input cannot be read (the others are
still cleaned) or the output cannot be written, 2 on a usage error.
`

/**
 * How the results are printed.
 */
type Format = 'explain' | 'json' | 'text'

await main(process.argv.slice(2))

/**
 * Run the command line: read → `clean()` → format.
 *
 * @param args
 *   Arguments, without `node` and the script.
 */
async function main(args: Array<string>): Promise<undefined> {
  // `deboiler file | head` closes the pipe early: stop quietly. Any other
  // write error (a full disk) ends the run with exit code 1.
  process.stdout.on('error', function (error: NodeJS.ErrnoException) {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    process.stderr.write('deboiler: cannot write the output: ' + cause(error) + '\n')
    process.exit(1)
  })

  if (args[0] === 'batch' || args[0] === 'learn') return command(args[0], args.slice(1))
  if (args[0] === 'explain') return explainHtmlCommand(args.slice(1))
  if (args[0] === 'queue') return (await import('./queue.js')).queueCommand(args.slice(1))
  const parsed = parseSwitches(args, options)
  if (!parsed) return undefined
  const {values, positionals} = parsed

  if (values.help) return write(help)
  if (values.version) return write(version() + '\n')
  if (values.json && values.explain) return usage('`--json` and `--explain` cannot be combined')
  const problem = modeAliases(values) ?? badSwitch({mode: values.mode, format: values.format}, values)
  if (problem !== undefined) return usage(problem)

  const format: Format = values.json ? 'json' : values.explain ? 'explain' : 'text'
  const settings = settingsFrom(values)
  const names = positionals.length === 0 ? ['-'] : positionals
  const out = openOutput(values.output as string | undefined)
  if (!out) return undefined

  // One input at a time, printed as soon as it is clean, as `cat` does.
  try {
    for (const name of names) {
      const text = await read(name)
      if (text !== undefined) out.write(print(name, clean(text, settings), format, names.length > 1))
    }
  } finally {
    out.close()
  }

  return undefined
}

/**
 * Where output goes: stdout, or a file of `--output` (`-`: stdout).
 */
interface Output {
  write(value: string): undefined
  close(): undefined
}

/**
 * Open the output of `--output`; on failure, say so on stderr and set exit
 * code 1.
 *
 * @param file
 *   Path, `-` or `undefined` for stdout.
 * @returns
 *   Output, or `undefined` when the file cannot be opened.
 */
function openOutput(file: string | undefined): Output | undefined {
  if (file === undefined || file === '-') return {write, close() {}}
  let fd: number
  try {
    fd = openSync(file, 'w')
  } catch (error) {
    process.stderr.write('deboiler: cannot write ' + shown(file) + ': ' + cause(error) + '\n')
    process.exitCode = 1
    return undefined
  }

  return {
    write(value) {
      if (value) writeSync(fd, value)
    },
    close() {
      closeSync(fd)
    }
  }
}

/**
 * `deboiler explain [file…] --html <page>`: clean each input (stdin when none
 * is given or for `-`) and write one self-contained HTML report; several
 * inputs get the batch page (a table of documents, then a section each).
 *
 * @param args
 *   Arguments after `explain`.
 */
async function explainHtmlCommand(args: Array<string>): Promise<undefined> {
  const parsed = parseSwitches(args, {...options, html: {type: 'string'}})
  if (!parsed) return undefined
  const {values, positionals} = parsed
  const output = values.html
  if (typeof output !== 'string' || output === '') return usage('`explain` needs `--html <file>` (`-`: stdout)')
  const problem = modeAliases(values) ?? badSwitch({mode: values.mode, format: values.format}, values)
  if (problem !== undefined) return usage(problem)

  const settings = settingsFrom(values)
  const documents: Array<ReportDocument> = []

  for (const name of positionals.length === 0 ? ['-'] : positionals) {
    const input = await read(name)
    if (input !== undefined) documents.push({name: name === '-' ? 'stdin' : name, input, result: clean(input, settings)})
  }

  if (documents.length === 0) return undefined
  const out = openOutput(output)
  if (!out) return undefined
  try {
    out.write(htmlReport(documents))
    out.close()
  } catch (error) {
    process.stderr.write('deboiler: cannot write ' + shown(output) + ': ' + cause(error) + '\n')
    process.exitCode = 1
  }

  return undefined
}

/**
 * Read an input as UTF-8; on failure, say so on stderr and set exit code 1.
 *
 * ###### Notes
 * Gzip is unpacked. Bytes that are not UTF-8 are read as U+FFFD (the input
 * is still cleaned), with a warning on stderr.
 *
 * @param name
 *   Path, or `-` for stdin.
 * @returns
 *   Text, or `undefined` when it cannot be read.
 */
async function read(name: string): Promise<string | undefined> {
  try {
    const bytes = unpacked(name === '-' ? await readStdin() : readFileSync(name))
    if (!isUtf8(bytes)) {
      process.stderr.write(
        'deboiler: ' + shown(name === '-' ? 'stdin' : name) + ' is not valid UTF-8: invalid bytes read as U+FFFD\n'
      )
    }

    return bytes.toString('utf8')
  } catch (error) {
    process.stderr.write('deboiler: cannot read ' + shown(name) + ': ' + cause(error) + '\n')
    process.exitCode = 1
    return undefined
  }
}

/**
 * Read all of stdin.
 *
 * @returns
 *   Bytes (joined before decoding, so a character split across chunks survives).
 */
async function readStdin(): Promise<Buffer> {
  // A terminal waits for text: say how to end it, rather than hang silently.
  if (process.stdin.isTTY) {
    process.stderr.write('deboiler: reading text from the terminal; end it with Ctrl-D (see `deboiler --help`)\n')
  }

  const chunks: Array<Buffer> = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Format the result of one input.
 *
 * @param name
 *   Name of the input as given (`-` for stdin).
 * @param result
 *   Result of `clean()`.
 * @param format
 *   Output format.
 * @param several
 *   Whether more than one input was given (then each result names its input).
 * @returns
 *   Output.
 */
function print(name: string, result: CleanResult, format: Format, several: boolean): string {
  if (format === 'json') {
    return JSON.stringify(several ? {file: name, ...result} : result) + '\n'
  }

  if (format === 'explain') {
    let output = ''
    for (const item of result.stripped) output += (several ? name + ':' : '') + explain(item) + '\n'
    return output
  }

  // End in a line break, as text on a terminal should (and keeps the texts
  // of several inputs apart); the text itself is as `clean()` gives it.
  return result.text !== '' && !/[\r\n]$/.test(result.text) ? result.text + '\n' : result.text
}

/**
 * Describe one stripped item on one line.
 *
 * @param item
 *   Stripped item.
 * @returns
 *   `line:col-line:col  category  ruleId  "text"`.
 */
function explain(item: Stripped): string {
  const {start, end} = item.place
  return [
    start.line + ':' + start.column + '-' + end.line + ':' + end.column,
    item.category,
    item.ruleId,
    quote(item.actual)
  ].join('  ')
}

/**
 * Version of the package.
 *
 * @returns
 *   Version, from `package.json` next to `dist/` (`dist/cli.js`) or `src/`
 *   (`src/cli/index.ts`).
 */
function version(): string {
  const url = new URL(import.meta.url.endsWith('.ts') ? '../../package.json' : '../package.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as {version: string}).version
}

/**
 * Write to stdout.
 *
 * @param value
 *   Output.
 */
function write(value: string): undefined {
  if (value) process.stdout.write(value)
}

/**
 * Wrap a comma-separated list at 80 columns.
 *
 * @param value
 *   List.
 * @param indent
 *   Width of what precedes the first line (and indents the others).
 * @returns
 *   Wrapped list.
 */
function wrap(value: string, indent: number): string {
  let result = ''
  let width = indent

  for (const word of value.split(' ')) {
    if (width + word.length + 1 > 80 && width > indent) {
      result = result.trimEnd() + '\n' + ' '.repeat(indent)
      width = indent
    }

    result += word + ' '
    width += word.length + 1
  }

  return result.trimEnd()
}
