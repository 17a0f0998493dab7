import {parseArgs, type ParseArgsConfig} from 'node:util'
import {gunzipSync} from 'node:zlib'
import leven from 'leven'
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
 * Switches of every command that cleans: the categories, `--mode` and its
 * aliases `--precision` and `--recall`, and `--format`.
 */
export const cleanSwitches: NonNullable<ParseArgsConfig['options']> = withCategories({
  format: {type: 'string'},
  mode: {type: 'string'},
  precision: {type: 'boolean'},
  recall: {type: 'boolean'}
})

/**
 * Parse switches and file names; on an unknown or malformed switch, report a
 * usage error, with the nearest known switch for a typo (`--recal` → did you
 * mean `--recall`?).
 *
 * @param args
 *   Arguments.
 * @param options
 *   Switches of the command.
 * @returns
 *   Switches and file names, or `undefined` after a usage error.
 */
export function parseSwitches(
  args: Array<string>,
  options: NonNullable<ParseArgsConfig['options']>
): {values: Record<string, unknown>; positionals: Array<string>} | undefined {
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    const message = firstLine(error)
    const unknown = /^Unknown option '(--?[^']*)'/.exec(message)
    const near = unknown ? nearest(unknown[1]!, Object.keys(options)) : undefined
    usage(near ? message + ', did you mean `--' + near + '`?' : message)
    return undefined
  }
}

/**
 * The known switch nearest to a mistyped one, when it is near enough: at
 * most two edits, and fewer than a third of its letters.
 *
 * @param given
 *   Switch as given (`--recal`).
 * @param names
 *   Known switch names, without dashes.
 * @returns
 *   Name, or `undefined`.
 */
function nearest(given: string, names: ReadonlyArray<string>): string | undefined {
  const name = given.replace(/^-+/, '').split('=')[0]!.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.min(2, Math.ceil(name.length / 3))

  for (const candidate of names) {
    const distance = leven(name, candidate)
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate
      bestDistance = distance
    }
  }

  return best
}

/**
 * Turn `--precision` and `--recall` (trafilatura’s switches) into `--mode`.
 *
 * @param values
 *   Parsed switches (changed in place).
 * @returns
 *   A usage problem (two modes given), or `undefined`.
 */
export function modeAliases(values: Record<string, unknown>): string | undefined {
  const aliases = (['precision', 'recall'] as const).filter((mode) => values[mode] === true)
  if (aliases.length === 0) return undefined
  if (aliases.length > 1 || values.mode !== undefined) {
    return '`--mode`, `--precision` and `--recall` choose one mode: give one of them'
  }

  values.mode = aliases[0]
  return undefined
}

/**
 * Decode the bytes of an input: gzip (`.gz` crawl dumps, found by their
 * magic bytes) is unpacked first.
 *
 * @param bytes
 *   Bytes as read.
 * @returns
 *   Bytes of the text.
 * @throws
 *   When gzip data is corrupt (`unexpected end of file`).
 */
export function unpacked(bytes: Buffer): Buffer {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes
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
