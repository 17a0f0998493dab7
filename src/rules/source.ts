import {lineRule} from '../util/line-rule.js'

/**
 * Strip source debris (not written yet).
 */
const deboilerSource = lineRule({category: 'source', ruleId: 'source-todo'}, function () {
  return undefined
})

export default deboilerSource
