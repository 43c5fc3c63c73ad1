// Reading time zones the way senders write them: abbreviations, words, Windows names, offsets, IANA names.
// Abbreviations name a region, not an offset: "2pm EST" in July means Eastern time (EDT), as the sender meant.
import { IANAZone } from 'luxon';
import { fold } from './re.js';

/** A zone as read from text: an IANA name, or only a fixed offset (minutes east of UTC). */
export type ZoneRef = { kind: 'iana'; zone: string; generic: boolean } | { kind: 'offset'; minutes: number };

/** Canonical names for links that ICU reports under their old spelling. */
const CANONICAL: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Godthab': 'America/Nuuk',
  // legacy one-word links (a TZID of "Singapore" or "Japan"): their region/city names
  Singapore: 'Asia/Singapore', Japan: 'Asia/Tokyo', Hongkong: 'Asia/Hong_Kong', Israel: 'Asia/Jerusalem', Egypt: 'Africa/Cairo',
  Turkey: 'Europe/Istanbul', Iran: 'Asia/Tehran', Poland: 'Europe/Warsaw', Portugal: 'Europe/Lisbon', PRC: 'Asia/Shanghai',
  ROK: 'Asia/Seoul', ROC: 'Asia/Taipei', Eire: 'Europe/Dublin', GB: 'Europe/London', 'GB-Eire': 'Europe/London', NZ: 'Pacific/Auckland',
  Cuba: 'America/Havana', Jamaica: 'America/Jamaica', Iceland: 'Atlantic/Reykjavik', Libya: 'Africa/Tripoli', Navajo: 'America/Denver',
  'Canada/Eastern': 'America/Toronto',
  'Canada/Pacific': 'America/Vancouver', 'Australia/NSW': 'Australia/Sydney', 'Australia/Victoria': 'Australia/Melbourne',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
  'Universal': 'UTC',
  'Zulu': 'UTC',
  'US/Eastern': 'America/New_York',
  'US/Central': 'America/Chicago',
  'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles',
  'US/Arizona': 'America/Phoenix',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Alaska': 'America/Anchorage',
};

export function canonicalZone(zone: string): string {
  return CANONICAL[zone] ?? zone;
}

const validCache = new Map<string, boolean>();
export function validIana(zone: string): boolean {
  let v = validCache.get(zone);
  if (v === undefined) {
    v = zone.length < 64 && IANAZone.isValidZone(zone);
    if (validCache.size < 2000) validCache.set(zone, v);
  }
  return v;
}

/** CLDR windowsZones (territory 001), the names Outlook and Exchange write in TZID and "When:" lines. */
export const WINDOWS_ZONES: Record<string, string> = {
  'dateline standard time': 'Etc/GMT+12',
  'utc-11': 'Etc/GMT+11',
  'hawaiian standard time': 'Pacific/Honolulu',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time (mexico)': 'America/Tijuana',
  'pacific standard time': 'America/Los_Angeles',
  'us mountain standard time': 'America/Phoenix',
  'mountain standard time (mexico)': 'America/Mazatlan',
  'mountain standard time': 'America/Denver',
  'central america standard time': 'America/Guatemala',
  'central standard time': 'America/Chicago',
  'central standard time (mexico)': 'America/Mexico_City',
  'canada central standard time': 'America/Regina',
  'sa pacific standard time': 'America/Bogota',
  'eastern standard time': 'America/New_York',
  'eastern standard time (mexico)': 'America/Cancun',
  'us eastern standard time': 'America/Indiana/Indianapolis',
  'venezuela standard time': 'America/Caracas',
  'atlantic standard time': 'America/Halifax',
  'sa western standard time': 'America/La_Paz',
  'pacific sa standard time': 'America/Santiago',
  'newfoundland standard time': 'America/St_Johns',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Argentina/Buenos_Aires',
  'sa eastern standard time': 'America/Cayenne',
  'montevideo standard time': 'America/Montevideo',
  'azores standard time': 'Atlantic/Azores',
  'cape verde standard time': 'Atlantic/Cape_Verde',
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'romance standard time': 'Europe/Paris',
  'central european standard time': 'Europe/Warsaw',
  'w. central africa standard time': 'Africa/Lagos',
  'gtb standard time': 'Europe/Bucharest',
  'middle east standard time': 'Asia/Beirut',
  'egypt standard time': 'Africa/Cairo',
  'e. europe standard time': 'Europe/Chisinau',
  'south africa standard time': 'Africa/Johannesburg',
  'fle standard time': 'Europe/Kyiv',
  'israel standard time': 'Asia/Jerusalem',
  'turkey standard time': 'Europe/Istanbul',
  'arabic standard time': 'Asia/Baghdad',
  'arab standard time': 'Asia/Riyadh',
  'russian standard time': 'Europe/Moscow',
  'e. africa standard time': 'Africa/Nairobi',
  'iran standard time': 'Asia/Tehran',
  'arabian standard time': 'Asia/Dubai',
  'pakistan standard time': 'Asia/Karachi',
  'india standard time': 'Asia/Kolkata',
  'sri lanka standard time': 'Asia/Colombo',
  'nepal standard time': 'Asia/Kathmandu',
  'bangladesh standard time': 'Asia/Dhaka',
  'se asia standard time': 'Asia/Bangkok',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'malay peninsula standard time': 'Asia/Singapore',
  'taipei standard time': 'Asia/Taipei',
  'w. australia standard time': 'Australia/Perth',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'cen. australia standard time': 'Australia/Adelaide',
  'aus central standard time': 'Australia/Darwin',
  'e. australia standard time': 'Australia/Brisbane',
  'aus eastern standard time': 'Australia/Sydney',
  'tasmania standard time': 'Australia/Hobart',
  'new zealand standard time': 'Pacific/Auckland',
  'tonga standard time': 'Pacific/Tongatapu',
};

