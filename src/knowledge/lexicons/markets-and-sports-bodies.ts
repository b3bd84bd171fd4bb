// Exchanges and sports governing bodies: organisations that market and sports news names as
// actors ("the NYSE halted trading", "FIFA banned"). Type "organisation". League names are left
// out: news treats a league as a competition as often as a body.
// SOURCE: reviewed by hand (Dateline team) from the names the bodies are known by in English news.
import { org, type OrgEntry } from './lexicon.js';

const body = (name: string, aliases: string[], country: string | null, nominals: string[]): OrgEntry =>
  org(name, aliases, country, 'organisation', { nominals });

export const MARKETS_AND_SPORTS_BODIES: OrgEntry[] = [
  body('New York Stock Exchange', ['NYSE'], 'US', ['exchange']),
  body('Nasdaq', ['NASDAQ'], 'US', ['exchange']),
  body('Chicago Mercantile Exchange', ['CME'], 'US', ['exchange']),
  body('Chicago Board of Trade', ['CBOT'], 'US', ['exchange']),
  body('New York Mercantile Exchange', ['Nymex', 'NYMEX'], 'US', ['exchange']),
  body('London Stock Exchange', [], 'GB', ['exchange']),
  body('London Metal Exchange', ['LME'], 'GB', ['exchange']),
  body('Tokyo Stock Exchange', [], 'JP', ['exchange']),
  body('Hong Kong Stock Exchange', ['Hong Kong Exchanges and Clearing'], 'HK', ['exchange']),
  body('Shanghai Stock Exchange', [], 'CN', ['exchange']),
  body('Shenzhen Stock Exchange', [], 'CN', ['exchange']),
  body('Bombay Stock Exchange', [], 'IN', ['exchange']),
  body('National Stock Exchange of India', [], 'IN', ['exchange']),
  body('Deutsche Boerse', ['Deutsche Börse'], 'DE', ['exchange']),
  body('Euronext', [], null, ['exchange']),
  body('Securities and Exchange Commission', ['SEC'], 'US', ['commission', 'regulator']),
  body('FIFA', [], null, ['body', 'governing body']),
  body('UEFA', [], null, ['body', 'governing body']),
  body('International Olympic Committee', ['IOC'], null, ['committee']),
  body('World Anti-Doping Agency', ['WADA'], null, ['agency']),
  body('Court of Arbitration for Sport', [], null, ['court']),
  body('World Athletics', ['IAAF', 'International Amateur Athletic Federation', 'International Association of Athletics Federations'], null, ['federation']),
  body('International Cricket Council', [], null, ['council']),
  body('Union Cycliste Internationale', ['UCI', 'International Cycling Union'], null, ['union']),
  body('Fédération Internationale de l\'Automobile', ['FIA', 'Federation Internationale de l\'Automobile'], null, ['federation']),
  body('National Basketball Association', ['NBA'], 'US', ['league']),
  body('National Football League', ['NFL'], 'US', ['league']),
  body('National Hockey League', ['NHL'], 'US', ['league']),
  body('Major League Baseball', ['MLB'], 'US', ['league']),
  body('National Collegiate Athletic Association', ['NCAA'], 'US', ['association']),
  body('Association of Tennis Professionals', ['ATP'], null, ['association']),
  body('Women\'s Tennis Association', ['WTA'], null, ['association']),
  body('PGA Tour', [], 'US', ['tour']),
  body('Football Association', [], 'GB', ['association']),
];
