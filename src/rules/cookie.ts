import {lineRule} from '../util/line-rule.js'

/**
 * Strip cookie debris (not written yet).
 */
const deboilerCookie = lineRule({category: 'cookie', ruleId: 'cookie-todo'}, function () {
  return undefined
})

export default deboilerCookie
