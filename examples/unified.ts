// Use the rules as retext plugins and report with vfile-reporter.
import {retext} from 'retext'
import {reporter} from 'vfile-reporter'
import {deboilerLines, deboilerPreset, deboilerTags} from 'deboiler'

const file = retext()
  .use(deboilerLines)
  .use(deboilerPreset)
  .use(deboilerTags, false)
  .processSync('The ceasefire held overnight, officials said.\nHits: 81\nTags Syria\n')

console.log(String(file))
console.error(reporter(file))
