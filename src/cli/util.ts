import type {ParseArgsConfig} from 'node:util'
import {categories, type Category, type CleanOptions} from '../index.js'
import {checkOptions, type FormatOption, type Mode, type OptionKey} from '../options.js'

/**
 * Add one `--no-<category>` switch per category to options of `parseArgs`.
 *
 * @param options
 *   Options (changed in place).
 * @returns
 *   The same options.
 */
export function withCategories(options: NonNullable<ParseArgsConfig['options']>): NonNullable<ParseArgsConfig['options']> {
  for (const category of categories) options['no-' + category] = {type: 'boolean'}
  return options
}

/**
 * Check the options that switches give, as the API does.
 *
 * @param options
 *   Options, from switches.
 * @param values
 *   Parsed switches, as given.
 * @returns
 *   The message for the first bad one (naming its switch and showing what
 *   was given), or `undefined`.
 */
export function badSwitch(options: Partial<Record<OptionKey, unknown>>, values: Record<string, unknown>): string | undefined {
  try {
    checkOptions(options, Object.keys(options) as Array<OptionKey>, {name: switchOf, shown: (key) => String(values[switchOf(key).slice(2)])})
  } catch (error) {
    return (error as Error).message
  }

  return undefined
}

/**
 * The switch of an option.
 *
 * @param key
 *   Option (`workerHeap`).
 * @returns
 *   Switch (`--worker-heap`).
 */
function switchOf(key: OptionKey): string {
  return '--' + key.replace(/[A-Z]/g, ($0) => '-' + $0.toLowerCase())
}

/**
 * Turn `--no-<category>`, `--mode` and `--format` switches into options for
 * `clean()`.
 *
 * @param values
 *   Parsed switches.
 * @returns
 *   Options, or `undefined` when all categories are on.
 */
export function settingsFrom(values: Record<string, unknown>): CleanOptions | undefined {
  const rules: Partial<Record<Category, boolean>> = {}
  let off = false

  for (const category of categories) {
    if (values['no-' + category]) {
      rules[category] = false
      off = true
    }
  }

  const mode = values.mode as Mode | undefined
  const format = values.format as FormatOption | undefined
  if (!off && !mode && !format) return undefined
  return {...(off ? {rules} : {}), ...(mode ? {mode} : {}), ...(format ? {format} : {})}
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
export function quote(value: string): string {
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
export function shown(name: string): string {
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
export function cause(error: unknown): string {
  const {code, syscall} = (error ?? {}) as NodeJS.ErrnoException
  // `EISDIR: illegal operation on a directory, read`: say what it is.
  if (code === 'EISDIR') return 'is a directory'
  const message = error instanceof Error ? error.message : String(error)
  if (!code || !message.startsWith(code + ': ')) return firstLine(error)
  // `ENOENT: no such file or directory, open 'x'`: cut at the syscall, as the
  // file name after it may hold anything, line breaks too.
  const end = syscall ? message.indexOf(', ' + syscall) : -1
  return firstLine(message.slice(code.length + 2, end < 0 ? undefined : end))
}

/**
 * Report a usage error and set exit code 2.
 *
 * @param message
 *   What is wrong.
 */
export function usage(message: string): undefined {
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
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // parseArgs: “Unknown option '--x'. To specify a positional argument…”.
  const line = message.split(/\r?\n|\r/)[0]!
  const hint = line.indexOf('. To specify a positional argument')
  return hint < 0 ? line : line.slice(0, hint)
}
