import {readFileSync} from 'node:fs'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {categories, clean, type Category, type CleanOptions, type CleanResult, type Stripped} from './index.js'

/**
 * Options of the command line, for `parseArgs`: the switches and one
 * `--no-<category>` per category.
 */
const options: NonNullable<ParseArgsConfig['options']> = {
  explain: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  json: {type: 'boolean'},
  mode: {type: 'string'},
  version: {type: 'boolean', short: 'v'}
}

for (const category of categories) options['no-' + category] = {type: 'boolean'}

type Mode = 'balanced' | 'precision' | 'recall'
const modes: Array<Mode> = ['balanced', 'precision', 'recall']

const help = `Usage: deboiler [options] [file...]

Strip scraper debris (related posts, share prompts, counters, credits...) from
article plain text. Reads each file, or stdin when no file is given or for
\`-\`, and prints the clean text (for several files, each text ends in a line
break).

Options:
  --json             print the result as JSON, {"text": ..., "stripped": [...]},
                     on one line; for several inputs, one line per input
                     with a "file" field first (JSON Lines)
  --explain          print one line per stripped item instead of the text:
                       line:col-line:col  category  ruleId  "text"
                     ("text" is a JSON string; for several inputs each line
                     starts with \`<file>:\`)
  --mode <mode>      how hard to cut page chrome: balanced (default),
                     precision (drops more) or recall (keeps more)
  --no-<category>    keep debris of that category (repeatable), e.g. --no-tags
  -h, --help         print this help and exit
  -v, --version      print the version and exit

Categories: ${wrap(categories.join(', '), 'Categories: '.length)}

Exit status: 0 on success, 1 when an input cannot be read (the others are
still cleaned), 2 on a usage error.
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
  // `deboiler file | head` closes the pipe early: stop quietly.
  process.stdout.on('error', function (error: NodeJS.ErrnoException) {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })

  const parsed = parse(args)
  if (!parsed) return undefined
  const {values, positionals} = parsed

  if (values.help) return write(help)
  if (values.version) return write(version() + '\n')
  if (values.json && values.explain) return usage('`--json` and `--explain` cannot be combined')
  if (values.mode !== undefined && !modes.includes(values.mode as Mode)) {
    return usage('`--mode` must be one of ' + modes.join(', ') + ', not `' + String(values.mode) + '`')
  }

  const format: Format = values.json ? 'json' : values.explain ? 'explain' : 'text'
  const settings = settingsFrom(values)
  const names = positionals.length === 0 ? ['-'] : positionals

  // One input at a time, printed as soon as it is clean, as `cat` does.
  for (const name of names) {
    const text = await read(name)
    if (text !== undefined) write(print(name, clean(text, settings), format, names.length > 1))
  }

  return undefined
}

/**
 * Parse arguments; on an unknown or malformed flag, report a usage error.
 *
 * @param args
 *   Arguments.
 * @returns
 *   Switches and file names, or `undefined` on a usage error.
 */
function parse(args: Array<string>): {values: Record<string, unknown>; positionals: Array<string>} | undefined {
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    usage(firstLine(error))
    return undefined
  }
}

/**
 * Turn `--no-<category>` switches into options for `clean()`.
 *
 * @param values
 *   Parsed switches.
 * @returns
 *   Options, or `undefined` when all categories are on.
 */
function settingsFrom(values: Record<string, unknown>): CleanOptions | undefined {
  const rules: Partial<Record<Category, boolean>> = {}
  let off = false

  for (const category of categories) {
    if (values['no-' + category]) {
      rules[category] = false
      off = true
    }
  }

  const mode = values.mode as Mode | undefined
  if (!off && !mode) return undefined
  return {...(off ? {rules} : {}), ...(mode ? {mode} : {})}
}


/**
 * Read an input as UTF-8; on failure, say so on stderr and set exit code 1.
 *
 * @param name
 *   Path, or `-` for stdin.
 * @returns
 *   Text, or `undefined` when it cannot be read.
 */
async function read(name: string): Promise<string | undefined> {
  try {
    if (name === '-') return await readStdin()
    return readFileSync(name, 'utf8')
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
 *   Text.
 */
async function readStdin(): Promise<string> {
  const chunks: Array<Buffer> = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  // Joined before decoding, so a character split across chunks survives.
  return Buffer.concat(chunks).toString('utf8')
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

  // Keep the texts of several inputs apart.
  return several && result.text !== '' && !/[\r\n]$/.test(result.text) ? result.text + '\n' : result.text
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
 * Quote text as a JSON string that cannot break a line.
 *
 * ###### Notes
 * `JSON.stringify` escapes C0 controls (`\n`, `\r`, NUL…), quotes and lone
 * surrogates; DEL, C1 controls (NEL is a line break for some tools) and the
 * Unicode line and paragraph separators are escaped here as well.
 *
 * @param value
 *   Text.
 * @returns
 *   Quoted text.
 */
function quote(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u2028\u2029]/g, function ($0) {
    return '\\u' + $0.charCodeAt(0).toString(16).padStart(4, '0')
  })
}

/**
 * Show a file name on one line (quoted when it holds control characters).
 *
 * @param name
 *   File name.
 * @returns
 *   Printable name.
 */
function shown(name: string): string {
  return /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(name) ? quote(name) : name
}

/**
 * The reason a file could not be read, as a short phrase.
 *
 * @param error
 *   Error of `fs` (`ENOENT: no such file or directory, open 'x'`).
 * @returns
 *   Reason (`no such file or directory`).
 */
function cause(error: unknown): string {
  const message = firstLine(error)
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  // `EISDIR: illegal operation on a directory, read`: say what it is.
  if (code === 'EISDIR') return 'is a directory'
  if (!code || !message.startsWith(code + ': ')) return message
  return message.slice(code.length + 2).replace(/, [a-z]+(?: '[^\r\n]*')?$/, '')
}

/**
 * Report a usage error and set exit code 2.
 *
 * @param message
 *   What is wrong.
 */
function usage(message: string): undefined {
  process.stderr.write('deboiler: ' + message + ' (see `deboiler --help`)\n')
  process.exitCode = 2
}

/**
 * The first line of an error’s message.
 *
 * @param error
 *   Error (or anything thrown).
 * @returns
 *   One line.
 */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // parseArgs: “Unknown option '--x'. To specify a positional argument…”.
  return message.split(/\r?\n|\r/)[0]!.replace(/\. To specify a positional argument.*$/, '')
}

/**
 * Version of the package.
 *
 * @returns
 *   Version, from `package.json` next to `src/` or `dist/`.
 */
function version(): string {
  const url = new URL('../package.json', import.meta.url)
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
