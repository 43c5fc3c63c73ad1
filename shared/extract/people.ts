// Who and for what: the hiring company (never the ATS or scheduling vendor), the role, and the people who
// interview (not the coordinator who only schedules).
import { isEnglishWord } from './english.js';
import type { IcsEvent } from './ics.js';
import type { Person } from './unwrap.js';
import { cachedRe, escapeRe, fold } from './re.js';
import { hasAny } from './scan.js';
import { zoneForCity } from './zones.js';

/** ATS, scheduling, calendar and video vendors: they send the mail but are never the hiring company. */
const VENDORS = /^(?:(?:yahoo|outlook|apple|icloud|zoho|proton) (?:calendar|mail)|zoom (?:video )?communications|google llc|microsoft corporation|cisco systems|calendly llc|greenhouse software|governmentjobs|neogov|schoolspring|frontline|applitrack|usajobs|personio|pinpoint|paylocity|ukg|ultipro|adp|cornerstone|oracle|peoplesoft|sap successfactors|sap|kronos|paycom|paycor|isolved|brassring|kenexa|ukg pro|greenhouse|lever|ashby|ashbyhq|workday|myworkday|icims|smartrecruiters|calendly|goodtime|modernloop|dayforce|dayforcehcm|ceridian|jobvite|taleo|oracle taleo|successfactors|bamboohr|bamboo hr|rippling|gusto|workable|recruitee|teamtailor|jazzhr|breezy|breezy hr|paradox|hirevue|codility|hackerrank|codesignal|coderpad|testgorilla|criteria|sterling|checkr|hireright|karat|gem|beamery|phenom|avature|eightfold|indeed|linkedin|glassdoor|ziprecruiter|google|google calendar|google meet|gmail|outlook|microsoft|microsoft teams|teams|zoom|webex|cisco|cisco webex|calendar|yahoo|icloud|apple|chili piper|doodle|cronofy|prelude|interviewing\.io|hired|wellfound|angellist|otta|dover|sent via greenhouse|notifications?|docusign|adobe sign|hellosign|dropbox sign|pandadoc)$/i;

const FREEMAIL = /^(?:gmail|googlemail|yahoo|outlook|hotmail|live|icloud|me|aol|proton|protonmail|gmx|mail|example)$/i;

const LEGAL = /[,\s]+(?:\((?:Pty|Pvt|Pte|Private)\)(?:\s*(?:Ltd\.?|Limited))?|Co\.?,?\s*Ltd\.?|S\.A\.C\.?|S\.A\.A\.?|Pty|Pte|Pvt|Sdn|[Ii]nc\.?|LLC|L\.L\.C\.|Ltd\.?|Ltda\.?|Limited|GmbH(?: & Co\.? KG)?|S\.A\.S\.?|S\.A\.(?: de C\.V\.?)?|S\.A|SA de CV|SAS|S\.p\.A\.?|AG|PLC|plc|Corp\.?|Corporation|B\.V\.?|BV|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Sdn\.? Bhd\.?|SRL|S\.r\.l\.|S\.R\.L\.?|S\.L\.|Oy|AB|ApS|NV|N\.V\.?|KK|K\.K\.?|Sp\. z o\.o\.|A\/S|ApS|AB|Oyj?|Kft\.?|s\.r\.o\.|SE|AS|ASA|LP|L\.P\.|FZE|FZ-?LLC|FZCO|DMCC|W\.?L\.?L\.?|JSC|PJSC|S\.?A\.?S\.?U\.?|Ltda\.?|Bhd\.?|Tbk\.?)\s*$/;
/** A legal form written after a name: the surest sign the words before it are a company's. */
const LEGAL_AFTER = String.raw`,?[ \t]+(?:Co\.,?[ \t]*Ltd\.?|S\.A\.C\.?|Inc\.?|LLC|Ltd\.?|Ltda\.?|GmbH|B\.V\.?|Pte\.? Ltd\.?|Pty\.? Ltd\.?|S\.A\.(?: de C\.V\.?)?|S\.A\.S\.?|S\.p\.A\.?|AG|PLC|Corp\.?|Sdn\.? Bhd\.?|Oy|ApS|N\.V\.)(?=[\s,.;:|·)]|$)`;
/** Vendors named by what they sell (background checks, assessments), whatever their brand. */
const VENDOR_LIKE = /\b(?:Screening|Background(?: Checks?)?|Verifications?|Assessments?|Testing|Scheduling|Notifications?)(?: Services| Solutions| Group)?$/i;
/** US states, Canadian provinces and Australian states as written after a city. */
const REGION_CODE = /^(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|QLD|NSW|VIC|TAS|ACT|WA|SA|NT)$/;
const PLACE_WORDS = /^(?:Nigeria|Ghana|Kenya|South Africa|Egypt|Morocco|Israel|Turkey|Türkiye|Saudi Arabia|UAE|United Arab Emirates|Qatar|Pakistan|Bangladesh|Sri Lanka|Nepal|Indonesia|Malaysia|Philippines|Vietnam|Thailand|China|Hong Kong|Taiwan|South Korea|Korea|New Zealand|Argentina|Chile|Colombia|Peru|Uruguay|Costa Rica|Panama|Puerto Rico|Jamaica|Greece|Hungary|Czechia|Czech Republic|Romania|Bulgaria|Croatia|Serbia|Ukraine|Estonia|Latvia|Lithuania|Iceland|Luxembourg|U\.S\.A?\.?|United States|Canada|Australia|United Kingdom|UK|England|Scotland|Germany|Deutschland|France|Netherlands|The Netherlands|Nederland|Belgium|Spain|Italy|Brazil|Brasil|Mexico|México|India|Singapore|Ireland|Portugal|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Japan|Remote|Headquarters|HQ|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)$/i;

const JOB_NOUN = String.raw`(?:Engineer|Developer|Manager|Analyst|Architect|Designer|Scientist|Lead|Director|Specialist|Consultant|Administrator|Coordinator|Associate|Intern|Officer|Representative|Writer|Accountant|Researcher|Technician|Strategist|Producer|Editor|Planner|Programmer|SRE|Advocate|Counsel|Nurse|Pharmacist|Operator|Supervisor|Agent|Executive|Owner|Tester|Recruiter|Partner|Controller|Economist|Statistician|Librarian|Therapist|Teacher|Instructor|Marketer|Auditor|Actuary|Underwriter|Chemist|Physicist|Biologist|Geologist|Surveyor|Paralegal|Attorney|Lawyer|Pilot|Mechanic|Electrician|Dispatcher|Buyer|Merchandiser|Copywriter|Illustrator|Animator|Artist|Photographer|Steward|Modell?er|Investigator|Hydrologist|Geophysicist|[A-Z][a-z]+ologist|Paralegal|Clerk|Cashier|Chef|Pharmacist|Facilitator|Generalist|Assistant|Aide|Advis[eo]r|Counsell?or|Coach|Trainer|Navigator|Liaison|Technologist|Hygienist|Paramedic|Machinist|Welder|Superintendent|Foreman|Inspector|Estimator|Scheduler|Curator|Archivist|Registrar|Professor|Lecturer|Postdoc|Clinician|Physician|Receptionist|Bookkeeper|Bartender|Barista|Courier|Custodian|Concierge|Broker|Banker|Teller|Adjuster|Treasurer|Dietitian|Steward|Head of [A-Z][\w&/ -]{2,30}|VP(?:,| of) [A-Z][\w&/ -]{2,30}|Ingeniero|Desarrollador)`;
const JOB_WORD = new RegExp(String.raw`\b${JOB_NOUN}\b`);
const JOB_NOUN_END = new RegExp(String.raw`\b${JOB_NOUN}\b(?:\s+(?:I{1,3}|IV|V|1|2|3|\d))?$`);
/** A short qualifier a role keeps ("Backend Engineer (Go)"); counts, ids and durations are not qualifiers. */
const ROLE_QUALIFIER = /\s*\((?:(?![^)]*\d)[^()]{1,24}|(?:Tier|Level|Band|Grade) \d{1,2})\)$/;
const ROLE_PHRASE = new RegExp(String.raw`\b((?:(?:Senior|Sr\.?|Junior|Jr\.?|Staff|Principal|Lead|Chief|Founding|Associate|Assistant|Head|Deputy|[A-Z][A-Za-z0-9+#/&-]*|of|and|&)[ \t]+){0,5}${JOB_NOUN}\b(?:\s+(?:I{1,3}|IV|II)(?![\w'’]))?(?:,\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?(?=\s+(?:position|role)\b))?)`, 'g');
const RECRUITING_TITLE = /\b(?:recruit(?:er|ing|ment)|recrutement|reclut(?:ador|adora|amiento)|recrutad(?:or|ora)|recrutamento|personalreferent(?:in)?|talent|sourc(?:er|ing)|(?:interview|scheduling|candidate|hiring|people|hr|campus)(?:\s+\w+){0,2}\s+coordinator|people (?:partner|operations|ops)|people (?:&|and) culture|hr\b|human resources|hiring team|people team)/i;

export function isRoleLike(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 70 || t.split(/\s+/).length > 8) return false;
  if (!/^(?:[A-Z0-9]|[a-z][A-Z])/.test(t)) return false;
  const head = t.replace(ROLE_QUALIFIER, '').replace(/,\s*(?:[A-Z]|[ei](?=[A-Z]))[\w &/+-]+$/, '');
  if (JOB_NOUN_END.test(head) || (head !== t && JOB_NOUN_END.test(t))) return true;
  // "Assistant Director of Institutional Research", "Head of People": the title before its field
  const field = /^(.+?)\s+(?:of|for)\s+(?:the\s+)?[A-Z&]/.exec(head);
  return !!field && JOB_NOUN_END.test(field[1]);
}

/** A signature line that is a title ("Director of Collections", "Head of People"), not the company. */
const SIG_TITLE_LEAD = /^(?:(?:Senior|Sr\.?|Associate|Assistant|Deputy|Executive|Managing|Global|Regional)\s+)?(?:Director|Head|VP|AVP|SVP|EVP|Vice President|Manager|Lead|Chief|Officer|Founder|Co-?founder|President|Partner|Principal)\b(?:\s+(?:of|for|,))/i;
const TEAM_SUFFIX = /\s+(?:Early (?:&|and) Experienced(?: Careers?| Hires?| Recruiting)?|Experienced Hires?(?: Recruiting| Careers?)?|Lateral Hiring|Staff(?: Careers?| Recruiting| Jobs)?|Early(?: Talent| Careers?)?|Intro(?:ductory)? Call|Phone Screen|Screening Call|Recruiter Call|Call|Chat|Interview|Human Resources|HR Department|Personnel(?: Office)?|Talent Management|Store Support(?: Center)?|Careers? (?:Site|Portal|Page)|Jobs? Portal|(?:Virtual )?On-?site|Interviews? Team|Talent(?: Acquisition| Community| Team)?|(?:Campus |University |Early Careers? |Graduate |Technical |Tech )?Recruiting(?: Team)?|Early Careers?|Recruitment|Recrutement|Reclutamiento|Recrutamento|Selecci[óo]n|Karriere|Personalabteilung|Werving|(?:Tech(?:nology)?|Engineering|Digital|Data) Careers|Careers|Hiring(?: Team)?|HR|People(?: Team)?|Jobs|Team|Notifications?|Scheduling|Interviews?|Community|Events|HQ|Headquarters|Confirmation|Careers Live|Live|Campus(?: (?:Recruiting|Careers|Hiring|Events?))?|(?:Recruiter|Phone|Intro|Technical|Hiring Manager) Screen(?:ing)?|(?:Design|Product|Engineering|Data|Portfolio|Team|Culture|Career|Recruiter) Intro|(?:(?:Engineering|Tech(?:nology)?|Product|Design|Data|Careers?|Virtual|Spring|Summer|Fall|Winter) )?(?:Open House|Info(?:rmation)? Session|Webinar|Hiring Event|Career Fair|AMA)|Careers? (?:Evening|Night|Day|Week|Event|Fair|Showcase))$/i;

