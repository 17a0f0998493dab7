/**
 * Fields that identify a record, by default.
 */
export const defaultIdFields: ReadonlyArray<string> = ['id', 'url']

/**
 * The identifying fields a record has, to copy into its error record.
 *
 * @param record
 *   Record (anything: only an object has fields).
 * @param fields
 *   Names of the identifying fields (default: `id`, `url`).
 * @returns
 *   Those of the fields the record has (own properties), with their values.
 */
export function idsOf(record: unknown, fields: ReadonlyArray<string> | null | undefined): Record<string, unknown> {
  const ids: Record<string, unknown> = {}
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return ids

  for (const field of fields ?? defaultIdFields) {
    // The error record’s own fields win.
    if (field === 'error' || field === 'index' || field === 'line' || field === 'file') continue
    if (Object.hasOwn(record, field)) ids[field] = (record as Record<string, unknown>)[field]
  }

  return ids
}
