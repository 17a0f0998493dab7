import {lineRule} from '../util/line-rule.js'

/**
 * Strip site-credit debris (not written yet).
 */
const deboilerSiteCredit = lineRule({category: 'site-credit', ruleId: 'site-credit-todo'}, function () {
  return undefined
})

export default deboilerSiteCredit
