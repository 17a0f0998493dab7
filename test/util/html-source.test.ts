import {htmlSource} from '../../src/util/html-source.js'

/**
 * The text of each piece of markup `htmlSource` finds.
 *
 * @param value
 *   Text.
 * @returns
 *   Pieces’ texts, or `undefined`.
 */
function pieces(value: string): Array<string> | undefined {
  return htmlSource(value)?.map((piece) => value.slice(piece.start, piece.end))
}

describe('htmlSource', function () {
  it('should find the tags, comments, scripts and styles of a page’s source', function () {
    const value = [
      '<!DOCTYPE html>',
      '<HTML><head><!-- built 2024 --><script type="text/javascript">if (a < b) run("</div>")</SCRIPT>',
      '<style>p > a {color: red}</style></head>',
      '<body><p class="lead">Text.</p></body></html>'
    ].join('\n')
    expect(pieces(value)).toEqual([
      '<!DOCTYPE html>',
      '<HTML>',
      '<head>',
      '<!-- built 2024 -->',
      '<script type="text/javascript">if (a < b) run("</div>")</SCRIPT>',
      '<style>p > a {color: red}</style>',
      '</head>',
      '<body>',
      '<p class="lead">',
      '</p>',
      '</body>',
      '</html>'
    ])
    expect(htmlSource(value)!.map((piece) => piece.kind)).toEqual([
      'tag',
      'tag',
      'tag',
      'comment',
      'element',
      'element',
      'tag',
      'tag',
      'tag',
      'tag',
      'tag',
      'tag'
    ])
  })

  it('should read a tag over line breaks, and a `<` that opens no tag as text', function () {
    const value = '<html><body><a\nhref="/x">Go</a> if 3 < 4 and <b>x</b> <1 < 2> </body></html>'
    expect(pieces(value)).toEqual(['<html>', '<body>', '<a\nhref="/x">', '</a>', '<b>', '</b>', '</body>', '</html>'])
  })

  it('should run a comment or a script that is not closed to the end', function () {
    expect(pieces('<html><body><p>\n<!-- the rest is a comment\nline')).toEqual(['<html>', '<body>', '<p>', '<!-- the rest is a comment\nline'])
    expect(pieces('<html><head><script>var a = 1;\nvar b = 2;')).toEqual(['<html>', '<head>', '<script>var a = 1;\nvar b = 2;'])
  })

  it('should not take a text with snippets of HTML, or without a page’s own tags', function () {
    // A tutorial: a page’s tags, but most of it prose.
    const tutorial = [
      'Every page starts with a doctype and an html element:',
      '<!doctype html>',
      '<html><body></body></html>',
      'The body holds what the reader sees, the head what the browser needs to show it: the title, the styles and the scripts. Put the scripts last, so the text shows first.'
    ].join('\n')
    expect(htmlSource(tutorial)).toBe(undefined)
    // Markup, but no page’s tags: a snippet.
    expect(htmlSource('<div class="a"><p>x</p><p>y</p></div>')).toBe(undefined)
    expect(htmlSource('')).toBe(undefined)
    expect(htmlSource('Text < more text > the end.')).toBe(undefined)
  })

  it('should take a text that opens as a page does, whatever its share of markup', function () {
    const prose =
      '<p>The river rose two metres overnight, and the town council met at dawn to decide what to do about the bridge and the school.</p>'
    // Markup is a tenth of it: a short page of prose in plain tags.
    const page = '<!DOCTYPE html><html><head><title>Flood</title></head><body>' + prose + '</body></html>'
    expect(pieces(page)).toEqual(['<!DOCTYPE html>', '<html>', '<head>', '<title>', '</title>', '</head>', '<body>', '<p>', '</p>', '</body>', '</html>'])
    // After a byte order mark, white space and an XML declaration; `<html>` without a doctype.
    expect(pieces('\uFEFF\n<?xml version="1.0" encoding="utf-8"?>\n<html lang="en"><body>' + prose + '</body></html>')).toEqual([
      '<html lang="en">',
      '<body>',
      '<p>',
      '</p>',
      '</body>',
      '</html>'
    ])
    // The same page after a line of text: a text that shows a page, judged by its share.
    expect(htmlSource('Here is the page:\n' + page)).toBe(undefined)
    // `<htmlfoo>` is no page tag.
    expect(htmlSource('<htmlfoo>' + prose)).toBe(undefined)
  })

  it('should read a long run of unclosed tags as text', function () {
    // It opens as a page does: its own tags are markup, the `<a ` are text.
    const value = '<html><body>' + '<a '.repeat(5000) + 'words'.repeat(1000) + '</body></html>'
    expect(pieces(value)).toEqual(['<html>', '<body>', '</body>', '</html>'])
    expect(pieces('Text: <html><body>' + '<a '.repeat(5000) + '</body></html>')).toEqual(undefined)
    const closed = '<html><body>' + '<a x>'.repeat(5000) + '</body></html>'
    expect(pieces(closed)!.length).toBe(5004)
  })
  it('should take a fragment of a page whose lines open and close with tags', function () {
    // The body of a post as a CMS's API returns it.
    const post = [
      '<p>The council met on <a href="/tuesday">Tuesday</a>.</p>',
      '<!-- wp:image -->',
      '<figure><img src="/a.jpg" alt=""/></figure>',
      '<p>The vote was close.</p>',
      'A line of text among them.',
      ''
    ].join('\n')
    expect(pieces(post)).toEqual([
      '<p>',
      '<a href="/tuesday">',
      '</a>',
      '</p>',
      '<!-- wp:image -->',
      '<figure>',
      '<img src="/a.jpg" alt=""/>',
      '</figure>',
      '<p>',
      '</p>'
    ])
  })

  it('should take a short page of long paragraphs, whose every line opens and closes with a tag', function () {
    const value = [
      '<!doctype html>',
      '<html><head><title>Budget</title></head><body>',
      '<p>The council voted on Tuesday to approve the new budget for the schools of the town, after a long debate.</p>',
      '<p>Critics said the plan would leave the roads of the town unrepaired for another year or more.</p>',
      '</body></html>'
    ].join('\n')
    // Markup is a fifth of it: too little for a page, but it is all lines of tags.
    expect(pieces(value)).toEqual([
      '<!doctype html>',
      '<html>',
      '<head>',
      '<title>',
      '</title>',
      '</head>',
      '<body>',
      '<p>',
      '</p>',
      '<p>',
      '</p>',
      '</body>',
      '</html>'
    ])
  })

  it('should not take Markdown or text with lines of HTML among lines of text', function () {
    const markdown = [
      '<div align="center"><img src="logo.png"></div>',
      '',
      '# Project',
      '',
      'A library that does one thing.',
      '',
      '<br>',
      '',
      'Install it with npm.',
      '<details><summary>More</summary></details>'
    ].join('\n')
    expect(htmlSource(markdown)).toBe(undefined)
    // Two lines of tags: too few.
    expect(htmlSource('<p>One.</p>\n<p>Two.</p>')).toBe(undefined)
    // Many lines of text before any tag.
    expect(htmlSource('A line.\n'.repeat(20) + '<p>x</p>\n'.repeat(30))).toBe(undefined)
  })
})
