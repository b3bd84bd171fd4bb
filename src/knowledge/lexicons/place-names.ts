// English exonyms and older spellings of cities that GeoNames names otherwise, by GeoNames name
// and country. SOURCE: reviewed by hand (Dateline team) from English news usage.

export const PLACE_ALIASES: { name: string; country: string; aliases: string[] }[] = [
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
];
