import {lineRule} from '../util/line-rule.js'

/**
 * Strip comments debris (not written yet).
 */
const deboilerComments = lineRule({category: 'comments', ruleId: 'comments-todo'}, function () {
  return undefined
})

export default deboilerComments
