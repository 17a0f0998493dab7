import {lineRule} from '../util/line-rule.js'

/**
 * Strip timestamp debris (not written yet).
 */
const deboilerTimestamp = lineRule({category: 'timestamp', ruleId: 'timestamp-todo'}, function () {
  return undefined
})

export default deboilerTimestamp
