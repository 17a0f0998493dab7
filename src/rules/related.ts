import {lineRule} from '../util/line-rule.js'

/**
 * Strip related debris (not written yet).
 */
const deboilerRelated = lineRule({category: 'related', ruleId: 'related-todo'}, function () {
  return undefined
})

export default deboilerRelated
