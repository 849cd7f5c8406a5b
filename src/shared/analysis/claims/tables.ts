import { stemKeys } from './stem'

/*
 * Word lists the claim and paraphrase rules share: entity names and aliases, synonyms, head-noun
 * and event classes, stop words. Small on purpose: every entry is here because a rule needs it,
 * and a reader can check each one.
 */

/** Two-word names joined into one term before anything else looks at them. */
export const COMPOUNDS: Record<string, string> = {
  'north korea': 'north_korea',
  'north korean': 'north_korea',
  'south korea': 'south_korea',
  'south korean': 'south_korea',
  'new zealand': 'new_zealand',
  'united states': 'us',
  'united kingdom': 'uk',
  'european union': 'eu',
  'white house': 'white_house',
  'make sure': 'make_sur',
  'step down': 'resign'
}

/** Places, demonyms and aliases mapped to one entity name (DPRK = North Korea, Kyiv ~ Ukraine). */
export const ENTITY: Record<string, string> = {
  north_korea: 'north_korea',
  dprk: 'north_korea',
  pyongyang: 'north_korea',
  south_korea: 'south_korea',
  korea: 'south_korea', // bare "Korea" in news copy means the South; the North is always named
  rok: 'south_korea',
  seoul: 'south_korea',
  ukraine: 'ukraine',
  ukrainian: 'ukraine',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  russia: 'russia',
  russian: 'russia',
  moscow: 'russia',
  kremlin: 'russia',
  japan: 'japan',
  japanese: 'japan',
  tokyo: 'japan',
  australia: 'australia',
  australian: 'australia',
  canberra: 'australia',
  new_zealand: 'new_zealand',
  zealand: 'new_zealand',
  china: 'china',
  chinese: 'china',
  beijing: 'china',
  iran: 'iran',
  iranian: 'iran',
  tehran: 'iran',
  us: 'us',
  american: 'us',
  uk: 'uk',
  britain: 'uk',
  british: 'uk',
  nato: 'nato',
  eu: 'eu',
  poland: 'poland',
  polish: 'poland',
  germany: 'germany',
  german: 'germany',
  france: 'france',
  french: 'france',
  israel: 'israel',
  israeli: 'israel',
  europe: 'europe',
  european: 'europe',
  brussels: 'brussels',
  washington: 'washington'
}

/** Synonyms for alignment, after stemming: each maps to one representative stem. */
export const SYNONYM: Record<string, string> = stemKeys({
  soldier: 'troop',
  troops: 'troop',
  personnel: 'troop',
  servicemen: 'troop',
  dispatched: 'send',
  dispatch: 'send',
  sent: 'send',
  deployed: 'send',
  deploy: 'send',
  exchange: 'shar',
  sharing: 'shar',
  fuelling: 'fuel',
  fueling: 'fuel',
  killed: 'kill',
  dead: 'kill',
  died: 'kill',
  death: 'kill',
  resigned: 'resign',
  quit: 'resign',
  aid: 'aid',
  assistance: 'aid',
  gifting: 'deliver',
  gift: 'deliver',
  delivery: 'deliver',
  delivering: 'deliver',
  invitation: 'invit',
  invited: 'invit',
  announcement: 'announc',
  announced: 'announc',
  discuss: 'talk',
  talks: 'talk',
  ensure: 'make_sur',
  prevail: 'prevail',
  won: 'win',
  defense: 'defence',
  defence: 'defence'
})

/** Head nouns that count the same thing (troops ~ soldiers; dead ~ killed counts people). */
export const HEAD_CLASS: Record<string, string> = stemKeys({
  soldier: 'troops',
  troop: 'troops',
  personnel: 'troops',
  servicemen: 'troops',
  fighter: 'troops',
  forc: 'troops',
  officer: 'officers',
  people: 'people',
  person: 'people',
  civilian: 'people',
  resident: 'people',
  dead: 'people',
  death: 'people',
  fatality: 'people',
  fatalitie: 'people',
  casualty: 'people',
  casualtie: 'people',
  victim: 'people',
  protester: 'protesters',
  demonstrator: 'protesters',
  home: 'homes',
  hous: 'homes',
  prisoner: 'prisoners',
  detaine: 'prisoners',
  worker: 'workers',
  employe: 'workers',
  refuge: 'refugees',
  villager: 'people',
  passenger: 'people',
  child: 'people',
  children: 'people',
  student: 'people',
  miner: 'people',
  crew: 'people',
  sailor: 'people',
  pilgrim: 'people',
  migrant: 'people',
  suspect: 'suspects',
  pirat: 'suspects',
  militant: 'suspects',
  member: 'suspects'
})

/** Verbs and nouns that say what happened to a counted thing; the event part of a claim key. */
export const EVENT_CLASS: Record<string, string> = stemKeys({
  kill: 'killed',
  die: 'killed',
  died: 'killed',
  dead: 'killed',
  death: 'killed',
  fatality: 'killed',
  fatalitie: 'killed',
  wound: 'wounded',
  injur: 'wounded',
  deploy: 'deployed',
  sent: 'deployed',
  send: 'deployed',
  join: 'deployed',
  arriv: 'deployed',
  station: 'deployed',
  dispatch: 'deployed',
  fight: 'deployed',
  involv: 'deployed',
  fled: 'fled',
  flee: 'fled',
  displac: 'fled',
  evacuat: 'fled',
  arrest: 'detained',
  detain: 'detained',
  captur: 'detained',
  seiz: 'detained',
  receiv: 'received',
  steal: 'stolen',
  stole: 'stolen',
  stolen: 'stolen',
  snatch: 'stolen',
  rob: 'stolen',
  robbed: 'stolen',
  loot: 'stolen',
  releas: 'released',
  freed: 'released',
  destroy: 'destroyed',
  damag: 'damaged',
  pledg: 'pledged',
  promis: 'pledged',
  gather: 'gathered',
  rally: 'gathered',
  marched: 'gathered',
  march: 'gathered',
  laid: 'laid off',
  lay: 'laid off',
  cut: 'laid off'
})

/** Words that never head or carry a claim on their own. */
export const STOP = new Set(
  (
    'a an the of to in on at by for from with and or but as that this these those it its is are ' +
    'was were be been being has have had do does did will would could can may might must shall ' +
    'should he she they we you i his her their our your them him us me not no than then so if ' +
    'about into over after before during while also just only very more most some any all each ' +
    'other such which who whom whose what when where why how there here up out said says say ' +
    'told according added noted stated one new however meanwhile both even many'
  ).split(' ')
)

/** Auxiliaries and adverbs skipped when looking for the verb of a claim. */
export const AUX = new Set(
  (
    'have has had been be being was were is are could would will may might can reportedly ' +
    'already allegedly also now later just still not never'
  ).split(' ')
)

/** Months, days and other capitalised words that are not names. */
export const NOT_NAMES = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday the a an in on at but and he she ' +
    'they we it this that while when after before during according officials'
  ).split(' ')
)

/**
 * Words too general to make two passages the same fact on their own ("including", "ways"):
 * they count in a paraphrase's score but not towards the content words it must share.
 */
export const GENERIC = new Set(
  (
    'includ way between against continu use part stat member provid make take give get go come ' +
    'help support work plan need want call mov put set lead hold keep report time year month ' +
    'week day peopl country countri government official military'
  ).split(' ')
)
