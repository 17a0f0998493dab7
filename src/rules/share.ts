import {lineRule} from '../util/line-rule.js'

/**
 * Strip share debris (not written yet).
 */
const deboilerShare = lineRule({category: 'share', ruleId: 'share-todo'}, function () {
  return undefined
})

export default deboilerShare
