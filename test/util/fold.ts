/**
 * Wrap text as `fold -s -w width` does: break each line after the last
 * space that fits (the space stays at the end of the line), or at the width
 * when no space fits.
 */
export function fold(value: string, width: number): string {
  return value
    .split('\n')
    .map(function (line) {
      const parts: Array<string> = []
      let rest = line
      while (rest.length > width) {
        const space = rest.lastIndexOf(' ', width - 1)
        const cut = space > 0 ? space + 1 : width
        parts.push(rest.slice(0, cut))
        rest = rest.slice(cut)
      }

      parts.push(rest)
      return parts.join('\n')
    })
    .join('\n')
}
