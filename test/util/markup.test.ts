import {readerText} from '../../src/util/markup.js'

describe('readerText', function () {
  it.each([
    ['plain text stays as it is', 'Plain text, [not a link] and <b>.', 'Plain text, [not a link] and <b>.'],
    ['a Markdown link is its text', 'See [the report](https://example.com/report "Report") here.', 'See the report here.'],
    ['an image is its alt text', '![A bridge](https://example.com/a.jpg) over the river', 'A bridge over the river'],
    ['an image inside a link is its alt text', '[![Home](/logo.png)](/)', 'Home'],
    ['a menu of links reads as a menu', '* [News](https://x.com/news/) | [Sport](/sport)', '* News | Sport'],
    ['an html-to-text link target goes', "Barron's [https://www.barrons.com] and more", "Barron's and more"],
    ['an autolink goes', 'Source: <https://example.com/a>', 'Source:'],
    ['a relative link keeps its text', '[Contact us](/contact)', 'Contact us']
  ])('%s', function (_, value, expected) {
    expect(readerText(value)).toBe(expected)
  })
})
