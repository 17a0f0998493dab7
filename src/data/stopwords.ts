/**
 * Compact stopword lists: the most frequent function words of each language.
 *
 * ###### Notes
 * Short on purpose (articles, pronouns, prepositions, conjunctions, auxiliary
 * verbs): prose is dense in them, menus, headlines and link lists are not.
 * Words are lower case, space-separated, sorted. The keys are the languages
 * the locator can guess (`src/structure/language.ts`), and their order does
 * not matter: `languages` sorts them.
 */
export const stopwordLists: Readonly<Record<string, string>> = {
  de:
    'aber alle als also am an auch auf aus bei bin bis da damit dann das dass dem den denn der des die dies diese dieser doch du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann man mehr mit nach nicht noch nur ob oder sich sie sind so um und uns von vor war wenn werden wie wir wird wurde zu zum zur über',
  en:
    'a about after all also an and any are as at be because been but by can could did do does for from had has have he her his how i if in into is it its just more most my no not of on one only or our out over she so some than that the their them then there these they this to up was we were what when which who will with would you your',
  es:
    'a al algo como con cuando de del desde donde dos el ella en entre era es esta este esto fue ha hay la las le les lo los más me mi muy no nos o para pero por que se ser si sin sobre son su sus también te tiene todo un una uno y ya',
  fr:
    'a au aussi aux avec ce cela ces cette comme dans de des du elle en est et été il ils je la le les leur lui mais me même ne nous on ou par pas plus pour qu que qui sa se ses si son sont sur tout un une vous y à était être',
  id:
    'ada adalah agar akan atau bahwa bisa dalam dan dari dengan di ia ini itu juga kami karena ke kita lebih mereka oleh pada saat sebagai sudah tidak untuk yang',
  it:
    'a ai al alla anche che ci come con da dal dalla degli dei del della delle di e gli ha hanno i il in la le lo ma mi ne nel nella non per più può quando questa questo se si sono su sua suo tra un una uno è',
  nl:
    'aan al als bij dan dat de deze die dit door een en er geen had heeft hem het hij hoe hun ik in is je kan maar met na naar niet nog nu of om ook op over te tot uit van veel voor was wat we werd wij worden zal ze zich zijn zo',
  pt:
    'a ao aos as até com como da das de do dos e ela ele em entre era está foi isso mais mas na nas no nos não o os ou para pela pelo por que se sem ser seu sua são também tem um uma à é',
  ru:
    'а без бы был была были в вот все для до его ее если есть же за и из или им их к как когда ли мы на не но о об он она они от по при с так то только у уже что это я'
}
