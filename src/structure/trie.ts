/**
 * Letters of the trie: `a` to `z`.
 */
const letters = 26

/**
 * The ASCII stopwords of a stopword map as a trie over `a`–`z`, so that a word
 * can be looked up letter by letter while it is scanned, without slicing or
 * lower-casing it.
 *
 * ###### Notes
 * Node `0` is the root. `children[node * 26 + letter]` is the child plus one
 * (`0`: none); `masks[node]` is the language-set id of the word ending there
 * (`0`: none). Words with other characters (`für`, `été`, `это`) are left to
 * the map.
 */
export interface StopwordTrie {
  /** Child of each node per letter, plus one (`0`: no child). */
  children: Int32Array
  /** Language-set id of the word ending at each node (`0`: none). */
  masks: Int32Array
}

/**
 * Tries built so far, per stopword map.
 */
const tries = new WeakMap<ReadonlyMap<string, number>, StopwordTrie>()

/**
 * The trie of the ASCII words of a stopword map (built once per map).
 *
 * @param masks
 *   Stopword → id of the set of languages that list it.
 * @returns
 *   Its trie.
 */
export function stopwordTrie(masks: ReadonlyMap<string, number>): StopwordTrie {
  let trie = tries.get(masks)
  if (!trie) {
    trie = buildTrie(masks)
    tries.set(masks, trie)
  }

  return trie
}

/**
 * Step from a node to its child for a char code.
 *
 * @param trie
 *   Trie.
 * @param node
 *   Node (`-1`: already off the trie).
 * @param code
 *   Char code of an ASCII letter (either case: `A` is looked up as `a`).
 * @returns
 *   Child node, or `-1` when no stopword goes on that way.
 */
export function stepTrie(trie: StopwordTrie, node: number, code: number): number {
  if (node < 0) return -1
  return (trie.children[node * letters + ((code | 32) - 97)] ?? 0) - 1
}

/**
 * Build the trie of the words of a stopword map made of `a`–`z` only.
 *
 * @param masks
 *   Stopword → id of the set of languages that list it.
 * @returns
 *   Trie.
 */
function buildTrie(masks: ReadonlyMap<string, number>): StopwordTrie {
  const children: Array<number> = new Array<number>(letters).fill(0)
  const ends: Array<number> = [0]

  for (const [word, mask] of masks) {
    if (!/^[a-z]+$/.test(word)) continue
    let node = 0
    for (let index = 0; index < word.length; index++) {
      const slot = node * letters + word.charCodeAt(index) - 97
      if (!children[slot]) {
        children[slot] = ends.length + 1
        ends.push(0)
        for (let letter = 0; letter < letters; letter++) children.push(0)
      }

      node = (children[slot] ?? 0) - 1
    }

    ends[node] = mask
  }

  return {children: Int32Array.from(children), masks: Int32Array.from(ends)}
}
