import {lineRule} from '../util/line-rule.js'

/**
 * Strip template debris (not written yet).
 */
const deboilerTemplate = lineRule({category: 'template', ruleId: 'template-todo'}, function () {
  return undefined
})

export default deboilerTemplate
