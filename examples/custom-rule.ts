// A rule of your own, made with `lineRule()`, run after the built-in ones.
import {clean, lineRule} from 'deboiler'

/** Strip `Listen to this article` player labels. */
const listenLabel = lineRule(
  {category: 'navigation', ruleId: 'navigation-listen', source: 'my-scraper'},
  function (line) {
    if (/^listen to this (?:article|story)(?: \d+ min)?$/i.test(line.value)) {
      return 'Unexpected audio player label `' + line.value + '`'
    }

    return undefined
  }
)

const result = clean('Listen to this article\nThe ceasefire held overnight.\n', {
  plugins: [listenLabel]
})

console.log(result.text) // => 'The ceasefire held overnight.\n'
console.log(result.stripped[0]?.source, result.stripped[0]?.ruleId) // => 'my-scraper' 'navigation-listen'
