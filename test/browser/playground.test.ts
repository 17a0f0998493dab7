/**
 * The playground and the HTML report in a real browser: Debian’s Chromium
 * (`/usr/bin/chromium`) driven by `playwright-core`, no browser download.
 * Skipped, with one line saying so, where Chromium is not installed.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {clean, explainHtml, type CleanResult} from '../../src/index.js'

const executablePath = '/usr/bin/chromium'
const root = path.join(__dirname, '..', '..')
const dist = path.join(root, 'playground', 'dist')
const output = path.join(__dirname, 'output')
const fixtures = path.join(root, 'test', 'fixtures')
const seeds = readdirSync(fixtures)
  .filter((name) => name.endsWith('.input.txt'))
  .sort()
  .map((name) => ({name: name.slice(0, -'.input.txt'.length), text: readFileSync(path.join(fixtures, name), 'utf8')}))
const available = existsSync(executablePath)

if (!available) {
  process.stdout.write("install Debian's chromium (apt-get install chromium) to run the browser test\n")
}

// Flags for a closed network: no background connections, no sandbox (root).
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8'
}

;(available ? describe : describe.skip)('playground and report (Chromium)', function () {
  let server: Server
  let base: string
  let profile: string
  let context: BrowserContext
  let page: Page

  jest.setTimeout(60_000)

  beforeAll(async function () {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    execFileSync(npm, ['run', '--silent', 'build:playground'], {cwd: root, stdio: 'pipe'})
    mkdirSync(output, {recursive: true})
    server = await serve(dist)
    base = 'http://127.0.0.1:' + (server.address() as AddressInfo).port + '/'
    profile = mkdtempSync(path.join(tmpdir(), 'deboiler-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args,
      viewport: {width: 1280, height: 900}
    })
    page = await context.newPage()
    await page.goto(base)
  })

  afterAll(async function () {
    await context?.close()
    await new Promise((resolve) => server?.close(resolve))
    if (profile) rmSync(profile, {recursive: true, force: true})
  })

  it('should load a seed article with one click, its button named by its first line', async function () {
    const seed = seeds[1]!
    const first = seed.text.split('\n', 1)[0]!.trim()
    const label = await page.textContent('button[data-seed="' + seed.name + '"]')
    expect(first.startsWith(label!.replace(/…$/, ''))).toBe(true)
    expect(label!.length).toBeLessThanOrEqual(28)
    await page.click('button[data-seed="' + seed.name + '"]')
    expect(await page.inputValue('#input')).toBe(seed.text)
    expect(await page.textContent('#cleaned')).toBe(clean(seed.text).text)
    await page.screenshot({path: path.join(output, 'playground-1280.png'), fullPage: true})
  })

  it('should fit a phone’s width (390 px) without scrolling sideways', async function () {
    const phone = await context.newPage()
    try {
      await phone.setViewportSize({width: 390, height: 844})
      await phone.goto(base)
      await phone.click('button[data-seed="' + seeds[1]!.name + '"]')
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
      const box = await phone.locator('#input').boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
      await phone.screenshot({path: path.join(output, 'playground-390.png'), fullPage: true})
    } finally {
      await phone.close()
    }
  })

  it('should copy and download the clean text', async function () {
    const seed = seeds[2]!
    await page.fill('#input', seed.text)
    const text = clean(seed.text).text
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: base})
    await page.click('#copy')
    await page.waitForFunction("document.getElementById('status').textContent.startsWith('Copied')")
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(text)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('clean.txt')
    expect(readFileSync((await download.path())!, 'utf8')).toBe(text)
  })

  it.each(seeds.map((seed) => [seed.name, seed.text]))(
    'should highlight what `clean()` strips in %s',
    async function (_, text) {
      await page.fill('#input', text)
      const result = clean(text)
      expect(await highlights(page)).toEqual(expected(result))
      // Round trip: the highlighted input is the whole input, in order.
      expect(await page.textContent('#report .deboiler-text')).toBe(text)
      expect(await page.textContent('#cleaned')).toBe(result.text)
    }
  )

  it('should re-clean when a category is turned off, and back on', async function () {
    const seed = seeds[1]!
    await page.fill('#input', seed.text)
    const before = await page.textContent('#cleaned')
    expect(before).toBe(clean(seed.text).text)
    const related = await page.locator('#report mark[data-category="related"]').count()

    await page.uncheck('#toggles input[value="related"]')
    const kept = clean(seed.text, {rules: {related: false}})
    expect(await page.textContent('#cleaned')).toBe(kept.text)
    expect(kept.text).not.toBe(before)
    expect(await highlights(page)).toEqual(expected(kept))
    expect(await page.locator('#report mark[data-category="related"]').count()).toBeLessThan(related)
    expect(await page.textContent('#toggles label:has(input[value="related"]) .pg-count')).toBe(' (kept)')
    // What the toggle brought back is marked in the clean text, and in view.
    const changed = await page.locator('#cleaned mark.pg-changed').allTextContents()
    expect(changed.length).toBeGreaterThan(0)
    for (const line of changed) {
      expect(kept.text.split('\n')).toContain(line)
      expect(before!.split('\n')).not.toContain(line)
    }
    expect(await inView(page, '#cleaned mark.pg-changed')).toBe(true)
    await page.screenshot({path: path.join(output, 'playground.png'), fullPage: true})

    await page.check('#toggles input[value="related"]')
    expect(await page.textContent('#cleaned')).toBe(before)
    // Turned back on: the first span it strips is marked, and in view.
    expect(await page.getAttribute('#report mark.pg-changed', 'data-category')).toBe('related')
    expect(await inView(page, '#report mark.pg-changed')).toBe(true)
  })

  it('should show the rule and reason on keyboard focus', async function () {
    const seed = seeds[1]!
    await page.fill('#input', seed.text)
    const first = clean(seed.text).stripped[0]!
    await page.focus('#pg-m0')
    const tip = await page.evaluate(
      "getComputedStyle(document.activeElement, '::after').content + '|' + document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent"
    )
    expect(tip).toContain(first.ruleId)
    expect(tip).toContain(first.reason)
  })

  it('should show a hostile input in the report without running it', async function () {
    const input =
      'Body <script>window.pwned = 1</script> & "quotes" \'too\'\n' +
      '<img src=x onerror="window.pwned = 2"></span></mark></div>\r\nHits: 81\r\n\rShare this:\n'
    await page.setContent(explainHtml(clean(input), input))
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined')
    expect(await page.textContent('.deboiler-text')).toBe(input)
    expect(await highlights(page, '.deboiler-text mark')).toEqual(expected(clean(input)))
  })

  it('should render the report of a seed article', async function () {
    const seed = seeds[1]!
    const result = clean(seed.text)
    await page.setContent(explainHtml(result, seed.text))
    expect(await highlights(page, '.deboiler-text mark')).toEqual(expected(result))
    // Tab from one highlight to the next: keyboard focus shows the tooltip.
    await page.setViewportSize({width: 1000, height: 800})
    await page.focus('#deboiler-m3')
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement.id')).toBe('deboiler-m4')
    expect(await page.evaluate("getComputedStyle(document.activeElement, '::after').content")).toContain(
      result.stripped[4]!.reason
    )
    await page.screenshot({path: path.join(output, 'report.png'), fullPage: true})
  })
})

/**
 * Whether the first element a selector finds is in the viewport.
 *
 * @param page
 *   Page.
 * @param selector
 *   Selector.
 * @returns
 *   Whether its box lies within the window.
 */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate(function (element) {
    const box = element.getBoundingClientRect()
    const view = globalThis as unknown as {innerHeight: number; innerWidth: number}
    return box.bottom > 0 && box.top < view.innerHeight && box.right > 0 && box.left < view.innerWidth
  })
}