/** Abbreviations as people use them; each names the region's zone (DST applied by date, not by letter). */
const ABBREVIATIONS: Record<string, string> = {
  ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York', EST5EDT: 'America/New_York',
  CT: 'America/Chicago', CST: 'America/Chicago', CDT: 'America/Chicago',
  MT: 'America/Denver', MST: 'America/Denver', MDT: 'America/Denver',
  PT: 'America/Los_Angeles', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
  AST: 'America/Halifax', ADT: 'America/Halifax', NST: 'America/St_Johns', NDT: 'America/St_Johns',
  GMT: 'Europe/London', BST: 'Europe/London', UTC: 'UTC', UT: 'UTC', Z: 'UTC',
  WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', MEZ: 'Europe/Berlin', MESZ: 'Europe/Berlin',
  EET: 'Europe/Athens', EEST: 'Europe/Athens', MSK: 'Europe/Moscow',
  EAT: 'Africa/Nairobi', WAT: 'Africa/Lagos', SAST: 'Africa/Johannesburg',
  IST: 'Asia/Kolkata', PKT: 'Asia/Karachi', GST: 'Asia/Dubai',
  SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong', JST: 'Asia/Tokyo', KST: 'Asia/Seoul', PHT: 'Asia/Manila',
  WIB: 'Asia/Jakarta', ICT: 'Asia/Bangkok',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', NZT: 'Pacific/Auckland', AET: 'Australia/Sydney',
  BRT: 'America/Sao_Paulo', ART: 'America/Argentina/Buenos_Aires',
};

