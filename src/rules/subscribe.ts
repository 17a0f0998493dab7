import {lineRule} from '../util/line-rule.js'

/**
 * Strip subscribe debris (not written yet).
 */
const deboilerSubscribe = lineRule({category: 'subscribe', ruleId: 'subscribe-todo'}, function () {
  return undefined
})

export default deboilerSubscribe
