import {palette, pageColour, textColour, tooltipColours, type Swatch} from './palette.js'

/**
 * CSS of the report, scoped to `.deboiler` (the report page and the
 * playground use the same rules).
 *
 * ###### Notes
 * The category label before each highlight and the tooltip are generated
 * content (`::before`, `::after`), so the text content of the highlighted
 * input stays exactly the input; `/ ''` gives them empty alternative text,
 * as screen readers get the same facts from `aria-describedby`.
 */
export const styles = [
  `.deboiler{color:${textColour};background:${pageColour};font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}`,
  '.deboiler h1,.deboiler h2{line-height:1.2}',
  '.deboiler-page{max-width:56em;margin:0 auto;padding:1em 1.5em 3em}',
  '.deboiler-text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.9 Georgia,Cambria,serif;max-width:52em;padding:1em;border:1px solid #767676;border-radius:4px}',
  '.deboiler-span{position:relative;color:inherit;background:var(--deboiler-fill);border-bottom:3px var(--deboiler-border) var(--deboiler-ink);border-radius:2px;padding:0 .1em;-webkit-box-decoration-break:clone;box-decoration-break:clone}',
  // The category, written: colour is never the only cue.
  ".deboiler-span::before{content:attr(data-category);content:attr(data-category) / '';font:600 11px/1 system-ui,sans-serif;color:var(--deboiler-ink);background:#FFFFFF;border:1px solid var(--deboiler-ink);border-radius:3px;padding:1px 3px;margin-right:4px;vertical-align:2px;white-space:nowrap}",
  ".deboiler-span:hover::after,.deboiler-span:focus::after{content:attr(data-tip);content:attr(data-tip) / '';position:absolute;left:0;top:100%;z-index:10;margin-top:6px;width:max-content;max-width:min(36em,80vw);white-space:pre-wrap;overflow-wrap:anywhere;" +
    `font:14px/1.4 system-ui,sans-serif;color:${tooltipColours.text};background:${tooltipColours.background};padding:.4em .6em;border-radius:4px;pointer-events:none}`,
  `.deboiler-span:focus{outline:3px solid ${textColour};outline-offset:2px}`,
  '.deboiler-span:focus:not(:focus-visible){outline:none}',
  '.deboiler-legend{display:flex;flex-wrap:wrap;gap:.5em 1.5em;list-style:none;padding:0}',
  '.deboiler-key{display:inline-block;padding:0 .4em;margin-right:.3em;font-weight:600;color:var(--deboiler-ink);background:var(--deboiler-fill);border-bottom:3px var(--deboiler-border) var(--deboiler-ink);border-radius:2px}',
  '.deboiler-items li{margin:.3em 0}',
  '.deboiler-items code,.deboiler-batch code{font-size:.9em}',
  '.deboiler-batch{border-collapse:collapse}',
  '.deboiler-batch th,.deboiler-batch td{padding:.3em .8em;border-bottom:1px solid #767676;text-align:right}',
  '.deboiler-batch th:first-child{text-align:left}',
  '.deboiler a{color:#0B57A4}',
  // Forced colours drop fills: borders (styled per group) and labels remain.
  '@media (forced-colors:active){.deboiler-span,.deboiler-key{border-bottom-color:CanvasText}}',
  ...groupRules()
].join('\n')

/**
 * One rule per group of categories, setting its fill, ink and border style.
 *
 * @returns
 *   CSS rules.
 */
function groupRules(): Array<string> {
  const seen = new Map<string, Swatch>()
  for (const swatch of Object.values(palette)) seen.set(swatch.group, swatch)
  return [...seen.values()].map(function (swatch) {
    return (
      '.deboiler-g-' +
      swatch.group +
      '{--deboiler-fill:' +
      fill(swatch) +
      ';--deboiler-ink:' +
      swatch.ink +
      ';--deboiler-border:' +
      swatch.border +
      '}'
    )
  })
}

/**
 * CSS background of a highlight: plain, or diagonal stripes.
 *
 * @param swatch
 *   Look of the group.
 * @returns
 *   CSS background value.
 */
function fill(swatch: Swatch): string {
  if (!swatch.stripe) return swatch.background
  return 'repeating-linear-gradient(135deg,' + swatch.background + ' 0 5px,' + swatch.stripe + ' 5px 9px)'
}