/** Region words ("Eastern Time", "UK time") and city names people use for a zone. */
const WORDS: [RegExp, string][] = [
  // Japanese, Korean and Chinese names of the zones ("日本時間", "米国中部時間", "한국 시간", "北京时间")
  [/^(?:日本時間|日本標準時)/, 'Asia/Tokyo'],
  [/^(?:한국 ?시간|한국 표준시)/, 'Asia/Seoul'],
  [/^(?:北京时间|北京時間|中国标准时间)/, 'Asia/Shanghai'],
  [/^米国東部(?:標準|夏)?時間/, 'America/New_York'],
  [/^米国中部(?:標準|夏)?時間/, 'America/Chicago'],
  [/^米国山岳部?(?:標準|夏)?時間/, 'America/Denver'],
  [/^米国(?:太平洋|西部)(?:標準|夏)?時間/, 'America/Los_Angeles'],
  [/^미국 ?중부 ?시간/, 'America/Chicago'],
  [/^미국 ?동부 ?시간/, 'America/New_York'],
  [/^미국 ?(?:서부|태평양) ?시간/, 'America/Los_Angeles'],
  [/^central\s+european(?:\s+(?:standard|summer))?\s+time/i, 'Europe/Berlin'],
  [/^eastern\s+european(?:\s+(?:standard|summer))?\s+time/i, 'Europe/Athens'],
  [/^western\s+european(?:\s+(?:standard|summer))?\s+time/i, 'Europe/Lisbon'],
  [/^irish(?:\s+standard)?\s+time/i, 'Europe/Dublin'],
  [/^(?:hora|horario|tiempo) (?:del centro|de (?:la )?ciudad de méxico)/i, 'America/Mexico_City'],
  [/^heure (?:normale |avancée )?de l['’]est/i, 'America/New_York'],
  [/^heure (?:normale |avancée )?du centre/i, 'America/Chicago'],
  [/^heure (?:normale |avancée )?des rocheuses/i, 'America/Denver'],
  [/^heure (?:normale |avancée )?du pacifique/i, 'America/Los_Angeles'],
  [/^heure (?:de paris|d['’]europe centrale)/i, 'Europe/Paris'],
  [/^atlantic(?:\s+(?:standard|daylight))?\s+time/i, 'America/Halifax'],
  [/^alaska(?:\s+(?:standard|daylight))?\s+time/i, 'America/Anchorage'],
  [/^hawaii(?:-aleutian)?(?:\s+(?:standard|daylight))?\s+time/i, 'Pacific/Honolulu'],
  [/^(?:us\s+)?eastern(?:\s+(?:standard|daylight))?(?:\s+time)?/i, 'America/New_York'],
  [/^(?:us\s+)?central(?:\s+(?:standard|daylight))?(?:\s+time)?/i, 'America/Chicago'],
  [/^(?:us\s+)?mountain(?:\s+(?:standard|daylight))?(?:\s+time)?/i, 'America/Denver'],
  [/^(?:us\s+)?pacific(?:\s+(?:standard|daylight))?(?:\s+time)?/i, 'America/Los_Angeles'],
  [/^arizona(?:\s+time)?/i, 'America/Phoenix'],
  [/^(?:uk|british|london)(?:\s+summer)?\s+time/i, 'Europe/London'],
  [/^greenwich\s+mean\s+time/i, 'Europe/London'],
  [/^(?:india|indian)(?:\s+standard)?\s+time/i, 'Asia/Kolkata'],
  [/^singapore(?:\s+standard)?\s+time/i, 'Asia/Singapore'],
  [/^(?:sydney|australian\s+eastern(?:\s+(?:standard|daylight))?)\s+time/i, 'Australia/Sydney'],
  [/^(?:paris|french)\s+time/i, 'Europe/Paris'],
  [/^(?:berlin|german)\s+time/i, 'Europe/Berlin'],

  [/^coordinated\s+universal\s+time/i, 'UTC'],
];

/** City (as in the IANA name) → zone, built once from the runtime's zone list. */
const CITY_ZONES: Map<string, string> = (() => {
  const m = new Map<string, string>();
  let names: string[] = [];
  try {
    names = (Intl as any).supportedValuesOf('timeZone') as string[];
  } catch {
    names = [];
  }
  // sub-zones named after counties and small towns ("America/North_Dakota/Center", "America/Indiana/Knox") are no
  // city a company names; a word like "Center" in "Medical Center" must not pick them
  const SUB_ZONE_CITIES = new Set(['indianapolis', 'louisville', 'buenos aires']);
  for (const n of names) {
    const city = n.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (n.split('/').length > 2 && !SUB_ZONE_CITIES.has(city)) continue;
    if (/^(?:center|east|west|north|south|central|eastern|western|pacific|mountain|atlantic|universal|zulu|factory|knox|monticello|marengo|vevay|winamac|petersburg|vincennes|tell city|beulah|new salem)$/.test(city)) continue;
    if (!m.has(city)) m.set(city, canonicalZone(n));
  }
  const extra: Record<string, string> = {
    kolkata: 'Asia/Kolkata', mumbai: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', bangalore: 'Asia/Kolkata',
    bengaluru: 'Asia/Kolkata', chennai: 'Asia/Kolkata', kyiv: 'Europe/Kyiv', 'us & canada': '',
    'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', boston: 'America/New_York',
    atlanta: 'America/New_York', austin: 'America/Chicago', dallas: 'America/Chicago', houston: 'America/Chicago',
    munich: 'Europe/Berlin', melbourne: 'Australia/Melbourne', 'hong kong': 'Asia/Hong_Kong',
    // Zoom's "02:00 PM Arizona": the state that keeps standard time all year
    arizona: 'America/Phoenix',
    // Zoom's and Windows' city lists: "06:00 PM Abu Dhabi, Muscat", "Mumbai, New Delhi", "Osaka, Sapporo, Tokyo"
    brasilia: 'America/Sao_Paulo', 'abu dhabi': 'Asia/Dubai', osaka: 'Asia/Tokyo', sapporo: 'Asia/Tokyo', beijing: 'Asia/Shanghai', 'hong kong sar': 'Asia/Hong_Kong',
    canberra: 'Australia/Sydney', wellington: 'Pacific/Auckland', 'cape town': 'Africa/Johannesburg', pretoria: 'Africa/Johannesburg',
    // regions people name a time by: Zoom's "08:00 AM Hawaii", "Newfoundland time", "East Africa Time"
    hawaii: 'Pacific/Honolulu', alaska: 'America/Anchorage', newfoundland: 'America/St_Johns',
    'east africa': 'Africa/Nairobi', 'west africa': 'Africa/Lagos', 'central africa': 'Africa/Maputo', 'south africa': 'Africa/Johannesburg',
  };
  for (const [k, v] of Object.entries(extra)) if (v) m.set(k, v);
  return m;
})();


export function zoneForCity(city: string): string | null {
  return CITY_ZONES.get(fold(city)) ?? null;
}

function offsetMinutes(sign: string, hh: string, mm: string | undefined): number {
  const s = sign === '-' || sign === '−' || sign === '–' ? -1 : 1;
  return s * (Number(hh) * 60 + Number(mm ?? 0));
}

/**
 * Outlook / Windows display names as written after "(UTC±hh:mm)" (the standard Windows zone table, each mapped to
 * the IANA zone CLDR gives for it), longest first so "Central Time (US & Canada)" wins over a bare city.
 */
const OUTLOOK_DISPLAY: [string, string][] = [
  ['belgrade, bratislava, budapest, ljubljana, prague', 'Europe/Budapest'],
  ['amsterdam, berlin, bern, rome, stockholm, vienna', 'Europe/Berlin'],
  // (the same label in German, Dutch and the Scandinavian languages)
  ['amsterdam, berlin, bern, rom', 'Europe/Berlin'],
  ['amsterdam, berlin, bern, roma', 'Europe/Berlin'],
  ['helsinki, kyiv, riga, sofia, tallinn, vilnius', 'Europe/Kyiv'],
  ['beijing, chongqing, hong kong, urumqi', 'Asia/Shanghai'],
  ['georgetown, la paz, manaus, san juan', 'America/La_Paz'],
  ['guadalajara, mexico city, monterrey', 'America/Mexico_City'],
  ['brussels, copenhagen, madrid, paris', 'Europe/Paris'],
  ['chennai, kolkata, mumbai, new delhi', 'Asia/Kolkata'],
  ['dublin, edinburgh, lisbon, london', 'Europe/London'],
  ['moscow, st. petersburg, volgograd', 'Europe/Moscow'],
  ['sarajevo, skopje, warsaw, zagreb', 'Europe/Warsaw'],
  ['anadyr, petropavlovsk-kamchatsky', 'Asia/Kamchatka'],
  ['bogota, lima, quito, rio branco', 'America/Bogota'],
  ['coordinated universal time-11', 'Pacific/Pago_Pago'],
  ['mountain time (us and canada)', 'America/Denver'],
  ['pacific time (us and canada)', 'America/Los_Angeles'],
  ['central time (us and canada)', 'America/Chicago'],
  ['eastern time (us and canada)', 'America/New_York'],
  ['chihuahua, la paz, mazatlan', 'America/Mazatlan'],
  ['mountain time (us & canada)', 'America/Denver'],
  ['canberra, melbourne, sydney', 'Australia/Sydney'],
  ['pacific time (us & canada)', 'America/Los_Angeles'],
  ['central time (us & canada)', 'America/Chicago'],
  ['eastern time (us & canada)', 'America/New_York'],
  ['coordinated universal time', 'UTC'],
  ['solomon is., new caledonia', 'Pacific/Guadalcanal'],
  ['bangkok, hanoi, jakarta', 'Asia/Bangkok'],
  ['kuala lumpur, singapore', 'Asia/Singapore'],
  ['dateline standard time', 'Etc/GMT+12'],
  ['atlantic time (canada)', 'America/Halifax'],
  ['moscow, st. petersburg', 'Europe/Moscow'],
  ['barnaul, gorno-altaysk', 'Asia/Barnaul'],
  ['osaka, sapporo, tokyo', 'Asia/Tokyo'],
  ['midway island, samoa', 'Pacific/Pago_Pago'],
  ['city of buenos aires', 'America/Argentina/Buenos_Aires'],
  ['astrakhan, ulyanovsk', 'Europe/Astrakhan'],
  ['auckland, wellington', 'Pacific/Auckland'],
  ['bogota, lima, quito', 'America/Bogota'],
  ['monrovia, reykjavik', 'Atlantic/Reykjavik'],
  ['west central africa', 'Africa/Lagos'],
  ['sri jayawardenepura', 'Asia/Colombo'],
  ['bougainville island', 'Pacific/Bougainville'],
  ['cayenne, fortaleza', 'America/Cayenne'],
  ['ashgabat, tashkent', 'Asia/Tashkent'],
  ['islamabad, karachi', 'Asia/Karachi'],
  ['guam, port moresby', 'Pacific/Port_Moresby'],
  ['athens, bucharest', 'Europe/Bucharest'],
  ['abu dhabi, muscat', 'Asia/Dubai'],
  ['kiritimati island', 'Pacific/Kiritimati'],
  ['turks and caicos', 'America/Grand_Turk'],
  ['harare, pretoria', 'Africa/Johannesburg'],
  ['yangon (rangoon)', 'Asia/Yangon'],
  ['lord howe island', 'Australia/Lord_Howe'],
  ['baja california', 'America/Tijuana'],
  ['central america', 'America/Guatemala'],
  ['izhevsk, samara', 'Europe/Samara'],
  ['chatham islands', 'Pacific/Chatham'],
  ['indiana (east)', 'America/Indiana/Indianapolis'],
  ['cabo verde is.', 'Atlantic/Cape_Verde'],
  ['cape verde is.', 'Atlantic/Cape_Verde'],
  ['kuwait, riyadh', 'Asia/Riyadh'],
  ['norfolk island', 'Pacific/Norfolk'],
  ['saskatchewan', 'America/Regina'],
  ['newfoundland', 'America/St_Johns'],
  ['buenos aires', 'America/Argentina/Buenos_Aires'],
  ['punta arenas', 'America/Punta_Arenas'],
  ['gaza, hebron', 'Asia/Hebron'],
  ['ekaterinburg', 'Asia/Yekaterinburg'],
  ['kaliningrad', 'Europe/Kaliningrad'],
  ['krasnoyarsk', 'Asia/Krasnoyarsk'],
  ['novosibirsk', 'Asia/Novosibirsk'],
  ['ulaanbaatar', 'Asia/Ulaanbaatar'],
  ['vladivostok', 'Asia/Vladivostok'],
  ['montevideo', 'America/Montevideo'],
  ['casablanca', 'Africa/Casablanca'],
  ['port louis', 'Indian/Mauritius'],
  ['chokurdakh', 'Asia/Srednekolymsk'],
  ["nuku'alofa", 'Pacific/Tongatapu'],
  ['araguaina', 'America/Araguaina'],
  ['greenland', 'America/Nuuk'],
  ['jerusalem', 'Asia/Jerusalem'],
  ['volgograd', 'Europe/Volgograd'],
  ['qyzylorda', 'Asia/Qyzylorda'],
  ['kathmandu', 'Asia/Kathmandu'],
  ['pyongyang', 'Asia/Pyongyang'],
  ['chetumal', 'America/Cancun'],
  ['asuncion', 'America/Asuncion'],
  ['santiago', 'America/Santiago'],
  ['brasilia', 'America/Sao_Paulo'],
  ['salvador', 'America/Bahia'],
  ['sao tome', 'Africa/Sao_Tome'],
  ['chisinau', 'Europe/Chisinau'],
  ['damascus', 'Asia/Damascus'],
  ['khartoum', 'Africa/Khartoum'],
  ['windhoek', 'Africa/Windhoek'],
  ['istanbul', 'Europe/Istanbul'],
  ['adelaide', 'Australia/Adelaide'],
  ['brisbane', 'Australia/Brisbane'],
  ['sakhalin', 'Asia/Sakhalin'],
  ['arizona', 'America/Phoenix'],
  ['caracas', 'America/Caracas'],
  ['tripoli', 'Africa/Tripoli'],
  ['baghdad', 'Asia/Baghdad'],
  ['nairobi', 'Africa/Nairobi'],
  ['saratov', 'Europe/Saratov'],
  ['tbilisi', 'Asia/Tbilisi'],
  ['yerevan', 'Asia/Yerevan'],
  ['irkutsk', 'Asia/Irkutsk'],
  ['yakutsk', 'Asia/Yakutsk'],
  ['magadan', 'Asia/Magadan'],
  ['hawaii', 'Pacific/Honolulu'],
  ['alaska', 'America/Anchorage'],
  ['havana', 'America/Havana'],
  ['cuiaba', 'America/Cuiaba'],
  ['azores', 'Atlantic/Azores'],
  ['beirut', 'Asia/Beirut'],
  ['tehran', 'Asia/Tehran'],
  ['astana', 'Asia/Almaty'],
  ['taipei', 'Asia/Taipei'],
  ['darwin', 'Australia/Darwin'],
  ['hobart', 'Australia/Hobart'],
  ['haiti', 'America/Port-au-Prince'],
  ['amman', 'Asia/Amman'],
  ['cairo', 'Africa/Cairo'],
  ['minsk', 'Europe/Minsk'],
  ['kabul', 'Asia/Kabul'],
  ['dhaka', 'Asia/Dhaka'],
  ['tomsk', 'Asia/Tomsk'],
  ['perth', 'Australia/Perth'],
  ['eucla', 'Australia/Eucla'],
  ['chita', 'Asia/Chita'],
  ['seoul', 'Asia/Seoul'],
  ['samoa', 'Pacific/Apia'],
  ['juba', 'Africa/Juba'],
  ['baku', 'Asia/Baku'],
  ['omsk', 'Asia/Omsk'],
  ['hovd', 'Asia/Hovd'],
  ['fiji', 'Pacific/Fiji'],
];
function outlookDisplayZone(lower: string): string | null {
  for (const [label, zone] of OUTLOOK_DISPLAY) {
    if (lower.startsWith(label) && (lower.length === label.length || !/[a-z]/.test(lower[label.length]))) return validIana(zone) ? zone : null;
  }
  return null;
}

/** A zone mention found in text, with where it is. */
export interface ZoneHit {
  index: number;
  end: number;
  ref: ZoneRef;
}

// One scanner for all written forms. Alternation order matters: longer forms first.
const ZONE_SCAN = new RegExp(
  [
    // IANA literal
    String.raw`\b((?:America|Europe|Asia|Australia|Africa|Pacific|Atlantic|Indian|Etc)/[A-Za-z_]{2,30}(?:/[A-Za-z_]{2,30})?)`,
    // (UTC-05:00) Eastern Time (US & Canada) / (GMT+01:00) Amsterdam, Berlin…
    String.raw`\(\s*(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\s*\)\s*((?:America|Europe|Asia|Australia|Africa|Pacific|Atlantic)\/[A-Za-z_]{2,30}(?:\/[A-Za-z_]{2,30})?|[A-Za-z][A-Za-z .,&'()\-]{0,80})?`,
    // bare offsets: GMT+1, UTC-05:00, UTC −5
    String.raw`\b(?:UTC|GMT)\s?([+\-−])\s?(\d{1,2})(?::?(\d{2}))?\b`,
    // words: Eastern Time, Central, UK time, Central European Time, India Standard Time …
    String.raw`\b((?:hora|horario|tiempo) (?:del centro(?: de México)?|de (?:la )?Ciudad de México)|heure (?:normale |avancée )?(?:de l['’]Est|du Centre|des Rocheuses|du Pacifique|de Paris|d['’]Europe centrale)|(?:Central|Eastern|Western)\s+European(?:\s+(?:Standard|Summer))?\s+Time|Irish(?:\s+Standard)?\s+Time|(?:US\s+)?(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?(?:\s*(?:-|–)\s*(?:US\s*&\s*Canada|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?))?(?:\s*\((?:US\s*&\s*Canada|[A-Z]{2,5})\))?|Central\s+European(?:\s+(?:Standard|Summer))?\s+Time|(?:UK|British|London)(?:\s+Summer)?\s+[Tt]ime|Greenwich\s+Mean\s+Time|Coordinated\s+Universal\s+Time|Indian?(?:\s+Standard)?\s+Time|Singapore(?:\s+Standard)?\s+Time|Australian\s+Eastern(?:\s+(?:Standard|Daylight))?\s+Time|(?:Sydney|Paris|Berlin|Arizona)\s+[Tt]ime|Atlantic(?:\s+(?:Standard|Daylight))?\s+[Tt]ime|Alaska(?:\s+(?:Standard|Daylight))?\s+[Tt]ime|Hawaii(?:-Aleutian)?(?:\s+(?:Standard|Daylight))?\s+[Tt]ime)\b`,
    // abbreviations (upper case only, so "et" or "pt" in prose do not count)
    // (group 10; a city's time, "Amsterdam time", is group 11 below)
    String.raw`\b(E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AK[SD]T|HST|A[SD]T|N[SD]T|GMT|BST|UTC|WES?T|CES?T|MES?Z|EES?T|MSK|IST|PKT|SGT|HKT|JST|KST|PHT|WIB|AE[SD]?T|AC[SD]T|AWST|NZ[SD]?T|BRT|EAT|WAT|SAST)\b`,
    // "Amsterdam time", "Tokyo time", "São Paulo time": a city the zone list knows
    String.raw`\b(\p{Lu}[\p{Ll}]+(?:[ \t]\p{Lu}[\p{Ll}]+){0,2})[ \t]+[Tt]ime\b`,
    // "15:00 - 16:00 (London)", "9am (Singapore)": a city in parentheses straight after a clock time (group 12)
    // (not a region's words in parentheses, "(Eastern Time)", "(Central)", which the words above read)
    String.raw`(?<=(?:\d:\d{2}|\d[ \t]?[AaPp]\.?[Mm]\.?)[ \t]?)\((?!(?:\p{Lu}\p{Ll}+[ \t]){0,3}(?:Time|Standard|Daylight|Summer)\b)(?!(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Arizona|Western|Irish|British|Indian?|Singapore|Australian)\b)(\p{Lu}[\p{Ll}]+(?:[ \t]\p{Lu}[\p{Ll}]+){0,2})(?:,[ \t]*(?:GMT|UTC)[ \t]?[+\-−][ \t]?\d{1,2}(?::?\d{2})?)?\)`,
    // "日本時間", "米国中部時間", "한국 시간": the zone's name in Japanese, Korean or Chinese (group 13)
    String.raw`(日本時間|日本標準時|한국 ?시간|한국 표준시|北京时间|北京時間|中国标准时间|米国(?:東部|中部|山岳部?|太平洋|西部)(?:標準|夏)?時間|미국 ?(?:중부|동부|서부|태평양) ?시간)`,
  ].join('|'),
  'gu',
);

/**
 * Every zone mention in a text, in order. Region words only count as zones when written like one
 * ("Central Time", "Central" straight after a clock time is handled by the caller through `zoneAt`).
 */
export function findZones(text: string, limit = 400): ZoneHit[] {
  const out: ZoneHit[] = [];
  // "GMT-08:00 Pacific Time (US & Canada)" without the parentheses: Workday's label, read like Outlook's (same length,
  // so the hits' positions stay the text's)
  if (text.includes('MT') || text.includes('TC')) text = text.replace(BARE_LABEL, '($1$2$3$4)');
  ZONE_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZONE_SCAN.exec(text)) && out.length < limit) {
    const ref = refFromMatch(m);
    if (ref) out.push({ index: m.index, end: m.index + m[0].length, ref });
  }
  return out;
}

const BARE_LABEL = /\b(GMT|UTC)([+\-−])(\d{2}):(\d{2}) (?=(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Arizona)\b)/g;
const ZONE_STICKY = new RegExp(ZONE_SCAN.source, 'yu');

/**
 * `findZones(text, limit)` cut to the hits that start at or before `maxIndex`: the same scan (leftmost match,
 * resuming after each match), tried only at the first positions instead of over the whole text.
 */
function zonesStartingBy(text: string, maxIndex: number, limit: number): ZoneHit[] {
  const out: ZoneHit[] = [];
  let p = 0;
  while (p <= maxIndex && p < text.length && out.length < limit) {
    ZONE_STICKY.lastIndex = p;
    const m = ZONE_STICKY.exec(text);
    if (!m) {
      p++;
      continue;
    }
    const ref = refFromMatch(m);
    if (ref) out.push({ index: p, end: p + m[0].length, ref });
    p += m[0].length || 1;
  }
  return out;
}

function refFromMatch(m: RegExpExecArray): ZoneRef | null {
  if (m[1]) {
    const z = canonicalZone(m[1]);
    return validIana(m[1]) ? { kind: 'iana', zone: z, generic: false } : null;
  }
  if (m[2]) {
    // "(GMT-04:00) America/New_York": SmartRecruiters' label names the zone itself
    if (m[5] && /^[A-Z][a-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?$/.test(m[5]) && validIana(m[5])) return { kind: 'iana', zone: canonicalZone(m[5]), generic: false };
    const named = m[5] ? namedZone(m[5]) : null;
    if (named) return named;
    return { kind: 'offset', minutes: offsetMinutes(m[2], m[3], m[4]) };
  }
  if (m[6]) return { kind: 'offset', minutes: offsetMinutes(m[6], m[7], m[8]) };
  if (m[9]) {
    const w = m[9];
    if (/^(?:US\s+)?(?:Eastern|Central|Mountain|Pacific)$/.test(w)) return null; // bare word: only next to a time
    return namedZone(w);
  }
  if (m[10]) {
    const z = ABBREVIATIONS[m[10]];
    return z ? { kind: 'iana', zone: z, generic: true } : null;
  }
  if (m[13]) return namedZone(m[13]);
  if (m[11] || m[12]) {
    const city = fold(m[11] ?? m[12]);
    const z = CITY_ZONES.get(city) ?? (Object.hasOwn(COUNTRY_TIME, city) ? COUNTRY_TIME[city] : undefined);
    return z ? { kind: 'iana', zone: z, generic: false } : null;
  }
  return null;
}

/** "Japan time", "Irish time": countries with one zone, as people write them. */
const COUNTRY_TIME: Record<string, string> = {
  japan: 'Asia/Tokyo', japanese: 'Asia/Tokyo', korea: 'Asia/Seoul', korean: 'Asia/Seoul', irish: 'Europe/Dublin', ireland: 'Europe/Dublin',
  dutch: 'Europe/Amsterdam', netherlands: 'Europe/Amsterdam', spain: 'Europe/Madrid', spanish: 'Europe/Madrid', italy: 'Europe/Rome',
  italian: 'Europe/Rome', poland: 'Europe/Warsaw', polish: 'Europe/Warsaw', portugal: 'Europe/Lisbon', sweden: 'Europe/Stockholm',
  swedish: 'Europe/Stockholm', germany: 'Europe/Berlin', france: 'Europe/Paris', singapore: 'Asia/Singapore', philippine: 'Asia/Manila',
  'new zealand': 'Pacific/Auckland', 'hong kong': 'Asia/Hong_Kong', israel: 'Asia/Jerusalem', israeli: 'Asia/Jerusalem', hawaii: 'Pacific/Honolulu',
  'mexico city': 'America/Mexico_City',
  norway: 'Europe/Oslo', norwegian: 'Europe/Oslo', denmark: 'Europe/Copenhagen', danish: 'Europe/Copenhagen', finland: 'Europe/Helsinki',
  finnish: 'Europe/Helsinki', switzerland: 'Europe/Zurich', swiss: 'Europe/Zurich', austria: 'Europe/Vienna', austrian: 'Europe/Vienna',
  belgium: 'Europe/Brussels', belgian: 'Europe/Brussels', czech: 'Europe/Prague', hungary: 'Europe/Budapest', hungarian: 'Europe/Budapest',
  greece: 'Europe/Athens', greek: 'Europe/Athens', turkey: 'Europe/Istanbul', turkish: 'Europe/Istanbul', german: 'Europe/Berlin',
  french: 'Europe/Paris', portuguese: 'Europe/Lisbon', brazil: 'America/Sao_Paulo', brazilian: 'America/Sao_Paulo', mexican: 'America/Mexico_City',
  mexico: 'America/Mexico_City', uae: 'Asia/Dubai', dubai: 'Asia/Dubai', 'gulf standard': 'Asia/Dubai', gulf: 'Asia/Dubai', india: 'Asia/Kolkata',
};

/**
 * A zone named in words: Windows names, Outlook display names, Google's "Central Time - Chicago",
 * Calendly's "Central Time - US & Canada", region words, city names.
 */
export function namedZone(raw: string): ZoneRef | null {
  const s = raw.replace(/\s+/g, ' ').trim().replace(/[.,;]+$/, '');
  if (!s) return null;
  const lower = s.toLowerCase();
  const win = WINDOWS_ZONES[lower];
  if (win) return { kind: 'iana', zone: win, generic: true };
  const display = outlookDisplayZone(lower);
  if (display) return { kind: 'iana', zone: display, generic: true };
  if (validIana(s)) return { kind: 'iana', zone: canonicalZone(s), generic: false };
  // "Central Time - Chicago", "Eastern Time - Toronto"
  const dash = /(?:time)\s*[-–]\s*([A-Za-z][A-Za-z .]+)$/i.exec(s);
  if (dash) {
    const city = zoneForCity(dash[1]);
    if (city) return { kind: 'iana', zone: city, generic: false };
  }
  if (/^(?:Etc\/)?(?:UTC|GMT)$/i.test(s)) return { kind: 'iana', zone: 'UTC', generic: false };
  const up = s.toUpperCase();
  if (ABBREVIATIONS[up] && /^[A-Z]{1,5}$/.test(s)) return { kind: 'iana', zone: ABBREVIATIONS[up], generic: true };
  for (const [re, zone] of WORDS) if (re.test(s)) return { kind: 'iana', zone, generic: true };
  // Outlook display list: "Amsterdam, Berlin, Bern, Rome…" → first city that is a zone
  for (const part of s.split(/[,;]| and /)) {
    const city = zoneForCity(part.replace(/\(.*\)/, ''));
    if (city) return { kind: 'iana', zone: city, generic: false };
  }
  return null;
}

/** A zone written right at `pos` (after a clock time): abbreviation, words, offset, or bare "Eastern". */
const ZONE_AT = /^[\s(,]*(?:(?:my|our|local) time[\s,]*(?:(?:which|that) is\s+|i\.e\.\s*)?)?(?:\(?\s*)((?:US\s+)?(?:Eastern|Central|Mountain|Pacific)\b|[A-Z][A-Za-z]*\/[A-Za-z_]+|(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|\b[A-Z]{2,5}\b)/;
export function zoneAt(text: string, pos: number): { ref: ZoneRef; end: number } | null {
  const slice = text.slice(pos, pos + 120);
  // "3pm UK", "15:00 UK": the country after a clock time (not "12 UK offices")
  const uk = /^[ \t]*\(?UK\)?(?![\p{L}/-])/u.exec(slice);
  if (uk && /(?:\d[:.]\d{2}|\d[ \t]?[ap]\.?m\.?)[ \t]*$/i.test(text.slice(Math.max(0, pos - 12), pos))) return { ref: { kind: 'iana', zone: 'Europe/London', generic: true }, end: pos + uk[0].length };
  const hit = zonesStartingBy(slice, 8, 2).find((z) => z.index <= 4 || /^[\s(,]*$/.test(slice.slice(0, z.index)));
  if (hit && hit.index <= 8) return { ref: hit.ref, end: pos + hit.end };
  // "thurs at 3 central on the number you listed": a region in lower case straight after the time, ending the phrase
  // (not "9:15 (eastern entrance", "12:30, central atrium")
  const m = ZONE_AT.exec(slice) ?? /^[ \t]*(eastern|central|mountain|pacific)(?=\s*(?:time\b|[.,;!?)]|$)|\s+(?:on|for|and|via|then|so|if|or|please)\b)/.exec(slice);
  if (m) {
    // "thurs at 3 central": a region written in lower case, right after the time
    const word = /^(?:eastern|central|mountain|pacific)$/.test(m[1]) ? m[1][0].toUpperCase() + m[1].slice(1) : m[1];
    const ref = namedZone(word) ?? (ABBREVIATIONS[word] ? { kind: 'iana', zone: ABBREVIATIONS[word], generic: true } as ZoneRef : null);
    if (ref) return { ref, end: pos + m[0].length };
  }
  // Spanish and Portuguese: "10:00 a.m. (hora de la Ciudad de México)", "(horário de Brasília)"
  const hora = /^[\s(]*(?:hora|horario|horário)\s+(?:del?\s+(?:la\s+)?|en\s+)?([\p{L} .]{3,40}?)\s*[),.;]/u.exec(slice);
  if (hora) {
    const place = hora[1].trim();
    const z = zoneForCity(place) ?? PLACE_ZONES.find(([re]) => re.test(place))?.[1] ?? null;
    if (z) return { ref: { kind: 'iana', zone: z, generic: false }, end: pos + hora[0].length };
  }
  // Zoom writes the city: "10:00 AM Singapore", "03:00 PM Mumbai, Kolkata, New Delhi"
  const city = /^[ \t]+([A-Z][a-z]+(?:[ _][A-Z][a-z]+){0,2})/.exec(slice);
  if (city) {
    const words = city[1].split(/[ _]/);
    for (let k = words.length; k >= 1; k--) {
      const z = zoneForCity(words.slice(0, k).join(' '));
      if (z) return { ref: { kind: 'iana', zone: z, generic: false }, end: pos + city[0].length };
    }
  }
  return null;
}

// the same context text is checked for every candidate time of a message: remember the answers for the last one
let regionText: string | null = null;
const regionZones = new Map<string, string>();

/**
 * A Canadian sender who writes "Eastern Time" means Toronto's zone (same rules, but the IANA name the user expects).
 * Only applied to generic region names, never to an explicit city or IANA name.
 */
export function regionalise(ref: ZoneRef, text: string): ZoneRef {
  if (ref.kind !== 'iana' || !ref.generic) return ref;
  if (text !== regionText) {
    regionText = text;
    regionZones.clear();
  }
  let zone = regionZones.get(ref.zone);
  if (zone === undefined) {
    zone = regionalZone(ref.zone, text);
    regionZones.set(ref.zone, zone);
  }
  return zone === ref.zone ? ref : { ...ref, zone };
}

function regionalZone(zone: string, text: string): string {
  const r = regionaliseUncached({ kind: 'iana', zone, generic: true }, text);
  return r.kind === 'iana' ? r.zone : zone;
}

function regionaliseUncached(ref: ZoneRef, text: string): ZoneRef {
  // "15:00 UTC … I'm in Lisbon myself": UTC is stated on purpose, no region's clock
  if (ref.kind !== 'iana' || !ref.generic || ref.zone === 'UTC') return ref;
  const ca = (re: RegExp) => re.test(text);
  if (ref.zone === 'America/New_York' && ca(/\b(?:Toronto|Ottawa|Montr[eé]al|Ontario|Qu[eé]bec)\b|,\s*(?:ON|QC)\b/))
    return { ...ref, zone: 'America/Toronto' };
  if (ref.zone === 'America/Los_Angeles' && ca(/\bVancouver\b|,\s*BC\b/)) return { ...ref, zone: 'America/Vancouver' };
  if (ref.zone === 'America/Denver' && ca(/\b(?:Calgary|Edmonton|Alberta)\b|,\s*AB\b/)) return { ...ref, zone: 'America/Edmonton' };
  if (ref.zone === 'America/Denver' && ca(/\b(?:Phoenix|Arizona|Tucson|Scottsdale|Tempe)\b|,\s*AZ\b/)) return { ...ref, zone: 'America/Phoenix' };
  if (ref.zone === 'America/Chicago' && ca(/\bWinnipeg\b|,\s*MB\b/)) return { ...ref, zone: 'America/Winnipeg' };
  if (ref.zone === 'Europe/Berlin' && ca(/\b(?:Paris|France|Lyon)\b/) && !ca(/\bBerlin\b/)) return { ...ref, zone: 'Europe/Paris' };
  // "IST (Europe/Dublin)", "Irish Standard Time (IST, UTC+1)": Irish, not India's
  if (ref.zone === 'Asia/Kolkata' && ca(/\b(?:Irish|Ireland|Dublin|Cork|Galway|Limerick)\b/) && !ca(/\b(?:India|Indian|Kolkata|Mumbai|Bengaluru|Bangalore|Delhi|Chennai|Hyderabad|Pune|Gurugram|Noida)\b/)) return { ...ref, zone: 'Europe/Dublin' };
  // "9:00am AEST (Brisbane time – Queensland doesn't observe daylight saving)": the city named for the time
  const std = standardOffset(ref.zone);
  const cityTime = /\b(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]+time\b/gu;
  let cm: RegExpExecArray | null;
  let cn = 0;
  const named = new Set<string>();
  while ((cm = cityTime.exec(text)) && cn++ < 50) {
    const z = CITY_ZONES.get(fold(cm[1]));
    if (z && z !== ref.zone && std !== null && standardOffset(z) === std) named.add(z);
  }
  if (named.size === 1) return { ...ref, zone: [...named][0] };
  const local = companyCityZone(ref.zone, text);
  return local ? { ...ref, zone: local } : ref;
}

/** Cities and regions (beyond the IANA city names) that say which zone of a region a company keeps. */
const PLACE_ZONES: [RegExp, string][] = [
  [/\b(?:Utrecht|Rotterdam|The Hague|Den Haag|Eindhoven|Netherlands|Nederland)\b/, 'Europe/Amsterdam'],
  [/\b(?:Ann Arbor|Grand Rapids|Lansing|Michigan)\b|,?\s\bMI\b(?:\s+\d{5})?$/m, 'America/Detroit'],
  [/\b(?:Queensland|Gold Coast)\b|\bQLD\b/, 'Australia/Brisbane'],
  [/\b(?:Victoria, Australia|Geelong)\b|\bVIC\b\s+\d{4}/, 'Australia/Melbourne'],
  [/\b(?:Ciudad de M[eé]xico|CDMX|Mexico City|Guadalajara|Monterrey)\b/, 'America/Mexico_City'],
  [/\b(?:Montr[eé]al|Ottawa|Qu[eé]bec)\b/, 'America/Toronto'],
  [/\b(?:Manitoba)\b/, 'America/Winnipeg'],
];

function standardOffset(zone: string): number | null {
  try {
    const z = IANAZone.create(zone);
    if (!z.isValid) return null;
    return Math.min(z.offset(Date.UTC(2026, 0, 15)), z.offset(Date.UTC(2026, 6, 15)));
  } catch {
    return null;
  }
}

const CITY_WORD = /\b\p{Lu}[\p{L}.'-]+(?:[ _]\p{Lu}[\p{L}.'-]+){0,2}/gu;
/**
 * A generic region zone ("Eastern", "CEST", "AEDT") read in the zone of the company's city when the email names
 * one that keeps the same standard time (a Detroit office's Eastern is America/Detroit, Melbourne's AEDT is
 * Australia/Melbourne). Nothing changes when the region's own city is named too, or two candidates disagree.
 */
function companyCityZone(zone: string, text: string): string | null {
  const std = standardOffset(zone);
  if (std === null) return null;
  const found = new Set<string>();
  // Outlook's zone label lists cities of the zone ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"): not the company's
  const t = (text.length > 60_000 ? text.slice(0, 60_000) : text).replace(/\((?:UTC|GMT)\s*[+\-−]?[^)]{0,8}\)\s*[^\n]{0,120}/g, ' ');
  for (const [re, z] of PLACE_ZONES) if (re.test(t)) found.add(z);
  CITY_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = CITY_WORD.exec(t)) && n++ < 3000) {
    const words = m[0].replace(/[.'-]+$/, '').split(/[ _]/);
    for (let k = words.length; k >= 1; k--) {
      const z = CITY_ZONES.get(words.slice(0, k).join(' ').toLowerCase());
      if (z) {
        found.add(z);
        break;
      }
    }
  }
  if (found.has(zone)) return null;
  const same = [...found].filter((z) => z !== 'UTC' && !z.startsWith('Etc/') && standardOffset(z) === std);
  return same.length === 1 ? same[0] : null;
}
