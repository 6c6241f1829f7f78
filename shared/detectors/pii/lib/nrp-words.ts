/**
 * Nationality, religion and political-group words (Presidio's NRP). These are GDPR Art. 9
 * "special categories" when they describe a person (racial or ethnic origin, religious beliefs,
 * political opinions). Lower-case stems; the detector adds plural forms.
 */

/** Demonyms of the countries and regions most often named in prompts (ISO 3166 + common groups). */
export const NATIONALITIES = [
  'afghan', 'albanian', 'algerian', 'american', 'andorran', 'angolan', 'argentine', 'argentinian', 'armenian',
  'australian', 'austrian', 'azerbaijani', 'bahraini', 'bangladeshi', 'belarusian', 'belgian', 'bolivian',
  'bosnian', 'brazilian', 'british', 'bulgarian', 'burmese', 'cambodian', 'cameroonian', 'canadian', 'chechen',
  'chilean', 'chinese', 'colombian', 'congolese', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'dutch',
  'ecuadorean', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'filipino',
  'finnish', 'french', 'georgian', 'german', 'ghanaian', 'greek', 'greenlander', 'greenlandic', 'guatemalan',
  'haitian', 'honduran', 'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli',
  'italian', 'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovar', 'kurdish',
  'kuwaiti', 'kyrgyz', 'lao', 'latvian', 'lebanese', 'libyan', 'lithuanian', 'luxembourgish', 'macedonian',
  'malagasy', 'malaysian', 'maltese', 'mexican', 'moldovan', 'mongolian', 'montenegrin', 'moroccan',
  'mozambican', 'namibian', 'nepalese', 'nepali', 'nicaraguan', 'nigerian', 'norwegian', 'omani', 'pakistani',
  'palestinian', 'panamanian', 'paraguayan', 'persian', 'peruvian', 'polish', 'portuguese', 'puerto rican',
  'qatari', 'romanian', 'russian', 'rwandan', 'salvadoran', 'saudi', 'scottish', 'senegalese', 'serbian',
  'singaporean', 'slovak', 'slovakian', 'slovene', 'slovenian', 'somali', 'spanish', 'sri lankan', 'sudanese',
  'surinamese', 'swedish', 'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai', 'tibetan', 'tunisian',
  'turkish', 'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh',
  'yemeni', 'zambian', 'zimbabwean', 'arab', 'roma', 'romani', 'hispanic', 'latino', 'latina', 'latinx',
  'african american', 'asian american', 'native american', 'aboriginal', 'indigenous',
];

export const RELIGIONS = [
  'christian', 'muslim', 'moslem', 'islamic', 'jew', 'jewish', 'hindu', 'buddhist', 'sikh', 'jain', 'catholic',
  'protestant', 'evangelical', 'orthodox', 'mormon', 'baptist', 'lutheran', 'methodist', 'anglican', 'sunni',
  'shia', 'shiite', 'shii', 'ahmadi', 'bahai', 'zoroastrian', 'atheist', 'agnostic', 'pagan', 'wiccan',
  "jehovah's witness", 'rastafarian', 'taoist', 'shinto', 'quaker', 'amish',
];

/** Party and ideology words; only the capitalised form counts ("a conservative estimate" is not one). */
export const POLITICAL = [
  'democrat', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'labour', 'tory', 'tories',
  'libertarian', 'marxist', 'anarchist', 'green party', 'social democrat', 'christian democrat', 'maga',
];

/** "Polish the draft", "Turkey", "Jersey": lower-case forms that are ordinary words, never matched lower-case. */
export const ORDINARY_LOWER = new Set(['polish', 'lao', 'roma', 'jew', 'orthodox', 'liberal', 'conservative', 'green party', 'pagan', 'indigenous']);
