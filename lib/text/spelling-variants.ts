/**
 * British (and other Commonwealth) spellings that news agencies write differently from American ones,
 * mapped to the American form. A Map, not an object: "constructor" is a word too. Only the irregular cases are listed; the regular -ise/-yse and -our
 * endings are folded by rule in wordKey. Every entry is checked in tests/lib/text/spelling-variants.test.ts.
 */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  programme: 'program', programmes: 'programs', gramme: 'gram', kilogramme: 'kilogram',
  centre: 'center', centres: 'centers', centred: 'centered', metre: 'meter', metres: 'meters', kilometre: 'kilometer',
  kilometres: 'kilometers', litre: 'liter', litres: 'liters', theatre: 'theater', fibre: 'fiber', calibre: 'caliber',
  sombre: 'somber', spectre: 'specter', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
  catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog',
  travelled: 'traveled', travelling: 'traveling', traveller: 'traveler', travellers: 'travelers',
  cancelled: 'canceled', cancelling: 'canceling', labelled: 'labeled', labelling: 'labeling',
  modelled: 'modeled', modelling: 'modeling', counselled: 'counseled', counsellor: 'counselor',
  fuelled: 'fueled', fuelling: 'fueling', signalled: 'signaled', signalling: 'signaling',
  totalled: 'totaled', levelled: 'leveled', channelled: 'channeled', tunnelling: 'tunneling',
  equalled: 'equaled', marshalled: 'marshaled', quarrelled: 'quarreled', jewellery: 'jewelry',
  armoured: 'armored', grey: 'gray', tyre: 'tire', tyres: 'tires', aluminium: 'aluminum',
  sceptical: 'skeptical', sceptic: 'skeptic', sceptics: 'skeptics', mould: 'mold', plough: 'plow',
  enrol: 'enroll', fulfil: 'fulfill', judgement: 'judgment', ageing: 'aging', whilst: 'while',
  amongst: 'among', learnt: 'learned', burnt: 'burned', spelt: 'spelled', dreamt: 'dreamed',
  paediatric: 'pediatric', anaesthetic: 'anesthetic', foetus: 'fetus', oestrogen: 'estrogen',
  haemorrhage: 'hemorrhage', diarrhoea: 'diarrhea', orthopaedic: 'orthopedic', leukaemia: 'leukemia',
  cheque: 'check', cheques: 'checks', pyjamas: 'pajamas', storey: 'story', draught: 'draft',
  }),
);

/** Words ending in -our that are not British spellings of an American -or word. */
export const OUR_ENDING_EXCEPTIONS: ReadonlySet<string> = new Set([
  'devour', 'contour', 'detour', 'paramour', 'troubadour', 'amour', 'velour', 'dour', 'flour', 'scour',
]);
