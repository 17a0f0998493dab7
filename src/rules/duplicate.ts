import {lineRule} from '../util/line-rule.js'

/**
 * Strip duplicate debris (not written yet).
 */
const deboilerDuplicate = lineRule({category: 'duplicate', ruleId: 'duplicate-todo'}, function () {
  return undefined
})

export default deboilerDuplicate