/**
 * Text, category and rule of each highlighted span on the page.
 *
 * @param page
 *   Page.
 * @param selector
 *   Selector of the spans.
 * @returns
 *   One triple per span, in order.
 */
async function highlights(page: Page, selector = '#report .deboiler-text mark'): Promise<Array<Array<string>>> {
  return page.locator(selector).evaluateAll(function (elements) {
    return elements.map((element) => [
      element.textContent ?? '',
      element.getAttribute('data-category') ?? '',
      element.getAttribute('data-rule') ?? ''
    ])
  })
}

/**
 * Text, category and rule of each stripped item.
 *
 * @param result
 *   Result of `clean()`.
 * @returns
 *   One triple per item, in order.
 */
function expected(result: CleanResult): Array<Array<string>> {
  return result.stripped.map((item) => [item.actual, item.category, item.ruleId])
}

/**
 * Serve a folder on a free port of 127.0.0.1 (GET only, no listing).
 *
 * @param folder
 *   Folder to serve.
 * @returns
 *   Listening server.
 */
async function serve(folder: string): Promise<Server> {
  const server = createServer(function (request, response) {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const file = path.join(folder, path.normalize(decodeURIComponent(pathname)).replace(/^([/\\]\.\.)+/, ''))
    const target = pathname.endsWith('/') ? path.join(file, 'index.html') : file
    if (!target.startsWith(folder) || !existsSync(target)) {
      response.writeHead(404).end()
      return
    }

    response.writeHead(200, {'content-type': types[path.extname(target)] ?? 'application/octet-stream'})
    response.end(readFileSync(target))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}
