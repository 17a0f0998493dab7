/**
 * Name the type of a value for an error message.
 *
 * @param value
 *   Anything.
 * @returns
 *   `typeof`, with `null` and arrays named.
 */
export function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

/**
 * Check that documents come as a sync or async iterable: a string is
 * iterable too (by character), but never what a caller of a batch API means.
 *
 * @param value
 *   What the caller passed.
 * @param name
 *   Its name, for the error.
 * @throws {TypeError}
 *   When `value` is a string or not iterable.
 */
export function assertIterable(value: unknown, name: string): asserts value is Iterable<unknown> | AsyncIterable<unknown> {
  const iterable =
    typeof value === 'object' &&
    value !== null &&
    (Symbol.iterator in value || Symbol.asyncIterator in value)

  if (!iterable) {
    throw new TypeError(
      'Expected `' + name + '` to be an iterable or async iterable of documents, not `' + typeOf(value) + '`' +
        (typeof value === 'string' ? ' (wrap one document in an array)' : '')
    )
  }
}
