declare module 'virtual:seeds' {
  /**
   * Seed inputs (`test/fixtures/*.input.txt`), bundled at build time by
   * `tsup.playground.config.ts`.
   */
  const seeds: Array<{name: string; text: string}>
  export default seeds
}

interface ErrorConstructor {
  /**
   * V8’s limit of stack frames (`src/util/strip.ts` lowers it while making
   * messages; typed by `@types/node` elsewhere, and present in Chromium).
   */
  stackTraceLimit: number
}
