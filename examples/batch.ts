// Learn a site profile from JSON Lines, then clean them on worker threads with it.
import {Readable} from 'node:stream'
import {cleanJsonl, learnJsonl} from 'deboiler/node'

// Five pages of one site: each repeats the site's own line `Edition of the week`.
const pages = ['a', 'b', 'c', 'd', 'e'].map((name) => ({
  url: 'https://news.example/' + name,
  text: 'Edition of the week\nStory ' + name + ' held the front page all day.\nHits: 81'
}))
const jsonl = () => Readable.from([pages.map((page) => JSON.stringify(page)).join('\n') + '\n'])

const {profile} = await learnJsonl([jsonl()])
const summary = await cleanJsonl([jsonl()], process.stdout, {jobs: 2, profile, stripped: false})
// => {"url":"https://news.example/a","text":"Story a held the front page all day."} …
console.error(summary.records + ' records, ' + summary.failed + ' failed')
