import fc from 'fast-check'
import {clean, categories, explainHtml, lineRule, type CleanResult} from '../src/index.js'
import {contrast, palette, pageColour, textColour, tooltipColours} from '../src/report/palette.js'
import {escapeHtml, measure, renderBatchHtml, renderDocument, renderHtml} from '../src/report/render.js'
import {styles} from '../src/report/style.js'
import {seeds as loadSeeds} from './util/seeds.js'

const seeds = loadSeeds()

const hostile = [
  '<script>alert(1)</script>',
  'Fish & chips &amp; &lt;b&gt; &#60;',
  'He said "yes" and \'no\'',
  'Close </span></mark></div></main></body></html> early',
  '<!-- comment --> <![CDATA[ x ]]> <style>body{display:none}</style>',
  '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>',
  'Windows\r\nline\rbreaks\n\n\ttabs',
  '\n\nleading line breaks',
  'Hits: 81',
  'Share this: <b>Facebook</b> & "Twitter"'
].join('\n')

describe('report', function () {
  it('should escape hostile input in the page', function () {
    const html = explainHtml(clean(hostile), hostile)
    expect(html.toLowerCase().split('<script').length).toBe(1)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('</span></mark></div></main>')
    expect(html).not.toContain('\r')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Fish &amp; chips &amp;amp; &amp;lt;b&amp;gt; &amp;#60;')
    expect(html).toContain('He said &quot;yes&quot; and &#39;no&#39;')
  })

  it('should escape hostile rule ids, reasons and categories in attributes', function () {
    const rule = lineRule(
      {ruleId: 'x"><script>alert(1)</script>', category: 'bad"><b>' as 'chrome', source: 'mine'},
      (line) => (line.value === 'Hits: 81' ? 'Unexpected `"><img src=x>`' : undefined)
    )
    const input = 'Body.\nHits: 81\n'
    const html = renderHtml(clean(input, {plugins: [rule]}), input, {title: '</title><script>'})
    expect(html.toLowerCase().split('<script').length).toBe(1)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(tokens(html).filter((token) => token.type === 'open' && token.name === 'mark').length).toBeGreaterThan(0)
  })

  it('should round-trip hostile input: the highlighted text is the input', function () {
    const result = clean(hostile)
    expect(result.stripped.length).toBeGreaterThan(0)
    expect(highlighted(renderHtml(result, hostile))).toEqual(expected(result, hostile))
  })

  it.each(seeds.map((seed) => [seed.name, seed.input]))('should round-trip seed %s', function (_, input) {
    const result = clean(input)
    expect(highlighted(renderHtml(result, input))).toEqual(expected(result, input))
  })

  it('should round-trip any text', function () {
    const pieces = [
      'Hits: 81',
      'Share this:',
      'Related Posts',
      '<b>',
      '</mark>',
      '&amp;',
      '"',
      "'",
      '\r\n',
      '\n',
      '\r',
      'é',
      '😀',
      'word '
    ]
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), {maxLength: 30}), function (parts) {
        const input = parts.join('').replaceAll('\0', '')
        const result = clean(input)
        expect(highlighted(renderHtml(result, input))).toEqual(expected(result, input))
      }),
      {numRuns: 300}
    )
  })

  it('should show NUL, which HTML cannot hold, as U+FFFD', function () {
    expect(escapeHtml('a\0b')).toBe('a\uFFFDb')
  })

  it('should write the category, the rule id and the reason on every highlight', function () {
    const input = seeds[1]!.input
    const result = clean(input)
    const marks = tokens(renderHtml(result, input))
      .filter(isOpen)
      .filter((token) => token.name === 'mark')
    expect(marks.map((mark) => mark.attributes['data-category'])).toEqual(result.stripped.map((item) => item.category))
    for (const [index, mark] of marks.entries()) {
      const item = result.stripped[index]!
      expect(mark.attributes.tabindex).toBe('0')
      expect(mark.attributes.title).toBe(item.category + ' (' + item.ruleId + '): ' + item.reason)
      expect(mark.attributes['data-tip']).toBe(mark.attributes.title)
      expect(mark.attributes['aria-describedby']).toBe('deboiler-s' + index)
    }
    // The label is generated from `data-category`; the tooltip shows on focus too.
    expect(styles).toContain('.deboiler-span::before{content:attr(data-category)')
    expect(styles).toContain('.deboiler-span:focus::after')
  })

  it('should have a legend with counts per category', function () {
    const input = seeds[1]!.input
    const result = clean(input)
    const html = renderDocument(result, input)
    const related = result.stripped.filter((item) => item.category === 'related').length
    expect(related).toBeGreaterThan(1)
    expect(html).toContain(
      '<li data-category="related"><span class="deboiler-key deboiler-g-links">related</span> <span class="deboiler-count">' +
        related +
        '</span> spans'
    )
    expect(renderDocument(clean('Body.'), 'Body.')).toContain('Nothing was stripped.')
  })

  it('should load nothing and allow no script', function () {
    const input = seeds[0]!.input
    const html = renderHtml(clean(input), input)
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"")
    const tags = tokens(html).filter(isOpen)
    expect(tags.filter((tag) => ['script', 'link', 'img', 'iframe', 'object'].includes(tag.name))).toEqual([])
    expect(tags.filter((tag) => 'src' in tag.attributes)).toEqual([])
    expect(tags.filter((tag) => 'href' in tag.attributes && !tag.attributes.href!.startsWith('#'))).toEqual([])
    expect(styles).not.toMatch(/url\(|@import/)
  })

  it('should make a batch page: a table linking to a section per document', function () {
    const documents = seeds.map((seed) => ({name: seed.name, input: seed.input, result: clean(seed.input)}))
    const html = renderBatchHtml(documents, {title: 'Seeds'})
    const list = tokens(html)
    const ids = list.filter(isOpen).flatMap((token) => (token.attributes.id ? [token.attributes.id] : []))
    expect(new Set(ids).size).toBe(ids.length)
    const links = list.filter(isOpen).flatMap((token) => (token.name === 'a' ? [token.attributes.href!] : []))
    for (const link of links) expect(ids).toContain(link.slice(1))
    for (const [index, document] of documents.entries()) {
      const counts = measure(document.result, document.input)
      expect(counts.spans).toBe(document.result.stripped.length)
      expect(html).toContain(
        '<th scope="row"><a href="#doc-' +
          (index + 1) +
          '">' +
          document.name +
          '</a></th><td>' +
          document.input.length +
          '</td>'
      )
      expect(html).toContain((counts.share * 100).toFixed(1) + ' %</td></tr>')
      expect(highlighted(html, index)).toEqual(expected(document.result, document.input))
    }
  })
})