/** A city, region or country (signature location lines), not a company. */
export function isPlace(t: string): boolean {
  const s = t.trim().replace(/[.,]+$/, '');
  // "London EC2A 1AG", "Dublin D02 X285": a city and its postcode
  if (/^(?:[\p{Lu}][\p{L}. -]{1,30}\s+)?(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|[A-Z]\d{2}\s+[A-Z\d]{4})$/u.test(s)) return true;
  if (REGION_CODE.test(s) || PLACE_WORDS.test(s)) return true;
  // "Norfolk, VA", "Detroit MI", "St. Paul, MN", "Brisbane QLD 4000", "Montréal (QC)"
  const m = /^([A-ZÀ-Þ][\p{L}.' -]{1,40}?)(?:,\s*|\s+|\s*\()([A-Z]{2,3})\)?(?:\s+\d{4,5})?$/u.exec(s);
  if (m && REGION_CODE.test(m[2])) return true;
  const c = /^([\p{L}.' -]{2,40}?)(?:,\s*([\p{L} ]{2,30}))?$/u.exec(s);
  if (c && (zoneForCity(fold(c[1])) || CITY_EXTRA.has(fold(c[1]))) && (!c[2] || PLACE_WORDS.test(c[2]) || zoneForCity(fold(c[2])) || /^[A-Z][a-z]+$/.test(c[2]))) return true;
  return false;
}
/** Cities that are not IANA zone names but show up in signatures. */
const CITY_EXTRA = new Set(['utrecht', 'rotterdam', 'the hague', 'eindhoven', 'ann arbor', 'grand rapids', 'omaha', 'richmond', 'norfolk', 'wichita', 'st. paul', 'saint paul', 'minneapolis', 'pittsburgh', 'philadelphia', 'cleveland', 'columbus', 'cincinnati', 'baltimore', 'washington', 'miami', 'orlando', 'tampa', 'nashville', 'memphis', 'st. louis', 'kansas city', 'milwaukee', 'new orleans', 'austin', 'dallas', 'houston', 'san antonio', 'atlanta', 'charlotte', 'raleigh', 'boston', 'seattle', 'portland', 'san francisco', 'san diego', 'san jose', 'oakland', 'sacramento', 'salt lake city', 'boulder', 'montreal', 'ottawa', 'calgary', 'hamburg', 'munich', 'münchen', 'cologne', 'köln', 'frankfurt', 'stuttgart', 'düsseldorf', 'leipzig', 'lyon', 'marseille', 'barcelona', 'milan', 'manchester', 'edinburgh', 'glasgow', 'bristol', 'leeds', 'birmingham', 'cambridge', 'oxford', 'cork', 'rio de janeiro', 'curitiba', 'guadalajara', 'monterrey', 'ciudad de mexico', 'cdmx', 'bangalore', 'bengaluru', 'pune', 'hyderabad', 'mumbai', 'chennai', 'new delhi', 'gurgaon', 'noida']);

/** A department after a company's name ("Bramble Bank Technology", "Halden Engineering"). */
const DEPT_TAIL = /\s+(?:Technology|Engineering|Product|Design|Data|Digital)$/;

function cleanCompany(s: string): string | null {
  let t = s.replace(/[*_"“”]/g, '').replace(/\s+/g, ' ').trim();
  // an opened parenthesis never closed: the name is what came before it
  if (/\([^)]*$/.test(t)) t = t.replace(/\s*\([^)]*$/, '');
  // "Spreewerk GmbH · Berlin", "Ozark Trail Outfitters | Springfield, MO": the name, not the place after it
  const segs = t.split(/\s+[·•|]\s+|\s+[–—]\s+/).filter((x) => x.trim());
  if (segs.length > 1) t = segs.find((x) => !isPlace(x) && !VENDORS.test(x.trim()) && !isRoleLike(x) && !RECRUITING_TITLE.test(x) && !currentPeople.has(x.trim().toLowerCase())) ?? segs[0];
  // "CodeSignal for Larkspur Fintech", "Sterling on behalf of Alderbrook Bank"
  const via = /^(.+?)\s+(?:for|on behalf of)\s+(.+)$/.exec(t);
  if (via && (VENDORS.test(via[1].trim()) || VENDOR_LIKE.test(via[1].trim()))) t = via[2];
  // "Kestrel & Co. via Lever", "Finchley Recruiting via ModernLoop": the sender before the tool
  t = t.replace(/\s+via\s+\S.*$/i, '');
  // "Bramwell & Co. We look forward…": the name ends with its "Co."
  t = t.replace(/(\bCo\.)\s+(?:We|Our|You|Your|The|This|Please|I|It|They|Thank|Thanks)\b.*$/, '$1');
  // "Olivia from Great Lakes Freight": a recruiting assistant's name before the company's
  const from = /^[A-Z][a-z]+\s+(?:from|at|@)\s+([A-Z].+)$/.exec(t);
  if (from) t = from[1];
  t = t.replace(/^(?:©|\(c\)|copyright)?\s*(?:\d{4}\s+)?(?=[A-Z])/i, '');
  t = t.replace(/['’]s$/, '').replace(/(?<!\bCo)[.,;:!?)\]]+$/, '').replace(/\bCo\.[,;:!?)\]]+$/, 'Co.').trim();
  // "Export Co." ending a sentence: the period is the sentence's; "Ardent & Co." keeps its own
  if (/\bCo\.$/.test(t) && !/(?:&|\band)\s+Co\.$/.test(t)) t = t.slice(0, -1);
  // repeated strips stop as soon as one changes nothing (the next would not either)
  lastLegal = false;
  for (let k = 0; k < 2; k++) {
    const next = t.replace(LEGAL, '').trim();
    if (next !== t) lastLegal = true;
    if (next === t) break;
    t = next;
  }
  for (let k = 0; k < 3; k++) {
    const next = t.replace(TEAM_SUFFIX, '').trim();
    if (next === t) break;
    t = next;
  }
  t = t.replace(/^(?:the|team|at)\s+/i, '').replace(/^(?:please|action required|reminder)\s*:?\s+/i, '').trim();
  // "Meet the" of "Meet the Team: …": an event's title, cut at a word no name ends with
  if (/^Meet\b|\s(?:the|of|and|for|a|an|with|at|to|in|on)$/i.test(t)) return null;
  // "Inside Coastline Tech", "Life at Halden": an event's title around the name
  const inside = t.replace(/^(?:Inside|Life at|Working at|Meet|A Day at)\s+(?=\p{Lu})/u, '').trim();
  if (inside !== t) t = inside.replace(DEPT_TAIL, '').replace(/\s+Tech$/, '').trim();
  // a department alone ("Engineering", "Technology") names no company
  if (/^(?:Engineering|Technology|Tech|Product|Design|Data|Careers|Operations|Finance|Marketing|Sales|Research|Analytics|Security|Platform|Infrastructure|Onsite|On-site|Virtual|Remote|Hybrid|Interview|Panel)$/i.test(t)) return null;
  // …nor a function's word ("Actuarial" of "Inside Actuarial Technology")
  if (FUNCTION_WORD.test(t)) return null;
  // "Lumenfield Energy -", "Nordhavn Shipping A" (of "A/S"): a dash or a legal form's letter cut off at the end
  t = t.replace(/\s+[-–—|·:]+$/, '').replace(/(\S\s+\S+)\s+[A-Z]$/, '$1');
  if (t.length < 2 || t.length > 60 || /(?:&|\band)$/.test(t) || /\b(?:invite|invitation)$/i.test(t)) return null;
  // "Tidewell Denver": the office's city after the name
  const cityTail = /^(.+?\S)\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u.exec(t);
  if (cityTail && isPlace(cityTail[2]) && !/\b(?:of|de|the|and|&)$/i.test(cityTail[1])) t = cityTail[1];
  if (VENDORS.test(t) || VENDOR_LIKE.test(t)) return null;
  if (/\b(?:Meetups?|Conference|Hackathon|Webinar|Expo|Job Fair|Career Fair)$/i.test(t)) return null;
  if (!/^[A-Z0-9]/.test(t) || !/\p{L}/u.test(t)) return null;
  if (isPlace(t)) return null;
  if (currentPeople.has(t.toLowerCase())) return null;
  // "Kofi Boateng and Yuki Tanabe": two people, whatever pattern caught them
  const pair = /^(\S+ \S+) (?:and|&) (\S+ \S+)$/.exec(t);
  if (pair && (currentPeople.has(pair[1].toLowerCase()) || currentPeople.has(pair[2].toLowerCase()) || (NAME_EXACT.test(pair[1]) && NAME_EXACT.test(pair[2]) && !/\b(?:Labs|Group|Partners|Sons|Co|Company|Bank|Health)\b/.test(t)))) return null;
  // "Harriet Okonkwo" cut from "Harriet Okonkwo-Blake": part of a person's name is no company either
  const tl = t.toLowerCase();
  for (const p of currentPeople) if (p.startsWith(tl) && p.charAt(tl.length) === '-' && tl.includes(' ')) return null;
  // "Cordova Energy | Talent Acquisition": a department is no company
  if (/^(?:Talent(?: Acquisition| Team| Partners?)?|Recruiting(?: Team)?|Recruitment|Human Resources|HR|People(?: Team| Operations| Ops)?|Careers|Hiring Team)$/i.test(t)) return null;
  if (isDepartment(t)) return null;
  // "AVP, Personal Lines Pricing": a title line of a signature
  if (/^(?:AVP|SVP|EVP|VP)\b/.test(t)) return null;
  // "Pemberton Road": a street, not the employer
  if (/\s(?:Road|Street|Avenue|Drive|Lane|Boulevard|Parkway|Rd\.?|St\.|Ave\.?|Blvd\.?)$/.test(t)) return null;
  // "City Hall", "Town Hall": a building, not the employer
  if (/^(?:City|Town|Village|County) Hall$/i.test(t)) return null;
  // "An Equal Opportunity Employer", "Zoom details", "Next conversation": a phrase, not a name
  if (/^(?:An? )?Equal Opportunity\b|^Powered by\b/i.test(t) || /^\S+(?: (?!(?:of|and|the|de|la|del|du|des|di|da|do|dos|y|und|et|van|von|der|den|for|on|at|in)\b)\p{Ll}[\p{Ll}-]+)+$/u.test(t)) return null;
  // "Annulé", "Cancelado", "Abgesagt": the calendar's word for a cancellation or update in another language
  if (/^(?:Annul[ée]e?|Cancelad[oa]|Abgesagt|Storniert|Geannuleerd|Annullat[oa]|Aktualisiert|Mis à jour|Actualizad[oa]|Atualizad[oa]|Invitación|Invitation|Einladung|Convite|Uitnodiging)$/i.test(t)) return null;
  if (/^(?:(?:Phone|Video|Intro(?:ductory)?|Recruiter|Technical|Hiring Manager|Final|First|Panel) (?:Screen|Call|Chat|Interview|Round)|Application(?: Received| Confirmation| Update)?|Sam|You|We|Our|Your|Hi|Hello|Dear|Thanks|Please|Kindly|Regards|Interview|Invitation|Confirmation|Reminder|Meeting|Update|Updated|Canceled|Cancelled|Accepted|Declined|Tentative|Rescheduled|Early|Campus|University|Graduate|Re|Fwd|Intro(?:duction|ductory)?|Initial|Quick|Brief|Informal|Coffee|The Team|Us|Me|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/i.test(t)) return null;
  if (isRoleLike(t)) return null;
  // "Quillfeather DevRel role" of "Re: Quillfeather DevRel role — quick chat?": a job, not the employer
  if (/\s(?:role|position|opening|vacancy|job|opportunity|req)$/i.test(t)) return null;
  return t;
}

/** "People & Capability", "Workforce Directorate", "Hospitality Practice": a department's name (common words ending in a
 * department's word), not the organisation's. */
const ORG_UNIT_WORD = /^(?:Practice|Directorate|Division|Department|Dept\.?|Capability|Capabilities|Culture|Recruitment|Recruiting|Resourcing|Team)$/;
/** Words that name a business function ("Finance & Accounting", "Statistical Programming", "Life Sciences"): a name made
 * only of them is a department or an agency's practice, not an organisation. */
const FUNCTION_WORD = /^(?:Computing|Systems|Information|Methods|Modeling|Modelling|Finance|Financial|Accounting|Accounts|Services?|Statistical|Statistics|Programming|Engineering|Technology|IT|Data|Science|Sciences|Life|Analytics|Marketing|Sales|Operations|Legal|Compliance|Risk|Audit|Tax|Clinical|Research|Development|R&D|Product|Design|Human|Resources|People|Culture|Talent|Acquisition|Recruitment|Recruiting|Hospitality|Healthcare|Banking|Investment|Practice|Division|Department|Team|Executive|Supply|Chain|Logistics|Manufacturing|Quality|Regulatory|Affairs|Communications|Corporate|Strategy|Security|Infrastructure|Platform|Software|Digital|Customer|Success|Support|Procurement|Facilities|Workforce|Capability|Directorate|Planning|Treasury|Payroll|Benefits|Administration|Academic|Student|Graduate|Early|Careers|Technical|Commercial|Retail|Actuarial|Underwriting|Claims|Biostatistics|Biometrics|Medical|Nursing|Pharmacy|Editorial|Creative)$/;
function isDepartment(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => !/^(?:&|and|of|the)$/i.test(w));
  if (words.length >= 1 && words.length <= 4 && words.every((w) => FUNCTION_WORD.test(w)) && !(words.length === 1 && !ORG_UNIT_WORD.test(words[0]))) return true;
  return words.length >= 2 && ORG_UNIT_WORD.test(words[words.length - 1]) && words.every((w) => isEnglishWord(w) || ORG_UNIT_WORD.test(w) || /^(?:HR|IT|R&D)$/.test(w));
}

const CAP_WORD = String.raw`(?:Co\.(?!,?[ \t]*Ltd)|St\.|Mt\.|Ft\.|[\p{Lu}0-9][\p{L}\p{N}_&'’-]*(?:\.[A-Za-z]+)*)`;
const CAP_SEQ = String.raw`(${CAP_WORD}(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+|de[ \t]+)?${CAP_WORD}){0,4})`;
/** Legal-entity spellings: the surest sign of a company, though people call it by a shorter name. */
const EEO_BODY = new RegExp(String.raw`${CAP_SEQ},?(?:[ \t]+(?:Inc\.?|LLC|Ltd\.?|Corp\.?|PLC|LLP|GmbH))?[ \t]+(?:is an Equal Opportunity|is an equal opportunity|is proud to be an equal)`, 'gmu');
const LEGAL_BODY = new RegExp(String.raw`${CAP_SEQ}${LEGAL_AFTER}`, 'gmu');
/** A partnership's name with its "LLP" ("Harrowgate & Voss LLP"): the firm's own style, kept whole, unlike "Inc." */
const LLP_BODY = new RegExp(String.raw`(${CAP_WORD}(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+|de[ \t]+|van der[ \t]+|van den[ \t]+|van[ \t]+|von[ \t]+|der[ \t]+|den[ \t]+|de la[ \t]+|del[ \t]+|da[ \t]+|di[ \t]+|du[ \t]+)?${CAP_WORD}){0,4},?[ \t]+LLP)(?=[\s,.;:|·)]|$)`, 'gmu');
// each pattern with the literal words (case as written) every match of it contains, when one or two suffice to
// rule it out (see scan.ts; longer lists cost more passes than the pattern itself)
/** "your interview with Pellucid Therapeutics for the Clinical Data Manager role" (a person's name there is screened out) */
const INTERVIEW_WITH_FOR = new RegExp(String.raw`\b(?:interview|conversation|call|chat|screen)\s+with\s+${CAP_SEQ}(?:\s+for\s+(?:the|a|an|our|your)\s|[ \t]*[:!][ \t]*$)`, 'gmu');
/** An agency's "Client: Ostrander Labs (Boston, MA)", "Ostrander Labs wants to move forward" */
const CLIENT_LABEL = new RegExp(String.raw`^[ \t]*(?:Client|Hiring company|Company|Employer)[ \t]*:[ \t]*${CAP_SEQ}`, 'gmu');
const COMPANY_BODY: [RegExp, number, string[]][] = [
  [new RegExp(String.raw`\b(?:chez|au sein de|interest in|applying (?:to|with)|applied to|application (?:to|with)|(?<!\b(?:will|'ll|’ll|can|could) )join(?:ing)?|position at|role at|roles? with|team at|opportunity at|opportunities at|career at|interview(?:ing)? at|on behalf of|here at|welcome to)\s+${CAP_SEQ}`, 'gu'), 3, []],
  [new RegExp(String.raw`\b(?:position|role|opening|requisition[^)]*\))\s+(?:\([^)]{0,60}\)\s+)?(?:at|with)\s+${CAP_SEQ}`, 'gu'), 4, []],
  [new RegExp(String.raw`${CAP_SEQ}[ \t]+(?:·\s*Sent via|Talent Acquisition|Recruiting Team|Recruiting$|Careers\b|Hiring Team|Talent Team|People Team)`, 'gmu'), 3, []],
  [EEO_BODY, 3, ['qual']],
  [LEGAL_BODY, 3, []],
  [LLP_BODY, 3, ['LLP']],
  [new RegExp(String.raw`(?:^|[.!:–—-]\s+|\bnews[,!]?\s+)${CAP_SEQ}[ \t]+(?:has (?:requested|invited you|asked us)|would (?:like|love) to (?:invite|schedule|meet|speak|interview|move (?:you )?forward|bring you|have you|do an?|set up an?|arrange an?|book an?))`, 'gmu'), 3, ['has ', 'would ']],
  // an agency's "my client, Oakhurst Medical Group", "on behalf of our client Northgate Pharma"
  [new RegExp(String.raw`\b(?:my|our) client,?\s+${CAP_SEQ}`, 'gu'), 5, ['client']],
  [new RegExp(String.raw`(?:^|[.!:–—-]\s+)${CAP_SEQ}[ \t]+(?:let me know|(?:has|have) decided|decided|reached out|got back to me|came back)`, 'gmu'), 2, ['decided', 'let me', 'reached', 'got back', 'came back']],
  [new RegExp(String.raw`\[image:\s*${CAP_SEQ}?(?:[ \t]+logo)?\]`, 'gu'), 2, ['[image:']],
  // "your interview with Pellucid Therapeutics for the Clinical Data Manager role" (a person there would be no company: isName screens)
  [INTERVIEW_WITH_FOR, 3, [' with ']],
  [CLIENT_LABEL, 5, [':']],
  [new RegExp(String.raw`(?:^|[.!:–—-]\s+|\bnews[,!]?\s+)${CAP_SEQ}[ \t]+wants[ \t]+to[ \t]+(?:move (?:you )?forward|meet|interview|schedule|bring you|have you|invite)`, 'gmu'), 3, ['wants ']],
  // Calendly's "Description:\nFernhill Credit Union — a 30-minute introductory call with …"
  [new RegExp(String.raw`^[ \t]*Description:[ \t]*\n?[ \t]*${CAP_SEQ}[ \t]+[—–-][ \t]+(?:an?|our|the)\b`, 'gmu'), 3, ['Description:']],
  // "The Tidewater Shipping team would like to schedule …"
  [new RegExp(String.raw`\b[Tt]he[ \t]+${CAP_SEQ}[ \t]+(?:hiring |recruiting |interview )?team[ \t]+(?:would (?:like|love)|wants|is (?:excited|looking forward|pleased)|has (?:asked|invited))`, 'gu'), 3, ['team ']],
  // a signature's "Talent Acquisition, Tidewater Shipping Co.", "Manager, Clinical Informatics, Piedmont Regional Health"
  [new RegExp(String.raw`^[ \t]*(?:Talent Acquisition|Recruiting|Recruitment|Human Resources|People Operations|HR)(?: Team)?,[ \t]+${CAP_SEQ}[ \t]*$`, 'gmu'), 3, [',']],
];

export interface Scored {
  name: string;
  score: number;
  /** the part of the score from legal-entity spellings ("Pinecrest Health Partners, LLC is an Equal Opportunity Employer") */
  legal?: number;
  /** the part of the score from matching the sender's domain */
  domain?: number;
  /** written as a recruiting agency's name somewhere ("Summit Bridge Talent" before "Talent" was cleaned off) */
  agency?: boolean;
}
/** Set by cleanCompany: the last name it cleaned was written with a legal form. */
let lastLegal = false;

let currentUserNames: string[] = [];
/** People named in the message (sender, guests, attendees): a person is never the company. */
let currentPeople = new Set<string>();
/** The text the company is read from, for checks that a candidate word is a person's given name. */
let currentProse = '';
let currentUserRe: RegExp | null = null;
let namesReFor: string | null = null;
let namesReLast: RegExp | null = null;
function namesRe(names: string[]): RegExp | null {
  const key = names.join('\n');
  if (key !== namesReFor) {
    namesReFor = key;
    namesReLast = buildNamesRe(names);
  }
  return namesReLast;
}
function buildNamesRe(names: string[]): RegExp | null {
  const usable = names.filter((u) => u.length > 2).map(escapeRe);
  return usable.length ? cachedRe(`\\b(?:${usable.join('|')})\\b`, 'i') : null;
}
/** A scheduling page's words for the meeting itself ("Intro Call (30 min)"). */
const EVENT_WORDS = /\b(?:Intro(?:duction|ductory)?|Call|Phone|Screen(?:ing)?|Meeting|Chat|Sync|Catch[- ]?up|min(?:ute)?s?)\b/i;
/** An agency's name as written, before cleaning ("Summit Bridge Talent", "Harbour Talent Partners"); not a company's own team. */
const AGENCY_RAW = /\bTalent(?: Partners| Group| Solutions)\b|\bStaffing\b|\bExecutive Search\b|\bSearch (?:Partners|Group)\b|\bPersonnel\b|\bPlacements?\b|\bHeadhunt\w*|\bResourcing\b|\bTalent\s*(?:,?\s*(?:LLC|Inc\.?|Ltd\.?))?\s*$/;
function add(list: Scored[], raw: string | null | undefined, score: number, legalForm = false) {
  if (!raw) return;
  const c = cleanCompany(raw);
  if (!c) return;
  if (/\s[-–—]\s/.test(c)) return;
  if (currentUserRe?.test(c)) return;
  // "call with Diego" in the subject, "Diego Alvarez, the hiring manager" in the text: a person's first name is no company
  if (!/\s/.test(c)) for (const p of currentPeople) if (p.split(' ')[0] === c.toLowerCase() && !TEAM_SUFFIX.test(p.slice(p.indexOf(' ')))) return;
  // …nor the given name of a person the text describes ("Victor Almeida, who leads our Fraud Strategy team")
  if (!/\s/.test(c) && currentProse.includes(c + ' ')) {
    const described = cachedRe(String.raw`\b${escapeRe(c)} (\p{Lu}[\p{Ll}'’-]+)(?:,? who\b|, (?:our|the|a|an|my|his|her|their) |\s\((?:our |the )?\p{Lu})`, 'u').exec(currentProse);
    if (described && isName(`${c} ${described[1]}`, currentUserNames)) return;
  }
  // "Chesapeake Mutual Insurance Company" in a signature: the entity's full style, like a legal form
  const legal = legalForm || lastLegal || /\s(?:Company|Corporation|Incorporated)$/.test(c) ? score : 0;
  // "Ardent & Co." and "Ardent & Co" are one name; the dotted spelling is the full one
  const key = c.toLowerCase().replace(/\.$/, '');
  const hit = list.find((x) => x.name.toLowerCase().replace(/\.$/, '') === key);
  if (hit) {
    hit.score += score;
    hit.legal = (hit.legal ?? 0) + legal;
    if (/&\s*Co\.$/.test(c) && !hit.name.endsWith('.')) hit.name = c;
    if (AGENCY_RAW.test(raw)) hit.agency = true;
  } else list.push({ name: c, score, legal, agency: AGENCY_RAW.test(raw) });
}

/** The company label of an address's domain ("northwind" of "ana@northwind.example"), or null for mail services and vendors. */
export function domainCompany(email: string | null | undefined): string | null {
  if (!email) return null;
  const host = email.split('@')[1] ?? '';
  const parts = host.split('.').filter(Boolean);
  if (parts.length < 2) return null;
  // "kingsbury.ac.uk", "moanaridge.govt.nz", "trust.nhs.uk": the name before a country's second-level suffix
  let label = parts.length >= 3 && /^(?:co|com|ac|edu|gov|govt|org|net|nhs|sch|mil|or|ne|go|gob|gouv)$/.test(parts[parts.length - 2]) ? parts[parts.length - 3] : parts[parts.length - 2];
  // "frontrange.k12.co.us": a school district's name before the "k12"
  const k = parts.indexOf('k12');
  if (k > 0 && parts.indexOf(label) >= k) label = parts[k - 1];
  if (!label || FREEMAIL.test(label)) return null;
  // "myworkday-mail", "greenhouse-notifications": a vendor's mail domain
  if (VENDORS.test(label.replace(/[-_]?(?:e?mail|notify|notifications?|alerts?|messaging)$/i, ''))) return null;
  if (VENDORS.test(label) || /mail|notify|notification|talent|recruit|careers|hcm|ats|calendar|schedul/i.test(host.split('.')[0]) && parts.length > 2 && VENDORS.test(parts[parts.length - 2])) return null;
  return label;
}

/** Industry words companies end their names with: "hartwellpartners" → "Hartwell Partners". */
const NAME_TAIL_WORD = /^(.{3,}?)(partners|labs|health|group|bank|systems|software|media|studios|energy|foods|capital|analytics|robotics|security|logistics|networks|games|commerce|insurance|financial|consulting|ventures|solutions|technologies|tech|works|digital|data|cloud|bio|pharma|therapeutics|medical|realty|freight|aerospace|motors|airlines|hotels|foundation)$/;
function domainWords(label: string): string {
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const parts = label.split(/[-_]+/).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const m = NAME_TAIL_WORD.exec(p.toLowerCase());
    // "saguarocu", "harborfcu": a credit union's domain
    const cu = /^(.{3,}?)(f?cu)$/.exec(p.toLowerCase());
    if (cu && parts.length === 1 && !m) out.push(cap(cu[1]), cu[2] === 'fcu' ? 'Federal Credit Union' : 'Credit Union');
    else if (m && parts.length === 1) out.push(cap(m[1]), cap(m[2]));
    else out.push(cap(p));
  }
  return out.join(' ');
}

export interface CompanyInput {
  subject: string;
  body: string;
  quoted: string;
  from: Person | null;
  replyTo: Person | null;
  ics: IcsEvent | null;
  userNames: string[];
  /** the user's own note above the forward ("Maré Digital technical interview"): where a domain's name may be spelled */
  note?: string;
}

const SUBJECT_AT = new RegExp(String.raw`\b(?:at|with|@)\s+${CAP_SEQ}(?![\p{L}'’-])\s*(?:$|[-–—|:(!,])`, 'u');

/** Subject layouts ATS and people use: "ROLE at COMPANY", "COMPANY - …", "… - ROLE - COMPANY", "COMPANY | …". */
function subjectCompanies(subject: string, out: Scored[]) {
  let s = subject.replace(/^\s*(?:(?:re|fwd?|fw|aw|tr|rv|sv|vs|wg|vb|antw|odp)\s*:\s*)+/i, '');
  // Google Calendar's "Updated invitation with note: TITLE @ Tue Nov 3, 2026 9am - 10am (CST) (guest@…)": the title
  const gcal = /^(?:(?:updated )?invitation|invitation updated|cancel(?:l)?ed event|new event)(?: with note)?:\s*(.+?)(?:\s+@\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|Weekly|Daily|Every)\b.*)?$/i.exec(s);
  if (gcal) s = gcal[1];
  const at = SUBJECT_AT.exec(s);
  if (at) add(out, at[1], 5);
  // "Sam Rivera <> HLX Therapeutics: Technical Interview": the side of the pair that is not the candidate
  const pair = /^([^:<>|]{2,60}?)\s*<>\s*([^:<>|]{2,60}?)\s*(?::|\s[-–—|]\s|$)/.exec(s);
  if (pair && currentUserRe) {
    const [a, b] = [pair[1].trim(), pair[2].trim()];
    const other = currentUserRe.test(a) ? b : currentUserRe.test(b) ? a : null;
    if (other && !isRoleLike(other) && other.split(/\s+/).length <= 4) add(out, other, 4);
  }
  const segs = s.split(/\s+[-–—|]\s+|\s*[|]\s*|:\s+|\s*\(\s*|\)\s*/).map((x) => x.trim()).filter(Boolean);
  // "Invitation: Marrow technical interview (Thu, Dec 3 …)": the name before the meeting's words
  for (const seg of segs) {
    const mi = /^(\p{Lu}[\p{L}&.'’-]*(?: (?:&|\p{Lu}[\p{L}&.'’-]*)){0,2}) (?:technical |phone |final |onsite |video |virtual |panel |recruiter |hiring manager |first |second )?(?:interview|screen|call|chat)s?$/u.exec(seg);
    if (mi && !isRoleLike(mi[1]) && !isName(mi[1], currentUserNames) && !/^(?:Interview|Invitation|Updated|Canceled|Cancelled|Confirmed|Your|The|Our|Technical|Phone|Final|Onsite|Video|Virtual|Panel|Recruiter)$/i.test(mi[1])) add(out, mi[1], 2);
  }
  // "Interview confirmed - Corvid Systems, QA Automation Engineer": the company before the role's comma
  for (const seg of segs) {
    const cr = /^(\p{Lu}[^,]{1,40}),\s+(\p{Lu}.{2,60})$/u.exec(seg);
    if (cr && isRoleLike(cr[2]) && !isRoleLike(cr[1]) && !isName(cr[1], currentUserNames) && !/\b(?:interview|confirm\w*|scheduled|invitation|update|call|screen)\b/i.test(cr[1]) && cr[1].split(/\s+/).length <= 4) add(out, cr[1], 3);
  }
  if (segs.length >= 2) {
    const firstSeg = segs[0];
    if (!/interview|invitation|confirmation|confirmed|scheduled|cancel|update|invitation|reminder|entrevista|intervju|sollicitatie|vorstellungsgespr|entretien|colloquio|next steps|meeting|webex|event|registered|registration|rsvp|screen|call|chat|follow[- ]?up|action required|reschedul|new time|booked|availability|\?/i.test(firstSeg) && !isRoleLike(firstSeg) && firstSeg.split(/\s+/).length <= 4) add(out, firstSeg, 2);
    // "Onsite interview confirmed – Oakhurst Medical Group (Clinical Data Analyst)": the company between the news and the role
    if (segs.length >= 3 && /\b(?:interview|confirm\w*|scheduled|invitation|update|next steps)\b/i.test(firstSeg) && !/^(?:cancel\w*|updated?|rescheduled|confirmed|invitation|reminder)$/i.test(firstSeg) && isRoleLike(segs[2]) && !isRoleLike(segs[1]) && segs[1].split(/\s+/).length <= 4 && !/\d|interview|screen|chat|call|webinar|session|event|on-?site|virtual|remote|phone|video|final|technical|panel|round|loop|zoom|teams|meet\b|review|presentation|case study|assessment|conversation|discussion|deep[- ]dive/i.test(segs[1])) add(out, segs[1], 2);
    // "Canceled: Mosaic Learning - Intro Call", "Updated: Tern Robotics - Recruiter Screen"
    if (segs.length >= 3 && /^(?:cancel\w*|updated?|rescheduled|new event|you(?:'|’)re registered|registered|rsvp\b.*|reminder|confirmed|invitation)$/i.test(firstSeg) && !isRoleLike(segs[1]) && segs[1].split(/\s+/).length <= 4 && !/\d|interview|screen|chat|call|webinar|session|meetup|conference|summit|hackathon|edition/i.test(segs[1])) add(out, segs[1], 2);
    const lastSeg = segs[segs.length - 1];
    // "GIS Analyst interview - Granite Peak Utilities": the company after the role's interview
    if (segs.length === 2 && /\b(?:interview|screen|call|chat)$/i.test(firstSeg) && !isRoleLike(lastSeg) && !JOB_WORD.test(lastSeg) && lastSeg.split(/\s+/).length <= 4 && !/\d|interview|screen|chat|call|webinar|session|event|update|availability|confirm|schedul/i.test(lastSeg)) add(out, lastSeg, 2);
    if (segs.length >= 3 && !JOB_WORD.test(lastSeg) && !isRoleLike(lastSeg) && lastSeg.split(/\s+/).length <= 4 && !/\d|interview|screen|chat|call|webinar|session|edition|meetup|event|update|conversation|availability/i.test(lastSeg)) add(out, lastSeg, 2);
  }
}

/** The people a message names in its headers, invite and guest list, and as the one who cancels or calls. */
function peopleOf(input: CompanyInput): Set<string> {
  const out = new Set<string>();
  const addName = (n: string | null | undefined) => {
    const t = n?.replace(/\s+/g, ' ').trim();
    if (t && /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|der|den|de|la|los|dos|das|do|da|del|di|du|le|ter|ten|von|ap|ab|bin|binti|binte|bint|ibn)\s+)*\p{Lu}[\p{L}'’-]+){1,3}$/u.test(t)) out.add(t.toLowerCase());
  };
  // (an organizer named like its own domain, "Tembusu Health" <…@tembusuhealth…>, is the company)
  const orgOwn = (p: { name?: string | null; email?: string | null } | null | undefined) => !!p?.name && !!p.email && fold(p.name).replace(/[^a-z]/g, '') === (domainCompany(p.email) ?? '').replace(/[^a-z]/g, '');
  // a display name is a person's when the address is theirs ("Ines Carvalho <ines.carvalho@…>")
  for (const p of [input.from, input.replyTo]) {
    if (!p?.name || !p.email || !domainCompany(p.email)) continue;
    const local = fold(p.email.split('@')[0]).replace(/[^a-z]/g, '');
    const words = p.name.split(/\s+/).map((w) => fold(w).replace(/[^a-z]/g, '')).filter((w) => w.length > 1);
    // (…but "Tembusu Health" <tembusuhealthcareers@tembusuhealth…> is the company's own mailbox)
    if (orgOwn(p)) continue;
    if (words.length >= 2 && words.some((w) => w.length > 2 && local.includes(w))) addName(p.name);
  }
  if (input.ics) {
    if (!orgOwn(input.ics.organizer)) addName(input.ics.organizer?.name);
    for (const a of input.ics.attendees) if (!orgOwn(a)) addName(a.name);
  }
  const g = /\n\s*(?:Guests|Attendees|Who)\s*:?\s*\n([\s\S]{0,1500}?)\n\s*(?:View all guest info|Reply for|Invitation from|\n)/.exec('\n' + input.body);
  if (g) for (const line of g[1].split('\n')) addName(line.replace(/\s*[-–]\s*(?:organi[sz]er|optional|creator)\s*$/i, '').replace(/<[^>]*>|\S+@\S+/g, ''));
  const acts = /(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]+(?:has (?:canceled|cancelled|rescheduled)|will call you|canceled (?:this|the) event)/gu;
  let m: RegExpExecArray | null;
  let n = 0;
  const text = input.body.slice(0, 60_000);
  if (/canceled|cancelled|rescheduled|will call/.test(text)) while ((m = acts.exec(text)) && n++ < 10) addName(m[1]);
  // "Intro call with Jasper Holt (Bristlecone Capital)": the one met is a person, whatever the subject says
  const withOrg = /\b(?:call|chat|meeting|interview|conversation) with (\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*\(/gu;
  n = 0;
  while ((m = withOrg.exec(text)) && n++ < 10) addName(m[1]);
  // "Diego Alvarez, the hiring manager for …", "our hiring manager, Aaron Blake": an appositive names a person
  // …"Marcus Bellamy, their Director of Revenue Strategy, will call you"
  const appos = /(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}),[ \t]+(?:the|our|my|your|their|his|her|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:[Hh]iring [Mm]anager|[Rr]ecruiter|[Mm]anager|[Ee]ngineer|[Dd]esigner|[Dd]irector|[Ll]ead|[Hh]ead|[Ff]ounder|[Cc]o-founder|[Pp]artner|[Ss]cientist|[Aa]nalyst|[Aa]rchitect|[Pp]resident|[Vv][Pp]|C[ETOF]O)\b/gu;
  n = 0;
  while ((m = appos.exec(text)) && n++ < 10) addName(m[1]);
  const apposBefore = /\b(?:our|my|the|your)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}(?:hiring manager|recruiter|manager|engineer|designer|director|lead|head|founder|co-founder|partner|scientist|analyst|architect|president|vp)s?,[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/gu;
  n = 0;
  while ((m = apposBefore.exec(text)) && n++ < 10) addName(m[1]);
  return out;
}

/** A candidate from the sender's domain alone: evidence that it is the sender's organisation, not how people name it. */
function addDomain(out: Scored[], name: string, score: number) {
  const before = out.map((c) => c.score);
  add(out, name, score);
  out.forEach((c, i) => {
    if (c.score !== (before[i] ?? 0)) c.domain = (c.domain ?? 0) + (c.score - (before[i] ?? 0));
  });
}

/** Capitalised word runs whose letters spell the sender's domain ("ozarktrail" → "Ozark Trail Outfitters"). */
function domainSpelled(label: string, text: string, out: Scored[]) {
  const before = out.length;
  domainSpelledStrict(label, text, out);
  if (out.length === before) domainSpelledLoose(label, text, out);
}

/** The small words inside an organisation's name ("Coastal Alliance for Clean Water"), which no domain spells. */
const CONNECTORS = String.raw`&|and|of|for|the|de|del|la|y|et|und`;
const CONNECTOR = new RegExp(String.raw`^(?:${CONNECTORS})$`);
/** A run of capitalised words, joined by those small words. */
const LOOSE_RUN = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:${CONNECTORS})[ \t]+)?\p{Lu}[\p{L}'’-]*){1,5}`, 'gu');
/** Looser spellings of the domain, tried when no run spells it outright: the initials of every word ("gspc" for
 * "Granite State Power Cooperative"), some of the words in order ("coastalcleanwater" for "Coastal Alliance for Clean
 * Water") or all but one of them in another order ("ceibafinanciero" for "Grupo Financiero Ceiba"). */
function domainSpelledLoose(label: string, text: string, out: Scored[]) {
  const want = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (want.length < 3 || want.length > 40) return;
  const runs = LOOSE_RUN;
  runs.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  const found = new Set<string>();
  while ((m = runs.exec(text)) && n++ < 3000) {
    const words = m[0].split(/[ \t]+/);
    const content = words.map((w, i) => ({ w: fold(w).replace(/[^a-z0-9]/g, ''), i })).filter((x) => x.w && !CONNECTOR.test(words[x.i]));
    if (content.length < 2 || content.some((x) => !/^\p{Lu}\p{Ll}/u.test(words[x.i]))) continue;
    let end = -1;
    // the initials of three words or more
    for (let e = 3; e <= content.length; e++) if (content.slice(0, e).map((x) => x.w[0]).join('') === want) end = content[e - 1].i;
    // the first word, then some of the later ones, skipping exactly one
    if (end < 0 && want.length >= 8 && want.startsWith(content[0].w)) {
      let at = content[0].w.length;
      let skipped = 0;
      for (let k = 1; k < content.length && at < want.length; k++) {
        if (want.startsWith(content[k].w, at) && content[k].w.length >= 3) {
          at += content[k].w.length;
          if (at === want.length && skipped === 1) end = content[k].i;
        } else if (++skipped > 1) break;
      }
    }
    // every word but one, in another order
    if (end < 0 && want.length >= 8 && content.length >= 3 && content.length <= 4) {
      const left = content.filter((x) => !want.includes(x.w) || x.w.length < 3);
      const used = content.filter((x) => !left.includes(x));
      if (left.length === 1 && used.reduce((a, x) => a + x.w.length, 0) === want.length && used.every((x) => want.split(x.w).length === 2) && !want.startsWith(used.map((x) => x.w).join(''))) end = content[content.length - 1].i;
    }
    if (end < 0) continue;
    const name = words.slice(0, end + 1).join(' ');
    if (!found.has(name)) {
      found.add(name);
      addDomain(out, name, 2.5);
    }
  }
}

/** The kind of body a name may open with ("Coopérative", "Grupo", "Fundación"), which its domain often leaves out. */
const ORG_KIND_LEAD = /^(?:Coop[ée]rative|Cooperativa|Cooperative|Co-operative|Grupo|Groupe|Fundaci[óo]n|Funda[çc][ãa]o|Fondation|Stiftung|Association|Associa[çc][ãa]o|Asociaci[óo]n|Soci[ée]t[ée]|Sociedad|Compa[ñn][íi]a|Companhia|Instituto|Institut|Verein|Genossenschaft|The)$/;

function domainSpelledStrict(label: string, text: string, out: Scored[]) {
  const want = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (want.length < 5) return;
  const runs = /\p{Lu}[\p{L}\d'’-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+)?\p{Lu}[\p{L}\d'’-]*){0,4}/gu;
  let m: RegExpExecArray | null;
  let n = 0;
  const seen = new Set<string>();
  while ((m = runs.exec(text)) && n++ < 3000) {
    // "the City of Fernhollow's GIS Analyst": the name without its possessive
    const words = m[0].split(/[ \t]+/).map((w) => w.replace(/['’]s$/, ''));
    // "Coopérative Atlas Saffron" at atlassaffron: the name after the kind of body it is, read from the next word
    if (words.length >= 2 && ORG_KIND_LEAD.test(words[0]) && !want.startsWith(fold(words[0]).replace(/[^a-z0-9]/g, ''))) {
      runs.lastIndex = m.index + m[0].indexOf(words[1], words[0].length);
      continue;
    }
    let compact = '';
    let bare = '';
    for (let k = 0; k < words.length; k++) {
      compact += fold(words[k] === '&' ? 'and' : words[k]).replace(/[^a-z0-9]/g, '');
      bare += fold(words[k]).replace(/[^a-z0-9]/g, '');
      // "Corrie & Vane" at corrievane: the ampersand is not spelled in the domain
      if (bare === want && words.includes('&') && compact !== want) compact = bare;
      if (compact.length < want.length - 4 && !want.startsWith(compact)) break;
      if (compact === want || (compact === want.replace(/and/, '') && words.includes('&'))) {
        let name = words.slice(0, k + 1).join(' ');
        // the run goes on to a full line of its own ("Ozark Trail Outfitters" in a signature): the whole line
        const lineEnd = text.indexOf('\n', m.index);
        const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
        const after = text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd);
        if (/^\s*$/.test(after) && /^(?:.*\s[-–—|·,]\s*)?$/.test(before) && words.length > k + 1 && words.length <= k + 3) name = m[0].trim();
        if (!seen.has(name)) {
          seen.add(name);
          addDomain(out, name, 3);
        }
      }
      if (compact.length >= want.length && !compact.startsWith(want)) break;
    }
    // "gildedforkhg" for "Gilded Fork Hospitality Group": whole words, then the initials of the rest
    if (words.length >= 3 && want.length <= 40) {
      const folded = words.map((w) => fold(w).replace(/[^a-z0-9]/g, ''));
      for (let j = 1; j < folded.length - 1; j++) {
        const head = folded.slice(0, j).join('');
        if (!want.startsWith(head)) break;
        for (let e = j + 2; e <= folded.length; e++) {
          if (head + folded.slice(j, e).map((w) => w[0] ?? '').join('') !== want) continue;
          const name = words.slice(0, e).join(' ');
          if (!seen.has(name)) {
            seen.add(name);
            addDomain(out, name, 3);
          }
        }
      }
    }
    // a domain that shortens the last word: "chollasemi" for "Cholla Semiconductor", "harbourfrontpoly" for
    // "Harbourfront Polytechnic"
    if (words.length >= 2) {
      let head = '';
      for (let k = 0; k < Math.min(words.length, 4); k++) {
        const w = fold(words[k]).replace(/[^a-z0-9]/g, '');
        const tail = want.slice(head.length);
        if (k > 0 && want.startsWith(head) && tail.length >= 3 && tail.length < w.length && w.startsWith(tail) && /^\p{Lu}\p{Ll}/u.test(words[k])) {
          const name = words.slice(0, k + 1).join(' ');
          if (!seen.has(name)) {
            seen.add(name);
            addDomain(out, name, 2.5);
          }
          break;
        }
        head += w;
        if (!want.startsWith(head)) break;
      }
    }
    // a domain of the first and last words: "ostrandercastings" for "Ostrander Precision Castings"
    if (words.length === 3 || words.length === 4) {
      const f = words.map((w) => fold(w).replace(/[^a-z0-9]/g, ''));
      for (let e = 3; e <= words.length; e++)
        if (f[0].length >= 4 && f[e - 1].length >= 4 && f[0] + f[e - 1] === want && words.slice(1, e - 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
          const name = words.slice(0, e).join(' ');
          if (!seen.has(name)) {
            seen.add(name);
            addDomain(out, name, 2.5);
          }
        }
    }
    // a domain that shortens the first word: "bramblebooks" for "Brambleworth Books"
    if (words.length >= 2 && words.length <= 3) {
      const first = fold(words[0]).replace(/[^a-z0-9]/g, '');
      const rest = words.slice(1).map((w) => fold(w).replace(/[^a-z0-9]/g, '')).join('');
      if (rest.length >= 2 && first.length > 4 && want.endsWith(rest)) {
        const head = want.slice(0, want.length - rest.length);
        if (head.length >= 4 && head.length < first.length && first.startsWith(head) && !seen.has(m[0])) {
          seen.add(m[0]);
          addDomain(out, m[0], 2);
        }
      }
    }
  }
}

/** The hiring company: the rules' pick, written as fully as the sender's own signature writes it. */
export function readCompany(input: CompanyInput): string | null {
  const best = readCompanyRules(input);
  const name = best ? fullerOnSignature(best, input) ?? best : null;
  return name ? asWritten(name, `${input.subject}\n${input.body.slice(0, 60_000)}`) : null;
}

/** "Ilera Health" read from a domain, "Ìlera Health" in the text: the name with the text's accents. */
function asWritten(name: string, text: string): string {
  if (text.includes(name) || !/^[\x20-\x7e]+$/.test(name)) return name;
  const n = name.split(/\s+/).length;
  const want = fold(name);
  const runs = cachedRe(String.raw`(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}\p{M}&'’.-]+){${n - 1}}(?![\p{L}\p{M}])`, 'gu');
  runs.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = runs.exec(text)) && k++ < 2000) {
    if (fold(m[0]) === want) return m[0].normalize('NFC');
    // (runs overlap: try again from the next word)
    runs.lastIndex = m.index + 1;
  }
  return name;
}

/** Words a department or the legal style ends with: "Wrenfield University Libraries" and "Oakhollow Mutual Insurance
 * Company" are not the fuller names of "Wrenfield University" and "Oakhollow Mutual". */
const NOT_FULLER = /\b(?:Company|Co\.?|Corporation|Incorporated|Employer Branding|Branding|Libraries|Library Services|Department|Dept|Division|Office|Offices|Team|Recruiting|Recruitment|Careers|HR|Talent(?: Acquisition)?|People|Services|Campus|Headquarters|HQ)$/;
/** "Riverbend Food" in the subject, "Riverbend Food Alliance | Minneapolis, MN" as a signature's line: a fuller name of the
 * rules' pick standing alone on a line (or before a "|"), when the short name never does. */
function fullerOnSignature(best: string, input: CompanyInput): string | null {
  const text = [input.body.slice(0, 60_000), input.quoted.slice(0, 30_000), input.ics?.description?.slice(0, 20_000) ?? ''].join('\n');
  if (!text.includes(best)) return null;
  // the sender's own name for itself ("From: Drumlin <notifications@…>"): the short name is its style
  if (input.from?.name?.trim() === best || cachedRe(String.raw`(?:applying|applied|interest) (?:to|in|at|with) ${escapeRe(best)}(?![\p{L} ])`, 'u').test(`${input.subject}\n${text}`)) return null;
  const lineOf = cachedRe(String.raw`^[ \t>*_]*${escapeRe(best)}((?:[ \t]+(?:&|and|of|for|the|\p{Lu}[\p{L}'’.-]*)){0,4})[ \t*_]*(?:[ \t]\|[ \t][^\n]*)?$`, 'gmu');
  lineOf.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  const fuller = new Set<string>();
  while ((m = lineOf.exec(text)) && n++ < 20) {
    const tail = m[1].trim();
    // the short name alone on a line of its own: the sender's own style
    if (!tail) return null;
    const words = tail.split(/[ \t]+/);
    if (/^(?:&|and|of|for|the)$/i.test(words[words.length - 1])) continue;
    const name = `${best} ${tail}`;
    if (NOT_FULLER.test(name) || isDepartment(tail) || isPlace(tail) || isRoleLike(name) || RECRUITING_TITLE.test(tail) || LEGAL.test(name) || currentPeople.has(name.toLowerCase())) continue;
    fuller.add(name);
  }
  return fuller.size === 1 ? [...fuller][0] : null;
}

function readCompanyRules(input: CompanyInput): string | null {
  currentUserNames = input.userNames;
  currentUserRe = namesRe(currentUserNames);
  currentPeople = peopleOf(input);
  currentProse = input.body.slice(0, 60_000);
  const out: Scored[] = [];
  subjectCompanies(input.subject, out);
  const scan = (text: string, weight: number) => {
    for (const [re, score, anchors] of COMPANY_BODY) {
      if (anchors.length && !hasAny(text, anchors)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      const legal = re === LEGAL_BODY || re === EEO_BODY;
      while ((m = re.exec(text)) && n++ < 20) if (re !== INTERVIEW_WITH_FOR || (/\s/.test(m[1].trim()) && !isName(m[1], currentUserNames))) add(out, m[1], score * weight, legal);
    }
    // signature "Title | Company" / "Title, Company"
    if (text.indexOf('|') < 0) return;
    const sig = /^[^\n]{2,100}?\s\|\s(\p{Lu}[\p{L}\d&'’. -]{1,50})$/gmu;
    let m: RegExpExecArray | null;
    let n = 0;
    // an agenda row ("9:00 AM - 9:45 AM | Interview | Name") is no signature
    while ((m = sig.exec(text)) && n++ < 10) {
      if (/\d{3}/.test(m[1]) || /^\s*\d/.test(m[0])) continue;
      // "Senior Recruitment Advisor | People & Capability" over "Harbour City Council": the line under a department
      if (isDepartment(m[1].trim())) {
        const below = /^\n[ \t]*(\p{Lu}[\p{L}\d&'’. -]{1,60}?)[ \t]*(?:\n|$)/u.exec(text.slice(m.index + m[0].length));
        if (below && !/\d{3}|@|:/.test(below[1])) add(out, below[1], 3 * weight);
        continue;
      }
      add(out, m[1], 3 * weight);
    }
    // "Cordova Energy | Talent Acquisition", "Oriel Pharmaceuticals | Global Biometrics Centre, Hyderabad": the company
    // before its department, site or city
    const dept = /^(\p{Lu}[\p{L}\d&'’. -]{1,50}?)\s\|\s([^|\n]{2,80})$/gmu;
    n = 0;
    while ((m = dept.exec(text)) && n++ < 10) {
      const right = m[2].trim();
      if (isRoleLike(m[1]) || RECRUITING_TITLE.test(m[1]) || SIG_TITLE_LEAD.test(m[1])) continue;
      if (isDepartment(right) || /^(?:People Team|Careers)$/.test(right) || /\b(?:Centre|Center|Campus|Hub|Plant|Site|Offices?)\b/.test(right) || (/,/.test(right) && isPlace(right.split(',').pop()!.trim()))) add(out, m[1], 3 * weight);
    }
  };
  scan(input.body.slice(0, 60_000), 1);
  // "Host: Sheldon Marsh, Granite Peak Utilities", Calendly's "Host:\nCorinne Delacroix (Bayleaf Commerce)"
  const host = HOST_LINE.exec(input.body);
  if (host) add(out, host[2], 4);
  // Calendly's "Event Type: Intro Phone Screen (30 min) - Zenko": the segment that is not the meeting's name;
  // "Nimbuscale Intro Call (30 min)": the name before the meeting's words
  const evType = /^[ \t]*Event Type:[ \t]*\n?[ \t]*([^\n]{3,100})$/m.exec(input.body);
  if (evType) {
    // a segment that names no meeting, person or the candidate
    const orgLike = (x: string) => !AGENDA_SESSION.test(x) && !EVENT_WORDS.test(x) && !currentPeople.has(x.trim().toLowerCase()) && !(currentUserRe?.test(x) ?? false);
    const segs = evType[1].replace(/\s*\([^)]*\)/g, '').split(/\s+[-–|]\s+/);
    // "Larkspur Learning Interview - Instructional Designer": the meeting's word after the company, the title beside it
    const named = segs.length >= 2 ? segs.map((x) => (isRoleLike(x.trim()) ? '' : x.replace(/\s+(?:Interview|Intro(?:duction)?|Call|Chat|Screen(?:ing)?|Meeting|Conversation)$/i, ''))) : [];
    const org = named.filter((x) => /^\p{Lu}/u.test(x.trim()) && x.trim().split(/\s+/).length <= 4 && orgLike(x));
    if (org.length === 1) add(out, org[0].trim(), 4);
    else if (segs.length === 1) {
      const lead = /^(\p{Lu}[\p{L}\d&'’.-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}\d&'’.-]*)){0,3}?)[ \t]+(?:Intro(?:duction|ductory)?|Phone|Recruiter|Technical|Hiring|Screen(?:ing)?|Call|Chat|Interview)\b/u.exec(segs[0].trim());
      if (lead && orgLike(lead[1])) add(out, lead[1], 3);
    }
  }
  const withOrg = /\b(?:call|chat|meeting|interview|conversation) with \p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]*\((\p{Lu}[^()\n]{1,50})\)/u.exec(input.body.slice(0, 60_000));
  if (withOrg) add(out, withOrg[1], 4);
  if (input.from?.name) {
    const lines = input.body.split('\n');
    const own = input.from.name.normalize('NFC').trim();
    for (let i = lines.length - 1; i >= 0 && i > lines.length - 60; i--) {
      // "Hana Ito, AIA": the name with its credentials
      const l0 = lines[i].normalize('NFC').trim();
      if (l0 !== own && !(l0.startsWith(own + ',') && /^,\s*[A-Z][A-Za-z.]{1,8}(?:,\s*[A-Z][A-Za-z.]{1,8})*$/.test(l0.slice(own.length)))) continue;
      for (const next of lines.slice(i + 1, i + 3)) {
        const l = next.trim();
        if (!l || /\d{3}|@|https?:/.test(l)) continue;
        const bare = l.replace(LEGAL, '');
        // "Kinross Orthopedics | Warsaw, IN": the name before its place
        if (/\s\|\s/.test(bare) && isPlace(bare.split(/\s+\|\s+/).pop()!)) add(out, bare.split(/\s+\|\s+/)[0], 3, bare !== l);
        // ("Omaha, Nebraska" under the team's name: the place, not a title's company)
        else if (/,\s+/.test(bare) && (isPlace(bare) || isPlace(bare.split(/,\s+/).pop()!))) continue;
        else if (/\s\|\s/.test(bare) || /,\s+|\s+at\s+|\s+[-–]\s+/.test(bare)) add(out, bare.split(/\s+\|\s+|,\s+|\s+at\s+|\s+[-–]\s+/).pop(), 3, bare !== l);
        else if (bare !== l) add(out, bare, 2, true);
        else if (!isRoleLike(l) && !RECRUITING_TITLE.test(l) && !SIG_TITLE_LEAD.test(l) && l.split(/\s+/).length <= 5 && !/\b(?:is|are|was|will|has|have|the|to|for)\b/.test(l)) add(out, l, 2);
      }
      break;
    }
  }
  scan(input.quoted.slice(0, 30_000), 0.5);
  if (input.ics) {
    const sum = input.ics.summary ?? '';
    const w = /\b(?:interview|call|chat|meeting)\s+(?:with|at)\s+([A-Z][\w&'’. -]{1,50})$/i.exec(sum);
    if (w) add(out, w[1], 3);
    const lead = /^([A-Z][\w&'’. ]{1,40}?)\s*(?:[-–|:])\s/.exec(sum);
    if (lead && !/interview|invitation/i.test(lead[1])) add(out, lead[1], 2);
    if (input.ics.description) scan(input.ics.description.slice(0, 20_000), 0.5);
  }
  // a sender display name that is an organisation ("Stonebridge Mining <noreply@dayforcehcm…>")
  for (const p of [input.from, input.replyTo]) {
    if (!p?.name) continue;
    // "Colleen O'Brien (Harborview Savings Bank)" <noreply@…smartrecruiters…>: the company in the person's parentheses
    const inParens = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(p.name.trim());
    if (inParens && isName(inParens[1], input.userNames)) {
      add(out, inParens[2], 3);
      continue;
    }
    const looksOrg = /\b(?:Talent|Recruiting|Recruitment|Recrutement|Reclutamiento|Recrutamento|Careers|Karriere|Hiring|HR|RH|RRHH|Team|Jobs|Events)\b/i.test(p.name) || /no-?reply|notifications?|careers|jobs|recruit|talent/i.test(p.email ?? '');
    // (a person's name on a no-reply address, "Ifeoma Clarke" <noreply@email.apple.com>, is the person's)
    const personal = () => cachedRe(String.raw`\b${escapeRe(p.name!.trim())} (?:has )?(?:invited you|is inviting you|updated|cancell?ed|shared)\b`, 'u').test(input.body);
    if (looksOrg && !personal() && !input.userNames.some((u) => p.name!.includes(u))) add(out, p.name, 2);
  }
  // an ATS mailbox named after the company ("Harrow & Finch Insurance <harrowfinch@myworkday…>")
  for (const p of [input.from, input.replyTo]) {
    if (!p?.name || !p.email || domainCompany(p.email) || FREEMAIL.test((p.email.split('@')[1] ?? '').split('.').slice(-2)[0] ?? '')) continue;
    const local = fold(p.email.split('@')[0]).replace(/[^a-z0-9]/g, '');
    const compact = fold(p.name.replace(/&/g, ' ')).replace(/[^a-z0-9]/g, '');
    if (local.length >= 4 && compact.startsWith(local)) add(out, p.name, 4);
  }
  // the sender's own domain, as a tie-breaker (matches a longer name such as "Copperline Telecom")
  for (const p of [input.replyTo, input.from]) {
    const label = domainCompany(p?.email);
    if (!label) continue;
    const norm = label.toLowerCase().replace(/[^a-z0-9]/g, '');
    // (the quoted thread spells it too: "Re: …" above the original)
    const spelledIn = [input.body.slice(0, 60_000), input.subject, input.quoted.slice(0, 30_000), input.note ?? ''].join('\n');
    domainSpelled(label, spelledIn, out);
    // "elmprairie-il", "larkspurfallsco", "fernhollowor": the name before a state's code or a "co"
    const bare = /^(.{4,}?)(?:-?(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)|-[a-z]{2}|inc|hq|corp)$/i.exec(label);
    if (bare) domainSpelled(bare[1], spelledIn, out);
    let matched = false;
    for (const c of out) {
      const cn = c.name.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (cn && (cn.startsWith(norm) || norm.startsWith(cn) || norm.includes(cn.slice(0, 6)))) {
        c.score += 2;
        c.domain = (c.domain ?? 0) + 2;
        matched = true;
      }
    }
    if (!matched && out.length === 0) add(out, domainWords(label), 0.5);
  }
  // a company's own Zoom or Webex site ("https://piedmontregional.webex.com/…"): its name, spelled in the text
  if (!out.length) {
    const site = /\bhttps?:\/\/(?!us\d+web\.|www\.|meet\.|teams\.)([a-z][a-z0-9-]{3,40})\.(?:zoom\.us|webex\.com|my\.webex\.com)\b/i.exec(input.body.slice(0, 60_000));
    if (site) domainSpelled(site[1], [input.body.slice(0, 60_000), input.subject, input.note ?? ''].join('\n'), out);
  }
  // an invitation sent through a calendar service: the organizer's own domain, spelled in the text ("Lumen & Loom" at
  // theo@lumenandloom…)
  if (!out.length && input.ics) {
    for (const p of [input.ics.organizer, ...input.ics.attendees]) {
      const label = domainCompany(p?.email);
      if (!label || currentUserRe?.test(p?.email ?? '')) continue;
      domainSpelled(label, [input.body.slice(0, 60_000), input.subject, input.ics.location ?? '', input.ics.summary ?? ''].join('\n'), out);
      if (out.length) break;
    }
  }
  // a scheduling vendor's mail: the host's own address in the text names the company ("…@hartwellpartners.example")
  if (!out.length) {
    const em = /\b[\w.+-]+@([\w-]+\.)+[a-z]{2,}\b/gi;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = em.exec(input.body.slice(0, 60_000))) && n++ < 20) {
      const label = domainCompany(m[0]);
      if (label && !currentUserRe?.test(m[0])) {
        // ("ifeoma@foxgloveandfern.example" beside "Sam Rivera × Foxglove & Fern": the name as the text spells it)
        domainSpelled(label, [input.body.slice(0, 60_000), input.subject].join('\n'), out);
        if (!out.length) add(out, domainWords(label), 0.5);
        break;
      }
    }
  }
  if (!out.length) return null;
  // a longer name that extends a shorter one takes its score ("Bluejay" → "Bluejay Fintech")
  for (const a of out)
    for (const b of out)
      if (a !== b && a.score > 0 && b.name.length > a.name.length && b.name.toLowerCase().startsWith(a.name.toLowerCase() + ' ')) {
        // "Eastlake Bank Technology" for "Eastlake Bank": a department of the company, not its fuller name
        // …or "Thistle & Pike Co." for the "Thistle & Pike" people write: the entity's style, not another name
        const tail = b.name.slice(a.name.length).trim();
        if ((DEPT_TAIL.test(b.name) && b.name.replace(DEPT_TAIL, '').trim().toLowerCase() === a.name.toLowerCase()) || (/^(?:Co\.?|Company|Insurance Company)$/.test(tail) && !/&$/.test(a.name))) {
          a.score += b.score;
          b.score = 0;
          continue;
        }
        // …unless the longer one is only the legal entity's ("Sundial Payments, Inc." under a recruiter of "Sundial")
        if ((b.legal ?? 0) + (b.domain ?? 0) >= b.score && (b.legal ?? 0) > 0 && a.score > (a.legal ?? 0) + (a.domain ?? 0)) {
          a.score += b.score;
          b.score = 0;
        } else {
          b.score += a.score;
          a.score = 0;
        }
      }
  // a recruiting agency recruits for a client: the client, when the email names one, is the company
  // (…known too by the name the text writes it with: "Harcourt Blake" of "Harcourt Blake Recruitment Ltd")
  let agencyText: string | null = null;
  const isAgency = (c: Scored) => c.agency || AGENCY.test(c.name) || ((agencyText ??= `${input.body.slice(0, 60_000)}\n${input.quoted.slice(0, 30_000)}`).includes(c.name + ' ') && cachedRe(String.raw`\b${escapeRe(c.name)} (?:Recruitment (?:Ltd|Limited|LLC|Inc|Pty|GmbH)|Staffing|Executive Search|Resourcing|Personnel)\b`, 'u').test(agencyText));
  if (out.some((c) => c.score > 0 && !isAgency(c))) for (const c of out) if (isAgency(c)) c.score *= 0.1;
  out.sort((a, b) => b.score - a.score);
  if (out[0].score <= 0) return null;
  let best = extendName(out[0].name, [input.body, input.quoted, input.ics?.description ?? ''].join('\n'));
  // "Northlake Beverage Co." on a signature line is the name with its period; "… at Export Co." ends a sentence
  if (/\bCo$/.test(best)) {
    const both = `${input.body}\n${input.quoted}`;
    const at = both.split('\n').find((l) => l.includes(best + '.') && !/\b(?!and\b)[a-z]{3,}\b/.test(l.replace(/https?:\S+|\S+@\S+/g, '')));
    // …and "Prairie Loam Seed Co." anywhere, when the name is never written without the period
    if (at || (both.includes(best + '.') && !cachedRe(String.raw`\b${escapeRe(best)}(?![.\w])`, 'u').test(both))) best += '.';
  }
  // "Northgate CU" in a calendar title, "Northgate Credit Union" in the signature: the name spelled out
  const abbr = /^(.+?) ([A-Z]{2,4})$/.exec(best);
  if (abbr) {
    const words = String.raw`\p{Lu}[\p{Ll}]+`;
    const spelled = cachedRe(String.raw`\b${escapeRe(abbr[1])}((?:[ \t]+${words}){${abbr[2].length}})(?![\p{L}])`, 'u').exec([input.body, input.quoted].join('\n').slice(0, 60_000));
    if (spelled && spelled[1].trim().split(/\s+/).map((w) => w[0]).join('') === abbr[2]) best = abbr[1] + spelled[1];
  }
  if (currentPeople.has(best.toLowerCase())) return out[1] && out[1].score > 0 ? out[1].name : out[0].name;
  const prose = [input.subject, input.body.slice(0, 60_000)].join('\n').replace(/\S+@\S+|https?:\/\/\S+/g, ' ');
  // "Lakeshore State" of "Lakeshore State University": an institution's name with its kind
  const inst = cachedRe(String.raw`\b${escapeRe(best)} (University|College|Institute|Hospital|Council|Authority|Museum|Library|Academy|School|Polytechnic)\b`, 'u').exec(prose);
  if (inst && !/\b(?:University|College|Institute|Hospital|Council|Authority|Museum|Library|Academy|School|Polytechnic)\b/.test(best)) return `${best} ${inst[1]}`;
  // "Cobalt Ridge Brewing Co." written that way every time: the name with its "Co."
  if (!/\bCo\.?$/.test(best) && prose.includes(`${best} Co.`) && cachedRe(String.raw`\b${escapeRe(best)} Co\.(?!,?\s*Ltd)`, 'u').test(prose) && !cachedRe(String.raw`\b${escapeRe(best)}(?! Co\b)`, 'u').test(prose)) return `${best} Co.`;
  return best;
}

const AGENCY = /\b(?:Search(?: Partners| Group)?|Staffing|Recruit(?:ing|ment|ers)|Talent[a-z]*(?: Group| Partners| Solutions)?|Headhunt\w*|Placements?|Personnel|Resourcing|Executive Search)\b/;

/** "Bluejay" in a subject, "Bluejay Fintech" in the prose: the fuller name is the company's. */
const LEGAL_NEXT = /^,?\s+(?:Inc\.?|LLC|Ltd\.?|Ltda\.?|Limited|Pvt\.?|Private Limited|Co\.(?=\s*(?:$|[,·|]))|GmbH|PLC|Corp\.?|Pty|Pte|LLP|S\.A\.|S\.L\.|SAS|S\.p\.A\.|B\.V\.|N\.V\.|AG|KK|Oy|AB|A\/S|ApS|SE|Sp\. z o\.o\.)(?![\w])/;
const ORG_KIND_WORD = /^(?:Bank|Insurance|Mutual|Network|Group|Health|Healthcare|University|College|Hospital|Foods?|Labs?|Partners|Systems|Technologies|Logistics|Energy|Capital|Financial|Holdings|Industries|Institute|Foundation|Alliance|Authority|District|Cooperative|Co-op|Credit|Union|Services|Solutions|Analytics|Robotics|Therapeutics|Pharmaceuticals|Media|Studios|Games|Motors|Airlines|Hotels|Resorts|Markets|Outfitters|Freight|Shipping|Manufacturing|Works|Consulting|Architects|Maschinenbau|Logistik|Antriebstechnik|Werke|Energie|Systeme|Alimentos|Seguros|Minería)$/;
const ASCII_WORD = /[A-Za-z0-9_]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** One or two capitalised words straight after a name, read at a position (sticky). */
const NAME_TAIL_WORDS = /((?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?![\p{L}\p{N}])/uy;
function extendName(name: string, text: string): string {
  // "University of Carrowmore", "City of Maple Terrace": an institution named after its place, as the text writes it
  const inst = cachedRe(String.raw`\b(?:(?:The )?(?:University|College|City|County|Town|Borough|Village|District|Province|State|Port|Bank|Institute|Museum|Government|Commonwealth|Diocese|Archdiocese|Presbytery) of(?: the)? )${escapeRe(name)}(?![\p{L}\p{N}])`, 'u').exec(text);
  if (inst) return inst[0].replace(/^The /, '');
  if (/\s/.test(name)) {
    // "Northgate Mutual" in the subject, "Northgate Mutual Bank" in every sentence of the text: the name as the text writes it
    // (only with a word of the organisation's kind at its end, and never the short name alone as often)
    // (found by a literal search, each hit's words after it read in place: no pattern made for each name)
    const counts = new Map<string, number>();
    let n = 0;
    let extended = 0;
    let bounded = 0;
    const wordStart = ASCII_WORD.test(name[0]);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at > 0 && ASCII_WORD.test(text[at - 1]) === wordStart) continue;
      const after = at + name.length;
      if (after < text.length && LETTER_OR_DIGIT.test(text[after])) continue;
      bounded++;
      if (n >= 50) continue;
      NAME_TAIL_WORDS.lastIndex = after;
      const m = NAME_TAIL_WORDS.exec(text);
      if (!m) continue;
      n++;
      const words = m[1].trim().split(/\s+/);
      const k = words.map((w) => ORG_KIND_WORD.test(w)).lastIndexOf(true);
      if (k < 0) continue;
      // ("Riverbend Food Insurance Company": the entity's legal style, which the name people use leaves off)
      const kept = words.slice(0, k + 1).join(' ');
      const end = after + m[1].indexOf(kept) + kept.length;
      if (/^[ \t]+(?:Company|Corporation|Incorporated|Co\b)/.test(text.slice(end, end + 16))) continue;
      const ext = `${name} ${words.slice(0, k + 1).join(' ')}`;
      counts.set(ext, (counts.get(ext) ?? 0) + 1);
      extended++;
    }
    if (counts.size !== 1) return name;
    const alone = bounded - extended;
    const [ext] = [...counts.keys()];
    return extended > alone ? cleanCompany(ext) ?? name : name;
  }
  // ("Oakhurst Children's Hospital": a possessive inside the name is the name's)
  const re = cachedRe(String.raw`\b${escapeRe(name)}((?:[ \t]+\p{Lu}\p{Ll}+(?:['’]s(?=[ \t]+\p{Lu}))?){1,2})(?![\p{L}\p{N}'’])`, 'gu');
  re.lastIndex = 0;
  const counts = new Map<string, number>();
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text)) && n++ < 50) {
    const words = m[1].trim().split(/\s+/);
    const keep: string[] = [];
    for (const w of words) {
      const kindWord = keep.length > 0 && /['’]s$/.test(keep[keep.length - 1]) && (ORG_KIND_WORD.test(w) || /^(?:Hospital|Clinic|School|Museum|Library|Academy|Center|Centre)$/.test(w));
      if (!kindWord && (NOT_NAME_WORD.test(w) || /^(?:Is|Has|Was|Will|And|Or|The|For|At|In|On|To|We|Our|Your|Inc|Ltd|Llc|Limited|Corp|Plc|Pvt|Pte|Pty|Sdn|Co|Logo|Headquarters|HQ|Office|Offices|Campus|Building|Tower|Center|Centre|Careers|Jobs)$/.test(w))) break;
      keep.push(w);
    }
    if (!keep.length) continue;
    // "Ochre Studio Ltd, 14 Clerkenwell Green": the legal entity's fuller name, not the one people use
    const keptEnd = m.index + name.length + m[1].indexOf(keep[keep.length - 1]) + keep[keep.length - 1].length;
    if (LEGAL_NEXT.test(text.slice(keptEnd, keptEnd + 12))) continue;
    const ext = `${name} ${keep.join(' ')}`;
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, v] of counts) if (!best || v > counts.get(best)!) best = k;
  return best ? cleanCompany(best) ?? name : name;
}

export interface RoleInput {
  userNames: string[];
  subject: string;
  body: string;
  quoted: string;
  ics: IcsEvent | null;
  company: string | null;
  /** the user's own note above the forward ("this is the hiring manager chat for the X role"): read last */
  note?: string;
}

const ROLE_LABEL = /^[ \t]*(?:Position|Role|Job(?: Title)?|Job Position|Title|Opening|Requisition|Cargo|Puesto)(?:[ \t]*:[ \t]*|[ \t]+(?=[A-Z][\w.&/-]*(?:[ \t]+[A-Z(][\w.&/()-]*){0,6}[ \t]*$))(.{2,80})$/m;
/** "for the Senior Backend Engineer position", "as a Data Engineer role" */
const ROLE_THE_X_ROLE = /\b(?:[Ff]or|[Tt]he|[Oo]ur|[Aa]s (?:a|an|the)|[Aa]s)\s+\*?((?:[A-Z]|i(?=OS\b)|e(?=[A-Z])|macOS\b)(?:[^\n*.!?]|\.(?=NET\b|js\b|io\b)){1,60}?)\*?\s+(?:position|role|opening|opportunity|vacancy|requisition|req|search|job)\b/g;
/** "the position of Backend Engineer - Payments" */
const ROLE_POSITION_OF = /\b(?:position|role|job) of\s+\*?([A-Z][^\n*.!?,]{1,60}?)\*?(?=\s+(?:on|in|at|with|for|within|reporting)\s|[.,!]|$)/gm;
/** "for the position Data Platform Engineer (Kafka)." */
const ROLE_THE_POSITION_X = /\b(?:for|of) the (?:position|role|vacancy|opening)(?: of)?\s+([A-Z][^\n*!?]{1,60}?)(?=\s+(?:has|have|is|was|will|at|with|on|in)\b|[.!,;]\s|[.!,;]?$)/gm;
/** Spanish and French phrasings, whose titles put the noun first ("Desarrollador …", "Développeur full stack principal") */
const ROLE_ES = /\bpara el cargo de\s+([A-Z][^\n.:!?]{1,60})/g;
/** "la vacante de Ingeniero de Datos Senior con …", "da vaga Engenheiro(a) de Dados Sênior na Brisa Energia" */
const ROLE_ES_PT = /\b(?:(?:la |una )?vacante de|el puesto de|(?:da |a |na )?vaga(?: de)?|o cargo de)\s+(\p{Lu}[^\n.:!?]{1,60}?)(?=\s+(?:na|no|nas|em|en|con|com|para|at|in|aqui|aquí)\s|[.,;:!?]|$)/gmu;
const ROLE_FR = /\ble poste de\s+([A-ZÀ-ÖØ-Þ][^\n.:!?]{1,60}?)\s+(?:chez|au sein de|à)\s/g;
const ROLE_BODY: RegExp[] = [
  ROLE_THE_X_ROLE,
  ROLE_POSITION_OF,
  /\b(?:application|applying|applied) (?:for|to)(?: the)?\s+\*?([A-Z][^\n*.!?]{1,60}?)\*?(?:\s+(?:position|role)\b|[.!]|\s+at\b|$)/gm,
  ROLE_ES,
  ROLE_ES_PT,
  ROLE_FR,
  // "Your interviews for Software Engineer, Developer Tools at Loomwork": the title up to the company
  /\binterview(?:s|ing)? for (?:the )?([A-Z][^\n.!?:;]{1,60}?) (?:at|with) [A-Z]/g,
  // "for the position Data Platform Engineer (Kafka).": the title after the word, qualifier and all
  ROLE_THE_POSITION_X,
  // "moving forward in the process for Senior iOS Engineer at Rookery": the title up to the company
  /\b(?:process|candidacy|application|consideration) for (?:the )?([A-Z][^\n.!?:;]{1,60}?) (?:role |position )?(?:at|with) [A-Z]/g,
];

let roleUserLead: RegExp | null = null;
let roleUserTail: RegExp | null = null;
let roleCompanyAt: RegExp | null = null;
let roleCompanyLead: RegExp | null = null;
let roleCompanyTail: RegExp | null = null;
let roleUsersFor: string | null = null;
let roleCompanyFor: string | null | undefined;
/** Words for the meeting or the people in it, which a subject's segments can hold where a title would be. */
const NOT_A_ROLE = /^(?:interview|phone screen|screen|position|role|job|call|chat|meeting|conversation|hiring manager|recruiter|team lead|hiring manager (?:interview|screen|call|chat|round))$/i;

/** "REQ-0412 Senior Site Reliability Engineer", "(R-04417)", "(Req #2026-1142)": a requisition code around a title. */
const REQ_LEAD = /^(?:(?:REQ|Req|JR|R|ID)[-#]?\s?\d[\w-]*|[A-Z]{2,5}-\d{2,}[\w-]*)\s+(?=[A-Z])/;
const REQ_PAREN = /\s*\((?:Req|Requisition|Job|ID|#|Posting|Vacancy|Ref|Reference|Competition|Search|Position|Opening|Job Code|Code)\b(?=[^)]*\d)[^)]*\)\s*$|\s*\([A-Z]{1,4}-?\d[\w-]*\)\s*$|\s*\((?:Zoom|Teams|Meet|Webex|video|phone)(?: (?:details|link|call|interview|meeting))?\)\s*$/i;
/** Honorifics and academic titles before a panel name ("Associate Professor Mei-Ling Chau", "Ms. Harpreet Kaur Bhatia"). */
/** An office before a full name ("Dean Adaeze Nwosu"): not part of the name (two more words must follow, so "Dean Thomas" stays). */
export const OFFICE_BEFORE_NAME = /^(?:Dean|Provost|Chancellor|Superintendent|President|Chair|Mayor|Judge|Coach|Pastor|Rabbi|Commissioner|Councilmember|Senator)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
export const HONORIFIC = /\b(?:(?:(?:Provost|Vice Provost|Chancellor|Superintendent|President|Dean|Chair|Mayor)\s+)?(?:Dr\.?|Prof\.?)\s+(?=\p{Lu})|(?:Associate |Assistant )?Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.|Captain|Capt\.?|Rev\.|Col\.|Lt\.|Sgt\.|Ing\.|Lic\.|Licda\.|Mtr[oa]\.|Sra\.|Srta\.|Dra\.|Arq\.)\s+(?=\p{Lu})/gu;

function cleanRole(s: string, company: string | null, keepTags = false): string | null {
  let t = s.replace(/[*_"“”]/g, '').replace(/\s+/g, ' ').trim();
  if (roleUserLead && roleUserTail) t = t.replace(roleUserLead, '').replace(roleUserTail, '');
  // "(m/f/d)", "(w/m/d)", "(all genders)": a legal gender tag, not part of the title
  t = t.replace(GENDER_TAG, '');
  // "(R-04417)", "(JR-2291)": a requisition code in parentheses
  // "Senior Product Designer (Tuesday 5/19)": the day of the meeting in parentheses
  t = t.replace(/\s*\((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?\)\s*$/, (m) => (/\w/.test(m) ? '' : m));
  t = t.replace(REQ_PAREN, '').replace(/\s*[-–]\s*(?:Req|Job ID|#)\s*\S+$/i, '').replace(/\s*[-–,]\s*(?:Store|Location|Site|Branch|Unit)\s*#\s*\d+$/i, '');
  t = t.replace(/^(?:update|reminder|details|news|information|info|question|follow[- ]?up|next steps?)\s+(?:on|about|for|regarding|re|in)\s+(?:(?:your|the|our)\s+)?/i, (m) => (/^[A-Z]/.test(t.slice(m.length)) ? '' : m));
  // "Sollicitatiegesprek OT Network Engineer", "Vorstellungsgespräch – …": the word for an interview in other languages
  t = t.replace(/^(?:Sollicitatiegesprek|Vorstellungsgespräch|Entrevista(?: de trabajo)?|Entretien(?: d['’]embauche)?|Colloquio(?: di lavoro)?|Intervju|Rozmowa kwalifikacyjna)\b\s*(?:[:–—-]\s*)?(?:(?:voor|für|para|pour|per|for)\s+(?:de |die |el |la |le |il )?(?:functie |Position |posición |poste |ruolo )?(?:van |als |de |of )?)?(?=\p{Lu})/u, '');
  // "Academics, about the Data & Assessment Coordinator": the title after "about the"
  t = t.replace(/^.*?\b(?:about|regarding) the\s+(?=\p{Lu})/u, '');
  // "Thursday, May 21 – Manufacturing Engineer II": the meeting's day before the title
  t = t.replace(/^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:,?\s+\d{4})?\s*[-–—|:]\s+(?=[A-Z])/, '');
  // "REQ-0412 Senior Site Reliability Engineer", "R-11873 Actuarial Analyst": a requisition code before the title
  t = t.replace(REQ_LEAD, '');
  // "💼 Position Dispatch Operations Supervisor": a table's label before the title
  t = t.replace(/^(?:\p{Extended_Pictographic}\s*)?(?:Position|Role|Job(?: title)?|Title)\s*:?\s+(?=[A-Z])/u, '').replace(/^(?:Interview|Invitation)\s+(?!(?:Scheduled|Confirmed|Confirmation|Request|Invitation|Details|Reminder|Update|Rescheduled|For|With)\b)(?=[A-Z][a-zA-Z])/, '');
  t = t.replace(/^.*?\b(?:interview(?: schedule)?|invitation|schedule|confirmation|application|assessment|test|challenge|exercise|screen|onsite|on-site|loop|visit)(?:\s+(?:scheduled|confirmed|requested|booked))?\s+(?:for|with)\s+(?:the\s+)?/i, '');
  // "Sam Rivera <> Staff Frontend Engineer", "Technical Round 2 - Principal Data Engineer": the pair's or the round's words
  t = t.replace(/^[^<>]{2,60}\s*<>\s*(?=\p{Lu})/u, '').replace(/^(?:(?:technical|final|first|second|third|panel|hiring manager|onsite|virtual)\s+)?(?:round|stage)\s*\d{0,2}\s*[-–—:]\s+(?=\p{Lu})/iu, '');
  // "onsite interview, BIM Software Developer": the title after the meeting words
  t = t.replace(/^(?:(?:onsite|on-site|in-person|phone|video|virtual|technical|final|first|second)\s+)?interview,\s+(?=[A-Z])/i, '');
  // "Technical Interview - Senior Data Engineer", "Onsite - Principal Data Scientist": the meeting's name before the title
  t = t.replace(/^(?:(?:onsite|on-site|in-person|phone|video|virtual|technical|final|first|second|panel|hiring manager)\s+)?(?:interview|screen|round|onsite|on-site)\s*[-–—:]\s+(?=[A-Z])/i, '');
  // "(Remote)", "(Hybrid)": where the job is done, not part of its title
  // "Engineering Manager, Checkout is a Hiring Manager Interview": the title ends before its sentence's verb
  t = t.replace(/\s+(?:is|are|was|will be|has been|would be)\s+(?:a|an|the|your|our|now|still|confirmed|scheduled)\b.*$/, '');
  if (!keepTags) t = t.replace(/\s*\((?:remote|hybrid|on-?site|in-office)\)\s*$/i, '');
  // "(Remote - US Shift)", "(Hybrid, Denver)": where and when the job is done, whatever the label
  t = t.replace(/\s*\((?:remote|hybrid|on-?site|in-office)\s*[-–—,:/]\s*[^()]{1,30}\)\s*$/i, '');
  t = t.replace(/\s*\((?:\d+[- ]month\s+)?(?:contract|full[- ]time|part[- ]time|contract[- ]to[- ]hire|temp[- ]to[- ]perm|fixed[- ]term|permanent)(?:\s+role)?\)\s*$/i, '');
  t = t.replace(/\s+(?:confirmed|scheduled|booked|invitation|details|reminder|update|request)$/i, '');
  t = t.replace(/\s+(?:tomorrow|today|tonight|this (?:week|morning|afternoon)|next week|(?:this |next |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|on \d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/i, '');
  t = t.replace(/\s+(?:(?:final|first|second|third|next|technical|onsite|phone|video|virtual|in-person|intro|recruiter) )?(?:interview|phone screen|screen|call|chat|conversation|loop|onsite|round)s?$/i, '');
  // "Gameplay Engineer next steps", "Data Engineer - scheduling": the title before what the email is about
  t = t.replace(/\s+(?:[-–—:]\s+)?(?:next steps?|update|details|follow[- ]?up|scheduling|availability|invitation|confirmation|logistics)$/i, '');
  // "ERP Systems Analyst opening": the title before the word for the job
  t = t.replace(/\s+(?:opening|position|role|opportunity|vacancy|req(?:uisition)?)$/i, '');
  t = t.replace(REQ_PAREN, '');
  if (company && roleCompanyLead) t = t.replace(roleCompanyLead, '').replace(REQ_LEAD, '');
  // "DVQ Quantitative Developer", "Senior Data Consultant, Pemberton & Co": the company's name around the title
  const around = company ? companyPatterns(company) : null;
  if (around) t = t.replace(around.before, '').replace(around.after, '');
  // "Saguaro Solar Onsite: Grid Integration Engineer": the meeting's name, once the company before it is gone
  if (company) t = t.replace(/^(?:(?:onsite|on-site|in-person|phone|video|virtual|technical|final|panel)\s+)?(?:interview|screen|round|onsite|on-site)\s*[-–—:]\s+(?=[A-Z])/i, '');
  // "Revenue Cycle Analyst (Oakhurst)" of Oakhurst Children's Hospital: the company's short name after the title
  if (company) {
    const paren = /\s*\(([^()]{2,40})\)$/.exec(t);
    if (paren && (company.toLowerCase().startsWith(paren[1].toLowerCase() + ' ') || company.toLowerCase() === paren[1].toLowerCase())) t = t.slice(0, paren.index);
  }
  // "ASU Research Computing Facilitator" of Aldridge State University: the company's initials before the title
  if (company) {
    const initials = company.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && t.startsWith(initials + ' ') && /^\p{Lu}/u.test(t.slice(initials.length + 1))) t = t.slice(initials.length + 1);
  }
  // "Interview: Sam Rivera / Data Engineer": the candidate's name once the meeting words are gone
  if (roleUserLead) t = t.replace(roleUserLead, '');
  // "Engineering Manager, Payments interview (Sam Rivera)": the candidate's name in parentheses, then the meeting word
  if (roleUsersFor) for (const u of roleUsersFor.split('\n')) if (u.length > 2 && t.endsWith(`(${u})`)) t = t.slice(0, -u.length - 2).trim().replace(/\s+(?:interview|screen|call|chat)$/i, '');
  // "Gameplay Engineering team for the Senior Gameplay Engineer": the title after the last "for the"
  t = t.replace(/^.*\b(?:for|as) the\s+(?=[A-Z])/, '');
  // "QA Automation Engineer (Technical)", "Market Data Engineer (NBX)": the round, or the company's initials
  t = t.replace(/\s*\((?:(?:technical|phone|video|virtual|onsite|on-site|in-person|final|first|second|third|panel|intro|hiring manager|hm|recruiter|behavio(?:u)?ral|coding|system design|culture|round \d)(?: (?:round|screen|interview|call|chat))?|round \d+)\)\s*$/i, '');
  const initials = /\s*\(([A-Z]{2,6})\)\s*$/.exec(t);
  if (initials && company && (acronym(company) === initials[1] || company.toUpperCase() === initials[1])) t = t.slice(0, initials.index);
  if (around) t = t.replace(around.paren, '');
  // "Your Senior Frontend Engineer", "Oakhurst Capital's Quantitative Developer": whose title it is, before the title
  t = t.replace(/^(?:the|a|an|our|your|their)\s+/i, '').replace(/^\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3}['’]s\s+(?=\p{Lu})/u, '').replace(/[.,;:!]+$/, '').trim();
  if (company && roleCompanyAt) t = t.replace(roleCompanyAt, '').trim();
  // "Sam Rivera / Joaquín Ferreyra - Project Finance Associate", "Harborview CU | Sam Rivera - …": the candidate's, an
  // interviewer's or the company's name before the title
  for (let k = 0; k < 3; k++) {
    if (roleUserLead) t = t.replace(roleUserLead, '');
    const lead = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})\s+[-–—|]\s+(?=\p{Lu})/u.exec(t);
    if (!lead || !(currentPeople.has(lead[1].toLowerCase()) || (isName(lead[1], []) && !isRoleLike(lead[1]) && !TITLE_WORD.test(lead[1]) && !isEnglishWord(lead[1].split(' ')[0])))) break;
    t = t.slice(lead[0].length);
  }
  if (!t || t.length > 70) return null;
  if (NOT_A_ROLE.test(t)) return null;
  return t;
}

const acronym = (c: string): string => c.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');

interface CompanyPatterns {
  at: RegExp;
  lead: RegExp;
  tail: RegExp;
  /** "DVQ Quantitative Developer" */
  before: RegExp;
  /** "Senior Data Consultant, Pemberton & Co" */
  after: RegExp;
  /** "Senior Data Engineer (Vindhaven)" */
  paren: RegExp;
}
const companyPatternCache = new Map<string, CompanyPatterns>();
/** The patterns that strip a company name from a role, compiled once per company (keyed by the short name). */
function companyPatterns(company: string): CompanyPatterns {
  let p = companyPatternCache.get(company);
  if (!p) {
    // "Pemberton & Co. LLP": the firm's name with or without its "LLP"
    const llp = /,? LLP$/.test(company);
    const c = llp ? `${escapeRe(company.replace(/,? LLP$/, ''))}(?:,? LLP)?` : escapeRe(company);
    const bare = llp ? `${escapeRe(company.replace(/,? LLP$/, '').replace(/\.$/, ''))}(?:\.?,? LLP)?` : escapeRe(company.replace(/\.$/, ''));
    p = {
      at: new RegExp(String.raw`\s+(?:at|with|@)\s+${c}.*$`, 'i'),
      lead: new RegExp(`^${c}\\s*[-–—:|]\\s*`, 'i'),
      tail: new RegExp(String.raw`\s+(?:at|with|@|[-–—|])\s+${c}.*$`, 'i'),
      before: new RegExp(String.raw`^${bare}\.?,?\s+(?=[A-Z])`, 'i'),
      after: new RegExp(String.raw`\s*[,|–—-]\s*${bare}\.?$`, 'i'),
      paren: new RegExp(String.raw`\s*\(${bare}\.?\)$`, 'i'),
    };
    if (companyPatternCache.size >= 500) companyPatternCache.clear();
    companyPatternCache.set(company, p);
  }
  return p;
}

/** "(m/w/d)", "(w/m/d)", "(all genders)": a legal gender tag after a German or Austrian job title, not part of it. */
const GENDER_TAG = /\s*(?:\((?:[mwfdhx]\*?\s*\/\s*){1,3}[mwfdhx]\*?\)|\((?:all genders|gn\*?)\))/gi;

/** Abbreviations of titles beyond `TITLE_ABBREV`'s ("VP", "Ops"), spelled out only when the text spells them so. */
const ROLE_ABBREVIATIONS: [RegExp, string][] = [
  [/\bVP\b/, 'Vice President'], [/\bSVP\b/, 'Senior Vice President'], [/\bAVP\b/, 'Assistant Vice President'],
  [/\bOps\b/, 'Operations'], [/\bMgmt\b/, 'Management'], [/\bAsst\.?(?=\s)/, 'Assistant'], [/\bDir\.?(?=\s|$)/, 'Director'],
];

/** "VP, Data Governance" in the subject, "the Vice President, Data Governance role" in the text: the title spelled out
 * as the text writes it. */
function spelledOut(role: string, input: RoleInput): string {
  const full = ROLE_ABBREVIATIONS.reduce((t, [re, word]) => t.replace(re, word), unabbreviated(role));
  if (full === role) return role;
  const text = `${input.body}\n${input.quoted}`.slice(0, 60_000);
  return text.includes(full) ? full : role;
}

export function readRole(input: RoleInput): string | null {
  const written = readRoleAsWritten(input);
  const role = written ? spelledOut(written, input) : written;
  return role;
}

/** The role: labelled lines, ATS subject layouts, prose ("for the X position"), or a job-title phrase. */
function readRoleAsWritten(input: RoleInput): string | null {
  const { company } = input;
  // the same user and company come back message after message: rebuild these patterns only when they change
  const userKey = input.userNames.join('\n');
  if (userKey !== roleUsersFor) {
    roleUsersFor = userKey;
    const users = input.userNames.filter((u) => u.length > 2).sort((a, b) => b.length - a.length).map(escapeRe);
    roleUserLead = users.length ? cachedRe(`^(?:${users.join('|')})\\s*[-–—:|,/]\\s*`, 'i') : null;
    roleUserTail = users.length ? cachedRe(`\\s*[-–—:|,]\\s*(?:${users.join('|')})$`, 'i') : null;
  }
  if (company !== roleCompanyFor) {
    roleCompanyFor = company;
    const pats = company ? companyPatterns(company) : null;
    roleCompanyAt = pats?.at ?? null;
    roleCompanyLead = pats?.lead ?? null;
    roleCompanyTail = pats?.tail ?? null;
  }
  const qa = /^[^\n]{0,80}\b(?:role|position|job|opening)\b[^\n]{0,60}\?\s*\n\s*([^\n]{2,70})$/im.exec(input.body);
  if (qa) {
    const r = cleanRole(qa[1], company);
    if (r && isRoleLike(r) && !RECRUITING_TITLE.test(r)) return r;
  }
  const lab = ROLE_LABEL.exec(input.body);
  if (lab) {
    const r = cleanRole(lab[1], company, true);
    if (r && (isRoleLike(r) || r.split(' ').length <= 5)) return r;
  }
  const titled = roleInTitle(input.subject, input) ?? (input.ics?.summary ? roleInTitle(input.ics.summary, input) : null);
  if (titled) return titled;
  const texts = [input.body, input.ics?.summary ?? '', input.ics?.description ?? '', input.quoted, input.note ?? ''];
  for (const t of texts) {
    for (const re of ROLE_BODY) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      // a Spanish or French title ("Développeur full stack principal") puts its noun first: the phrase itself is the evidence
      const foreign = re === ROLE_ES || re === ROLE_ES_PT || re === ROLE_FR;
      while ((m = re.exec(t)) && n++ < 20) {
        const r = cleanRole(m[1], company);
        if (r && (isRoleLike(r) || (foreign && r.split(/\s+/).length <= 6)) && !RECRUITING_TITLE.test(r)) return r;
      }
    }
  }
  // a job-title phrase in prose, not a signature title or an interviewer's title in parentheses
  for (const t of texts) {
    const lines = t.split('\n');
    for (let i = 0; i < lines.length && i < 400; i++) {
      const line = lines[i];
      if (/\|/.test(line) || /^\s*[A-Z][\w ,&-]{0,60}$/.test(line) && i > 0 && (/^[A-Z][a-z]+ [A-Z][a-z]+\s*$/.test(lines[i - 1] ?? '') || NAME_EXACT.test((lines[i - 1] ?? '').trim()))) continue;
      // "Backend Engineer, Payments" as a heading line of its own: the whole title
      const whole = line.trim().replace(/^\*+|\*+$/g, '');
      const person = NAME_RE.exec(whole);
      if (whole.length <= 70 && /^[A-Z]/.test(whole) && whole.includes(',') && isRoleLike(whole) && !RECRUITING_TITLE.test(whole) && !TITLE_LEAD.test(whole) && !/\b(?:meet(?:ing)?|with|speak(?:ing)?|interview(?:ing)?)\b/i.test(whole.split(',')[0]) && i > 0 && !(person && isName(person[1].trim(), []) && /^\s*,/.test(whole.slice(person[0].length)))) {
        const r = cleanRole(whole, company);
        if (r && isRoleLike(r)) return r;
      }
      ROLE_PHRASE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ROLE_PHRASE.exec(line))) {
        const before = line.slice(0, m.index);
        if (/\(\s*$/.test(before) || /,\s*$/.test(before)) continue;
        const r = cleanRole(m[1].replace(/^(?:(?:Hi|Dear|Hello|Our|The|Your|A|An|As|For|With|And)\s+)+/, ''), company);
        if (r && isRoleLike(r) && r.split(' ').length >= 2 && !RECRUITING_TITLE.test(r) && !/^(?:Senior|Hiring|Head|Director|Manager)$/.test(r)) return r;
      }
    }
  }
  return null;
}

/** A role in a title: the subject's or the calendar event's ("Verdant Bio | Sam Rivera - Bioinformatics Scientist"). */
function roleInTitle(title: string, input: RoleInput): string | null {
  const { company } = input;
  // Google Calendar subjects end in "@ Thu Aug 20, 2026 9am - 12pm (MDT) (guest@…)": the event's title is before it
  const subj = title.replace(/^\s*(?:(?:re|fwd?|fw|aw|tr|rv)\s*:\s*)+/i, '').replace(/\s+@\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|Weekly|Daily|Every)\b.*$/, '').trim();
  // "Interview Confirmation: ROLE at COMPANY", "Interview Invitation - ROLE (Req …)"
  const conf = /^(?:interview|phone screen|onsite|invitation|interview (?:confirmation|invitation|request|scheduled|details|reminder|update|rescheduled)|confirmed|updated invitation)[^:\-–—]*[:\-–—]\s*(.+)$/i.exec(subj);
  const cand: string[] = [];
  if (conf) {
    let rest = conf[1];
    if (company && roleCompanyTail) rest = rest.replace(roleCompanyTail, '');
    cand.push(rest);
  }
  // segments of the subject and parentheses
  const paren = /\(([^()]{3,60})\)/g;
  let pm: RegExpExecArray | null;
  while ((pm = paren.exec(subj))) cand.push(pm[1]);
  for (const seg of subj.split(/\s+[-–—|]\s+|\s*\|\s*|:\s+|\s*\/\s*/)) {
    if (ROLE_QUALIFIER.test(seg.replace(/\s+(?:interview|screen|call|chat)s?$/i, ''))) cand.push(seg);
    cand.push(seg.replace(/\([^)]*\)/g, ''));
  }
  for (const c of cand) {
    const r = cleanRole(c.replace(/\s+(?:at|with)\s+[A-Z][\w&' ]+$/, ''), company);
    if (r && isRoleLike(r) && !RECRUITING_TITLE.test(r)) return fullerInBody(r, input.body, company);
    // "Robotics Software Engineer - Perception": a specialty after the dash is part of the title
    const spec = r ? /^(.+?)\s[-–—]\s([A-Z][\w&/+#-]*(?:\s[A-Z&][\w&/+#-]*){0,2})$/.exec(r) : null;
    if (spec && isRoleLike(spec[1]) && !RECRUITING_TITLE.test(spec[1]) && isSpecialty(spec[2], company, input.body)) return r!;
    // "Sam Rivera - ROLE" inside the segment
    const inner = r ? /(?:^|\s[-–—]\s)([A-Z][^-–—]+)$/.exec(r) : null;
    if (inner && isRoleLike(inner[1].trim()) && !RECRUITING_TITLE.test(inner[1]) && !NOT_A_ROLE.test(inner[1].trim())) return inner[1].trim();
  }
  return null;
}

/**
 * The subject's "SRE" or "Backend Engineer" when the text says "for the Site Reliability Engineer (Remote) position" or
 * "the position of Backend Engineer - Payments": the text's fuller title, as the company writes it there.
 */
/** "Sr. Financial Systems Analyst" and "Senior Financial Systems Analyst": the same title, abbreviated. */
const TITLE_ABBREV: [RegExp, string][] = [[/\bSr\.?(?=\s)/g, 'Senior'], [/\bJr\.?(?=\s)/g, 'Junior'], [/\bMgr\.?(?=\s|$)/g, 'Manager'], [/\bEng\.?(?=\s|$)/g, 'Engineer'], [/\bAssoc\.?(?=\s)/g, 'Associate']];
const unabbreviated = (s: string): string => TITLE_ABBREV.reduce((t, [re, full]) => t.replace(re, full), s);

/** What follows a title for its team: " - Payments", " – Data Platform". */
const TEAM_AFTER_TITLE = /^\s+[-–—]\s+\p{Lu}[\p{L}&/ ]{2,30}$/u;

function fullerInBody(r: string, body: string, company: string | null): string {
  const lower = unabbreviated(r).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  for (const re of [ROLE_THE_X_ROLE, ROLE_POSITION_OF, ROLE_THE_POSITION_X]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(body)) && n++ < 10) {
      const b = cleanRole(m[1], company, true);
      // "Backend Engineer - Payments" in the text for the subject's "Backend Engineer": the title with its team
      if (b && b.startsWith(r) && TEAM_AFTER_TITLE.test(b.slice(r.length))) return b;
      if (!b || b === r || b.length > 70 || !isRoleLike(b.replace(/\s*\([^)]*\)$/, '')) || RECRUITING_TITLE.test(b)) continue;
      const bl = b.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      // "Senior SRE" for "Senior Site Reliability Engineer": an acronym among the words, spelled out in the text
      if (spellsOut(r, b)) return b;
      if ((bl.startsWith(lower + ' ') && bl.length > lower.length) || bl === lower) return b;
    }
  }
  return r;
}

/** "Senior SRE" spelled out as "Senior Site Reliability Engineer": the same words, each acronym as its initials. */
function spellsOut(short: string, full: string): boolean {
  const rw = short.split(/\s+/);
  if (!rw.some((w) => /^[A-Z]{2,5}$/.test(w))) return false;
  const bw = full.replace(/\s*\([^)]*\)$/, '').split(/\s+/);
  let k = 0;
  for (const w of rw) {
    if (/^[A-Z]{2,5}$/.test(w)) {
      const part = bw.slice(k, k + w.length);
      if (part.length !== w.length || part.map((x) => x[0].toUpperCase()).join('') !== w) return false;
      k += w.length;
    } else if ((bw[k] ?? '').toLowerCase() === w.toLowerCase()) k++;
    else return false;
  }
  return k === bw.length;
}

/** Titles of people, not jobs on offer: "Head of …", "Director, …", "VP …". */
const TITLE_LEAD = /^(?:Head|Director|VP|Vice President|Chief|Manager|Lead)\b/;

/** A qualifier after a role's dash that names a specialty, not a company, place, person, date or the meeting. */
function isSpecialty(q: string, company: string | null, body: string): boolean {
  const t = q.trim();
  if (/\d/.test(t) || isPlace(t) || isRoleLike(t)) return false;
  if (company && (t.toLowerCase().includes(company.toLowerCase()) || company.toLowerCase().includes(t.toLowerCase()))) return false;
  if (/\b(?:interview|screen|screening|call|chat|onsite|on-site|round|panel|intro|introduction|technical|final|loop|meeting|conversation|session|assessment|confirmed|confirmation|invitation|update|updated|reminder|cancel\w*|reschedul\w*|remote|hybrid|next steps?|follow[- ]?up|availability|schedul\w*|debrief|offer|application|team|inc|llc|ltd|corp|group|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/i.test(t)) return false;
  if (currentUserRe?.test(t)) return false;
  // a person's name: two capitalised words the text uses as someone ("Dana Whitfield <…>", "with Dana Whitfield")
  if (/^[A-Z][a-z'’-]+ [A-Z][a-z'’-]+$/.test(t) && new RegExp(String.raw`(?:\bwith |\bby |^)${escapeRe(t)}\b|${escapeRe(t)}\s*(?:<|,|\n)`, 'm').test(body)) return false;
  return true;
}

export interface Named {
  name: string | null;
  email: string | null;
}

/** A person's name: two to four capitalised words (each one greedy run holding a lower-case letter, so that a failed
 * match of a list of names cannot backtrack through every way of splitting the words), particles allowed. */
const NAME = String.raw`[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ'’-]*[a-zß-öø-ÿĀ-ɏḀ-ỿ])[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ'’-]*(?:[ \t](?:St\.[ \t]|Ste\.[ \t]|van der[ \t]|van den[ \t]|van de[ \t]|Van der[ \t]|Van den[ \t]|Ó[ \t]|Ní[ \t]|Nic[ \t]|Mac[ \t]|Ua[ \t]|Lo[ \t]|Della[ \t]|De[ \t]|Di[ \t]|Da[ \t]|Del[ \t]|Van[ \t]|Von[ \t]|Le[ \t]|Du[ \t]|de la[ \t]|de los[ \t]|dos[ \t]|das[ \t]|do[ \t]|de[ \t]|van[ \t]|von[ \t]|da[ \t]|del[ \t]|der[ \t]|di[ \t]|du[ \t]|le[ \t]|ter[ \t]|ten[ \t]|ap[ \t]|ab[ \t]|bin[ \t]|binti[ \t]|binte[ \t]|bint[ \t]|ibn[ \t]|al-|el-)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ'’-]*[a-zß-öø-ÿĀ-ɏḀ-ỿ])[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ'’-]*){1,3}`;
const NAME_RE = new RegExp(`^(${NAME})`);
export const NAME_EXACT = new RegExp(`^${NAME}$`);
const HOST_LINE = new RegExp(String.raw`^[ \t]*(?:Host|Hosted by|Organi[sz]er)[ \t]*:?[ \t]*\n?[ \t]*(${NAME})[ \t]*(?:,[ \t]*|\([ \t]*)([^()\n,]{2,60}?)\)?[ \t]*$`, 'm');
export const FULL_NAME = new RegExp(NAME, 'g');
const NAME_TAIL = new RegExp(String.raw`(${NAME})(?:\s*\([^)]*\))?\s*$`);
const SUBJECT_WITH = new RegExp(String.raw`\bwith\s+(${NAME})(?:\s+(?:on|at|@)\b|\s*$)`);
const CALENDLY_HOST = new RegExp(String.raw`(${NAME}) will call you`);
const NOT_NAME_WORD = /^(?:Directora|Director|Gerente|Jefe|Jefa|Coordinadora|Coordinador|Analista|Ingeniera|Ingeniero|Diretor|Diretora|Responsable|Leiter|Leiterin|Provost|Chancellor|Superintendent|Interviewer|Interviewers|Panelist|Panelists|Host|Attendee|Unfortunately|Fortunately|Sadly|Happily|Hopefully|Luckily|Thankfully|Apologies|Sorry|However|Meanwhile|Also|Instead|Otherwise|Actually|Again|Congratulations|Congrats|The|Our|Your|Team|Senior|Staff|Principal|Lead|Head|Manager|Director|Engineer|Interview|Technical|Hiring|Coding|Product|Platform|Systems?|Lunch|Break|Panel|Google|Zoom|Meet|Microsoft|Teams|Webex|Calendar|Join|Meeting|Location|Date|Time|Office|Suite|Floor|Street|Avenue|Room|Building|Conversation|Session|Round|Screen|Phone|Video|Onsite|Call|Chat|Sam|Hi|Hello|Dear|Thanks|Best|Regards|Recruiting|Talent|Acquisition|Coordinator|Recruiter|Vice|President|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Eastern|Central|Pacific|Mountain|Time|Standard|Daylight|Please|Add|View|More|Reply|Yes|No|Maybe|Organizer|Guests|Guest|Invitation|Hosted|Founder|Founders|CEO|CTO|VP|Analytics|Engineering|Data|Design|Sales|Marketing|Operations|Finance|Leadership|Strategy|Partnership|Sense|Culture|Values|Behavioral|Architecture|Enterprise|System|Design|Whiteboard|Case|Study|Critique|Presentation|Welcome|Tour|Wrap|Debrief|Informal|Final|First|Second|Third|Deep|Dive|Pair|Programming|Take|Home|Review|Software|Backend|Frontend|Machine|Learning|Cloud|Solutions|Network|Reliability|Security|Infrastructure|Mobile|Web|Full|Stack|Applied|Research|People|Human|Resources|Intro|Introductory|Assessment|Exercise|Discussion|Q&A|Overview|Portfolio|Values|Fit|Bar|Raiser|Skills|Deep-dive|Half|Day|Loop|Virtual|Remote|Act|Disabilities|Americans|Department|Services|Resources|Center|Centre|County|University|College|School|Hospital|Store|Support|Accommodations?|Policy|Privacy|Terms|Benefits|Opportunity|Employer|Coffee|Cafe|Café|Bakery|Restaurant|Hotel|Lounge|Kitchen|Brewing|Roasters|Tavern|Bistro|Grill|Plaza|Tower|Lobby)$/;

const TITLE_NOT_NAME = /^(?:Chief|Associate|Assistant|Deputy)\s|\s(?:Engineer|Developer|Analyst|Architect|Designer|Scientist|Director|Specialist|Consultant|Administrator|Coordinator|Officer|Actuary|Recruiter|Counsel|Underwriter|Accountant|Researcher|Strategist|Technician|Superintendent|Supervisor|Foreman|Inspector|Technologist|Pharmacist|Nurse|Physician|Surgeon|Clinician|Therapist|Counse(?:l)?lor|Planner|Estimator|Auditor|Controller|Paralegal|Attorney|Solicitor|Librarian|Epidemiologist|Informaticist|Statistician|Economist|Editor|Producer|Partner|Advis[eo]r|Manager|Lead|Fellow|Professor|Lecturer|Principal|Owner|Buyer|Merchandiser|Chef|Chancellor|Vice-Chancellor|Provost|Dean|Registrar|Chair|Chairperson|Secretary|Treasurer|Commissioner|Educator|Instructor|Trainer|Navigator|Liaison|Representative|Dietitian|Pathologist|Radiologist|Therapist)$/;
const ORG_LAST_WORD = /^(?:Offices?|Building|Campus|Cent(?:er|re)|HQ|Plaza|Tower|Therapeutics|Labs|Technologies|Systems|Health|Healthcare|Bank|Capital|Group|Partners|Analytics|Robotics|Software|Solutions|Inc\.?|LLC|Ltd\.?|Holdings|Energy|Insurance|Financial|Pharma|Pharmaceuticals|Biotech|Logistics|Foods|Media|Studios|Ventures|Consulting|Corporation|Corp\.?|Company|Co\.|Industries|Networks|Security|Payments|Fintech|Aerospace|Motors|Mutual|Credit|Union|University|College|Hospital|Clinic|Institute|Foundation)$/;
export function isName(s: string, userNames: string[]): boolean {
  const words = s.trim().split(/\s+/);
  // ("Juan Carlos de la Cruz": the particles are no more words of the name)
  const named = words.filter((w) => !/^(?:de|la|los|las|del|da|das|do|dos|di|du|van|von|der|den|le|ter|ten|ap|ab|bin|binti|bint|ibn)$/.test(w)).length;
  if (named < 2 || named > 4 || words.length > 6) return false;
  // …after given names only, the particles last but one ("Collaboration Joost van der Meulen" is a session's row)
  if (words.length > 4 && !/^(?:\p{Lu}[\p{Ll}'’-]+ ){1,2}(?:[a-z]+ ){1,3}\p{Lu}[\p{L}'’-]+$/u.test(s.trim().replace(/\s+/g, ' '))) return false;
  if (words.length > 4 && words.slice(0, 2).some((w) => /^\p{Lu}/u.test(w) && isEnglishWord(w.toLowerCase()))) return false;
  // "Information Technology", "Finance & Accounting": a business function
  if (isDepartment(s)) return false;
  // "Joliet Plant": a site
  if (/^(?:Plant|Campus|Warehouse|Facility|Site|Mill|Yard|Depot|Building|Hall|Office|Headquarters|Branch|Terminal|Store|Drive|Road|Lane|Boulevard|Blvd|Parkway|Highway|Crescent|Terrace)$/.test(words[words.length - 1])) return false;
  if (words.some((w) => NOT_NAME_WORD.test(w.replace(/[,.]$/, '')))) return false;
  // "Den Teams-Link", "Research Computing staff": a meeting's link or a group of people, not a person
  if (words.some((w) => /^(?:Teams|Zoom|Webex|Meet|Google|Microsoft)-|-(?:Link|Meeting|Call|Einladung)$|^(?:staff|faculty|students|employees|members|team|teams|colleagues)$/i.test(w))) return false;
  // "Chief Actuary", "Associate Counsel": a title, not a person
  if (TITLE_NOT_NAME.test(s)) return false;
  // "Pellucid Therapeutics", "Kestrel Labs": a company, not a person
  if (ORG_LAST_WORD.test(words[words.length - 1])) return false;
  // "Incident Scenario Walkthrough": an agenda's session
  if (AGENDA_SESSION.test(s)) return false;
  if (userNames.some((u) => u && s.toLowerCase() === u.toLowerCase())) return false;
  return true;
}

/** Names in a list like "A, Title; B and C y D" — leading name of each item. */
function namesInList(s: string, userNames: string[]): string[] {
  const out: string[] = [];
  // titles in parentheses ("Harlan Brooks (Director, Actuarial Technology)") are not more names
  // "and", Spanish "y" and "e" join names only as words between spaces ("Renée" ends in an "e" too)
  for (const item of s.replace(/\([^)]*\)/g, ' ').split(/\s*(?:;|\n|&|\/)\s*|\s+(?:and|y|e|et|und|og|och|en|[·•|])\s+/)) {
    // "Hannelore Vik, Principal Engineer, Payments Infrastructure": after a title, the rest is the title's
    // "Curtis Whitehorse - Field Operations Supervisor": the title after a dash is not the name's
    // "a panel of three: Dr. Renée Castillo-Whitaker, …", "; and Keisha Abernathy, …": the words before a list's first name
    const bare = item.replace(/^[^:]{0,60}:\s+(?=\S)/, '').replace(/^(?:and|&)\s+/i, '');
    for (const part of bare.replace(/\s+[-–—]\s+.*$/, '').split(/\s*,\s*/)) {
      if (TITLE_WORD.test(part)) break;
      // "me first, and then with Dmitri Volkov": the joining words before a name
      const m = NAME_RE.exec(part.trim().replace(/^(?:(?:and\s+)?then\s+(?:with\s+)?|with\s+)/i, '').replace(HONORIFIC, ''));
      if (m && isName(m[1], userNames)) out.push(m[1].trim());
    }
  }
  return out;
}
/** A team after a name ("Ahmad Farouk, Yield Engineering"): the person's department, not another person. */
const DEPT_WORD = /\b(?:Engineering|Operations|Design|Data|Sales|Marketing|Finance|Product|Research|Platform|Infrastructure|Security|Analytics|Integration|Quality|Manufacturing|Technology|Team|Group|Department|Development|Science)$/;
const TITLE_WORD = new RegExp(String.raw`\b(?:${JOB_NOUN}|Principal|Senior|Staff|Chief|VP|CEO|CTO|COO|CFO|President|Founder|Co-founder|Partner)\b`);

export interface InterviewerInput {
  company: string | null;
  body: string;
  quoted: string;
  subject: string;
  from: Person | null;
  ics: IcsEvent | null;
  sessionLines: string[];
  userNames: string[];
  userEmails: string[];
  known: Person[];
  update: boolean;
  /** the original is a forwarded meeting (Outlook's "When:" header) */
  meeting: boolean;
  /** the people the original was sent to (a meeting's attendees) */
  attendees: Person[];
}

const LABELLED = /^\s*(?:[-•·]\s+)?\*?(?:Interviewer(?:\(s\)|s)?(?=\s*:|\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ]|[ \t]*\n[ \t]*[•*·-][ \t]*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])|Interview(?:ing)? (?:Team|Panel)|(?:Search|Interview|Selection|Hiring) (?:[Cc]ommittee|[Pp]anel)(?=[ \t]*:|[ \t]*\n)|Who(?=[ \t]*\n[ \t]*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+ [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])|Staff(?=[ \t]*:|[ \t]*\n[ \t]*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+ [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])|(?:(?:Oral|Interview|Selection|Hiring|Search) (?:[Bb]oard )?|Oral )?[Pp]anel(?:ists)?(?=\s*:)|Panel(?:ists)?|Panel members|(?:(?:Search|Interview|Selection|Hiring) )?[Cc]ommittee [Mm]embers(?=[ \t]*:)|(?:The |Your )?(?:interview )?panel (?:will )?(?:comprise|consist of|include|includes|is|be)|(?:The |Your )?(?:search |interview |hiring |selection )?committee members(?: joining(?: you)?)? (?:will be|are)|Participants|(?:Your |The )?[Ii]nterviewers? (?:will be|are|is)(?=\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])|Who you(?:(?:'|’)ll| will) (?:meet|be meeting)|You(?:(?:'|’)ll| will) meet(?: with)?|You(?:(?:'|’)ll| will) be meeting(?: with)?|You(?:(?:'|’)re| are) (?:scheduled|set|booked) to meet(?: with)?|Entrevistador(?:es|as?)?|Gesprächspartner(?:in|innen)?|Intervieweu(?:rs?|ses?)|Interviewer\(s\)|You(?:(?:'|’)ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)?) with|Meeting with|Speaking with|Interviewing with|With|Hosts?|Attendees|Interviewing(?=\s*:)|(?:(?:Cancel(?:l)?ed|Rescheduled|Moved|Updated|Scheduled|Your|Interview) )?[Ss]essions(?=\s*:)|Ask for(?=\s*:)|Who(?=[ \t]*:|[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]))\*?\s*:?\s*(.*)$/gim;
const INLINE_LABEL = /(?:[.;!]\s+)(?:Interviewers?|Panel(?:ists)?|Interview(?:ing)? panel|Your interviewers(?: will be| are)?|You(?:'|’)?(?:ll| will) (?:be )?meet(?:ing)?(?: with)?(?=\s*:))[ \t]*:?[ \t]*((?:\b(?:Prof|Dr|Mr|Mrs|Ms|Mx)\.\s|[^.\n(]|\([^)\n]*\))*)/g;
const PAST_WITH = new RegExp(String.raw`\b(?:following|since|thanks for|thank you for|enjoyed|further to)\s+(?:your|our|the|my)\s+(?:[\w-]+\s+){0,2}(?:call|chat|conversation|screen|interview|meeting|discussion)s?\s+with\s+(?:${NAME})|\bwith\s+(?:${NAME})\s+(?:last (?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday)|yesterday|earlier (?:this|today))\b`, 'g');
/** After a name in a list: the person's team ("from our data team"), then a title in parentheses or a clause about the
 * person (", who runs customer success"). */
const ASIDE = String.raw`(?:\s+(?:from|on|of) (?:our|the|my|their) [\w&-]+(?: [\w&-]+){0,3}? (?:team|group|side|office|org)\b)?(?:\s*\([^)]{0,80}\)|,\s+who\s+[^,.;\n()]{2,120}(?=,))?`;
const PROSE_WITH = new RegExp(String.raw`(?:\b(?:[Ii]nterview(?:s|ing)?|[Mm]eet(?:ing)?|speak(?:ing)?|talk(?:ing)?|[Cc]hat(?:ting)?|[Cc]all|[Cc]onversation|[Ss]ession|[Pp]anel|screen|sync|join(?:ed)?|coffee|loop|round|1:1|role|position|discussion|review|walkthrough|walk-through|exercise|pairing|deep dive|onsite|on-site|visit|finish|end|wrap up|close out|kick off)|(?<=\d\s?)(?:[ap]\.m\.|[ap]m|[AP]M)(?!\w))(?:\s+(?:this|next|on)\s+[A-Z]\w+|\s+(?:tomorrow|today))?(?:\s*\([^)]{0,60}\))?\s+with\s+(?:(?:me|myself|us)(?:\s*\([^)]{0,80}\))?\s*(?:,(?:\s*(?:and|&))?|and|&)\s*)?((?:${NAME}|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]+)${ASIDE}(?:\s*(?:,(?:\s*(?:and|&))?|and|&|y)\s*(?:then\s+)?(?:${NAME}|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]+)${ASIDE}){0,5})`, 'g');
const PROSE_WILL = new RegExp(String.raw`((?:${NAME})(?:\s*\([^)]{0,80}\))?(?:\s*(?:,(?:\s*(?:and|&))?|and|&)\s*(?:${NAME})(?:\s*\([^)]{0,80}\))?){0,4})(?:(?<=\))\s*,)?\s+(?:(?:from|on|of)\s+[\w ,&-]{2,60}?\s+)?(?:will|would|is going to|are going to|'ll)\s+(?:(?:like|love) to (?:invite you|meet|interview|speak|talk|chat)|(?:\w+\s+)?(?:join|interview|meet|talk|speak|call|lead|run|host|cover|be on (?:the )?(?:line|call|panel)|take you|take [\w'’]+ place|(?:sit|step|fill) in for|replace|walk you|go over|ask you|chat|present|pair|sit (?:in|on)|hop on|jump on|pop in|be (?:interviewing|joining|meeting|speaking)))`, 'g');
/** "Ngozi Okafor-Reyes, Oakhurst's Corporate Controller, will call you directly": the name before its title. */
const APPOS_WILL = new RegExp(String.raw`(${NAME}),\s+[^,.\n]{2,120},\s+(?:will|['’]ll|is going to|would like to)\s+(?:\w+\s+)?(?:call|interview|meet|talk|speak|lead|run|host|join|take|step in|cover|sit in|sit on (?:the )?panel|hop on|jump on|pop in|drop in|kick (?:things )?off|close (?:things |it )?out|wrap (?:things |it )?up|round (?:things |it )?out|finish|start|be (?:interviewing|calling|joining|meeting|speaking|there|on the (?:call|line|panel|Zoom|Teams|video)))`, 'g');
const PROSE_MEET = new RegExp(String.raw`\b(?:[Yy]ou(?:'ll| will)|[Yy]ou(?:'re| are)|[Cc]ome(?: and| in and| in to)?|will|to(?=\s+(?:also\s+)?(?:meet|be meeting|speak|be speaking|talk|be interviewed|interview))|present(?:ing)?(?:\s+[\w-]+){0,4}\s+to|panel (?:is|will be|includes)|panelists are|interviewers are|(?:I|[Ww]e)(?:['’]ll| will) (?:also )?be joined by)\s+(?:also\s+)?(?:meet(?:ing)?|be meeting|speak(?:ing)? with|be speaking with|talk(?:ing)? (?:with|to)|be interviewed by|interview with)?\s*((?:(?:Dr\.\s+)?${NAME})${ASIDE}(?:\s*(?:,(?:\s*(?:and|&))?|and|&)\s*(?:(?:Dr\.\s+)?${NAME})${ASIDE}){0,4})`, 'g');
/** "…will sit on the panel in place of Marcus, alongside Helen Oduya": the other person on it. */
const ALONGSIDE = new RegExp(String.raw`\b(?:panel|interview|call|conversation|session|join|joining|meet|meeting|sit|sitting)\b[^.\n]{0,100}?\b(?:alongside|together with|along with)\s+((?:${NAME})${ASIDE}(?:\s*(?:,(?:\s*(?:and|&))?|and|&)\s*(?:${NAME})${ASIDE}){0,3})`, 'g');
/** "I'll have Olusegun Bakare from our implementation team and Mirela Popescu, who runs customer success, join me". */
const HAVE_JOIN = new RegExp(String.raw`\b(?:I|[Ww]e)(?:['’]ll| will| would like to| want to|['’]d like to|['’]ve| have)? (?:also )?(?:have|bring in|ask|asked|invited)\s+((?:${NAME})(?:\s+(?:from|on|of) (?:our|the|my) [\w &-]{2,40}?)?${ASIDE}(?:\s*(?:,(?:\s*(?:and|&))?|and|&)\s*(?:${NAME})(?:\s+(?:from|on|of) (?:our|the|my) [\w &-]{2,40}?)?${ASIDE}){0,3}),?\s+(?:to )?(?:join (?:me|us|the call|the interview|for)|jump on|hop on|sit in|dial in|pop in)\b`, 'g');
const WITH_TITLE = new RegExp(String.raw`\b(?:with|joined by) (?:our|my|the|their|its) [A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ &,-]{2,60}?,\s+(${NAME})`, 'g');
const COLLEAGUE = new RegExp(String.raw`\b(?:my|our) (?:colleague|teammate|co-founder|cofounder|manager|team lead)s?,?\s+(${NAME})`, 'g');
/** "one of the senior engineers on his team, Sofia Marin", "and our design lead, Priya Nair": a second appositive after a name already met. */
const CHAINED_APPOS = new RegExp(String.raw`(${NAME}),?\s+(?:and|as well as|along with)\s+(?:one of (?:the|our|my) [a-z][a-z &-]{1,60}?(?: (?:on|in|from) (?:his|her|their|the|our|my) (?:team|group|org))?|(?:our|my|the) [a-z][a-z &-]{1,60}?),\s+(${NAME})`, 'g');
/** "our VP of Engineering, Priya Natarajan, together with Tomás Ibarra-Vega from the Data Platform team": the next name in the same meeting. */
const TOGETHER = new RegExp(String.raw`(${NAME}),?\s+(?:together with|along with|as well as|joined by|and also)\s+(?:(?:our|my|the) [a-z][a-z &-]{1,60}?,?\s+)?(${NAME})`, 'g');
/** "Ingrid (our CTO, cc'd) and I would love to chat": a colleague named by first name next to the sender. */
/** "Wren Abernathy-Kaur, our IT Director, and Jorge Ortiz Echeverría, Network Manager": the next name after an appositive. */
const APPOS_AND = new RegExp(String.raw`(${NAME}),\s+(?:(?:our|my|the|a|an|one of|who)\b[^,.;\n]{1,60}|[A-Z][^,.;\n]{1,60}),\s+(?:and|&)\s+(${NAME})`, 'g');
const WITH_FIRSTS = /\b(?:with|walk|meet|meeting|joined by)\s+([A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+(?:,\s*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)*,?\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)(?![\p{L}'’-]|\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])/gu;
/** "Ilse, Marcus, Tomiko and Beatriz were all looking forward to meeting you": first names, each of someone named in full. */
const FIRST_LIST = /\b([A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+(?:,\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)*,?\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)\s+(?:were (?:all )?(?:really )?looking forward|are|will|would|'ll|can|look|both|all (?:look|will|are))\b/g;
/** "with me and Mei-Ling Quah", "It will be me and Ingrid Sølvberg": the sender and a colleague. */
/** "It'll be Hana Novák (Senior Robotics Engineer) and me": a colleague, then the sender (not "let Hana and me know") */
const AND_ME = new RegExp(String.raw`(${NAME})(?:\s*\([^)]{0,80}\))?,?\s+(?:and|&)\s+(?:me|myself)\b(?!\s+(?:know|a\b|an\b|word|your|the|some|any))`);
const ME_AND = new RegExp(String.raw`\b(?:me|myself)(?:\s*\([^)]{0,80}\))?,?\s+(?:and|&)\s+(?:with\s+)?(?:(?:our|my) [A-Za-z][\w &/-]{1,40}?,\s+)?(${NAME})`, 'g');
/** "I've let Yusuf Al-Amin and the rest of the panel know": in a cancellation, someone on the panel. */
const LET_KNOW = new RegExp(String.raw`\b(?:let|told|informed|notified|updated)\s+(${NAME})(?:,?\s+(?:and|&)\s+(${NAME}))?\s+(?:and the (?:rest of the )?(?:panel|team|interviewers)\s+)?know\b`, 'g');
/** "I'm pulling in Aurelio (cc'd)", "I've also invited Dana Whitfield": someone the sender brings to the meeting. */
const PULLING_IN = new RegExp(String.raw`\b(?:pulling in|bringing in|bring in|looping in|loop in|inviting|I(?:'ve| have) (?:also )?invited|I(?:'ll| will) (?:also )?(?:invite|bring|add|loop in|pull in)|adding)\s+(?:my colleague\s+|our [a-z][a-z -]{1,40}?,?\s+)?(${NAME}|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)`, 'g');
/** "Inês is out sick on Monday", "Henrik is travelling that week": someone the interview waits for. */
const OUT_FOR = new RegExp(String.raw`\b(${NAME}|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)\s+(?:(?:just|suddenly|unexpectedly|now|also)\s+)?(?:(?:is|was|'s|will be|has been)\s+(?:out|away|sick|ill|travel(?:l)?ing|unavailable|off|on leave|on vacation|stuck|at a|at an|attending|in (?:a|an) (?:offsite|conference|workshop))|(?:is|'s) flying|won['’]t (?:land|make it|be back)|can['’]t make (?:it|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the new time|that time|the call)|is (?:unable|not able) to (?:attend|join|make it)|can no longer (?:attend|join|make it)|has had (?:a|an) (?:\w+ ){0,3}(?:emergency|conflict|clash)|has (?:a|an) (?:\w+ ){0,3}(?:emergency|clash)|(?:has been|got|was|'s been) (?:pulled|called|dragged) (?:into|in to|to|away)|(?:has|had) to (?:fly|travel|be (?:in|at|away|out)|attend|go to)|needs to (?:fly|travel|be (?:in|at|away))|(?:has|had) (?:a|an) (?:[\w-]+ ){0,3}(?:meeting|review|offsite|trip) (?:that|which))\b`, 'g');
const OUT_OR_CONFLICT = new RegExp(String.raw`${OUT_FOR.source}|\b(${NAME}|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)\s+has (?:a|an) (?:\w+ ){0,3}conflict\b`, 'g');
const FIRST_AND_I = /\b([A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)(?:\s*\([^)]{0,80}\))?\s+(?:and|&)\s+I\s+(?:would|will|'d|'ll|are|look|want|can|both)\b/g;
/** "Tobias Grünwald from the runtime team and I will be your interviewers": a colleague named in full next to the sender. */
const FULL_AND_I = new RegExp(String.raw`(${NAME})(?:\s*\([^)]{0,80}\)|,\s+(?:our|my|the)\s+[^,.\n]{2,60},)?(?:\s+(?:from|on|of)\s+(?:the|our)\s+[\w &-]{2,40}?)?,?\s+(?:and|&)\s+I\s+(?:will|'ll|would|are|look|had (?:set up|planned|scheduled|booked)|have (?:set up|planned|scheduled|booked))\b`, 'g');
/** "you'll walk Elif Yılmaz (Data Platform Lead) and Marcus Oduya (Senior Data Engineer) through your solution" */
const WALK_THROUGH = new RegExp(String.raw`\b(?:walk|take|talk)\s+((?:${NAME})(?:\s*\([^)]{0,80}\))?(?:\s*(?:,|and|&)\s*(?:${NAME})(?:\s*\([^)]{0,80}\))?){0,4})\s+through\b`, 'g');
const LENIENT_WITH = new RegExp(String.raw`\bwith\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?((?:${NAME})(?:\s*\([^)]{0,80}\))?(?:\s*(?:,|and|&)\s*(?:${NAME})(?:\s*\([^)]{0,80}\))?){0,4})`, 'g');
const HOSTED = new RegExp(String.raw`\b(?:Hosted by|Host:|hosted by|led by|Led by|conducted by|joined by)\s+(${NAME})`, 'g');
/** Zoom's invitation text names its host: "Marcus Oyelaran is inviting you to a scheduled Zoom meeting." */
/** Zoom's cancellation names its host: "Petra Lindgren has canceled the following Zoom meeting". */
const ZOOM_CANCELLED = new RegExp(String.raw`(${NAME}) has cancel(?:l)?ed the following (?:Zoom |Webex |Teams )?(?:meeting|event)`);
const ZOOM_HOST = new RegExp(String.raw`(${NAME}) (?:is inviting you to a scheduled (?:Zoom|Webex) meeting|invites you to (?:this|a) (?:Webex|Zoom) meeting)`);
/** "Hamid will still be your interviewer", "Helga will also join": a first name, resolved against the full names seen. */
const FIRST_WILL = /\b([A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)(?: \((?:our|my|the|their)\b[^)]{0,60}\))? (?:will|'ll) (?:still |also )?(?:be your interviewer|be interviewing you|interview you|join|be joined by|call you|call your (?:cell|mobile|phone)|hop on|jump on)\b|\b([A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+) (?:is|['’]s) (?:still |also )(?:joining|coming|on the (?:call|panel|interview))\b/g;
const JOIN_FIRST = /\bwill (?:still |also )?(?:join|be joining) ([A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿĀ-ſḀ-ỿ'’-]+)\b(?! (?:team|call|meeting|us|Zoom|Teams|Meet)\b)/g;
const OWN_CANCEL = new RegExp(String.raw`(${NAME}) (?:needs|has|had|wants) to (?:cancel|reschedule|move|postpone|push) (?:your|the|our)\b`);
/** "Dr. Femi Adeyemi has a conflict": in a move, the person the time was moved for. */
const HAS_CONFLICT = new RegExp(String.raw`(?:Dr\.\s+)?(${NAME}) (?:has|had) (?:a |an )?(?:scheduling )?conflict`);
/** Literal words (case as written) every match of a prose pattern contains (PROSE_WILL and PROSE_MEET: too many). */
const APPOS_PAIR_WILL = new RegExp(String.raw`(${NAME}),\s+[^.\n;]{2,80}?,\s+(?:and|&)\s+(${NAME}),\s+[^,.\n;]{2,80},\s+(?:will|['’]ll|would like to)\s+(?:\w+\s+)?(?:call|interview|meet|talk|speak|lead|run|host|join|be (?:interviewing|calling|joining|meeting|speaking|on the (?:call|line|panel)))\b`, 'g');
const LIST_AND_I = new RegExp(String.raw`((?:${NAME})(?:,\s+(?:${NAME})){1,3}),?\s+(?:and|&)\s+I\s+(?:are|were|will|would|['’]ll|look|both|all)\b`, 'g');
/** The name that ends a list's item ("our Assistant Principal, Ben Takahashi"). */
const TRAILING_LIST_NAME = new RegExp(String.raw`(?:^|,\s*|\s)(${NAME})\s*$`, 'u');
const PANEL_LIST = /\b(?:panel|committee|interviewers|interview team|interview group)(?: members)?\s+(?:will\s+)?(?:include|includes|consist of|consists of|comprise|comprises|be made up of|is made up of)\s+((?:me|myself|our|my|the|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])(?:[^.\n]|\.(?=[A-Za-z]))*)/g;
/** "Participarán Ximena Villaseñor, Directora de Riesgo, y Rodrigo Ibarra Sáenz, Subdirector de Seguridad": who will take
 * part, in Spanish, Portuguese, French or German, each perhaps with a title after a comma; the sentence up to its end. */
const FOREIGN_MEET = /(?:^|[.!:]\s+|\n\s*)(?:Participar[áa]n(?: en la entrevista)?|Estar[áa]n presentes|Te entrevistar[áa]n?|Le entrevistar[áa]n?|(?:Te reunir[áa]s|Conversar[áa]s|Hablar[áa]s) con|Participar[ãa]o(?: da entrevista)?|(?:Voc[êe] )?(?:conversar[áa]|falar[áa]|se reunir[áa]|vai (?:conversar|falar|se reunir)|ir[áa] (?:conversar|falar|se reunir)) com|(?:Vas|Va) a (?:conversar|hablar|reunirte|reunirse) con|Vous rencontrerez|Vous serez re[çc]ue? par|Sie treffen|Sie sprechen mit)\s*:?\s+([^.\n]{4,300})/g;
/** The people of a FOREIGN_MEET sentence: the first name-shaped words, and those after a conjunction or a semicolon. */
function foreignMeetNames(list: string, userNames: string[]): string[] {
  const out: string[] = [];
  const starts = [0];
  const sep = /(?:,?\s+(?:y|e|et|und|and|ainsi que|avec|sowie|bem como|assim como|así como|junto con|junto com)\s+|;\s*)/g;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(list))) starts.push(m.index + m[0].length);
  for (const at of starts) {
    // ("com o Rodrigo Tavares … e a Camila Nogueira": the article before a name)
    const nm = NAME_RE.exec(list.slice(at).replace(/^(?:o|a|os|as|el|la|le|der|die)\s+(?=\p{Lu})/u, '').replace(HONORIFIC, ''));
    if (nm && nm[1].includes(' ') && isName(nm[1], userNames) && !isPlace(nm[1])) out.push(nm[1]);
  }
  return out;
}
const PROSE_ANCHORS = new Map<RegExp, string[]>([
  [PROSE_WITH, ['with']],
  [HOSTED, ['ed by', 'Host:']],
  [WITH_TITLE, ['with ', 'joined by']],
]);
const SKIP_SESSION = /\b(?:lunch|break|tour|welcome|check[- ]?in|wrap[- ]?up|debrief|arrival|coffee break|informal|social|q&a with hr|travel)\b/i;

/** A move that changes who is on the panel ("Hamish will join Priya instead", "Tom has been called away"). */
const PANEL_CHANGE = /\b(?:instead|in place of|replac\w*|swap\w*|no longer|won['’]t|will not|can(?:no|['’])t (?:make|join|attend)|unable to|out sick|called away|conflict|unavailable|on (?:leave|vacation|holiday|PTO)|sick|(?:is|are) (?:travel(?:l)?ing|off)\b|will (?:still )?be your (?:only )?interviewer\b|(?:is|are) (?:out|away|off)\b|en lugar de|en su lugar|reemplaz\w*|no podr[áa]|statt|anstelle|à la place)/i;
/** The person is named on a labelled interviewer line of the text. */
const listedAlready = (text: string, lowerName: string): boolean => {
  LABELLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABELLED.exec(text))) if (m[1].toLowerCase().includes(lowerName)) return true;
  return false;
};

const TRIGGER = /\b(?:with|will|['’]ll|would like|would love|meet|meeting|hosted|host|led|conducted|panel|panelists|interviewers|join|joining|joined|walk|and I|me and|and me|and myself)\b/i;
/** Only the lines that can hold a "with A and B" style mention: keeps the heavy name patterns off long footers. */
function triggerLines(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length >= 2000 || !TRIGGER.test(line)) continue;
    // an agenda row for lunch, a tour or a break names its host, not an interviewer
    if (/^\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–]/i.test(line) && SKIP_SESSION.test(line) && !/\binterview\b(?!\))/i.test(line.replace(/\(not an interview\)/i, ''))) continue;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * A list row with a dash: "Samuel Okafor - Head of Data Science" (the name, its title dropped) or "Design Lead —
 * Lena van der Berg" (the title first: the name after it).
 */
/** The name of an interview session in an agenda row ("Systems Design", "Hiring Manager Chat"). */
const AGENDA_SESSION = /\b(?:Interview|Chat|Screen|Session|Deep[- ]Dive|Design|Coding|Review|Presentation|Technical|Behaviou?ral|Values|Culture|Case Study|Pairing|Pair Programming|Conversation|Exercise|Walk-?through|Whiteboard|Assessment|Round|Discussion|Architecture|Portfolio|Take-home|Q&A|Debugging|Scenario|Incident|Overview|Kick-?off|Fundamentals|Planning|Basics|Essentials|Modell?ing|Troubleshooting)\b/;

function titleDashName(row: string): string {
  const m = /^(.*?)\s+([-–—·])\s+(.+)$/.exec(row);
  if (!m) return row;
  const right = m[3].trim();
  const left = m[1].trim();
  // "Imogen Fairweather-Lowe (Engineering Lead) · Ravi Chaudhry (…)": a dot between two people is a list
  if (m[2] === '·') {
    const next = NAME_RE.exec(right);
    if (next && isName(next[1].trim(), []) && !TITLE_WORD.test(next[1])) return row;
  }
  // "Technical Deep Dive - Hiroshi Tanabe": an agenda's session, then who runs it
  if (AGENDA_SESSION.test(left) && !AGENDA_SESSION.test(right) && NAME_EXACT.test(right) && isName(right, [])) return right;
  // "Lakshmi Narayanan, Director – Platform Engineering": a name first keeps its row
  const lead = NAME_RE.exec(left);
  if (lead && isName(lead[1].trim(), [])) return m[1];
  if (TITLE_WORD.test(left) && NAME_EXACT.test(right) && !TITLE_WORD.test(right) && isName(right, [])) return right;
  return /^[A-Z]/.test(right) ? m[1] : row;
}

/** "… Interview - Océane Delacroix-Mbeki, Senior Manager, Inventory Planning": the name before the first comma that opens a title. */
function nameBeforeTitle(row: string, userNames: string[], known: Set<string>): string | null {
  const t = row.trim();
  const re = /,\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index + m[0].length).split(',')[0];
    if (!TITLE_WORD.test(right) || TITLE_WORD.test(left.split(/\s+/).slice(-1)[0])) continue;
    const nm = trailingName(left, userNames, known);
    if (nm) return nm;
  }
  return null;
}

/** The lines under the last line that is `name` alone (a signature's title and company), or ''. */
/** The person recruits or schedules: "Sanne Hoekstra (Recruitment, Vandermolen)" or a recruiting title under the name
 * in the signature (`byTitle`), or named only as whom to "contact" about changes. (A recruiter who makes the phone
 * call herself is still the interviewer when no one else is named: callers choose.) */
function recruiterNamed(body: string, name: string, byTitle = true): boolean {
  const n = escapeRe(name);
  if (byTitle && (cachedRe(String.raw`${n}\s*(?:[(,|–—-]\s*)[^\n]{0,40}?(?:recruit|talent|\bHR\b|human resources|people (?:team|partner)|coordinator)`, 'i').test(body) || RECRUITING_TITLE.test(signatureUnder(body, name, 2)))) return true;
  return cachedRe(String.raw`\b(?:contact|reach out to|get in touch with|write to|email)\s+${n}\b`, 'i').test(body) && !cachedRe(String.raw`\b(?:with|meet|meeting|by)\s+${n}\b`, 'i').test(body);
}

function signatureUnder(body: string, name: string, count: number): string {
  const lines = body.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i].trim();
    if (l === name) return lines.slice(i + 1, i + 1 + count).join('\n');
    // "Lorena Tsosie | Talent Acquisition Partner": the title beside the name
    if (l.startsWith(name) && /^\s*[|,–—-]\s*\S/.test(l.slice(name.length)) && l.length <= 120) return [l.slice(name.length).replace(/^\s*[|,–—-]\s*/, ''), ...lines.slice(i + 1, i + count)].join('\n');
  }
  return '';
}

const PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'los', 'dos', 'das', 'do', 'da', 'del', 'della', 'di', 'du', 'le', 'ter', 'ten', 'von', 'ap', 'ab', 'bin', 'binti', 'binte', 'bint', 'ibn', 'Ó', 'Ní', 'Nic', 'Mac', 'Ua', 'Te', 'Lo', 'La', 'Li', 'Della', 'Dalla', 'De', 'Di', 'Da', 'Del', 'Van', 'Von', 'Le', 'Du', 'Dos']);
/** The person's name at the end of "Controls Deep Dive Tomás Ibarra-Wolfe": capitalised words (and particles) back from the end. */
export function trailingName(s: string, userNames: string[], known: Set<string> = new Set()): string | null {
  const words = s.trim().split(/\s+/);
  const out: string[] = [];
  let afterParticle = false;
  let stop = -1;
  for (let i = words.length - 1; i >= 0 && out.length < 6; i--) {
    const w = words[i];
    stop = i - 1;
    if (PARTICLES.has(w) && out.length) {
      out.unshift(w);
      afterParticle = true;
      continue;
    }
    // "APIs", "SQL": an acronym is no name
    if (!/^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]*[a-zß-öø-ÿĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]*$/.test(w) || /^\p{Lu}{2}/u.test(w) || NOT_NAME_WORD.test(w)) break;
    out.unshift(w);
    // "… Modeling Tobias van der Berg": one given name before the particles, then the name is complete
    if (afterParticle && !PARTICLES.has(words[i - 1] ?? '')) break;
    if (out.filter((x) => !PARTICLES.has(x)).length >= 4) break;
  }
  // "Incident Response Scenario Li Wei", "Motion Planning Keisha Oyelaran-Baptiste": common English words before two
  // or more capitalised words are the session's title, not the person's name
  const capitalised = (xs: string[]): number => xs.filter((x) => /^\p{Lu}/u.test(x)).length;
  if (out.length > 2 && !known.has(out.join(' '))) {
    let cut = -1;
    for (let i = 0; i < out.length - 2; i++) if (!PARTICLES.has(out[i]) && isEnglishWord(out[i], true) && capitalised(out.slice(i + 1)) >= 2) cut = i;
    if (cut >= 0) out.splice(0, cut + 1);
  }
  // a capitalised particle that opens a two-word name is a given name ("Li Wei", "Te Rangi")
  while (out.length && PARTICLES.has(out[0]) && !(out.length === 2 && /^\p{Lu}/u.test(out[0]))) out.shift();
  // three or four capitalised words are a name when the first is no English word ("Deep Dive Thi Thu Ha Nguyen"), when
  // the name is known so, when a particle holds them together ("Cathal Mac Giolla Phádraig") or a separator stands
  // before them ("Coding Exercise - Wei Ling Tan"); otherwise the first is the session's
  const separated = /^[-–—·|]$/.test(words[stop] ?? '');
  while (out.filter((x) => !PARTICLES.has(x)).length >= 3 && isEnglishWord(out[0]) && !known.has(out.join(' ')) && !out.slice(1).some((x) => PARTICLES.has(x)) && !separated) {
    out.shift();
    while (out.length && PARTICLES.has(out[0])) out.shift();
  }
  const name = out.join(' ');
  return out.length >= 2 && isName(name, userNames) ? name : null;
}

function resolveFirstName(first: string, known: string[]): string | null {
  const hit = known.find((k) => k.split(/\s+/)[0].toLowerCase() === first.toLowerCase());
  return hit ?? null;
}

/** The text without mentions of someone else's recruiting role ("our recruiter will reach out"): what is left says who the sender is. */
const othersNamed = (t: string): string => t.replace(/\b(?:our|the|a|your|my) (?:recruit(?:er|ing)(?: team| coordinator)?|talent(?: acquisition)? team|coordinator)\b/gi, '');

/** Everyone who interviews: labelled lists, agenda rows, "with A and B", invite guests, or the sender who calls. */
/** The interviewers the rules read; `rejected` gets the people they read and then ruled out (a non-scoring member, a lunch's host). */
export function readInterviewers(input: InterviewerInput, rejected: Set<string> = new Set()): Named[] {
  const { userNames } = input;
  const found: string[] = [];
  const companyLower = input.company?.toLowerCase() ?? null;
  const push = (n: string | null) => {
    if (!n) return;
    // "Then Jonah Feldman, our CTO, will …": a sentence's opening word before the name
    const clean = n.replace(/\s+/g, ' ').replace(/^(?:Then|Next|Finally|Afterwards|Later|Lastly|And|But|Also)\s+(?=\p{Lu})/u, '').replace(HONORIFIC, '').replace(/\s*\((?:via|from|on behalf of)\b[^)]*\)\s*$/i, '').trim();
    if (!isName(clean, userNames) || isPlace(clean) || /[()]/.test(clean) || !/^\p{Lu}/u.test(clean)) return;
    if (companyLower && (companyLower.includes(clean.toLowerCase()) || clean.toLowerCase().includes(companyLower))) return;
    if (!found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
  };
  const knownNames = new Set<string>();
  for (const p of input.known) if (p.name && isName(p.name, userNames)) knownNames.add(p.name.replace(/\s+/g, ' ').trim());
  if (input.ics) {
    for (const a of input.ics.attendees) if (a.name && isName(a.name, userNames)) knownNames.add(a.name);
    if (input.ics.organizer?.name) knownNames.add(input.ics.organizer.name);
  }
  let knownList: string[] | null = null;
  // every full name in the text, only computed when a first name needs resolving ("with Ezra and Naomi")
  const knownAll = (): string[] => {
    if (knownList) return knownList;
    const allText = [input.body, input.quoted, input.ics?.description ?? ''].join('\n');
    const fullNameRe = FULL_NAME;
    fullNameRe.lastIndex = 0;
    let fm: RegExpExecArray | null;
    let cnt = 0;
    while ((fm = fullNameRe.exec(allText)) && cnt++ < 2000) {
      if (isName(fm[0], userNames)) knownNames.add(fm[0]);
      else {
        // "Pipeline Architecture Siobhán O'Connell": the person at the end of a session title
        // (40 characters on, less a word the cut splits: "… - Venkatesh Raghunathan" is no "Venkatesh Raghuna")
        let cut = fullNameRe.lastIndex + 40;
        while (cut < allText.length && cut < fullNameRe.lastIndex + 80 && /[\p{L}'’-]/u.test(allText[cut])) cut++;
        const tail = trailingName(allText.slice(fm.index, cut).split('\n')[0], userNames);
        if (tail) knownNames.add(tail);
      }
    }
    knownList = [...knownNames];
    return knownList;
  };
  // the sender is a person who may be in the meeting, not a system mailbox ("Kaveri Labs <noreply@smartrecruiters…>")
  const senderName = (input.from?.name ?? '').replace(/\s*\((?:via|from|on behalf of)\b[^)]*\)\s*$/i, '');
  const systemSender = (!!input.company && senderName.toLowerCase() === input.company.toLowerCase()) || /\b(?:Labs|Inc|LLC|Ltd|Recruiting|Careers|Team|Talent|Jobs|Hiring|HR|Group|Technologies|Systems|Company|Corp|Bank|Health|Software|Solutions|Calendar|Notifications?)\b/.test(senderName);
  const fromName = senderName && isName(senderName, userNames) && !systemSender ? senderName : null;
  let senderJoins = false;

  const scan = (text: string) => {
    LABELLED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABELLED.exec(text))) {
      let list = m[1];
      // continuation lines of the list ("Tom Kowalczyk, Manager\nLatoya Jenkins, Engineer")
      const after = text.slice(m.index + m[0].length + 1).split('\n');
      let added = list.trim() ? 1 : 0;
      // a label that opens a sentence ("You'll be meeting with Dr. Imogen Hartley, who leads …") is no list to continue past a blank line
      // (a long first row is still a list's when it is "Name, Title" with no verb: "Dr. Yolanda Pierce-Harmon, Vice President
      // for Planning and Effectiveness (Chair)")
      const first = list.trim().replace(HONORIFIC, '');
      const titledRow = cachedRe(String.raw`^${NAME},\s`).test(first) && !/\b(?:will|is|are|has|have|would|can|was|were)\b/.test(first);
      const listy = !list.trim() || ((list.trim().split(/\s+/).length <= 9 || titledRow) && !/[.!?]\s*$/.test(list.trim()) && !/,\s*who\b/.test(list));
      for (const raw of after.slice(0, 9)) {
        // "- Samuel Okafor - Head of Data Science": a bulleted row, the name before its title
        const l = titleDashName(raw.replace(/^\s*(?:[-•*·]|\d{1,2}[.)])\s+/, '').replace(HONORIFIC, ''));
        // "You'll meet with:", a blank line, then the list; rows of a list may stand a blank line apart
        if (!l.trim() && !m[1].trim() && !added) continue;
        if (!l.trim() && added && listy) {
          const rest = after.slice(after.indexOf(raw) + 1).filter((x) => x.trim());
          const next = rest[0];
          // (not the sender's signature under the list: "Dana Poole" over "Recruiting Coordinator")
          const signature = !!next && ((!!fromName && next.trim() === fromName) || (!!rest[1] && RECRUITING_TITLE.test(rest[1])));
          if (next && !signature && next.length <= 90 && NAME_RE.test(titleDashName(next.replace(/^\s*(?:[-•*·]|\d{1,2}[.)])\s+/, '').replace(HONORIFIC, '')).trim()) && !/:\s/.test(next) && !RECRUITING_TITLE.test(next) && !/\b(?:will|is|are|has|have|would|can)\b/.test(next)) continue;
        }
        if (!l.trim() || /:\s/.test(l) && !NAME_RE.test(l.trim()) || /^\s*[A-Za-z][\w ]{1,25}:\s/.test(l)) break;
        added++;
        if (NAME_RE.test(l.trim())) list += '\n' + l;
        else break;
      }
      if (!list.trim()) continue;
      // "Haddad, Rania; Oyelaran-Smith, Tobi": surname first, one person per semicolon
      list = list.replace(/^(.*;.*)$/gm, (row) => {
        const parts = row.split(/\s*;\s*/);
        return parts.every((p) => /^[\p{Lu}][\p{L}'’-]+,\s*[\p{Lu}][\p{L}'’-]+(?:\s*\([^)]*\))?$/u.test(p.trim()))
          ? parts.map((p) => p.trim().replace(/^([^,]+),\s*([^\s(]+)(.*)$/, '$2 $1$3')).join('; ')
          : row;
      });
      for (const line of list.split('\n')) {
        // a calendar's "Who:" list marks the one who sent the invitation, often a coordinator: not by that alone an interviewer
        if (/[-–(]\s*organi[sz]er\)?\s*$/i.test(line)) continue;
        // "With: me (Zainab Al-Khouri) and Ilse de Vries-Mutua": the sender, named in the parentheses or not
        let row = line.replace(/\b(?:me|myself)\s*\(([^)]{3,60})\)/gi, '$1');
        if (fromName && /(?:^|[\s,:])(?:me|myself)(?=$|[\s,;])/i.test(row)) {
          row = row.replace(/(^|[\s,:])(?:me|myself)(?=$|[\s,;])/gi, `$1${fromName}`);
        }
        // "Bronwyn McAllister, Manager - Network Planning; Siosaia Fifita, …": each person's row on its own
        // ("Arvind Raghunathan (VP - Platform Engineering), …": a title's dash inside its parentheses splits nothing)
        const bare = row.replace(/^\s*(?:[-•*·]|\d{1,2}[.)])\s+/, '').replace(HONORIFIC, '').replace(/\s*\([^()]*\s[-–—]\s[^()]*\)/g, ' ');
        namesInList(bare.split(/\s*;\s*/).map(titleDashName).join('; '), userNames).forEach(push);
      }
    }
  };
  // "… (Platform team). Interviewers: Jörg Weißmüller (Head of Platform) and Anneke van der Berg (Senior SRE).": a label mid-paragraph
  const inline = (text: string) => {
    if (!/nterviewer|anel|meet/.test(text)) return;
    INLINE_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = INLINE_LABEL.exec(text)) && n++ < 10) {
      let list = m[1];
      // "… position. You will be meeting:" ending its line: the bulleted rows below
      if (!list.trim()) {
        for (const raw of text.slice(m.index + m[0].length).split('\n').slice(1, 9)) {
          const l = raw.replace(/^\s*(?:[-•*·]|\d{1,2}[.)])\s+/, '').trim();
          if (!l && !list.trim()) continue;
          if (!l || !NAME_RE.test(l)) break;
          list += '\n' + l;
        }
      }
      for (const line of list.split('\n')) namesInList(line.replace(/\b(?:Dr|Mr|Mrs|Ms|Prof)\.\s*/g, ''), userNames).forEach(push);
    }
  };
  // a move or cancellation says who is (still) in it in its own words; the quoted original's list is older
  inline(input.body);
  inline(input.ics?.description ?? '');
  scan(input.body);
  // the quoted thread's panel is an earlier round's once the message names its own
  if (!input.update && !found.length) scan(input.quoted);
  // agenda rows: the trailing name of each session line
  const invited = [...knownNames].filter((n) => n.includes(' '));
  for (const line of input.sessionLines) {
    // a lunch, tour or break names its host, not an interviewer; a wrap-up or welcome with the hiring manager is a conversation
    if (SKIP_SESSION.test(line) && !/\binterview\b(?!\))/i.test(line.replace(/\(not an interview\)|\b(?:no|not an?) interview\b/gi, '')) && !((/\bhiring manager\b/i.test(line) || (TITLE_WORD.test(line) && !RECRUITING_TITLE.test(line))) && !/\b(?:lunch|break|tour|travel)\b/i.test(line))) continue;
    // "Campus walk-through of Cedar Hollow Middle School  Led by Carlos Ybarra": a guide, not an interviewer (a walk "with" someone is a conversation)
    if (/\b(?:walk-?through|walk|tour|visit)\b/i.test(line) && /\b(?:[Ll]ed|[Hh]osted|[Gg]uided) by\b/.test(line) && !/\binterview\b/i.test(line)) continue;
    // a row naming someone the headers or the invitation name in full ("Code Review Deep Dive Theo van der Berg")
    const named = invited.filter((n) => line.includes(n));
    if (named.length) {
      named.forEach(push);
      // …and the others the row names beside them ("Yolanda Birch (Controller) and Minh Tran (…)")
      if (!/\s(?:and|&)\s/.test(line)) continue;
    }
    // "System Design Tomás Echeverría, Staff Engineer; Priya Venkataraman, Senior Software Engineer": each person
    // …"Panel interview  Ravi Chandrasekaran, Senior Data Analyst & Megan O'Donnell, Manager, Patient Financial Services"
    // …"Technical deep dive: Anjali Raghunathan, Principal Engineer, and Wei-Ling Chen, Director, Platform Engineering"
    const twoTitled = / & | and /.test(line) ? line.split(/,?\s+(?:&|and)\s+(?=\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2},\s)/u) : [line];
    if (line.includes(';') || twoTitled.length >= 2) {
      const names = (twoTitled.length >= 2 ? twoTitled : line.split(/\s*;\s*/)).map((seg) => nameBeforeTitle(seg, userNames, knownNames)).filter((x): x is string => !!x);
      if (names.length >= 2) {
        names.forEach(push);
        continue;
      }
    }
    // a row in columns ("11:00 AM – 11:30 AM  Keiko Tanabe  Engineering Manager", "9:00 | Panel | A, B"):
    // the columns that are names, or a name followed by its title
    const cols = line.trim().split(/\t+|\s{2,}|\s+\|\s+/).filter(Boolean);
    if (cols.length >= 2) {
      let hit: string[] | null = null;
      // columns of "Name, Title" are each someone (a pair exercise lists two)
      const titledCols: string[] = [];
      for (const col0 of cols.slice(1)) {
        // "| Interviewer: Ximena Ayala Fuentes": the column's own label
        const whole = col0.replace(/^(?:Interviewers?|With|Panel(?:ists)?|Hosts?)\s*:\s*|^with\s+(?=\p{Lu})/iu, '');
        // "Yolanda Birch (Controller) and Minh Tran (Senior Accountant) - month-end close", "Me - the role": the people
        // first, then what the session is about
        if (/^(?:Me|Myself)(?:\s+[-–—]\s|\s*\(|$)/.test(whole) && fromName) {
          hit = [fromName];
          break;
        }
        const peopleFirst = cachedRe(String.raw`^(?:Chef\s+)?((?:${NAME})(?:\s*\([^)]{0,60}\))?(?:\s*(?:,|and|&)\s*(?:${NAME})(?:\s*\([^)]{0,60}\))?){0,3})\s+[-–—]\s+\p{Ll}`, 'u').exec(whole);
        if (peopleFirst) {
          const named = namesInList(peopleFirst[1], userNames);
          if (named.length) {
            hit = named;
            break;
          }
        }
        // "System Design - Li Wei Chen": the name after the session title's dash
        const dash = /\s[-–—·]\s+(.+)$/.exec(whole);
        const head = dash ? dash[1].split(/\s*(?:,|&)\s*/)[0] : '';
        // …or "Jun Watanabe · Design Director": the name before its title
        const col = dash && NAME_EXACT.test(head) && isName(head, userNames) && !TITLE_WORD.test(head) ? dash[1] : dash && TITLE_WORD.test(dash[1]) ? titleDashName(whole) : whole;
        // "Lena Fischer & Raj Patel": a pair joined by an ampersand is two names
        // ("Dr. Anjali Deshmukh (chair), Caleb Brooks, Dr. Mei-Ling Cheng": each without honorific or parentheses)
        const parts = col.split(/\s*(?:,|&)\s*/).map((x) => x.replace(/\s*\([^)]*\)/g, '').replace(HONORIFIC, '').trim());
        // "Akosua Mensah-Bonsu, Associate Director, Computational Biology": after a title, the rest is the title's
        const firstTitle = parts.findIndex((x, k) => k > 0 && TITLE_WORD.test(x));
        const names = (firstTitle > 0 ? parts.slice(0, firstTitle) : parts).filter((x) => NAME_EXACT.test(x) && isName(x, userNames));
        if (!names.length || !NAME_EXACT.test(parts[0])) continue;
        if (!parts.slice(1, firstTitle > 0 ? firstTitle + 1 : undefined).every((x) => names.includes(x) || TITLE_WORD.test(x) || DEPT_WORD.test(x))) continue;
        if (parts.length >= 2 && parts.slice(1).some((x) => TITLE_WORD.test(x))) titledCols.push(...names.filter((x) => !titledCols.includes(x)));
        // "Project Walkthrough   Bo-young Seo": a session title can look like a name; the person is the last one
        hit = names;
      }
      // a name with its title beats a session title that looks like a name ("Controls Fundamentals | with Jan-Willem …, Principal …")
      if (titledCols.length) hit = titledCols;
      if (hit) {
        hit.forEach(push);
        continue;
      }
    }
    // "Search committee interview: Dr. Ifeoma Chukwu, Rajesh Iyer, Carmen Soto, Liam O'Donnell (Tolliver 402)": a list of
    // names only after the session's colon
    const afterColon = /:\s+([^:]+)$/.exec(line);
    if (afterColon) {
      const items = afterColon[1].replace(/\s*\([^)]*\)/g, '').split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).map((x) => x.replace(HONORIFIC, '').trim()).filter(Boolean);
      // (not "Genomics Pipelines Anjali Kapoor-Reid": a session's words before the first name)
      if (items.length >= 2 && items.every((x) => NAME_EXACT.test(x) && isName(x, userNames) && !(x.split(' ').length >= 3 && isEnglishWord(x.split(' ')[0].toLowerCase())))) {
        items.forEach(push);
        continue;
      }
    }
    // "Hiring Manager Conversation Maya Chen, Engineering Manager": the name just before its title
    const nm = nameBeforeTitle(line, userNames, knownNames);
    if (nm) {
      push(nm);
      continue;
    }
    // "Portfolio Review Harriet Nguyen, Oscar Pellegrini": every name of a comma list at the end of the row
    const list = /,\s*([^,]+)$/.exec(line.trim());
    if (list && NAME_RE.test(list[1].trim()) && isName(list[1].trim(), userNames)) {
      const items = line.trim().split(/\s*,\s*/);
      const firstWords = items[0].split(/\s+/);
      const lead = trailingName(items[0], userNames, knownNames) ?? firstWords.slice(-2).join(' ');
      if (isName(lead, userNames) && items.slice(1).every((x) => isName(x, userNames))) {
        push(lead);
        items.slice(1).forEach(push);
        continue;
      }
    }
    // "Technical deep dive w/ Soo-ah Lim & Diego Paredes", "Technical panel: Aaron Whitehorse (…) and Mei-Lin Chou (…)"
    const w = /(?:\bwith\s+|\bw\/\s*|\b[Pp]anel:\s+)(.+)$/.exec(line);
    if (w) namesInList(w[1], userNames).forEach(push);
    // "Systems design (Bogdan Ionescu)": the person in the row's closing parentheses
    const inParens = /\(([^()]{3,60})\)\s*$/.exec(line.trim());
    if (inParens && NAME_EXACT.test(inParens[1].trim()) && isName(inParens[1].trim(), userNames) && !TITLE_WORD.test(inParens[1])) {
      push(inParens[1].trim());
      continue;
    }
    // "Technical Deep Dive Pieter van der Linden": the name at the row's end, particles and all
    const tailName = trailingName(line.replace(/\s*\([^)]*\)\s*$/, ''), userNames, knownNames);
    if (tailName && tailName.split(' ').slice(1, -1).some((w) => PARTICLES.has(w))) {
      push(tailName);
      continue;
    }
    // "Coding Exercise - Wei Ling Tan": the whole name after the session's dash
    // …and "Deep Dive Thi Thu Ha Nguyen", three or four words after the session's words
    if (tailName && line.trim().endsWith(tailName) && (/[-–—·|]\s*$/.test(line.trim().slice(0, -tailName.length)) || tailName.split(' ').length >= 3)) {
      push(tailName);
      continue;
    }
    const tail = NAME_TAIL.exec(line.trim());
    if (tail) {
      // the tail may include a session word ("Systems & APIs Dana Whitfield"): keep the last 2–3 name words
      const words = tail[1].split(/\s+/);
      for (const k of words.length >= 3 ? [3, 2] : [2]) {
        const cand = words.slice(-k).join(' ');
        if (k === 3 && !input.known.some((p) => p.name === cand) && !input.ics?.attendees.some((a) => a.name === cand)) continue;
        if (isName(cand, userNames)) {
          push(cand);
          break;
        }
      }
    }
  }
  // an Outlook meeting forwarded ("When: … Where: Microsoft Teams Meeting"): its organizer and the people it was sent
  // to are the meeting, unless a list or an agenda names the interviewers — the organizer only when not a recruiter
  const meetingPeople = (): string[] => {
    if (!input.meeting) return [];
    // the organizer's own title: the lines under their name in the signature
    const sig = fromName ? signatureUnder(input.body, fromName, 2) : '';
    const organizerOut = RECRUITING_TITLE.test(sig) || /\b(?:executive|administrative|personal|office) assistant\b|\bEA to\b|\bassistant to\b/i.test(sig) || /\b(?:won['’]t|will not|not) be (?:part of|joining|in|on)\b|\bI['’]m (?:just|only) (?:scheduling|coordinating)\b/i.test(input.body);
    const guests = input.attendees.filter((p) => p.name && !(p.email && input.userEmails.includes(p.email.toLowerCase())) && isName(p.name, userNames) && !isPlace(p.name) && !/\d|\b(?:room|boardroom|conference|suite)\b/i.test(p.name)).map((p) => p.name!.replace(/\s+/g, ' ').trim());
    if (!guests.length) return [];
    return [...(fromName && !organizerOut ? [fromName] : []), ...guests];
  };
  const strongFound = found.length > 0;
  if (!strongFound) meetingPeople().forEach(push);
  const prose = (full: string) => {
    // "Following your call with Chloé Girard last week": an earlier conversation, not this interview's
    FOREIGN_MEET.lastIndex = 0;
    let fm: RegExpExecArray | null;
    let fmn = 0;
    while ((fm = FOREIGN_MEET.exec(full)) && fmn++ < 5) foreignMeetNames(fm[1], userNames).forEach(push);
    const text = triggerLines(full).replace(PAST_WITH, ' ');
    if (!text) return;
    for (const re of [PROSE_WITH, PROSE_WILL, APPOS_WILL, FULL_AND_I, WALK_THROUGH, HOSTED, PROSE_MEET, WITH_TITLE, HAVE_JOIN, ALONGSIDE]) {
      const anchors = PROSE_ANCHORS.get(re);
      if (anchors && !hasAny(text, anchors)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = re.exec(text)) && n++ < 30) {
        // "as discussed with our recruiter, Priya Venkatesh": the recruiter named is not in the interview
        if (re === WITH_TITLE && RECRUITING_TITLE.test(m[0])) continue;
        // "Campus walk-through of Cedar Hollow Middle School  Led by Carlos Ybarra": the guide of a tour or the host of a meal
        // "Hosted by Sanne Hoekstra" on a Webex invitation she sends as the recruiter: the meeting's owner, not a panellist
        if (re === HOSTED && recruiterNamed(input.body, m[1])) continue;
        if (re === HOSTED && /\b(?:walk-?through|walk|tour|visit|lunch|dinner|breakfast|coffee)\b/i.test(text.slice(Math.max(0, text.lastIndexOf('\n', m.index) + 1, m.index - 120), m.index))) continue;
        // "Arrival, main lobby – Theresa Nguyen will meet you": the one who greets the candidate, not an interviewer
        if (re === PROSE_WILL && /\bmeet$/.test(m[0]) && /\b(?:arriv\w*|check[- ]?in|lobby|reception|front desk|security desk|parking|entrance|greet|escort)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 60))) continue;
        const chunk = m[1].replace(/\([^)]*\)/g, '').replace(/,\s+who\s+[^,.;\n()]{2,120}(?=,)/g, '').replace(/\s+(?:from|on|of) (?:our|the|my|their) [\w &-]{2,40}?(?=\s*(?:,|and\b|&|$))/g, '');
        for (const part of chunk.split(/\s*(?:,|&)\s*|\s+(?:and|y|e)\s+/)) {
          const p = part.trim().replace(/^(?:and\s+|&\s*)?(?:then\s+)?/, '').replace(HONORIFIC, '');
          if (!p) continue;
          if (/^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]+$/.test(p)) {
            const full = resolveFirstName(p, knownAll());
            if (full) push(full);
            else if (re === PROSE_WITH && !NOT_NAME_WORD.test(p) && p.length > 2 && !/^(?:us|me|you|them|him|her)$/i.test(p)) pushFirst(p);
          } else {
            const nm = NAME_RE.exec(p);
            // "with Deshawn and María José": a two-word first name, completed from the full name given elsewhere
            // …or given after the family name ("Wei Ming" of "Tan Wei Ming")
            if (nm) push(knownAll().find((k) => (k.startsWith(nm[1] + ' ') || k.endsWith(' ' + nm[1])) && k.split(/\s+/).length > nm[1].split(/\s+/).length) ?? nm[1]);
          }
        }
      }
    }
    // "The committee will include me; our Assistant Principal, Ben Takahashi; and our library media specialist, Rosalind
    // Duffy": a list of people, each perhaps after a title ("our X, Name"), items apart by semicolons when titles hold commas
    PANEL_LIST.lastIndex = 0;
    let pl: RegExpExecArray | null;
    let pn = 0;
    while ((pl = PANEL_LIST.exec(text)) && pn++ < 5) {
      const list = pl[1].replace(/\([^)]*\)/g, ' ');
      const items = list.includes(';') ? list.split(/\s*;\s*/) : list.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/);
      for (const raw of items) {
        const item = raw.replace(/^(?:and|&)\s+/, '').trim();
        if (/^(?:me|myself)$/i.test(item)) {
          senderJoins = true;
          continue;
        }
        const nm = TRAILING_LIST_NAME.exec(item);
        if (nm && isName(nm[1], userNames) && !isPlace(nm[1])) push(nm[1]);
      }
    }
    // "Siobhan MacNeil, Manager, Decision Support, and Gurpreet Sandhu, Senior Data Analyst, will call you": both, titles and all
    APPOS_PAIR_WILL.lastIndex = 0;
    let ap: RegExpExecArray | null;
    let an = 0;
    const pairs = /,\s+(?:and|&)\s/.test(text);
    while (pairs && (ap = APPOS_PAIR_WILL.exec(text)) && an++ < 5) for (const who of [ap[1], ap[2]]) if (isName(who, userNames)) push(who);
    // "Michael O'Connell, Li Wei and I are genuinely sorry": each of the colleagues, and the sender
    LIST_AND_I.lastIndex = 0;
    let li: RegExpExecArray | null;
    let lin = 0;
    const andI = /\s(?:and|&)\s+I\s/.test(text);
    while (andI && (li = LIST_AND_I.exec(text)) && lin++ < 5) {
      const who = li[1].split(/\s*,\s*/).filter((w) => isName(w, userNames));
      if (who.length >= 2) {
        who.forEach(push);
        senderJoins = true;
      }
    }
    // "Tomasz (my co-founder) will join too": someone joins the sender
    if (/\b(?:will|['’]ll) (?:also )?(?:join|hop on|jump on|sit in) (?:too|as well)\b|\b(?:is|['’]s) (?:also )?joining (?:too|as well)\b/i.test(text)) senderJoins = true;
    FULL_AND_I.lastIndex = 0;
    if (FULL_AND_I.test(text)) senderJoins = true;
    // "it'll be me and my co-founder Sophie Tran", "Arjun and I won't be going ahead with Wednesday's interview"
    if (/\b(?:it(?:['’]ll| will) be|it(?:['’]s| is)(?: just)?) me and\b|\bme and my (?:co-?founder|colleague|manager|boss|business partner|partner|team ?mate)\b/i.test(text) || /\b\p{Lu}[\p{Ll}'’-]+ and I (?:won['’]t|will not|can['’]t|cannot|are unable to|are not able to) (?:be (?:going ahead|able)|go ahead|make|meet|do)\b/u.test(text)) senderJoins = true;
    // "I'll walk you through the stamping areas and then we'll sit down with Deb": the sender shows the candidate round
    if (/\bI(?:['’]ll| will) (?:walk|take|show) you (?:through|around)\b[^.\n]{0,120}\b(?:we(?:['’]ll| will)|then) (?:sit down|meet|talk|chat) with\b/i.test(text)) senderJoins = true;
    // "After that you and I will sit down and go through the rollout": the sender is in the meeting
    // "Theo Vasquez-Lind, our Design Director, will be there with me" (not "you'll walk us
    // through a pipeline": a recruiter's "us" is the company's)
    if (/\bwill (?:also )?be (?:there|here|in the room|on the call) (?:with|alongside) me\b/i.test(text)) senderJoins = true;
    // "Sanjay has been pulled into a board meeting, so I've moved us to Wednesday": the sender's own meeting
    if (/\bI(?:['’]ve| have)? (?:moved|rescheduled|pushed|shifted|bumped) us (?:to|back|forward|up)\b/i.test(text)) senderJoins = true;
    if (/\b(?:you and I|you and me|the two of us)(?: will|['’]ll| are going to| can| then)? (?:then )?(?:sit down|meet|talk|chat|speak|go (?:through|over)|walk through|dig into|discuss|grab|have (?:a|our)|spend|finish|wrap up|close out|do)\b/i.test(text)) senderJoins = true;
    // "The panel will consist of myself; Kenji Takahashi, …", "the committee includes me and …"
    if (/\b(?:panel|committee|interviewers)\b[^.\n]{0,40}\b(?:consists? of|include|includes|comprises?)\s+(?:me|myself)\b/i.test(text)) senderJoins = true;
    if (/\b(?:and then|then|followed by|after that)(?: with)? me\b|\b(?:start|begin|kick off) with me\b|\bwith me first\b/i.test(text)) senderJoins = true;
    // "Amara Okonkwo and I will walk through…": a colleague's name (capitalised, so not "let me know and I will")
    if (/\b[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+(?:\s*\([^)]{0,60}\))? (?:and|&) I (?:will|'ll|are going to|would like to|want to)\b/.test(text)) senderJoins = true;
    // …and someone who "will hop on for the second half" or "join us": the sender has the rest of it
    if (/\b(?:the two of us|both of us|we would both|we'd both|we both)\b|\b(?:join|joining|hop on|jump on|sit in)\b[^.\n]{0,30}\bfor the (?:(?:second|last|final|back|latter|other) (?:half|part|\d+ minutes|few minutes)|(?:first|front) (?:half|part|\d+ minutes))\b|\bto join us\b|\b(?:could|can|shall) we (?:please )?(?:push|move|shift|bump) our (?:[\w-]+ )?(?:interview|call|chat|meeting|conversation)\b/i.test(text)) senderJoins = true;
    if (/\bwill (?:(?:still|also) )?(?:join|be joining) (?:me|us)\b|\bjoin(?:ing)? me\b|\b(?:sit|sitting) in with me\b|\bwith me(?:\s*\([^)]{0,80}\))? and\b|\bwith:? [A-Z][^.\n]{2,80}\band (?:me|myself)\b|\b(?:I(?:'ll| will)|and will) be joined by\b|(?<!\b(?:following|after|since|enjoyed|for|from|during|in) (?:your|our|the) (?:\w+ )?)\b(?:1:1|one-on-one|conversation|call|chat|interview|deep[- ]dive|walkthrough|walk-through|discussion|portfolio review|case study|pairing session|session) with me\b(?! (?:last|yesterday|earlier|on (?:Mon|Tues|Wednes|Thurs|Fri)day))|\b(?:sit down|start|begin|chat|meet) (?:together )?in my office\b|\bmy office first\b|\bI(?:'ll| will) (?:run|lead|conduct|do) the interview\b|\binterview(?:ing)? you myself\b|\b(?:meet|speak|talk|interview|chat)\w*\b[^.\n]{0,80}\b(?:and|&) (?:myself|me)\b|\bpanel\b[^.\n]{0,160},? (?:and|&) myself\b/i.test(text)) senderJoins = true;
    // "I've had to move us to Tuesday": the sender is in the meeting, unless a recruiter only schedules it
    if ((/\b(?:move|moved|push|pushed|shift|shifted|bump|bumped) us\b|\b(?:I|I've|I have|we've|we have) (?:\w+ )?(?:moved|pushed|shifted|rescheduled|cancell?ed|to cancel|to move) our (?:[\w-]+ )?(?:interview|conversation|call|chat|meeting|session)\b|\bI (?:\w+ )?(?:to cancel|to move|cancell?ed|moved) (?:[A-Z]\w+day['’]s|today['’]s|tomorrow['’]s) (?:[\w-]+ )?(?:interview|conversation|call|chat|meeting|session)\b(?![^.\n]{0,40}\b(?:with|for) (?:[A-Z]|the (?:team|panel|hiring)))/i.test(full) || /\b(?!The\b|Our\b|My\b)\p{Lu}[\p{Ll}'’-]+ and I (?:really |both |truly )?(?:enjoyed|look forward|are looking forward|were (?:impressed|glad))\b/u.test(full)) && !RECRUITING_TITLE.test(full)) senderJoins = true;
    FIRST_WILL.lastIndex = 0;
    let fw: RegExpExecArray | null;
    let fn = 0;
    while ((fw = FIRST_WILL.exec(text)) && fn++ < 10) {
      const full = resolveFirstName(fw[1] ?? fw[2], knownAll());
      if (full) push(full);
    }
    // "Aishwarya Iyer-Menon will still join Venkatesh": the one joined is in the meeting too
    JOIN_FIRST.lastIndex = 0;
    let jn = 0;
    while ((fw = JOIN_FIRST.exec(text)) && jn++ < 10) {
      const full = resolveFirstName(fw[1], knownAll());
      if (full) push(full);
    }
    COLLEAGUE.lastIndex = 0;
    let cm: RegExpExecArray | null;
    let cn = 0;
    while ((cm = COLLEAGUE.exec(text)) && cn++ < 10) push(cm[1]);
    // the literal words first: the name pattern is costly on long lines
    const andMe = /\b(?:and|&)\s+(?:me|myself)\b/.test(text) ? AND_ME.exec(text) : null;
    if (andMe) {
      // the colleague too, when named with a title ("Joaquín Ibarra (Lead Data Scientist) and me")
      const who = andMe[1].replace(/^(?:With|And|Meet|Meeting)\s+/, '');
      if (/^\s*\(/.test(text.slice(andMe.index + andMe[1].length))) push(who);
      senderJoins = true;
    }
    ME_AND.lastIndex = 0;
    while ((cm = ME_AND.exec(text)) && cn++ < 10) {
      push(cm[1]);
      senderJoins = true;
    }
    PULLING_IN.lastIndex = 0;
    while ((cm = PULLING_IN.exec(text)) && cn++ < 10) {
      const who = /\s/.test(cm[1]) ? cm[1] : NOT_NAME_WORD.test(cm[1]) ? null : resolveFirstName(cm[1], knownAll());
      if (who) {
        push(who);
        senderJoins = true;
      }
    }
    // "tomorrow's interview (1:00–2:30 PM ET with Siobhán and Tobias)": first names of people named in full elsewhere
    WITH_FIRSTS.lastIndex = 0;
    while ((cm = WITH_FIRSTS.exec(text)) && cn++ < 10) {
      const firsts = cm[1].split(/\s*,\s*|\s+(?:and|&)\s+/).filter(Boolean);
      if (firsts.length < 2 || firsts.some((f) => NOT_NAME_WORD.test(f))) continue;
      const fulls = firsts.map((f) => resolveFirstName(f, knownAll()));
      if (fulls.every(Boolean)) fulls.forEach((f) => push(f));
    }
    FIRST_LIST.lastIndex = 0;
    while ((cm = FIRST_LIST.exec(text)) && cn++ < 10) {
      const firsts = cm[1].split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
      const fulls = firsts.map((f) => (NOT_NAME_WORD.test(f) ? null : resolveFirstName(f, knownAll())));
      if (fulls.every(Boolean)) fulls.forEach((f) => push(f));
    }
    FIRST_AND_I.lastIndex = 0;
    while ((cm = FIRST_AND_I.exec(text)) && cn++ < 20) {
      const full = NOT_NAME_WORD.test(cm[1]) ? null : resolveFirstName(cm[1], knownAll());
      if (full) {
        push(full);
        senderJoins = true;
      }
    }
    if (found.length) {
      for (const re of [TOGETHER, CHAINED_APPOS, APPOS_AND]) {
        re.lastIndex = 0;
        cn = 0;
        while ((cm = re.exec(text)) && cn++ < 10) if (found.some((f) => f.toLowerCase() === cm![1].toLowerCase())) push(cm[2]);
      }
    }
  };
  const firstOnly: string[] = [];
  const pushFirst = (p: string) => {
    // "interview with Oakhurst": a word of the company's name is nobody's first name
    if (companyLower && companyLower.split(/[\s&,.]+/).includes(p.toLowerCase())) return;
    if (!firstOnly.includes(p)) firstOnly.push(p);
  };
  if (!found.length) for (const s of [input.body, input.ics?.description ?? '', input.subject, input.quoted]) {
    prose(s);
    if (found.length && s === input.body && !input.update) break;
  }
  else prose(input.body);
  if (!found.length && input.update) {
    scan(input.quoted);
    if (!found.length) inline(input.quoted);
  }
  // "Dr. X has a conflict, so Dr. Y will take his place": the rest of the quoted panel stays (the one replaced goes below)
  else if (input.update && input.quoted && /\btake [\p{L}’']+ place\b|\bin (?:his|her|their) place\b|\b(?:sit|step|fill) in for\b|\bin place of\b/u.test(input.body)) scan(input.quoted);
  if (!found.length) {
    const zh = ZOOM_HOST.exec(input.body) ?? ZOOM_CANCELLED.exec(input.body);
    // the meeting's host, unless a recruiter who only books it
    if (zh && !RECRUITING_TITLE.test(signatureUnder(input.body, zh[1], 1))) push(zh[1]);
  }
  if (!found.length) {
    for (const s of [input.body, input.quoted]) {
      if (!s.includes('with')) continue;
      LENIENT_WITH.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = LENIENT_WITH.exec(s)) && n++ < 20) for (const part of m[1].replace(/\([^)]*\)/g, '').split(/\s*(?:,|\band\b|&)\s*/)) push(NAME_RE.exec(part.trim())?.[1] ?? null);
      if (found.length) break;
    }
  }
  // invite guests: attendees other than the user, the organizer only when mentioned as a participant
  if (!found.length && input.ics) {
    for (const a of input.ics.attendees) {
      if (!a.name || (a.email && input.userEmails.includes(a.email)) || /ROOM|RESOURCE/i.test(a.cutype ?? '')) continue;
      if (input.ics.organizer?.email && a.email === input.ics.organizer.email) continue;
      push(a.name);
    }
  }
  // the sender who joins comes with the guests above ("Amara Okonkwo and I will walk through…")
  // …unless the sender says they are not in it ("I'll greet you at the front desk but won't be on the panel")
  const senderOut = /\bI(?:['’]ll| will)? (?:won['’]t|will not|am not going to|['’]m not going to|am not|['’]m not) be (?:on|in|part of|joining|sitting in on) (?:the|your) (?:panel|interview|call|conversation|meeting)\b|\bI(?:['’]m| am) (?:just|only) (?:scheduling|coordinating|the coordinator)\b|\bbut won['’]t be (?:on|in|part of) the (?:panel|interview|call)\b/i.test(input.body);
  if (senderJoins && senderOut) senderJoins = false;
  if (senderJoins && fromName && !found.includes(fromName)) found.unshift(fromName);
  // a move that says who is "still confirmed" ("Emilio sigue confirmado") above the quoted original's labelled panel
  // ("Entrevistadores: Ximena Cárdenas y Emilio Robles"): the panel stands, the sender who moved it among them
  if (input.update && found.length && input.quoted && !PANEL_CHANGE.test(input.body)) {
    const had = found.map((f) => f.toLowerCase());
    const before = found.length;
    scan(input.quoted);
    const listed = found.slice(before).map((f) => f.toLowerCase());
    // (only a panel that holds everyone the move named; another list is another round's)
    if (!listed.length || !had.every((f) => listed.includes(f) || listedAlready(input.quoted, f))) found.splice(before);
  }
  if (!found.length) {
    // Google Calendar text: "Guests" list
    const g = /\n\s*Guests\s*\n([\s\S]{0,1500}?)(?:\n\s*(?:View all guest info|Reply for|Invitation from)|\n[ \t]*\n[ \t]*\n|\n?\s*$)/.exec('\n' + input.body);
    if (g) {
      for (const line of g[1].split('\n')) {
        const l = line.trim();
        if (!l || l.includes('@') || /-\s*organi[sz]er\s*$/i.test(l) || /^(?:organi[sz]er|optional)$/i.test(l)) continue;
        const nm = NAME_RE.exec(l);
        if (nm) push(nm[1]);
      }
    }
  }
  if (!found.length && input.ics?.organizer?.name && isName(input.ics.organizer.name, userNames) && !/no-?reply|notification|calendar|recruit/i.test(input.ics.organizer.email ?? '') && !recruiterNamed(input.body, input.ics.organizer.name, false)) push(input.ics.organizer.name);
  if (!found.length) {
    const subjWith = SUBJECT_WITH.exec(input.subject);
    if (subjWith) push(subjWith[1]);
  }
  // "Keisha Robinson-Moore needs to cancel your phone interview": the one whose interview it is
  if (!found.length) {
    const own = OWN_CANCEL.exec(input.body);
    if (own && !RECRUITING_TITLE.test(input.body.slice(own.index, own.index + own[0].length + 60))) push(own[1]);
  }
  if (!found.length && input.update) {
    const hc = HAS_CONFLICT.exec(input.body);
    if (hc) push(hc[1]);
  }
  if (!found.length && firstOnly.length) for (const f of firstOnly) found.push(f);
  if (!found.length && fromName) {
    // the sender who will call or talk (a recruiter's phone screen, a hiring manager's own email)
    const firstPerson = /\b(?:I(?:'ll| will)\s+(?:give you a (?:quick )?(?:call|ring|buzz)|call)|works (?:great |well |perfectly )?for me\b|talk (?:to you )?(?:then|soon)\b|speak (?:to you )?(?:then|soon)\b|see you then\b|I(?:'ll| will) grab us\b|let(?:'s| us) (?:do|meet|say|plan on|grab|chat|talk|connect)\b|see you (?:on |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|then|there|tomorrow)\b|(?:grab|get|have|find|book)\s+(?:(?:a|an|quick|short|few)\s+){0,2}(?:\d+|twenty|thirty|fifteen|forty[- ]five)?\s*(?:minutes?|mins?|time)\s+with you|I(?:'ll| will) (?:be )?(?:calling|ring)|call you|speak(?:ing)? with you|talk(?:ing)? (?:with|to) you|chat(?:ting)? with you|looking forward to (?:speaking|talking|chatting|our|meeting)|(?:conversation|chat|call|meeting) with me|(?:love|like|want) to meet|meet (?:you )?in person|ask for me|our (?:upcoming |scheduled )?(?:call|chat|conversation|video call)|our (?:phone |video |zoom |teams )?(?:interview|screen|call)(?= on| this| tomorrow| today| at| next)|(?:got|have|put) us down|works on my end|my (?:google meet|meet|zoom|teams|webex|video)(?: meeting)? (?:room|link)|speak(?:ing)? (?:on|this|next|Monday|Tuesday|Wednesday|Thursday|Friday)|talk (?:on|this|next|Monday|Tuesday|Wednesday|Thursday|Friday)|will call you)\b/i;
    const all = [input.body, input.quoted, input.subject].join('\n');
    const calendlyHost = CALENDLY_HOST.exec(all);
    if (calendlyHost) push(calendlyHost[1]);
    else if (firstPerson.test(all)) push(fromName);
    // a hiring manager who moves or cancels the interview in their own words is the one who meets (a recruiter only schedules)
    else if (input.update && /\bI(?:'ve| have)? (?:(?:already|just|now) )?(?:moved|rescheduled|pushed|shifted|cancel(?:l)?ed)\b|\bwe(?:'re| are) (?:moving|pushing|shifting) (?:the|our)\b|\bI (?:need|have|had) to (?:cancel|move|reschedule|push) our\b/.test(input.body) && !RECRUITING_TITLE.test(othersNamed(input.body))) push(fromName);
  }
  // the meeting's people complete what the prose named of them ("Anselm has been called out …" in the organizer's own cancellation)
  if (!strongFound && found.length) {
    const mp = meetingPeople();
    const low = (x: string) => x.toLowerCase();
    if (mp.length && found.every((f) => mp.some((p) => low(p) === low(f)))) for (const p of mp) if (!found.some((f) => low(f) === low(p))) found.push(p);
  }
  if (input.update && !found.length) {
    LET_KNOW.lastIndex = 0;
    let lk: RegExpExecArray | null;
    let ln = 0;
    while ((lk = LET_KNOW.exec(input.body)) && ln++ < 5) {
      if (!/panel|interviewer|team/i.test(lk[0]) && !/\band\b/.test(lk[0])) continue;
      push(lk[1]);
      if (lk[2]) push(lk[2]);
    }
  }
  // "Inês is out sick on Monday, so we've moved your interview": the one moved for is still in it
  // …unless someone else takes their place ("Keiko (Staff Engineer) will run it instead", "will take Joaquín's place",
  // "in place of Inês"; not "we've moved it to Friday instead" or "it will now run from 10:30"): then out of it
  const REPLACED = /\bsit in for\b|\bstep in for\b|\bin (?:his|her|their) place\b|\b(?!(?:It|This|That|We|I)\b)\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?:\s*\([^)]{0,60}\)|,[^,.\n]{2,60},)?\s+(?:will|'ll|is going to|can)\b[^.\n]{0,80}\binstead\b(?! of \d)|\btake [\p{L}’']+ place\b|\bin place of\b|\breplac\w+|(?!It\b|This\b|That\b)\b[A-Z][\p{Ll}'’-]+ (?:will|is going to) (?:now )?(?:run|lead|conduct|take over|cover|step in)\b(?! from\b| at\b)/u;
  // …and out of it only when a person is named in their place (not "the old calendar event has been replaced")
  const replaced = REPLACED.test(input.body) && /\bsit in for\b|\bstep in for\b|\bin (?:his|her|their) place\b|\btake [\p{L}’']+ place\b|\bin place of\b|\breplac(?:e|es|ing) (?:him|her|them|\p{Lu})|\b(?:will|'ll|is going to|can) (?:now )?(?:run|lead|conduct|take over|cover|do|interview|meet|join|speak|talk|handle)\b[^.\n]{0,60}\binstead\b/u.test(input.body);
  // "Aiko can't make Thursday, so it'll just be me this round": the one who cannot come is out of it
  const without = /\b(?:it['’]ll|it will|that['’]ll) (?:just|only) be (?:me|us|the two of us)\b|\b(?:it['’]ll be|it will be|it['’]s|it is) (?:just|only) (?:me|us|the two of us)\b/i.test(input.body);
  if (input.update) {
    // "Dr. Kenji Watanabe has a conflict …, so Dr. Ngozi Eze-Obi will take his place" (a conflict alone moves the
    // interview for the person: "Lauren has a conflict on Thursday, so we'd like to move …")
    const out = replaced ? OUT_OR_CONFLICT : OUT_FOR;
    out.lastIndex = 0;
    let om: RegExpExecArray | null;
    let on = 0;
    while ((om = out.exec(input.body)) && on++ < 5) {
      // "Wei Ling has to fly…": a two-word given name, completed by the full name the thread gives
      // "Dr. Rahimi just got pulled into …": a family name after an honorific
      const honoured = /\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+$/.test(input.body.slice(Math.max(0, om.index - 6), om.index));
      const who = om[1] ?? om[2];
      const full = /\s/.test(who) ? knownAll().find((k) => k.startsWith(who + ' ') || k.endsWith(' ' + who)) ?? who : honoured ? knownAll().find((k) => k.endsWith(' ' + who)) ?? null : resolveFirstName(who, knownAll());
      if (!full) continue;
      const at = found.findIndex((f) => f.toLowerCase() === full.toLowerCase());
      // "Patrick Begaye is unable to attend, and Yolanda Tsosie-Marín will sit in for him": out of the panel
      if (replaced || without) {
        rejected.add(fold(full));
        if (at >= 0) found.splice(at, 1);
      } else if (at < 0) push(full);
    }
  }
  // "Siobhán (Talent) is hosting the meeting and will drop off after introductions", "Luca is shadowing and won't be
  // asking questions": in the meeting, but not interviewing
  const mayBeScheduler = /\b(?:Message|Note) from\b|coordinator|\bwill (?:hop|jump|pop|drop|be) (?:on|in)\b/i.test(input.body);
  for (let i = found.length - 1; i >= 0 && found.length > 1; i--) {
    const first = escapeRe(found[i].split(/\s+/)[0]);
    const full = escapeRe(found[i]);
    const re = cachedRe(String.raw`\b(?:${full}|${first})(?:\s*\([^)]{0,40}\))?,?\s+(?:(?:is|will be|'s)\s+hosting\b[^.\n]{0,40}\b(?:drop|hop) off|(?:is|will be|'s)\s+(?:(?:just |only )hosting|hosting (?:the )?(?:lunch|tour|welcome|breakfast|coffee)|(?:just |only )?(?:shadowing|observing|sitting in))|will (?:drop|hop) off|won['’]t be (?:asking|on the panel|interviewing|part of the (?:panel|interview))|(?:will not|won['’]t) (?:be )?join(?:ing)?(?: (?:the|this) (?:call|interview|panel|meeting|conversation))?(?=\s*[,.;]|\s+(?:but|and|though|herself|himself|themselves)\b)|(?:is not|isn['’]t) (?:going to be )?joining(?=\s*[,.;]|\s+(?:but|and)\b)|will not be (?:asking|interviewing|part of the (?:panel|interview))|will (?:only )?(?:observe|shadow)|(?:is|will be) (?:joining |there )?(?:as )?(?:a |an )?(?:shadow|observer)|[^.\n]{0,60}\b(?:as a shadow|as an observer|shadow interviewer|to observe)|[^.\n]{0,120}\b(?:will not|won['’]t) (?:take part|participate|be (?:part of|participating)) in the (?:interview|panel|conversation))`, 'i');
    // "Gemma Pritchard - Recruitment Officer (panel administrator, non-scoring)": the person's own parentheses
    const aside = cachedRe(String.raw`\b${full}\s*(?:[-–—,]\s*[^(),;\n]{0,60})?\((?=[^)\n]*\b(?:non-scoring|non-voting|[Pp]anel (?:administrator|secretary|clerk)|note[- ]?taker)\b)`, 'u');
    // "Message from Tolu Bakare:" in a scheduling tool's notice, "Your coordinator, Ashley Brennan, will hop on for the first
    // few minutes": the one who schedules, not who interviews
    const scheduler = mayBeScheduler && cachedRe(String.raw`\b(?:Message|Note) from ${full}\s*:|\b(?:[Yy]our|[Oo]ur|[Tt]he) (?:recruiting |interview |scheduling |candidate )?coordinator,?\s+${full}\b|\b(?:${full}|${first})(?:\s*\([^)]{0,40}\))?,?\s+(?:[^.\n]{0,60},\s+)?will (?:hop|jump|pop|drop|be) (?:on|in) (?:for the first (?:few )?minutes|briefly|at the (?:start|beginning))\b`, 'u');
    if ((scheduler && scheduler.test(input.body) && !cachedRe(String.raw`\b(?:With|Interviewers?|Panel)\b[^\n]{0,80}\b${full}\b`, 'u').test(input.body)) || re.test(input.body) || aside.test(input.body) || (input.ics?.description && re.test(input.ics.description))) {
      rejected.add(fold(found[i]));
      found.splice(i, 1);
      continue;
    }
    // "Lunch with the Permian asset team (informal)" over "Hosted by Marisol Vega": the host of a lunch or tour only
    const lines = input.body.split('\n');
    const at = lines.flatMap((l, k) => (l.includes(found[i]) ? [k] : []));
    const lastAbove = (k: number): string => lines.slice(Math.max(0, k - 3), k).reverse().find((x) => x.trim()) ?? '';
    if (at.length && at.every((k) => (/^\s*(?:(?:Hosted by|with)\b|Host:)/i.test(lines[k]) && SKIP_SESSION.test(lastAbove(k)) && !/\binterview\b/i.test(lastAbove(k))) || (lines[k].length <= 90 && SKIP_SESSION.test(lines[k]) && /\b(?:lunch|tour|coffee|breakfast|dinner)\b/i.test(lines[k]) && !/\binterview\b/i.test(lines[k])))) { rejected.add(fold(found[i])); found.splice(i, 1); }
  }
  // "María José" next to "María José Ortiz-Salcedo", "Wei Jie" next to "Tan Wei Jie": one person, by the fuller name
  for (let i = found.length - 1; i >= 0; i--) {
    const short = found[i].toLowerCase();
    // "Marguerite St" beside "Marguerite St. Clair"
    if (found.some((f, j) => j !== i && (f.toLowerCase().startsWith(short + ' ') || f.toLowerCase().startsWith(short + '. ') || f.toLowerCase().endsWith(' ' + short)))) found.splice(i, 1);
  }
  // a hiring manager's own email about the interview ("Søren Kjær / Head of DevRel, Driftwood" under "Your pairing
  // session …", "I have to cancel Thursday's interview"): the sender, titled and not a recruiter, is the one who meets
  if (!found.length && fromName) {
    const title = signatureUnder(input.body, fromName, 1).trim();
    if (title && title.length <= 80 && TITLE_WORD.test(title) && !RECRUITING_TITLE.test(title) && !/\b(?:assistant|admin|office manager|executive assistant)\b/i.test(title)) push(fromName);
  }
  const emailFor = (n: string): string | null => {
    const lower = n.toLowerCase();
    const p = input.known.find((k) => k.name?.toLowerCase() === lower);
    if (p?.email) return p.email;
    const a = input.ics?.attendees.find((x) => x.name?.toLowerCase() === lower) ?? (input.ics?.organizer?.name?.toLowerCase() === lower ? input.ics.organizer : null);
    return a?.email ?? null;
  };
  // "Dean Adaeze Nwosu": an office before a full name is not part of it
  const bare = [...new Set(found.map((n) => n.replace(OFFICE_BEFORE_NAME, '')))];
  return bare.slice(0, 12).map((n) => ({ name: n, email: emailFor(n) }));
}
