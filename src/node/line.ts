import {cleanRecord, type CleanManyOptions} from '../index.js'
import {idsOf} from '../util/ids.js'
import {errorLine} from './jsonl.js'

/**
 * One line of JSONL, cleaned.
 */
export interface CleanedLine {
  /** The output line, ending in `\n`: the cleaned record or an error record. */
  output: string
  /** Whether it is an error record. */
  failed: boolean
}

/**
 * Clean one line of JSONL into one line of JSONL; a line that is not JSON or
 * has no text field becomes an error record with its line number (and file,
 * and the record’s own `id` and `url`).
 *
 * ###### Notes
 * The one place a line becomes output: `cleanJsonl()` workers and queue
 * workers (`deboiler/queue`) give the same bytes for the same line.
 *
 * @param line
 *   Line, without its line feed.
 * @param number
 *   Its number in its input (1-indexed).
 * @param file
 *   Name of its input, when there are several.
 * @param settings
 *   Options for `cleanRecord()`.
 * @returns
 *   Output line and whether it failed.
 */
export function cleanLine(line: string, number: number, file: string | undefined, settings: CleanManyOptions): CleanedLine {
  let error: string
  let record: unknown

  try {
    record = JSON.parse(line)
    const result = cleanRecord(record, settings)
    if (result.record) return {output: JSON.stringify(result.record) + '\n', failed: false}
    error = result.error
  } catch (cause) {
    error = (cause instanceof SyntaxError ? 'Malformed JSON: ' : '') + (cause instanceof Error ? cause.message : String(cause))
  }

  return {output: errorLine(error, number, file, idsOf(record, settings.idFields)), failed: true}
}
