// Command lines of the bench scripts: flags, `--help`, one-line errors.
//
// Every script documents itself in its header comment (the `//` lines after
// the shebang): `--help` prints that header; a bad flag or value prints one
// line, `<script>: <what is wrong> (see --help)`, and exits with code 2.

import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

/**
 * Parse the flags of a script (strict: an unknown flag is an error).
 *
 * @param {string} script
 *   `import.meta.url` of the script (its header is the help).
 * @param {Record<string, 'boolean' | 'string'>} spec
 *   Flags and their types (`--help` and `-h` are added).
 * @param {Array<string>} [argv]
 * @returns {Record<string, string | boolean | undefined>}
 */
export function parseFlags(script, spec, argv = process.argv.slice(2)) {
  /** @type {Record<string, {type: 'boolean' | 'string', short?: string}>} */
  const options = {help: {type: 'boolean', short: 'h'}}
  for (const [name, type] of Object.entries(spec)) options[name] = {type}
  let values

  try {
    values = parseArgs({args: argv, options, strict: true}).values
  } catch (error) {
    badFlag(error.message)
  }

  if (values.help) {
    process.stdout.write(header(script))
    process.exit(0)
  }

  return values
}

/**
 * The header comment of a script, without the comment marks.
 *
 * @param {string} script
 *   `import.meta.url` of the script.
 * @returns {string}
 */
export function header(script) {
  const lines = readFileSync(fileURLToPath(script), 'utf8').split('\n')
  const start = lines[0].startsWith('#!') ? 1 : 0
  const end = lines.findIndex((line, index) => index >= start && !line.startsWith('//'))
  return (
    lines
      .slice(start, end)
      .map((line) => line.replace(/^\/\/ ?/, ''))
      .join('\n') + '\n'
  )
}

/**
 * A flag's value as a positive number (`undefined` when the flag is absent).
 *
 * @param {Record<string, unknown>} values
 * @param {string} name
 * @param {{integer?: boolean, zero?: boolean}} [how]
 *   `integer`: a whole number; `zero`: 0 is allowed.
 * @returns {number | undefined}
 */
export function numberFlag(values, name, how = {}) {
  const raw = values[name]
  if (raw === undefined) return undefined
  const value = Number(raw)
  const ok =
    raw !== '' &&
    Number.isFinite(value) &&
    (how.zero ? value >= 0 : value > 0) &&
    (!how.integer || Number.isSafeInteger(value))
  if (!ok) badFlag(`--${name} expects a ${how.zero ? '' : 'positive '}${how.integer ? 'whole ' : ''}number, not \`${raw}\``)
  return value
}

/**
 * Stop on a bad flag or value: one line, exit code 2.
 *
 * @param {string} message
 * @returns {never}
 */
export function badFlag(message) {
  fail(`${message} (see --help)`)
}

/**
 * Stop with exit code 2 when the benchmark cannot start (a missing file).
 *
 * @param {string} message
 * @returns {never}
 */
export function fail(message) {
  process.stderr.write(`${name()}: ${message}\n`)
  process.exit(2)
}

/**
 * Stop with exit code 1 when the benchmark itself broke.
 *
 * @param {unknown} error
 * @returns {never}
 */
export function crash(error) {
  process.stderr.write(`${name()}: ${error && error.stack ? error.stack : error}\n`)
  process.exit(1)
}

/**
 * `| head` closes the pipe early: stop quietly.
 */
export function quietPipe() {
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

function name() {
  return 'bench/' + basename(process.argv[1] ?? 'bench')
}
