import {lineRule} from '../util/line-rule.js'

/**
 * Strip advert debris (not written yet).
 */
const deboilerAdvert = lineRule({category: 'advert', ruleId: 'advert-todo'}, function () {
  return undefined
})

export default deboilerAdvert
