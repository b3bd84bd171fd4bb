// Armed, militant and political-military groups that conflict news names as actors. Type "group".
// SOURCE: reviewed by hand (Dateline team) from the names the groups are known by in English news.
import { group, type OrgEntry } from './lexicon.js';

export const ARMED_GROUPS: OrgEntry[] = [
  group('Hamas', ['Islamic Resistance Movement'], 'PS', { nominals: ['group', 'militant group', 'movement'] }),
  group('Palestinian Islamic Jihad', ['Islamic Jihad', 'PIJ'], 'PS', { nominals: ['group', 'militant group'] }),
  group('Hezbollah', ['Hizbollah', 'Hizbullah'], 'LB', { nominals: ['group', 'militant group', 'movement'] }),
  group('Houthis', ['Houthi', 'Ansar Allah', 'Houthi movement', 'Huthis'], 'YE', { nominals: ['group', 'rebels', 'movement'] }),
  group('Islamic State', ['ISIS', 'ISIL', 'Daesh', 'IS', 'Islamic State group'], null, { nominals: ['group', 'militant group'] }),
  group('al-Qaeda', ['Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida'], null, { nominals: ['group', 'network'] }),
  group('Taliban', ['The Taliban'], 'AF', { nominals: ['group', 'movement'] }),
  group('Wagner Group', ['Wagner', 'PMC Wagner'], 'RU', { nominals: ['group', 'mercenary group', 'mercenaries'] }),
  group("Kurdistan Workers' Party", ['PKK'], 'TR', { nominals: ['group', 'militant group'] }),
  group('Syrian Democratic Forces', ['SDF'], 'SY', { id: 'org:syrian-democratic-forces', nominals: ['forces', 'group'] }),
  group('Hayat Tahrir al-Sham', ['HTS', 'Hayat Tahrir al-Sham (HTS)'], 'SY', { nominals: ['group'] }),
  group('al-Shabaab', ['Al-Shabaab', 'al-Shabab', 'Al-Shabab'], 'SO', { nominals: ['group', 'militant group'] }),
  group('Boko Haram', [], 'NG', { nominals: ['group', 'militant group'] }),
  group('M23', ['March 23 Movement'], 'CD', { nominals: ['group', 'rebels', 'rebel group'] }),
  group('Rapid Support Forces', ['RSF'], 'SD', { id: 'org:rapid-support-forces', nominals: ['paramilitary', 'group', 'forces'] }),
  group('Sudanese Armed Forces', ['SAF'], 'SD', { nominals: ['army', 'military'] }),
  group('Arakan Army', [], 'MM', { nominals: ['group', 'army'] }),
  group('Tatmadaw', ['Myanmar military', 'Myanmar junta'], 'MM', { nominals: ['junta', 'military'] }),
  group('Popular Mobilization Forces', ['PMF', 'Hashd al-Shaabi'], 'IQ', { nominals: ['forces', 'group'] }),
  group('Kataib Hezbollah', ["Kata'ib Hezbollah"], 'IQ', { nominals: ['group', 'militia'] }),
  group('Azov Brigade', ['Azov', 'Azov Regiment'], 'UA', { nominals: ['brigade', 'unit'] }),
];
