// State-run and state-controlled media: outlets whose reports speak for a government.
// SOURCE: reviewed by hand (Dateline team) from the outlets' own descriptions and common English
// news usage ("state media", "state news agency"). Countries are the states that run them.
import { org, type OrgEntry } from './lexicon.js';

const STATE_AGENCY = ['agency', 'news agency', 'state media', 'state news agency', 'state-run agency', 'official news agency'];
const STATE_PAPER = ['newspaper', 'state media', 'state newspaper', 'mouthpiece'];
const STATE_BROADCASTER = ['broadcaster', 'state media', 'state broadcaster', 'state television', 'state TV', 'channel'];

export const STATE_MEDIA: OrgEntry[] = [
  // North Korea
  org('Korean Central News Agency', ['KCNA'], 'KP', 'state_media', { nominals: STATE_AGENCY }),
  org('Rodong Sinmun', ['Rodong', 'Nodong Sinmun'], 'KP', 'state_media', { nominals: STATE_PAPER }),
  org('Korean Central Television', ['KCTV', 'KRT', 'Korean Central Broadcasting'], 'KP', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Uriminzokkiri', [], 'KP', 'state_media', { nominals: ['website', 'propaganda website', 'state media'] }),
  org('Voice of Korea', [], 'KP', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Minju Joson', [], 'KP', 'state_media', { nominals: STATE_PAPER }),
  // China
  org('Xinhua News Agency', ['Xinhua'], 'CN', 'state_media', { nominals: STATE_AGENCY }),
  org('China Central Television', ['CCTV'], 'CN', 'state_media', { nominals: STATE_BROADCASTER }),
  org('China Global Television Network', ['CGTN'], 'CN', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Global Times', ['The Global Times'], 'CN', 'state_media', { nominals: STATE_PAPER }),
  org("People's Daily", ['Renmin Ribao'], 'CN', 'state_media', { nominals: STATE_PAPER }),
  org('China Daily', [], 'CN', 'state_media', { nominals: STATE_PAPER }),
  org('China News Service', ['Chinanews'], 'CN', 'state_media', { nominals: STATE_AGENCY }),
  org('PLA Daily', ['Jiefangjun Bao'], 'CN', 'state_media', { nominals: STATE_PAPER }),
  // Russia
  org('TASS', ['Tass', 'ITAR-TASS'], 'RU', 'state_media', { nominals: STATE_AGENCY }),
  org('RIA Novosti', ['RIA'], 'RU', 'state_media', { nominals: STATE_AGENCY }),
  org('RT', ['Russia Today'], 'RU', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Sputnik', ['Sputnik News'], 'RU', 'state_media', { nominals: STATE_AGENCY }),
  org('Ruptly', [], 'RU', 'state_media', { nominals: ['video agency', 'agency'] }),
  org('Rossiya 1', ['Russia-1'], 'RU', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Channel One Russia', ['Channel One', 'Pervy Kanal'], 'RU', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Zvezda', ['Zvezda TV'], 'RU', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Rossiyskaya Gazeta', [], 'RU', 'state_media', { nominals: STATE_PAPER }),
  org('Izvestia', [], 'RU', 'state_media', { nominals: STATE_PAPER }),
  org('BelTA', ['Belarusian Telegraph Agency'], 'BY', 'state_media', { nominals: STATE_AGENCY }),
  // Iran
  org('Islamic Republic News Agency', ['IRNA'], 'IR', 'state_media', { nominals: STATE_AGENCY }),
  org('Tasnim News Agency', ['Tasnim'], 'IR', 'state_media', { nominals: [...STATE_AGENCY, 'semi-official agency'] }),
  org('Fars News Agency', ['Fars'], 'IR', 'state_media', { nominals: [...STATE_AGENCY, 'semi-official agency'] }),
  org('Mehr News Agency', ['Mehr'], 'IR', 'state_media', { nominals: [...STATE_AGENCY, 'semi-official agency'] }),
  org('Iranian Students News Agency', ['ISNA'], 'IR', 'state_media', { nominals: [...STATE_AGENCY, 'semi-official agency'] }),
  org('Press TV', ['PressTV'], 'IR', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Islamic Republic of Iran Broadcasting', ['IRIB'], 'IR', 'state_media', { nominals: STATE_BROADCASTER }),
  // Middle East and North Africa
  org('Syrian Arab News Agency', ['SANA'], 'SY', 'state_media', { nominals: STATE_AGENCY }),
  org('Saudi Press Agency', ['SPA'], 'SA', 'state_media', { nominals: STATE_AGENCY }),
  org('Emirates News Agency', ['WAM'], 'AE', 'state_media', { nominals: STATE_AGENCY }),
  org('Kuwait News Agency', ['KUNA'], 'KW', 'state_media', { nominals: STATE_AGENCY }),
  org('Qatar News Agency', ['QNA'], 'QA', 'state_media', { nominals: STATE_AGENCY }),
  org('Middle East News Agency', ['MENA'], 'EG', 'state_media', { nominals: STATE_AGENCY }),
  org('Al-Ahram', ['Al Ahram', 'Ahram Online'], 'EG', 'state_media', { nominals: STATE_PAPER }),
  org('Iraqi News Agency', ['INA'], 'IQ', 'state_media', { nominals: STATE_AGENCY }),
  org('Jordan News Agency', ['Petra news agency'], 'JO', 'state_media', { nominals: STATE_AGENCY }),
  org('Oman News Agency', ['ONA'], 'OM', 'state_media', { nominals: STATE_AGENCY }),
  org('Bahrain News Agency', ['BNA'], 'BH', 'state_media', { nominals: STATE_AGENCY }),
  org('Saba News Agency', ['Saba news agency'], 'YE', 'state_media', { nominals: STATE_AGENCY }),
  org('Algeria Press Service', ['APS'], 'DZ', 'state_media', { nominals: STATE_AGENCY }),
  org('Maghreb Arabe Presse', ['MAP'], 'MA', 'state_media', { nominals: STATE_AGENCY }),
  org('Wafa', ['WAFA', 'Palestinian News and Information Agency'], 'PS', 'state_media', { nominals: STATE_AGENCY }),
  org('TRT', ['Turkish Radio and Television Corporation', 'TRT World'], 'TR', 'state_media', { nominals: STATE_BROADCASTER }),
  // Asia and elsewhere
  org('Vietnam News Agency', ['VNA'], 'VN', 'state_media', { nominals: STATE_AGENCY }),
  org('Nhan Dan', [], 'VN', 'state_media', { nominals: STATE_PAPER }),
  org('Bernama', [], 'MY', 'state_media', { nominals: STATE_AGENCY }),
  org('Antara', ['Antara News Agency'], 'ID', 'state_media', { nominals: STATE_AGENCY }),
  org('Philippine News Agency', ['PNA'], 'PH', 'state_media', { nominals: STATE_AGENCY }),
  org('Associated Press of Pakistan', ['APP'], 'PK', 'state_media', { nominals: STATE_AGENCY }),
  org('Pakistan Television', ['PTV'], 'PK', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Doordarshan', ['DD News'], 'IN', 'state_media', { nominals: STATE_BROADCASTER }),
  org('All India Radio', ['AIR'], 'IN', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Kazinform', [], 'KZ', 'state_media', { nominals: STATE_AGENCY }),
  org('Ukrinform', [], 'UA', 'state_media', { nominals: STATE_AGENCY }),
  org('Prensa Latina', [], 'CU', 'state_media', { nominals: STATE_AGENCY }),
  org('Granma', [], 'CU', 'state_media', { nominals: STATE_PAPER }),
  org('Telesur', ['teleSUR'], 'VE', 'state_media', { nominals: STATE_BROADCASTER }),
  org('Myanmar News Agency', [], 'MM', 'state_media', { nominals: STATE_AGENCY }),
  org('Global New Light of Myanmar', [], 'MM', 'state_media', { nominals: STATE_PAPER }),
  org('Eritrean News Agency', [], 'ER', 'state_media', { nominals: STATE_AGENCY }),
];
