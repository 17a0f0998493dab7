import {lineRule} from '../util/line-rule.js'

/**
 * Strip navigation debris (not written yet).
 */
const deboilerNavigation = lineRule({category: 'navigation', ruleId: 'navigation-todo'}, function () {
  return undefined
})

export default deboilerNavigation
