/**
 * Lines of JSONL as bytes: the main thread of a batch finds and packs them,
 * a worker decodes them. Node only in practice, but no Node API.
 */

/**
 * Decodes a chunk (a byte order mark is kept: only line 1 loses one).
 */
const decoder = new TextDecoder('utf-8', {ignoreBOM: true})

/**
 * An error record in place of a line, as a line of JSONL.
 *
 * @param error
 *   What went wrong.
 * @param line
 *   Line number in its input (1-indexed).
 * @param file
 *   Name of the input, when there are several.
 * @param ids
 *   The record’s own identifying fields (`id`, `url`), when it could be read.
 * @returns
 *   JSON, with a final line feed.
 */
export function errorLine(
  error: string,
  line: number,
  file: string | undefined,
  ids?: Readonly<Record<string, unknown>>
): string {
  return JSON.stringify({error, line, ...(file === undefined ? {} : {file}), ...ids}) + '\n'
}

/**
 * Whether a line of bytes is blank (white space only, as `String#trim`
 * sees it).
 *
 * ###### Notes
 * A record starts with `{`: the first byte answers. Only a line of ASCII
 * white space and other bytes is decoded.
 *
 * @param line
 *   Bytes of a line, without its line feed.
 * @returns
 *   Whether it is blank.
 */
export function isBlank(line: Uint8Array): boolean {
  let ascii = true

  for (const byte of line) {
    if (byte >= 0x80) ascii = false
    // Tab, line feed, vertical tab, form feed, carriage return, space.
    else if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false
  }

  return ascii || decoder.decode(line).trim() === ''
}

/**
 * Pack lines into one buffer of its own (safe to transfer), each followed by
 * a line feed.
 *
 * @param lines
 *   Bytes of each line, without its line feed.
 * @param size
 *   Their bytes in all.
 * @returns
 *   Bytes.
 */
export function pack(lines: ReadonlyArray<Uint8Array>, size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size + lines.length)
  let offset = 0

  for (const line of lines) {
    bytes.set(line, offset)
    offset += line.length
    bytes[offset++] = 0x0a
  }

  return bytes
}

/**
 * Decode packed lines.
 *
 * @param bytes
 *   Lines, each followed by a line feed (see `pack()`).
 * @param numbers
 *   Line number of each in its input (1-indexed): line 1 loses a byte order
 *   mark.
 * @returns
 *   Lines, without a final carriage return.
 */
export function unpack(bytes: Uint8Array, numbers: ReadonlyArray<number>): Array<string> {
  // A line feed is never part of a multi-byte character: decoding the whole
  // chunk at once gives what decoding each line would.
  const lines = decoder.decode(bytes).split('\n')
  lines.pop()

  for (const [index, line] of lines.entries()) {
    let value = line.endsWith('\r') ? line.slice(0, -1) : line
    if (numbers[index] === 1 && value.charCodeAt(0) === 0xfeff) value = value.slice(1)
    lines[index] = value
  }

  return lines
}
