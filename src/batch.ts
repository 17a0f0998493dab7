import {clean} from './clean.js'
import {checkOptions, recordKeys} from './options.js'
import {siteOf, type Doc} from './profile.js'
import type {CleanOptions, CleanResult, Stripped} from './types.js'
import {assertIterable} from './util/check.js'
import {defaultIdFields, idsOf} from './util/ids.js'

/**
 * Configuration for `cleanMany()` and `cleanRecord()`: those of `clean()`,
 * plus where records keep their text and site.
 */
export interface CleanManyOptions extends CleanOptions {
  /**
   * Field of a record holding its text.
   *
   * @default 'text'
   */
  field?: string | null | undefined
  /**
   * Field of a record holding its site or URL, for `profile` (a URL gives its
   * host without `www.`); `options.site`, when given, wins.
   *
   * @default 'url'
   */
  siteField?: string | null | undefined
  /**
   * Whether records get the `stripped` list.
   *
   * @default true
   */
  stripped?: boolean | null | undefined
  /**
   * Field to put the page verdict in (`{article, score}`, see
   * `CleanResult.page`), to route listings, product pages and forums apart
   * from articles (default: none; a field of that name is replaced).
   */
  pageField?: string | null | undefined
  /**
   * Fields of a record that identify it, copied into its error record when it
   * cannot be cleaned (those it has), so that failures can be joined back.
   *
   * @default ['id', 'url']
   */
  idFields?: ReadonlyArray<string> | null | undefined
}

/**
 * A cleaned record: the input’s fields, the text field cleaned, `stripped`
 * (unless turned off), and the page verdict when `pageField` names a field.
 */
export type CleanedRecord = Record<string, unknown> & {stripped?: Array<Stripped>}

/**
 * A record that could not be cleaned (no text field, or `clean()` threw), as
 * `cleanMany()` yields it.
 */
export interface RecordError {
  /** What went wrong. */
  error: string
  /** Position of the document in the input (0-indexed). */
  index: number
  /** The record’s own identifying fields (`idFields`: `id`, `url`), those it has. */
  [field: string]: unknown
}

/**
 * Result of `cleanRecord()`: the cleaned record, or why there is none.
 */
export type RecordResult = {record: CleanedRecord; error?: undefined} | {record?: undefined; error: string}

/**
 * Result of one document: a `CleanResult` for a string, a cleaned record or
 * an error for a record.
 */
export type ManyResult = CleanResult | CleanedRecord | RecordError

/**
 * Batch options, split from those of `clean()`.
 */
interface Settings {
  field: string
  siteField: string
  stripped: boolean
  pageField: string | undefined
  idFields: ReadonlyArray<string>
  clean: CleanOptions | undefined
}

/**
 * Clean many documents, in order.
 *
 * ###### Notes
 * Takes a sync or async iterable and always returns an async iterable (use
 * `for await`). Documents are cleaned one at a time, as they are pulled, so
 * memory does not grow with the input. A string gives a `CleanResult`; a
 * record gives a copy with its text field cleaned and `stripped` added; a
 * record without a string in the text field gives `{error, index}` instead
 * of throwing, so one bad record never stops a batch. `docs` and the options
 * are checked before the first document (a `TypeError`).
 *
 * @param docs
 *   Strings or records.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Results, in the order of `docs`.
 */
export async function* cleanMany(
  docs: Iterable<Doc> | AsyncIterable<Doc>,
  options?: Readonly<CleanManyOptions> | null
): AsyncGenerator<ManyResult, undefined, undefined> {
  assertIterable(docs, 'docs')
  const settings = split(options)
  let index = 0

  for await (const doc of docs) {
    if (typeof doc === 'string') {
      yield clean(doc, settings.clean)
    } else {
      const result = cleanOne(doc, settings)
      yield typeof result === 'string' ? {error: result, index, ...idsOf(doc, settings.idFields)} : result
    }

    index++
  }

  return undefined
}

/**
 * Clean the text field of one record.
 *
 * ###### Notes
 * Pure, and the unit of work for any engine that maps over records (see
 * “Batch and scale” in the README). Never throws for a bad record: it
 * returns `{error}` instead (bad options still throw a `TypeError`).
 *
 * @param record
 *   Record, such as a parsed JSON line.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{record}`: a copy with the text cleaned and `stripped` added (last);
 *   or `{error}`.
 */
export function cleanRecord(record: unknown, options?: Readonly<CleanManyOptions> | null): RecordResult {
  const result = cleanOne(record, split(options))
  return typeof result === 'string' ? {error: result} : {record: result}
}

/**
 * Clean one record with split settings.
 *
 * @param record
 *   Record.
 * @param settings
 *   Settings from `split()`.
 * @returns
 *   Cleaned record, or the reason it could not be cleaned.
 */
function cleanOne(record: unknown, settings: Settings): CleanedRecord | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return 'Expected a JSON object, not ' + (record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record)
  }

  const fields = record as Record<string, unknown>
  const text = Object.hasOwn(fields, settings.field) ? fields[settings.field] : undefined
  if (typeof text !== 'string') {
    return text === undefined
      ? 'Missing field `' + settings.field + '`'
      : 'Expected field `' + settings.field + '` to be a string, not ' + (text === null ? 'null' : typeof text)
  }

  let result: CleanResult
  try {
    const site = settings.clean?.profile && !settings.clean.site ? siteOf(fields[settings.siteField]) : undefined
    result = clean(text, site === undefined ? settings.clean : {...settings.clean, site})
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }

  // Own properties only, so a `__proto__` key stays data.
  const output: CleanedRecord = Object.fromEntries(Object.entries(fields)) as CleanedRecord
  output[settings.field] = result.text
  if (settings.stripped) {
    delete output.stripped
    output.stripped = result.stripped
  }

  if (settings.pageField !== undefined) {
    delete output[settings.pageField]
    output[settings.pageField] = result.page
  }

  return output
}

/**
 * Check options and split the batch ones from those of `clean()`.
 *
 * @param options
 *   Options.
 * @returns
 *   Field names, whether to add `stripped` and where the page verdict, and
 *   options for `clean()`.
 */
function split(options: Readonly<CleanManyOptions> | null | undefined): Settings {
  const {field, siteField, stripped, pageField, idFields, ...rest} = checkOptions(options, recordKeys) ?? {}
  const some = Object.values(rest).some((value) => value !== undefined && value !== null)
  // No options for `clean()`: let it reuse its default processor.
  return {
    field: field ?? 'text',
    siteField: siteField ?? 'url',
    stripped: stripped ?? true,
    pageField: pageField ?? undefined,
    idFields: idFields ?? defaultIdFields,
    clean: some ? rest : undefined
  }
}
