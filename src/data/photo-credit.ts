/**
 * Picture libraries and stock sites, lower case: a line that is only one of
 * these names (`Getty`, `Getty Images`, `Shutterstock`) is a photo credit.
 *
 * ###### Notes
 * News agencies (`Reuters`, `AP`, `AFP`) are not here: alone on a line they
 * are as often a byline or a dateline; see `agencies`.
 */
export const libraries = [
  'adobe stock',
  'afp via getty images',
  'alamy',
  'alamy stock photo',
  'bloomberg via getty images',
  'canva',
  'corbis',
  'depositphotos',
  'dreamstime',
  'filmmagic',
  'getty',
  'getty images',
  'getty images for',
  'getty images/istockphoto',
  'istock',
  'istock/getty',
  'istock/getty images',
  'istockphoto',
  'pa images',
  'pa wire',
  'pexels',
  'pixabay',
  'rex features',
  'rex/shutterstock',
  'shutterstock',
  'stock photo',
  'unsplash',
  'wireimage'
] as const

/**
 * Agencies and libraries that end (or start) a credit with a photographer’s
 * name, lower case: `Jane Doe/Reuters`, `REUTERS/Jane Doe`, `AFP via Getty
 * Images`, `(AP Photo/Jane Doe)`.
 */
export const agencies = [
  'aap',
  'abaca',
  'adobe stock',
  'afp',
  'afp photo',
  'alamy',
  'alamy stock photo',
  'anadolu',
  'anadolu agency',
  'ani',
  'ap',
  'ap images',
  'ap photo',
  'associated press',
  'bloomberg',
  'canva',
  'contributor',
  'corbis',
  'depositphotos',
  'digitalvision',
  'dpa',
  'dreamstime',
  'e+',
  'efe',
  'epa',
  'epa-efe',
  'file',
  'file photo',
  'filmmagic',
  'getty',
  'getty images',
  'imago',
  'istock',
  'istockphoto',
  'kyodo',
  'lightrocket',
  'moment',
  'nurphoto',
  'pa',
  'pa images',
  'pa media',
  'pa wire',
  'pexels',
  'pixabay',
  'reuters',
  'rex',
  'rex features',
  'shutterstock',
  'sipa',
  'sopa images',
  'staff',
  'tass',
  'the canadian press',
  'unsplash',
  'upi',
  'wireimage',
  'xinhua',
  'yonhap',
  'zuma',
  'zuma press',
  'zuma wire'
] as const

/**
 * Agencies that alone never make a credit (they qualify another one):
 * `Jane Doe / Contributor via Getty Images`, `AP Photo/Jane Doe, File`.
 */
export const qualifiers = ['contributor', 'file', 'file photo', 'staff'] as const
