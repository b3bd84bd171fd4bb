// Companies whose names the entity stage would misread: named like a person ("Morgan Stanley",
// "Philip Morris"), joined by "&" ("Procter & Gamble"), or made only of head words ("News Corp").
// Type "organisation". SOURCE: reviewed by hand (Dateline team) from the names the firms are known
// by in English business news.
import { org, type OrgEntry } from './lexicon.js';

const firm = (name: string, aliases: string[], country: string | null): OrgEntry =>
  org(name, aliases, country, 'organisation', { nominals: ['company', 'firm', 'group'] });
const bank = (name: string, aliases: string[], country: string | null): OrgEntry =>
  org(name, aliases, country, 'organisation', { nominals: ['bank', 'firm', 'house'] });

export const COMPANIES: OrgEntry[] = [
  // Banks, brokers and ratings agencies named after their founders
  bank('Morgan Stanley', ['Morgan Stanley Dean Witter'], 'US'),
  bank('Goldman Sachs', ['Goldman, Sachs', 'Goldman Sachs Group'], 'US'),
  bank('Merrill Lynch', [], 'US'),
  bank('Dean Witter', ['Dean Witter Reynolds', 'Dean Witter Discover'], 'US'),
  bank('Lehman Brothers', ['Lehman'], 'US'),
  bank('Bear Stearns', [], 'US'),
  bank('Paine Webber', ['PaineWebber'], 'US'),
  bank('Charles Schwab', [], 'US'),
  bank('Smith Barney', [], 'US'),
  bank('Salomon Brothers', ['Salomon'], 'US'),
  bank('Donaldson Lufkin & Jenrette', ['Donaldson, Lufkin & Jenrette', 'DLJ'], 'US'),
  bank('Prudential Securities', [], 'US'),
  bank('J.P. Morgan', ['JP Morgan', 'J.P. Morgan & Co', 'JP Morgan Chase', 'JPMorgan', 'JPMorgan Chase'], 'US'),
  bank('Chase Manhattan', ['Chase Manhattan Bank'], 'US'),
  bank('Morgan Grenfell', ['Deutsche Morgan Grenfell'], 'GB'),
  bank('Kleinwort Benson', ['Dresdner Kleinwort Benson'], 'GB'),
  bank('S.G. Warburg', ['SG Warburg', 'SBC Warburg', 'UBS Warburg'], 'GB'),
  bank('James Capel', [], 'GB'),
  bank('Robert Fleming', ['Flemings'], 'GB'),
  bank('Cazenove', [], 'GB'),
  bank('Barings', ['Barings Bank', 'ING Barings'], 'GB'),
  bank('N M Rothschild', ['NM Rothschild', 'N.M. Rothschild'], 'GB'),
  bank('Lazard', ['Lazard Freres', 'Lazard Frères', 'Lazard Brothers'], 'US'),
  bank('Schroders', ['J Henry Schroder'], 'GB'),
  bank('Standard & Poor\'s', ['S&P', 'Standard and Poor\'s'], 'US'),
  bank('Moody\'s', ['Moody\'s Investors Service'], 'US'),
  bank('Lloyd\'s of London', ['Lloyd\'s'], 'GB'),
  // Audit firms
  firm('Ernst & Young', [], 'GB'),
  firm('Arthur Andersen', ['Andersen Consulting'], 'US'),
  firm('Price Waterhouse', ['PricewaterhouseCoopers', 'Coopers & Lybrand'], 'GB'),
  firm('Deloitte & Touche', ['Deloitte', 'Deloitte Touche Tohmatsu'], 'GB'),
  firm('KPMG Peat Marwick', ['KPMG'], 'NL'),
  // Industry and retail
  firm('Philip Morris', ['Philip Morris Cos', 'Philip Morris Companies'], 'US'),
  firm('Procter & Gamble', ['Procter and Gamble', 'P&G'], 'US'),
  firm('Johnson & Johnson', ['Johnson and Johnson'], 'US'),
  firm('Marks & Spencer', ['Marks and Spencer', 'Marks & Sparks'], 'GB'),
  firm('J Sainsbury', ['J. Sainsbury', 'Sainsbury\'s'], 'GB'),
  firm('Dow Jones', ['Dow Jones & Co'], 'US'),
  firm('Dow Chemical', [], 'US'),
  firm('Hewlett-Packard', ['Hewlett Packard', 'HP'], 'US'),
  firm('Black & Decker', [], 'US'),
  firm('Levi Strauss', [], 'US'),
  firm('Estee Lauder', ['Estée Lauder'], 'US'),
  firm('Ralph Lauren', [], 'US'),
  firm('Calvin Klein', [], 'US'),
  firm('Jardine Matheson', ['Jardines'], 'HK'),
  firm('Rolls-Royce', ['Rolls Royce'], 'GB'),
  firm('Mercedes-Benz', ['Mercedes Benz'], 'DE'),
  firm('Walt Disney Co', ['Walt Disney Company', 'Disney'], 'US'),
  firm('McDonald\'s', ['McDonald\'s Corp'], 'US'),
  firm('Anheuser-Busch', [], 'US'),
  firm('Archer Daniels Midland', ['ADM'], 'US'),
  firm('Pratt & Whitney', [], 'US'),
  firm('Lockheed Martin', ['Lockheed'], 'US'),
  firm('McDonnell Douglas', [], 'US'),
  firm('Harley-Davidson', [], 'US'),
  firm('AT&T', ['AT & T'], 'US'),
  firm('News Corp', ['News Corporation', 'News Corp Ltd'], 'AU'),
  firm('Royal Dutch/Shell', ['Royal Dutch Shell', 'Royal Dutch'], 'NL'),
  firm('Unilever', [], 'GB'),
  // Family-name words the personal-name lists hold, but a lone capitalised word in news is the firm
  firm('Apple Inc', ['Apple', 'Apple Computer'], 'US'),
];
