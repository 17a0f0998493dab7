// `npm run demo`: clean a scraped article and show what was stripped.
import {readFileSync} from 'node:fs'
import {clean} from 'deboiler'

const file = process.argv[2] ?? 'test/fixtures/001_c2e38b4ea1dfe7d8.input.txt'
const {text, stripped, page} = clean(readFileSync(file, 'utf8'))

console.log(text)
console.log('--- %s (score %d)', page.article ? 'reads as an article' : 'not an article', page.score)
console.log('--- stripped %d item(s):', stripped.length)
for (const item of stripped) {
  const {start, end} = item.place
  console.log(
    '%s  %s  %s  %s',
    `${start.line}:${start.column}-${end.line}:${end.column}`,
    item.category,
    item.ruleId,
    JSON.stringify(item.actual)
  )
}
