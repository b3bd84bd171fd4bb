// English exonyms and older spellings of cities that GeoNames names otherwise, by GeoNames name
// and country. SOURCE: reviewed by hand (Dateline team) from English news usage. `prominent`
// marks the city an English name means in world news when smaller towns elsewhere share that
// name but are not ten times smaller (Geneva, Switzerland over Geneva, Illinois).

export const PLACE_ALIASES: { name: string; country: string; aliases: string[]; prominent?: boolean }[] = [
  { name: 'Kyiv', country: 'UA', aliases: ['Kiev'] },
  { name: 'Odessa', country: 'UA', aliases: ['Odesa'] },
  { name: 'Kharkiv', country: 'UA', aliases: ['Kharkov'] },
  { name: 'Zaporizhia', country: 'UA', aliases: ['Zaporizhzhia', 'Zaporozhye'] },
  { name: 'Luhansk', country: 'UA', aliases: ['Lugansk'] },
  { name: 'Dnipro', country: 'UA', aliases: ['Dnipropetrovsk', 'Dnepr'] },
  { name: 'Lviv', country: 'UA', aliases: ['Lvov', 'Lwow'] },
  { name: 'Mumbai', country: 'IN', aliases: ['Bombay'] },
  { name: 'Kolkata', country: 'IN', aliases: ['Calcutta'] },
  { name: 'Chennai', country: 'IN', aliases: ['Madras'] },
  { name: 'Yangon', country: 'MM', aliases: ['Rangoon'] },
  { name: 'Beijing', country: 'CN', aliases: ['Peking'] },
  { name: 'Guangzhou', country: 'CN', aliases: ['Canton'] },
  { name: 'Ho Chi Minh City', country: 'VN', aliases: ['Saigon'] },
  { name: 'Washington, D.C.', country: 'US', aliases: ['Washington DC', 'Washington D.C.'] },
  { name: 'New York City', country: 'US', aliases: ['New York'] },
  { name: 'Gaza', country: 'PS', aliases: ['Gaza City'] },
  // European cities GeoNames names in the local language.
  { name: 'Genève', country: 'CH', aliases: ['Geneva'], prominent: true },
  { name: 'Köln', country: 'DE', aliases: ['Cologne'] },
  { name: 'Nürnberg', country: 'DE', aliases: ['Nuremberg'] },
  { name: 'Antwerpen', country: 'BE', aliases: ['Antwerp'] },
  { name: 'Sevilla', country: 'ES', aliases: ['Seville'] },
  { name: 'Göteborg', country: 'SE', aliases: ['Gothenburg'] },
  { name: 'Nizhniy Novgorod', country: 'RU', aliases: ['Nizhny Novgorod'] },
  // Conflict reporting's spellings.
  { name: 'Mykolayiv', country: 'UA', aliases: ['Mykolaiv', 'Nikolaev'] },
  { name: 'Avdiyivka', country: 'UA', aliases: ['Avdiivka'] },
  { name: 'Kramators’k', country: 'UA', aliases: ['Kramatorsk'] },
  { name: 'Sloviansk', country: 'UA', aliases: ['Slovyansk'] },
  { name: 'Basrah', country: 'IQ', aliases: ['Basra'] },
  { name: 'Khān Yūnis', country: 'PS', aliases: ['Khan Younis', 'Khan Yunis'] },
  { name: 'Rafaḩ', country: 'PS', aliases: ['Rafah'] },
  { name: 'Al Ḩudaydah', country: 'YE', aliases: ['Hodeidah', 'Hudaydah'] },
  { name: 'Ar Raqqah', country: 'SY', aliases: ['Raqqa'] },
  { name: 'Deir ez-Zor', country: 'SY', aliases: ['Deir el-Zour', 'Deir al-Zor'] },
  { name: 'Bengaluru', country: 'IN', aliases: ['Bangalore'] },
];
