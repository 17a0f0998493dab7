// Token-bag F1 of an output against a gold, as the shared scorer
// (`shared/bench/score.mjs`) counts it: lower-cased runs of letters and
// digits, precision and recall on the bags. For fitting scripts, which score
// thousands of cuts in one process.

const token = /[\p{L}\p{N}]+/gu

/**
 * Link and image targets, which no gold holds (as `score.mjs` drops them for
 * pages marked `ignore_urls`).
 */
export function withoutUrls(text) {
  return text
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, ']')
    .replace(/<(?:https?|ftp|mailto):[^>\s]*>/g, '')
    .replace(/\[(?:https?:\/\/|mailto:|ftp:\/\/)[^\]\s]*\]/g, '')
}

/**
 * Tokens of a text.
 */
export function tokens(text) {
  return Array.from(String(text).toLowerCase().matchAll(token), (match) => match[0])
}

/**
 * Bag of tokens, and their number.
 */
export function bag(words) {
  const result = new Map()
  for (const word of words) result.set(word, (result.get(word) ?? 0) + 1)
  return {bag: result, n: words.length}
}

/**
 * Token F1 of two bags (both empty: 1; one empty: 0).
 */
export function f1(predicted, gold) {
  if (predicted.n === 0 && gold.n === 0) return 1
  if (predicted.n === 0 || gold.n === 0) return 0
  let common = 0
  for (const [word, count] of predicted.bag) common += Math.min(count, gold.bag.get(word) ?? 0)
  if (common === 0) return 0
  const p = common / predicted.n
  const r = common / gold.n
  return (2 * p * r) / (p + r)
}
