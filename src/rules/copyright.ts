import {lineRule} from '../util/line-rule.js'

/**
 * Strip copyright debris (not written yet).
 */
const deboilerCopyright = lineRule({category: 'copyright', ruleId: 'copyright-todo'}, function () {
  return undefined
})

export default deboilerCopyright