describe('report colours', function () {
  const swatches = [...new Set(Object.values(palette))]

  it('should have a look for every category', function () {
    expect(Object.keys(palette).sort()).toEqual([...categories].sort())
  })

  it.each(swatches.map((swatch) => [swatch.group, swatch]))('should meet WCAG AA contrast in %s', function (_, swatch) {
    const fills = [swatch.background, ...(swatch.stripe ? [swatch.stripe] : [])]
    for (const fill of fills) {
      // Text and labels (normal size): 4.5:1.
      expect(contrast(textColour, fill)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(swatch.ink, fill)).toBeGreaterThanOrEqual(4.5)
    }

    // The label on white, and the border against the page (non-text: 3:1).
    expect(contrast(swatch.ink, '#FFFFFF')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(swatch.ink, pageColour)).toBeGreaterThanOrEqual(3)
  })

  it('should meet WCAG AA contrast in the tooltip, links and frames', function () {
    expect(contrast(tooltipColours.text, tooltipColours.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(textColour, pageColour)).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#0B57A4', pageColour)).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#767676', pageColour)).toBeGreaterThanOrEqual(3)
  })

  it('should tell groups apart without colour: border style and fill pattern differ', function () {
    const looks = swatches.map((swatch) => swatch.border + (swatch.stripe ? ' striped' : ' plain'))
    expect(new Set(looks).size).toBe(swatches.length)
  })

  it('should compute contrast as WCAG does', function () {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2)
    expect(contrast('#FFFFFF', '#FFFFFF')).toBe(1)
  })
})

/**
 * A token of HTML.
 */
type Token =
  | {type: 'open'; name: string; attributes: Record<string, string>}
  | {type: 'close'; name: string}
  | {type: 'text'; value: string}

/**
 * Whether a token is an open tag.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isOpen(token: Token): token is Extract<Token, {type: 'open'}> {
  return token.type === 'open'
}

/**
 * Text of the highlighted input and of each highlight, from a page.
 *
 * @param html
 *   Page.
 * @param nth
 *   Which highlighted input (0 for the first).
 * @returns
 *   Whole text and the text of each `<mark>`, in order.
 */
