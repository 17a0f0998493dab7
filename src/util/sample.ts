/**
 * A short news page with the debris most pages have: a menu, a byline and
 * date, a photo credit, share prompts, a related list, a comment form and a
 * footer.
 *
 * ###### Notes
 * `clean()` reads it once per process and keeps what it made (see
 * `clean.ts`): written for that, not a test fixture.
 */
export const samplePage = [
  'Skip to main content',
  'Home | News | Sport | Business | Weather',
  '',
  'Town council approves plan for new riverside park',
  'By Jane Smith',
  'Published: March 3, 2024 10:45 am',
  'Photo: John Doe/Reuters',
  '',
  'The town council voted on Tuesday to turn the old freight yard by the river into a public park, ending a debate that has run for almost ten years.',
  'Residents who spoke at the meeting said the yard had been fenced off and empty since the railway moved its depot in 2014, and that the town has few green spaces near its centre.',
  '',
  'What happens next',
  'Work on the site is expected to start in the autumn, once the soil has been tested and cleaned, and the first part of the park should open the following summer.',
  'The plan includes a playground, a path along the water and a small market square, paid for by a grant from the regional government and by the sale of a nearby plot.',
  '“We have waited a long time for this, and it is good news for every family in town,” said the mayor, who has backed the project since her election.',
  '',
  'Share this article',
  'Facebook Twitter Email',
  'Tags: parks, council, river',
  '',
  'Related Posts',
  'Council delays vote on riverside plan',
  'New bus routes to start in June',
  '',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  '',
  'Copyright © 2024 Town News. All rights reserved.',
  'Powered by WordPress'
].join('\n')
