import {createWriteStream, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import type {ParseArgsConfig} from 'node:util'
import {badSwitch, cause, cleanSwitches, modeAliases, parseSwitches, settingsFrom, shown, usage} from './util.js'
import {checkProfile, mergeProfiles, type Profile} from '../index.js'
import {cleanJsonl, learnJsonl, type Progress, type Summary} from '../node/index.js'
import {progressBar} from './progress.js'

const batchOptions: NonNullable<ParseArgsConfig['options']> = {
  ...cleanSwitches,
  field: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  'id-field': {type: 'string', multiple: true},
  jobs: {type: 'string', short: 'j'},
  learn: {type: 'boolean'},
  'no-stripped': {type: 'boolean'},
  output: {type: 'string', short: 'o'},
  'page-field': {type: 'string'},
  profile: {type: 'string'},
  'site-field': {type: 'string'},
  timeout: {type: 'string'},
  'worker-heap': {type: 'string'}
}

const learnOptions: NonNullable<ParseArgsConfig['options']> = {
  field: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  output: {type: 'string', short: 'o'},
  'site-field': {type: 'string'}
}

const help = `Usage: deboiler batch [options] [file.jsonl...]
       deboiler learn [options] [file.jsonl...] > site-profile.json

batch: clean the text field of each JSON Lines record on a pool of worker
threads, and print JSON Lines in input order: every field kept, the text
cleaned, and "stripped" added. Reads the files, or stdin when none is given
or for \`-\` (gzip is unpacked). A line that is not JSON, or a record without
the text field, becomes {"error": "...", "line": N} (with "file" for several
files, and the record's "id" and "url"); blank lines are skipped. A progress bar goes to stderr when it is a
terminal; a line on stderr says how many records failed, if any.

learn: count the lines each site repeats across its pages, and print the
profile as JSON (merge profiles of shards with \`mergeProfiles()\`).

Options:
  --field <name>       field with the text (default: text)
  --site-field <name>  field with the site or URL, for profiles; a URL gives
                       its host without www. (default: url)
  -j, --jobs <n>       worker threads (batch; default: ${availableParallelism()}, the cores)
  --worker-heap <mb>   heap of each worker (batch; default: 128, at least 32);
                       a record over a 32nd of it (4 MB) becomes an error
                       record, as one the worker runs out of memory on
  --timeout <s>        seconds a worker may spend on one chunk of records
                       (batch; default: 300); a record that takes longer
                       becomes an error record
  --no-stripped        leave out the "stripped" list (batch)
  --id-field <name>    a field that identifies a record, copied into its error
                       record (repeatable; default: id and url) (batch)
  --page-field <name>  add the page verdict, {"article": true, "score": 0.97},
                       in this field, to route what is not an article (batch)
  --profile <file>     also strip the lines a site repeats, from a profile
                       made by \`deboiler learn\` (batch)
  --learn              learn the profile from the input files first, then
                       clean them with it (batch; files only, not stdin)
  -o, --output <file>  write to this file instead of stdout (\`-\`: stdout)
  --mode <mode>        balanced (default), precision or recall (batch)
  --precision, --recall
                       the same as --mode precision or --mode recall (batch)
  --format <format>    auto (default), text or markdown (batch)
  --no-<category>      keep debris of that category (batch)
  -h, --help           print this help and exit

Exit status: 0 when every record was cleaned, 1 when a record failed, an
input cannot be read (the others are still done) or the output cannot be
written, 2 on a usage error.
`

/**
 * Run `deboiler batch` or `deboiler learn`.
 *
 * @param name
 *   Command.
 * @param args
 *   Arguments after it.
 */
export async function command(name: 'batch' | 'learn', args: Array<string>): Promise<undefined> {
  const parsed = parseSwitches(args, name === 'batch' ? batchOptions : learnOptions)
  if (!parsed) return undefined
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(help)
  const inputs = positionals.length === 0 ? ['-'] : positionals
  const field = values.field as string | undefined
  const siteField = values['site-field'] as string | undefined
  const output = values.output as string | undefined
  return name === 'learn' ? learn(inputs, field, siteField, output) : batch(inputs, values, field, siteField, output)
}

/**
 * Open the output of `--output` (`-` or none: stdout).
 *
 * @param file
 *   Path, `-`, or `undefined`.
 * @returns
 *   Stream, and how to finish it.
 */
function openOutput(file: string | undefined): {stream: Writable; end(): Promise<undefined>} {
  if (file === undefined || file === '-') return {stream: process.stdout, end: async () => undefined}
  const stream = createWriteStream(file)
  return {
    stream,
    async end() {
      stream.end()
      await finished(stream)
      return undefined
    }
  }
}

/**
 * Say on stderr how many records failed (terminal or not: a pipe hides the
 * progress bar, not the failures), and set exit code 1.
 *
 * @param failed
 *   Error records written.
 * @param records
 *   Records written in all.
 */
function failures(failed: number, records: number): undefined {
  if (failed === 0) return undefined
  process.stderr.write(
    'deboiler: ' +
      failed +
      ' of ' +
      records +
      (records === 1 ? ' record' : ' records') +
      ' failed: their lines hold "error" (and "line", "file")\n'
  )
  process.exitCode = 1
}

/**
 * Run `deboiler learn`.
 *
 * @param inputs
 *   Files, `-` for stdin.
 * @param field
 *   Text field.
 * @param siteField
 *   Site field.
 * @param file
 *   Output file (`-` or none: stdout).
 */
async function learn(
  inputs: Array<string>,
  field: string | undefined,
  siteField: string | undefined,
  file: string | undefined
): Promise<undefined> {
  const result = await learnWithBar(inputs, field, siteField)
  report(result)
  failures(result.failed, result.records)
  if (result.records > result.failed && Object.keys(result.profile.sites).length === 0) {
    const records = result.records - result.failed
    process.stderr.write(
      'deboiler: no site found in ' +
        records +
        (records === 1 ? ' record' : ' records') +
        ': none has a URL or site in `' +
        (siteField ?? 'url') +
        '` (give the field with `--site-field <name>`)\n'
    )
  }

  const output = openOutput(file)
  output.stream.write(JSON.stringify(result.profile) + '\n')
  await output.end()
}

/**
 * Learn a profile, with a progress bar on a terminal.
 *
 * @param inputs
 *   Files, `-` for stdin.
 * @param field
 *   Text field.
 * @param siteField
 *   Site field.
 * @returns
 *   Profile and counts.
 */
async function learnWithBar(
  inputs: Array<string>,
  field: string | undefined,
  siteField: string | undefined
): ReturnType<typeof learnJsonl> {
  const bar = process.stderr.isTTY ? progressBar(process.stderr, 'learned') : undefined
  const result = await learnJsonl(inputs, {field, siteField, onProgress: bar && update(bar)})
  bar?.done()
  return result
}

/**
 * Run `deboiler batch`.
 *
 * @param inputs
 *   Files, `-` for stdin.
 * @param values
 *   Switches.
 * @param field
 *   Text field.
 * @param siteField
 *   Site field.
 * @param file
 *   Output file (`-` or none: stdout).
 */
async function batch(
  inputs: Array<string>,
  values: Record<string, unknown>,
  field: string | undefined,
  siteField: string | undefined,
  file: string | undefined
): Promise<undefined> {
  const pool = {
    jobs: values.jobs === undefined ? availableParallelism() : Number(values.jobs),
    workerHeap: values['worker-heap'] === undefined ? undefined : Number(values['worker-heap']),
    timeout: values.timeout === undefined ? undefined : Number(values.timeout)
  }
  const problem = modeAliases(values) ?? badSwitch({...pool, mode: values.mode, format: values.format}, values)
  if (problem !== undefined) return usage(problem)
  // stdin cannot be read twice.
  if (values.learn && inputs.includes('-')) return usage('`--learn` reads its input twice: give files, not stdin')
  let profile: Profile | undefined

  if (typeof values.profile === 'string') {
    profile = readProfile(values.profile)
    if (!profile) return undefined
  }

  if (values.learn) {
    const learned = await learnWithBar(inputs, field, siteField)
    profile = profile ? mergeProfiles(profile, learned.profile) : learned.profile
  }

  const bar = process.stderr.isTTY ? progressBar(process.stderr, 'cleaned') : undefined
  const output = openOutput(file)
  const result = await cleanJsonl(inputs, output.stream, {
    ...settingsFrom(values),
    ...pool,
    field,
    siteField,
    stripped: !values['no-stripped'],
    pageField: values['page-field'] as string | undefined,
    idFields: values['id-field'] as Array<string> | undefined,
    profile,
    onProgress: bar && update(bar)
  })
  bar?.done()
  await output.end()
  report(result)
  failures(result.failed, result.records)
}

/**
 * Read the profile of `--profile`; on failure, report a usage error.
 *
 * @param file
 *   Path.
 * @returns
 *   Profile, or `undefined` when it cannot be read.
 */
function readProfile(file: string): Profile | undefined {
  try {
    return checkProfile(JSON.parse(readFileSync(file, 'utf8')), 'profile')
  } catch (error) {
    usage('cannot read profile ' + shown(file) + ': ' + cause(error))
    return undefined
  }
}

/**
 * Report inputs that could not be read, and set exit code 1.
 *
 * @param summary
 *   Summary of a run.
 */
function report(summary: Summary): undefined {
  for (const {input, error} of summary.unreadable) {
    process.stderr.write('deboiler: cannot read ' + shown(input) + ': ' + cause(error) + '\n')
    process.exitCode = 1
  }
}

/**
 * Feed a progress bar.
 *
 * @param bar
 *   Bar.
 * @returns
 *   Progress callback.
 */
function update(bar: ReturnType<typeof progressBar>): (progress: Progress) => undefined {
  return (progress) => bar.update(progress)
}
