import {clean} from '../src/index.js'

// Time is linear in the input on hostile input of every shape the line
// layer reads (Markdown, html-to-text, wrapped and glued text): each input
// is cleaned at two sizes, n and 4n, and the larger may take at most twelve
// times as long (linear time gives four to six, with garbage collection;
// quadratic sixteen; before its fix, the line of unclosed Markdown links took
// 0.3 s at 10,000 and 4.7 s at 40,000). The sizes make the smaller input take
// 7 to 120 ms here, so that timer noise does not decide. A ratio,
// not a time: it tests how time grows, so a slow machine does not fail it.
// Each size is timed as the best of three runs, after a warm-up, in CPU time.

/**
 * Hostile inputs, each made at a size (a count of its unit).
 */
const shapes: Array<[name: string, size: number, make: (n: number) => string]> = [
  ['a run of `[`', 200_000, (n) => '['.repeat(n)],
  ['a run of `](`', 200_000, (n) => ']('.repeat(n)],
  ['a line of unclosed Markdown links (`[a](b`)', 40_000, (n) => '[a](b'.repeat(n) + ')'],
  ['a line of Markdown links', 15_000, (n) => '[a](b) '.repeat(n)],
  ['a run of backticks', 300_000, (n) => '`'.repeat(n)],
  ['a run of emphasis marks', 150_000, (n) => '*_'.repeat(n)],
  ['emphasis around every word', 20_000, (n) => '*a* _b_ **c** '.repeat(n)],
  ['a run of `#`', 300_000, (n) => '#'.repeat(n) + ' x'],
  ['headings, a line each', 3000, (n) => '## Heading\n'.repeat(n)],
  ['a run of `>`', 200_000, (n) => '>'.repeat(n) + ' x'],
  ['quotes, a line each', 3000, (n) => '> A quoted line of text.\n'.repeat(n)],
  ['deeply nested list items', 1000, (n) => Array.from({length: n}, (_, index) => ' '.repeat(index % 200) + '* x').join('\n')],
  ['a line of table cells', 75_000, (n) => '| a '.repeat(n) + '|'],
  ['a table of many rows', 2000, (n) => '| a | b |\n| --- | --- |\n' + '| x | y |\n'.repeat(n)],
  ['a run of `![`', 150_000, (n) => '!['.repeat(n)],
  ['a run of `<http`', 50_000, (n) => '<http'.repeat(n)],
  ['html-to-text targets', 15_000, (n) => 'News [https://example.com/news] '.repeat(n)],
  ['linked images glued to their links', 15_000, (n) => '[http://x.com/a.gif]http://x.com/'.repeat(n)],
  ['wrapped lines with no blank line', 3000, (n) => 'the council met on tuesday to talk about the bridge and the road\n'.repeat(n)],
  ['glued words with no spaces', 100_000, (n) => 'Word'.repeat(n)],
  ['glued camel case', 150_000, (n) => 'aB'.repeat(n)],
  // Each a range cut out of a line, one call each (before: 6.1 s for 2,000
  // images in a line, 150 s for 8,000).
  ['template artifacts in a line of prose', 1500, (n) => 'The council met on Tuesday {mosads} to talk about the bridge. '.repeat(n)],
  ['html-to-text images in a line of prose', 1500, (n) => 'The council met on Tuesday to talk about the bridge [/img/icon.gif] and the road. '.repeat(n)],
  [
    'a minified page’s HTML source, one line of many tags',
    1500,
    (n) => '<!doctype html><html><body>' + '<div class="story"><p>Text of a paragraph.</p></div>'.repeat(n) + '</body></html>'
  ]
]

describe('linear time', function () {
  it.each(shapes)('should clean %s in linear time', function (_, size, make) {
    const small = make(size)
    const large = make(size * 4)
    clean(small)
    const ratio = best(large) / Math.max(best(small), 1)
    expect(ratio).toBeLessThan(12)
  })
})

/**
 * Best CPU time of three runs of `clean()`, in milliseconds: the time of
 * this process, which the tests jest runs beside it in other workers do
 * not take (with wall time, a busy machine failed the glued camel case at
 * 16).
 */
function best(value: string): number {
  let result = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage()
    clean(value)
    const used = process.cpuUsage(start)
    result = Math.min(result, (used.user + used.system) / 1000)
  }

  return result
}
