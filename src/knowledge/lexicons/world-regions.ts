// Continents, oceans and seas, and the regions of the world that span several countries ("Europe",
// "the Middle East", "the Gulf", "Latin America"): places with no country of their own. News names
// them as places like any country. SOURCE: reviewed by hand (Dateline team) from the regions'
// common English names.

export interface WorldRegionEntry {
  name: string;
  aliases?: string[];
}

const names = (list: string[]): WorldRegionEntry[] => list.map((name) => ({ name }));

export const WORLD_REGIONS: WorldRegionEntry[] = [
  // Continents
  ...names(['Europe', 'Africa', 'North America', 'South America', 'Antarctica', 'Oceania', 'Eurasia']),
  { name: 'Asia' },
  // Regions of several countries
  ...names([
    'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Southeast Europe',
    'Scandinavia', 'Balkans', 'Baltics', 'Caucasus', 'North Caucasus', 'South Caucasus', 'Iberia', 'Benelux',
    'Middle East', 'Near East', 'Far East', 'Levant', 'Maghreb', 'Arabian Peninsula', 'Persian Gulf',
    'Central Asia', 'South Asia', 'Southeast Asia', 'South-East Asia', 'East Asia', 'North Asia', 'Asia-Pacific', 'Indochina',
    'North Africa', 'West Africa', 'East Africa', 'Central Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Sahara',
    'Latin America', 'Central America', 'Caribbean', 'Andes', 'Patagonia',
    'Arctic', 'Antarctic', 'Himalayas', 'Alps', 'Korean Peninsula', 'Kashmir',
  ]),
  { name: 'Gulf' },
  // Oceans and seas
  ...names([
    'Atlantic', 'Pacific', 'Indian Ocean', 'Atlantic Ocean', 'Pacific Ocean', 'Arctic Ocean', 'Southern Ocean',
    'Mediterranean', 'Mediterranean Sea', 'Black Sea', 'Caspian Sea', 'Red Sea', 'Baltic Sea', 'North Sea', 'Aegean', 'Aegean Sea',
    'Adriatic', 'Adriatic Sea', 'South China Sea', 'East China Sea', 'Yellow Sea', 'Sea of Japan', 'Arabian Sea', 'Gulf of Aden',
    'Gulf of Mexico', 'Gulf of Oman', 'Strait of Hormuz', 'Taiwan Strait', 'English Channel', 'Bay of Bengal', 'Sea of Azov',
  ]),
];
