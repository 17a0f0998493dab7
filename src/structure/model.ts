/**
 * Weights and thresholds of the locator.
 */
export interface Model {
  /** Weights of the local cues (order of `localNames`). */
  local: ReadonlyArray<number>
  /** Weights of the context cues (order of `contextNames`). */
  context: ReadonlyArray<number>
  /** Final score above which a line is kept (balanced mode). */
  threshold: number
  /** How far one mode step moves `threshold`. */
  modeStep: number
  /** Probability above which a line adds to the core. */
  tau: number
  /** How far one mode step moves `tau`. */
  tauStep: number
  /** Words counted at most per line in the core mass. */
  massCap: number
  /** Cost of opening a run of the core. */
  switchCost: number
  /** Core words needed before a tail heading can end the article. */
  tailWords: number
  /** Share of the core words needed before a tail heading. */
  tailShare: number
  /** Share of the page’s words under which a balanced cut is made again as in recall mode. */
  sparseShare: number
}

/**
 * The fitted model.
 *
 * ###### Notes
 * `local` and `context` are logistic-regression weights fitted on the dev
 * set (each page counts alike, a line weighs its share of the page’s words;
 * labels: whether the line’s text is in the gold article). Structure
 * parameters (`tau`, `switchCost`, `tailWords`, `tailShare`) were chosen on
 * a small grid; the threshold maximises mean token F1. `sparseShare` (0.1)
 * was the most cautious share that helped on the dev set (it changes 3 of
 * 795 pages; 0.15 changed 18 and cost cleanportaleval 0.03). Leave-one-
 * source-out figures are in the report of issue 3.
 */
export const defaultModel: Model = {
  local: [-1.166,  0.83,  -0.032,  1.666,  2.037,  -1.245,  0.603,  0.312,  -0.981,  -0.358,  -2.299,  -0.633,  0.349,  2.001,  -1.808,  -2.712,  -0.457,  -1.853,  -0.129,  -0.54,  -0.539],
  context: [0.501,  0.188,  0.11,  0.135,  0.444,  -0.224,  -1.069,  -0.959,  -0.172,  -1.685,  0.256,  -0.253,  -0.133,  0.33,  0.863,  0.681,  0.247],
  threshold: -0.1,
  modeStep: 0.5,
  tau: 0.5,
  tauStep: 0.05,
  massCap: 100,
  switchCost: 10,
  tailWords: 60,
  tailShare: 0.1,
  sparseShare: 0.1
}