function highlighted(html: string, nth = 0): {text: string; marks: Array<string>} {
  const list = tokens(html)
  const starts = list.flatMap((token, index) =>
    token.type === 'open' && token.attributes.class === 'deboiler-text' ? [index] : []
  )
  let index = starts[nth]! + 1
  let depth = 1
  let text = ''
  const marks: Array<string> = []
  let mark: string | undefined

  while (depth > 0) {
    const token = list[index++]!
    if (token.type === 'text') {
      text += token.value
      if (mark !== undefined) mark += token.value
    } else if (token.type === 'open') {
      depth++
      if (token.name === 'mark') mark = ''
    } else {
      depth--
      if (token.name === 'mark' && mark !== undefined) {
        marks.push(mark)
        mark = undefined
      }
    }
  }

  return {text, marks}
}

/**
 * What `highlighted()` should find for a result.
 *
 * @param result
 *   Result of `clean(input)`.
 * @param input
 *   Input.
 * @returns
 *   Input and stripped texts.
 */
function expected(result: CleanResult, input: string): {text: string; marks: Array<string>} {
  return {text: input, marks: result.stripped.map((item) => item.actual)}
}

/**
 * Split HTML as written by the report into tags and decoded text (a small
 * tokenizer, enough for it: double-quoted attributes, no raw `<` in text).
 *
 * @param html
 *   HTML.
 * @returns
 *   Tokens.
 */
function tokens(html: string): Array<Token> {
  const list: Array<Token> = []
  let index = 0

  while (index < html.length) {
    if (html.charAt(index) !== '<') {
      const end = html.indexOf('<', index) === -1 ? html.length : html.indexOf('<', index)
      list.push({type: 'text', value: decode(html.slice(index, end))})
      index = end
    } else if (html.charAt(index + 1) === '!') {
      index = html.indexOf('>', index) + 1
    } else if (html.charAt(index + 1) === '/') {
      const end = html.indexOf('>', index)
      list.push({type: 'close', name: html.slice(index + 2, end)})
      index = end + 1
    } else {
      index = openTag(html, index + 1, list)
    }
  }

  // `<style>` holds CSS, not text; void elements have no close tag.
  return list.filter((token, position) => !(token.type === 'text' && before(list, position) === 'style'))
}

/**
 * Read an open tag.
 *
 * @param html
 *   HTML.
 * @param start
 *   Index after `<`.
 * @param list
 *   Tokens to add to.
 * @returns
 *   Index after `>`.
 */
function openTag(html: string, start: number, list: Array<Token>): number {
  let index = start
  while (index < html.length && !' >'.includes(html.charAt(index))) index++
  const name = html.slice(start, index)
  const attributes: Record<string, string> = {}

  while (html.charAt(index) !== '>') {
    if (html.charAt(index) === ' ' || html.charAt(index) === '/') {
      index++
      continue
    }

    const equals = html.indexOf('=', index)
    const close = html.indexOf('>', index)
    const space = html.indexOf(' ', index)
    if (equals === -1 || equals > close || (space !== -1 && space < equals)) {
      const end = Math.min(close, space === -1 ? close : space)
      attributes[html.slice(index, end)] = ''
      index = end
      continue
    }

    const end = html.indexOf('"', equals + 2)
    attributes[html.slice(index, equals)] = decode(html.slice(equals + 2, end))
    index = end + 1
  }

  const voids = ['meta', 'link', 'br', 'img', 'input']
  list.push({type: 'open', name, attributes})
  if (voids.includes(name)) list.push({type: 'close', name})
  return index + 1
}

/**
 * Name of the element open right before a token (for `<style>` text).
 *
 * @param list
 *   Tokens.
 * @param position
 *   Index of a token.
 * @returns
 *   Tag name.
 */
function before(list: Array<Token>, position: number): string | undefined {
  const token = list[position - 1]
  return token && token.type === 'open' ? token.name : undefined
}

/**
 * Decode the character references the report writes.
 *
 * @param value
 *   Escaped text.
 * @returns
 *   Text.
 */
function decode(value: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"'}
  let result = ''
  let index = 0

  while (index < value.length) {
    const amp = value.indexOf('&', index)
    if (amp === -1) break
    const semi = value.indexOf(';', amp)
    const name = value.slice(amp + 1, semi)
    result += value.slice(index, amp)
    result += name.charAt(0) === '#' ? String.fromCodePoint(Number(name.slice(1))) : named[name]!
    index = semi + 1
  }

  return result + value.slice(index)
}
