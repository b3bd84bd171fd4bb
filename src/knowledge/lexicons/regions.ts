// First-level regions (states, provinces, oblasts) and named territories that news names as places
// but the city list lacks. Regions named "X Oblast" / "X Province" also answer to "X region" and
// "X province". SOURCE: reviewed by hand (Dateline team) from the regions' common English names.

export interface RegionEntry {
  name: string;
  country: string;
  aliases?: string[];
}

const list = (country: string, names: string[]): RegionEntry[] => names.map((name) => ({ name, country }));

/** "Kursk" → "Kursk Oblast" with aliases "Kursk region", "Kursk province". */
const oblasts = (country: string, head: string, names: string[]): RegionEntry[] =>
  names.map((n) => ({ name: `${n} ${head}`, country, aliases: [`${n} region`, `${n} province`, `${n} Region`, `${n} Province`].filter((a) => a !== `${n} ${head}`) }));

export const REGIONS: RegionEntry[] = [
  ...list('US', [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
    'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
    'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York State',
    'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
    'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming', 'Guam',
    // Regions of several states that news names as places
    'Midwest', 'New England', 'Pacific Northwest', 'Deep South',
  ]),
  ...list('CA', ['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland and Labrador', 'Prince Edward Island', 'Yukon', 'Nunavut', 'Northwest Territories']),
  ...list('AU', ['New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'Western Australia', 'South Australia', 'Northern Territory']),
  ...list('GB', ['England', 'Scotland', 'Wales', 'Northern Ireland']),
  ...oblasts('UA', 'Oblast', [
    'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Kharkiv', 'Sumy', 'Chernihiv', 'Kyiv', 'Dnipropetrovsk', 'Mykolaiv', 'Odesa',
    'Poltava', 'Cherkasy', 'Kirovohrad', 'Vinnytsia', 'Zhytomyr', 'Rivne', 'Volyn', 'Lviv', 'Ternopil', 'Khmelnytskyi', 'Ivano-Frankivsk',
    'Zakarpattia', 'Chernivtsi',
  ]),
  { name: 'Crimea', country: 'UA', aliases: ['Crimean Peninsula', 'Crimean peninsula'] },
  { name: 'Donbas', country: 'UA', aliases: ['Donbass'] },
  ...oblasts('RU', 'Oblast', ['Kursk', 'Belgorod', 'Bryansk', 'Rostov', 'Voronezh', 'Moscow', 'Leningrad', 'Kaliningrad', 'Pskov', 'Smolensk', 'Novosibirsk', 'Sverdlovsk', 'Murmansk', 'Tula', 'Oryol', 'Lipetsk']),
  ...oblasts('RU', 'Krai', ['Krasnodar', 'Primorsky', 'Khabarovsk', 'Krasnoyarsk', 'Stavropol', 'Perm']),
  ...list('RU', ['Chechnya', 'Dagestan', 'Tatarstan', 'Bashkortostan', 'Siberia', 'Buryatia', 'Yakutia', 'Ingushetia']),
  ...list('CN', [
    'Xinjiang', 'Tibet', 'Guangdong', 'Fujian', 'Zhejiang', 'Jiangsu', 'Shandong', 'Hebei', 'Henan', 'Hubei', 'Hunan', 'Sichuan', 'Yunnan',
    'Guangxi', 'Guizhou', 'Shaanxi', 'Shanxi', 'Gansu', 'Qinghai', 'Inner Mongolia', 'Heilongjiang', 'Jilin', 'Liaoning', 'Anhui', 'Jiangxi', 'Hainan', 'Ningxia',
  ]),
  ...list('IN', [
    'Kashmir', 'Jammu and Kashmir', 'Ladakh', 'Uttar Pradesh', 'Maharashtra', 'Bihar', 'West Bengal', 'Madhya Pradesh', 'Tamil Nadu', 'Rajasthan',
    'Karnataka', 'Gujarat', 'Andhra Pradesh', 'Odisha', 'Telangana', 'Kerala', 'Jharkhand', 'Assam', 'Haryana', 'Chhattisgarh', 'Uttarakhand',
    'Himachal Pradesh', 'Tripura', 'Meghalaya', 'Manipur', 'Nagaland', 'Goa', 'Arunachal Pradesh', 'Mizoram', 'Sikkim',
  ]),
  { name: 'Punjab', country: 'IN', aliases: [] },
  { name: 'Punjab', country: 'PK', aliases: [] },
  ...list('PK', ['Balochistan', 'Sindh', 'Khyber Pakhtunkhwa', 'Gilgit-Baltistan']),
  ...list('PS', ['Gaza Strip', 'West Bank']),
  ...list('SY', ['Golan Heights', 'Idlib province', 'Aleppo province']),
  ...list('SD', ['Darfur', 'Kordofan', 'North Darfur']),
  ...list('ET', ['Tigray', 'Amhara', 'Oromia']),
  ...list('IQ', ['Kurdistan Region', 'Iraqi Kurdistan', 'Anbar', 'Nineveh']),
  ...list('AZ', ['Nagorno-Karabakh', 'Karabakh']),
  ...list('MD', ['Transnistria']),
  ...list('GE', ['Abkhazia', 'South Ossetia']),
  ...list('MM', ['Rakhine', 'Shan State', 'Kachin']),
  ...list('PH', ['Mindanao', 'Luzon']),
  ...list('ES', ['Catalonia', 'Basque Country', 'Andalusia']),
  ...list('DE', ['Bavaria', 'Saxony', 'North Rhine-Westphalia']),
  ...list('JP', ['Okinawa', 'Hokkaido', 'Fukushima Prefecture']),
  ...list('KR', ['Gyeonggi Province', 'Jeju Island', 'Gangwon Province']),
  ...list('KP', ['North Hamgyong Province', 'South Hamgyong Province', 'North Pyongan Province']),
  ...list('CD', ['North Kivu', 'South Kivu', 'Ituri']),
  ...list('NG', ['Borno', 'Lagos State']),
  ...list('MX', ['Sinaloa', 'Chihuahua', 'Jalisco', 'Tamaulipas', 'Baja California', 'Michoacán', 'Michoacan']),
  ...list('BR', ['São Paulo state', 'Rio de Janeiro state', 'Amazonas']),
  ...list('LB', ['Bekaa Valley']),
  ...list('YE', ['Hodeidah province']),
  ...list('SO', ['Puntland', 'Somaliland']),
  ...list('MA', ['Western Sahara']),
  // Islands and historic regions that news names like provinces
  ...list('ID', ['Aceh', 'Sumatra', 'Java', 'Bali', 'Sulawesi', 'Kalimantan', 'Papua', 'West Papua', 'Lombok', 'Maluku', 'East Timor']),
  ...list('IT', ['Sicily', 'Sardinia', 'Lombardy', 'Tuscany', 'Piedmont', 'Veneto', 'Calabria', 'Campania', 'Apulia', 'Liguria', 'Umbria', 'Emilia-Romagna']),
  ...list('FR', ['Corsica', 'Normandy', 'Brittany', 'Provence', 'Alsace', 'Burgundy', 'Languedoc', 'Aquitaine', 'Lorraine', 'Picardy']),
  ...list('GR', ['Crete']),
  ...list('BE', ['Flanders', 'Wallonia']),
  ...list('GB', ['Ulster']),
  ...list('US', ['Manhattan', 'Bronx', 'Staten Island', 'Long Island', 'Cape Cod', 'Silicon Valley']),
];
