import {linkShape, markdownFences, readerText} from '../../src/util/markup.js'

describe('readerText', function () {
  it.each([
    ['plain text stays as it is', 'Plain text, [not a link] and <b>.', 'Plain text, [not a link] and <b>.'],
    ['a Markdown link is its text', 'See [the report](https://example.com/report "Report") here.', 'See the report here.'],
    ['an image is its alt text', '![A bridge](https://example.com/a.jpg) over the river', 'A bridge over the river'],
    ['an image inside a link is its alt text', '[![Home](/logo.png)](/)', 'Home'],
    ['a menu of links reads as a menu', '* [News](https://x.com/news/) | [Sport](/sport)', '* News | Sport'],
    ['a heading, strong text and an escape read as text', '## The **new** bridge \\[updated\\]', 'The new bridge [updated]'],
    ['emphasis reads as text', 'It was _not_ the *first* time.', 'It was not the first time.'],
    ['an html-to-text link target goes', "Barron's [https://www.barrons.com] and more", "Barron's and more"],
    ['an autolink goes', 'Source: <https://example.com/a>', 'Source:'],
    ['a relative link keeps its text', '[Contact us](/contact)', 'Contact us'],
    ['a quoted line loses its marks', '>> > Posted by: [Ann](/u/ann) 9:49pm', 'Posted by: Ann 9:49pm'],
    ['a `>` inside a line stays', 'Turnout was > 60% in Paris', 'Turnout was > 60% in Paris']
  ])('%s', function (_, value, expected) {
    expect(readerText(value)).toBe(expected)
  })
})

describe('readerText of plain text', function () {
  it.each([
    ['a list marker goes', ' * Bears [/football/nfl/teams/bears/]'.trim(), 'Bears'],
    ['a numbered item loses its number', '2. The second reason', 'The second reason'],
    ['Markdown stays as it is', 'See [the report](https://example.com/r) and **this**.', 'See [the report](https://example.com/r) and **this**.'],
    ['a dash inside a line stays', 'Paris - The talks went on', 'Paris - The talks went on'],
    ['a quoted line (html-to-text) loses its marks', '> Posted by: Shaun of New Zealand 5:22pm', 'Posted by: Shaun of New Zealand 5:22pm'],
    ['a quoted list item loses both marks', '> * Bears [/football/nfl/teams/bears/]', 'Bears'],
    ['an image by a relative path goes, with the page it links to', '[images/button_03.jpg]index.asp [img/m_06.gif]innerlist.asp?cid=26 News', ' News'],
    ['a word in brackets with a dot stays', 'The file [notes.txt] and [v2.1]', 'The file [notes.txt] and [v2.1]'],
    ['a relative address with a query goes', '« Older post [detail?blogid=7&entry_id=23238] | Main [indexd?blogid=7]', '« Older post | Main'],
    ['a question in brackets stays', 'He asked [why? no one = sure] and [what?]', 'He asked [why? no one = sure] and [what?]']
  ])('%s', function (_, value, expected) {
    expect(readerText(value, 'text')).toBe(expected)
  })
})

describe('linkShape', function () {
  it.each([
    ['plain text has words only', 'Plain words here.', {links: 0, images: 0, linkWords: 0, plainWords: 3}],
    ['a Markdown menu item', '*   [Home](http://c.uk/ "Home page")', {links: 1, images: 0, linkWords: 1, plainWords: 0}],
    ['a link in prose', 'On Channel 4, [he sets out](http://x.com/a) to go', {links: 1, images: 0, linkWords: 3, plainWords: 5}],
    ['a linked image', '[![Logo](/logo.png)](/)', {links: 1, images: 1, linkWords: 0, plainWords: 0}],
    ['a destination in angle brackets with spaces', '[Digg it](<http://digg.com/x?title=Battery power> "Digg")', {links: 1, images: 0, linkWords: 2, plainWords: 0}],
    ['an html-to-text link', 'Subscribe to SI [https://subs.example.com/]', {links: 1, images: 0, linkWords: 3, plainWords: 0}],
    ['an html-to-text image', '[http://example.com/pill.gif]', {links: 0, images: 1, linkWords: 0, plainWords: 0}],
    ['an html-to-text linked image', '[http://example.com/logo.gif]http://example.com/home', {links: 0, images: 1, linkWords: 0, plainWords: 0}],
    ['an html-to-text linked image before its caption', '[http://example.com/a.jpg]/news/a.html Fire at the mill', {links: 0, images: 1, linkWords: 0, plainWords: 4}],
    ['a sentence before a target is prose', 'Read the speech here. [https://example.com/s]', {links: 0, images: 0, linkWords: 0, plainWords: 4}],
    ['a footnote is no target', 'As noted [1] and [sic].', {links: 0, images: 0, linkWords: 0, plainWords: 5}]
  ])('%s', function (_, value, expected) {
    const {text, ...rest} = linkShape(value)
    expect(rest).toEqual(expected)
    expect(text).toBe(readerText(value))
  })
})

describe('markdownFences', function () {
  /**
   * Blocks of trimmed lines, as `markdownFences` gives them.
   */
  function blocks(value: string): Array<number> {
    return [...markdownFences(value.split('\n').map((line) => ({value: line.trim()})))]
  }

  it('should find a block, its fences included', function () {
    expect(blocks('Intro:\n```yaml\ncomments:\n  enabled: true\n```\nAfter.')).toEqual([-1, 1, 1, 1, 1, -1])
  })

  it('should close a fence only with the same character, as long or longer, and nothing after it', function () {
    expect(blocks('````\n```\n~~~~\n```` js\n`````')).toEqual([0, 0, 0, 0, 0])
    expect(blocks('~~~\ncode\n~~~~')).toEqual([0, 0, 0])
  })

  it('should find two blocks, and nothing outside them', function () {
    expect(blocks('```\na\n```\ntext\n~~~ sh\nb\n~~~')).toEqual([0, 0, 0, -1, 4, 4, 4])
  })

  it('should open no block at a fence that no fence closes', function () {
    expect(blocks('Text.\n```js\nconst a = 1\nMore text.')).toEqual([-1, -1, -1, -1])
  })

  it('should open no block at backticks with a backtick in the info string', function () {
    expect(blocks('``` a`b\ncode\n```')).toEqual([-1, -1, -1])
  })
})
