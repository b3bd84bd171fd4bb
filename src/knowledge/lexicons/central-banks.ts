// Central banks and monetary authorities, which economic news quotes as speakers ("the Bundesbank
// said"). Type "organisation", speaker kind "government". The Federal Reserve and the European
// Central Bank are in official-bodies.ts and international-bodies.ts.
// SOURCE: reviewed by hand (Dateline team) from the names the banks are known by in English news.
import { org, type OrgEntry } from './lexicon.js';

const bank = (name: string, aliases: string[], country: string): OrgEntry =>
  org(name, aliases, country, 'government', { nominals: ['central bank', 'bank'] });

export const CENTRAL_BANKS: OrgEntry[] = [
  bank('Bank of England', ['BoE'], 'GB'),
  bank('Bank of Japan', ['BOJ', 'BoJ'], 'JP'),
  bank('Bundesbank', ['Deutsche Bundesbank'], 'DE'),
  bank('Banque de France', ['Bank of France'], 'FR'),
  bank('Bank of Italy', ['Banca d\'Italia'], 'IT'),
  bank('Bank of Spain', ['Banco de España', 'Banco de Espana'], 'ES'),
  bank('De Nederlandsche Bank', ['Dutch central bank'], 'NL'),
  bank('National Bank of Belgium', [], 'BE'),
  bank('Swiss National Bank', ['SNB'], 'CH'),
  bank('Riksbank', ['Sveriges Riksbank'], 'SE'),
  bank('Norges Bank', [], 'NO'),
  bank('Danmarks Nationalbank', [], 'DK'),
  bank('Central Bank of Ireland', [], 'IE'),
  bank('Bank of Greece', [], 'GR'),
  bank('National Bank of Poland', ['NBP'], 'PL'),
  bank('Czech National Bank', ['CNB'], 'CZ'),
  bank('National Bank of Hungary', ['Magyar Nemzeti Bank'], 'HU'),
  bank('Central Bank of Russia', ['Bank of Russia', 'Russian central bank'], 'RU'),
  bank('National Bank of Ukraine', [], 'UA'),
  bank('Central Bank of the Republic of Turkey', ['Turkish central bank'], 'TR'),
  bank('Bank of Israel', [], 'IL'),
  bank('Central Bank of Egypt', [], 'EG'),
  bank('Saudi Central Bank', ['Saudi Arabian Monetary Authority', 'SAMA'], 'SA'),
  bank('Central Bank of Iran', [], 'IR'),
  bank('South African Reserve Bank', ['SARB'], 'ZA'),
  bank('Central Bank of Nigeria', [], 'NG'),
  bank('Reserve Bank of India', ['RBI'], 'IN'),
  bank('State Bank of Pakistan', [], 'PK'),
  bank('People\'s Bank of China', ['PBOC', 'PBoC'], 'CN'),
  bank('Hong Kong Monetary Authority', ['HKMA'], 'HK'),
  bank('Bank of Korea', ['BOK'], 'KR'),
  bank('Bank of Thailand', [], 'TH'),
  bank('Bank Indonesia', [], 'ID'),
  bank('Bank Negara Malaysia', ['Bank Negara'], 'MY'),
  bank('Monetary Authority of Singapore', ['MAS'], 'SG'),
  bank('Bangko Sentral ng Pilipinas', [], 'PH'),
  bank('Reserve Bank of Australia', ['RBA'], 'AU'),
  bank('Reserve Bank of New Zealand', ['RBNZ'], 'NZ'),
  bank('Bank of Canada', [], 'CA'),
  bank('Bank of Mexico', ['Banco de Mexico', 'Banxico'], 'MX'),
  bank('Central Bank of Brazil', ['Banco Central do Brasil'], 'BR'),
  bank('Central Bank of Argentina', [], 'AR'),
];
