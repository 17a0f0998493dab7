import {lineRule} from '../util/line-rule.js'

/**
 * Strip pull-quote debris (not written yet).
 */
const deboilerPullQuote = lineRule({category: 'pull-quote', ruleId: 'pull-quote-todo'}, function () {
  return undefined
})

export default deboilerPullQuote
