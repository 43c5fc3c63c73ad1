// What kind of email this is (interview, reschedule, cancellation, or something else) and how the interview
// happens (phone, video, onsite), plus the meeting link.
import type { Format } from '../types.js';

const VIDEO_URL = /\bhttps?:\/\/(?:[\w-]+\.)*(?:zoom\.us\/(?:j|my|w|s|meeting)\/[^\s<>"')\]]+|meet\.google\.com\/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}[^\s<>"')\]]*|teams\.microsoft\.com\/(?:l\/meetup-join|meet)\/[^\s<>"\]]+|teams\.live\.com\/meet\/[^\s<>"')\]]+|[\w-]+\.webex\.com\/[^\s<>"')\]]+|whereby\.com\/[^\s<>"')\]]+|(?:[\w-]+\.)?bluejeans\.com\/[^\s<>"')\]]+|chime\.aws\/[^\s<>"')\]]+|(?:global\.|app\.)?gotomeeting\.com\/join\/[^\s<>"')\]]+|meet\.jit\.si\/[^\s<>"')\]]+|(?:[\w-]+\.)?around\.co\/[^\s<>"')\]]+|facetime\.apple\.com\/join[^\s<>"')\]]+|(?:[\w-]+\.)?(?:whereby\.com|riverside\.fm|livestorm\.co)\/[^\s<>"')\]]+|meeting\.zoho\.(?:com|in|eu|com\.au)\/(?:join|meeting)[^\s<>"')\]]+|(?:meetings\.)?ringcentral\.com\/j\/[^\s<>"')\]]+|v\.ringcentral\.com\/join\/[^\s<>"')\]]+|join\.skype\.com\/[^\s<>"')\]]+|meetings\.dialpad\.com\/[^\s<>"')\]]+|vc\.larksuite\.com\/j\/[^\s<>"')\]]+|meet\.goto\.com\/[^\s<>"')\]]+)/gi;

/** The first video-meeting link (Zoom, Meet, Teams, Webex…), normalised: Meet's tracking query is dropped. */
export function findMeetingUrl(...texts: (string | null | undefined)[]): string | null {
  for (const t of texts) {
    // every meeting link has "://": texts without one need no scan
    if (!t || t.indexOf('://') < 0) continue;
    VIDEO_URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VIDEO_URL.exec(t.length > 300_000 ? t.slice(0, 300_000) : t))) {
      let u = m[0].replace(/[>.,;:!?]+$/, '');
      // a link written in parentheses "(https://…/0)": the closing one is the prose's, not the link's
      while (u.endsWith(')') && u.split('(').length < u.split(')').length) u = u.slice(0, -1).replace(/[>.,;:!?]+$/, '');
      if (/webex\.com\/(?:webappng|[\w-]+\/(?:j\.php|meet)|meet|join|join\/|[\w-]+\/[\w-]+\.php)/i.test(u) === false && /webex\.com/i.test(u) && !/MTID=|\/meet\/|\/join\//i.test(u)) continue;
      if (/help\.webex|dialin\.teams|meetingOptions|aka\.ms/i.test(u)) continue;
      if (/meet\.google\.com/i.test(u)) u = u.replace(/[?#].*$/, '');
      return u;
    }
  }
  return null;
}

const PHONE_CUES = /\b(?:phone (?:screen|screening|interview|call|conversation|chat)|by phone|(?:ring|call) (?:you on )?your (?:cell|mobile|phone)|over the phone|call you (?:at|on)|give you a (?:quick )?(?:call|ring|buzz|phone call)|will call you|(?:i|we)(?:'ll| will) call|ring you|dial you|calling you|phone-screen|telephone (?:interview|screen|call)|recruiter (?:screen|call)|intro(?:ductory)? call)\b/i;
const VIDEO_CUES = /\b(?:video (?:call|interview|conference|chat|meeting)|via (?:zoom|google meet|meet|teams|microsoft teams|webex)|(?:on|over) (?:zoom|google meet|teams|microsoft teams|webex)|(?:zoom|teams|webex|google meet|meet) (?:call|meeting|link|interview|screen|chat|invitation|invite)s?|teams-einladung|zoom-einladung|invitaci[óo]n de (?:teams|zoom)|convite (?:do|de) (?:teams|zoom)|google meet|microsoft teams meeting|teams meeting|webex meeting|join with google meet|virtual (?:interview|onsite|meeting)|remote(?:ly)? via|facetime|(?:zoom |video |web )conference)\b|\((?:zoom|google meet|microsoft teams|teams|webex|video call)\)/i;
const ONSITE_CUES = /\b(?:in[- ]person|on[- ]?site|onsite|at our (?:office|offices|headquarters|hq|campus|site|plant|facility|factory|warehouse|workshop|lab|laboratory|studio|store|restaurant|clinic|hospital|farm|yard|mill|brewery)|reception in (?:the |our )?building|pers[öo]nlich(?:es|en) (?:Gespr[äa]ch|Treffen|Kennenlernen)|vor Ort|(?:entrevista|entretien|reuni[óo]n|conversa) (?:presencial|en personne)|en personne|presencialmente|pessoalmente|sur place|visit (?:our|the) (?:office|offices)|(?:invite|welcome|see|host) you (?:to|at) (?:our|the) (?:office|offices|headquarters|hq|campus|studio)|(?:ask for me|sign in|check in) at reception|come (?:in|by) (?:to|at) (?:our|the)|come (?:by|into|visit|out to) (?:our|the) (?:office|offices|studio|shop|warehouse|plant|store|kitchen|lab|site|facility|campus|headquarters|hq)|(?:talk|chat|meet|sit down)(?: more)? in person|our office at|check in (?:at|with) (?:the )?(?:front desk|reception|security|lobby)|front desk|reception desk|security desk|visitor (?:badge|parking|lot|spots?)|photo id|main lobby|when you arrive|upon (?:your )?arrival|ask for [A-Z]\w+ at the (?:front|register|counter|desk|host stand|reception)|dress code is|business casual)\b/i;
/** A street address as Europeans write it: "Erdinger Straße 41, 85356 Freising", "Keizersgracht 123, 1015 CJ Amsterdam". */
const EU_ADDRESS = /\b\p{Lu}[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|laan|straat|gracht|vej|gatan|gade|katu)\s+\d{1,4}[a-z]?,\s*(?:[A-Z]{1,2}-?)?\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}/u;
const ADDRESS = /\b\d{1,6}\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(?:[A-Z][\w.'-]*|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][\w.'-]*){0,4}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Terrace|Court|Ct\.?|Parkway|Pkwy\.?|Square|Sq\.?|Plaza|Highway|Hwy\.?|Center|Centre|Mall|Circle|Trail|Pike)\b/;

const PAST_CALL = /\b(?:thanks?(?: you)?(?: (?:so|very) much)? for|following|after|since|enjoyed|loved) (?:the|our|your|my|that) (?:[\w-]+ ){0,2}?(?:phone (?:call|conversation|screen|chat|interview)|(?:intro(?:ductory)? )?call|phone-screen)s?\b(?: (?:last|yesterday|earlier|on (?:Mon|Tues|Wednes|Thurs|Fri)day)\b)?/gi;

export function readFormat(text: string, meetingUrl: string | null, location: string | null, weak = true): Format | null {
  const t = text.length > 100_000 ? text.slice(0, 100_000) : text;
  // cues are tested only when the answer depends on them (a meeting link decides before the cue words do)
  if (/\b(?:in[- ]person|on[- ]?site|onsite) (?:interview|visit|round|loop|meeting|conversation|panel|final)\b/i.test(t) && !/\bvirtual onsite\b/i.test(t)) return 'onsite';
  if (meetingUrl) return 'video';
  // "would like to meet you in person" before a prep call ("I'll give you a quick call Monday")
  if (/\bmeet (?:with )?you in[- ]person\b/i.test(t)) return 'onsite';
  // the location names the video platform ("Location:\nGoogle Meet (link no longer valid)"): whatever the call is named
  // …in another language too ("Where: Reunión de Microsoft Teams", "Ort: Microsoft Teams-Besprechung")
  if (/^\s*(?:Location|Where)\s*:?[ \t]*\n?[ \t]*(?:Google Meet|Zoom|Microsoft Teams|Teams|Webex)\b/im.test(t) || /^\s*(?:Where|Ubicación|Lugar|Local|Ort|Lieu|Emplacement|Luogo)\s*:[ \t]*(?:(?:Reuni[óo]n|Reunião|Réunion|Riunione)\s+(?:de|do|da|di)\s+)(?:Google Meet|Zoom|Microsoft Teams|Teams|Webex)\b/m.test(t)) return 'video';
  // "Thanks so much for the great phone conversation last week": the call before, not this meeting
  const now = /\b(?:phone|call)/i.test(t) ? t.replace(PAST_CALL, ' ') : t;
  if (PHONE_CUES.test(now)) return 'phone';
  if (VIDEO_CUES.test(t)) return 'video';
  if (ONSITE_CUES.test(t) || ADDRESS.test(location ?? '') || ADDRESS.test(t) || EU_ADDRESS.test(location ?? '') || EU_ADDRESS.test(t)) return 'onsite';
  // a bare "call" is a weak cue: not enough for a cancellation that restates nothing about the meeting
  if (weak && /\b(?:call|phone)\b/i.test(now)) return 'phone';
  return null;
}

export type Kind = 'interview' | 'update' | 'cancellation' | 'unrecognized';

const CANCEL_SUBJECT = /\b(?:cancel(?:l?ed|l?ation)|canceled event|event canceled|meeting canceled|cancelado|annul[ée])\b/i;
const CANCEL_BODY = /\b(?:(?:need|needs|have|has|had|want|wants) to (?:cancel|call off)|asked (?:me|us) to (?:cancel|call off)|(?:are|am|is|'re|'m) cancel(?:l)?ing|(?:has|have|had) been cancel(?:l)?ed|(?:was|were|is) cancel(?:l)?ed|canceled this|cancelled this|cancel(?:l)?ed (?:your|the|our|this|today's|tomorrow's|[A-Z][a-z]+day's|next week's)|(?:has|have|'ve) cancel(?:l)?ed\b|cancel (?:your|our|the) (?:upcoming |scheduled )?(?:[\w-]+ ){0,2}?(?:interview|call|meeting|chat|conversation|phone screen)s?|(?:suspended|closed|cancell?ed|paused|halted) (?:the|this|our) (?:search|recruitment|requisition|hiring process)|(?:interview|call|meeting|event) (?:is|has been) (?:canceled|cancelled|called off)|no longer (?:be )?(?:able to )?(?:move forward with|hold|take place|happen)|removed from your calendar|put on hold)\b/i;
const UPDATE_SUBJECT = /^(?:updated|rescheduled|update(?:d)? invitation|invitation updated|new time|time change|changed|moved|reprogramad[ao])\b|\b(?:rescheduled|new time|updated invitation|time change)\b/i;
const UPDATE_BODY = /\b(?:(?:has|have|'ve) been (?:rescheduled|moved|changed|updated)|(?:we|i|they|she|he)(?:'ve| have| has)?(?: (?:also|just|now|already))? (?:rescheduled|moved|pushed|shifted)(?: (?:us|you|it)\b| (?:your|our|the|this|today's|tomorrow's) (?:[\w-]+ ){0,3}?(?:interview|call|chat|meeting|conversation|screen|session|onsite|start|time|slot|loop|panel|review|presentation|visit|exercise|discussion|sync|appointment|round)s?\b)|(?:we're|we are|i'm|i am) (?:pushing|moving|shifting|bumping) (?:you|us|it|(?:the|your|our) (?:[\w'-]+ ){0,3}?(?:interview|call|chat|meeting|conversation|screen|session|onsite|on-site|time|slot|start|visit|panel|loop|round|date|deep[- ]dive|presentation|exercise|review|discussion|debrief|sync|tour|walkthrough|coffee|lunch)s?|(?:the|your|our) (?:[\w'-]+ ){0,2}?[\w-]+ (?:to|back to|up to) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next|the \d|\d))\b|\b(?:has|have|'s|'ve) (?:just |now |also |already )?(?:rescheduled|moved|pushed|shifted) (?:your|our|the|this) (?:[\w-]+ )?(?:interview|call|chat|meeting|conversation|screen|session|onsite)\b|the new time is|new (?:date|time) (?:is|will be)|(?:we|i)(?:'d| would) like to (?:push|move|shift|bump) (?:your|our|the|this) (?:[\w-]+ ){0,2}?(?:interview|call|chat|meeting|conversation|screen|session|onsite|on-site|visit|panel|loop|round)s?\b|(?:we|i)(?:'ve| have)? (?:switched|changed|converted|moved) (?:this|it|the (?:interview|call|meeting|conversation)|your (?:interview|call)) (?:to|into) (?:an? )?(?:in[- ]person|on-?site|video|virtual|phone|zoom|teams)\b|(?<!\b(?:if|should|in case)\b[^.\n?]{0,60})(?:need|have|would like|want|had|'d like|asked|asked us|asked me) to (?:move|push|shift|reschedule|bump) (?:(?:your|our|the|this|today's|tomorrow's|\w+day's) (?:[\w-]+ ){0,5}?(?:interview|call|chat|meeting|conversation|time)|(?:it|us|you) to(?! the (?:next|second|third|final|onsite|last|following) (?:round|stage|step|phase|interview))|(?:it|us|you|the interview|your interview) (?:back |forward |out )?by (?:one|a|an|two|three|\d+) (?:day|days|hour|hours|week|weeks))|\bwill (?:now )?(?:run|lead|conduct|take|do|handle) (?:your|the) [\w -]{0,40}?(?:interview|call|session|conversation|screen) instead\b|\b(?:the )?(?:time|date|time and date) (?:is|are|remains?|stays?) (?:unchanged|the same)\b(?! as)|\bchange of plans?\b|moving (?:your|our|the) (?:[\w-]+ )?(?:interview|call|chat|meeting|onsite|on-site|loop|screen|session|panel)s?\b(?! (?:to|into) the (?:next|second|third|final) (?:round|stage))|(?<!\bif\b[^.\n?]{0,60})(?:can|could) we (?:please )?(?:move|push|shift|bump|slide)\b|(?:can|could) we (?:please )?(?:do|make it) [^.?\n]{0,40}\bsame (?:time|link|zoom|teams|meet)\b|(?:would it be|is it) possible to (?:move|push|shift)\b|(?:push|move|shift|bump)(?:ing)? [^.\n]{0,40}\bfrom [^.\n]{0,30}?(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bmorning|\bafternoon|\btomorrow|\btoday|\bnext week)[^.\n]{0,30}\bto\b|\byou(?:'re| are) now (?:confirmed|booked|scheduled)\b|(?:(?<!\b(?:can|could|would|I'll|I will|happy to|able to)\b[^.\n]{0,60})instead\b(?:(?!\s+of\b)|(?=\s+of\s+\d)).{0,40}$)|your event has been rescheduled|rescheduled your|will take (?:his|her|their|\w+'s) place\b|\b(?:will|'ll|is going to)\b[^.\n]{0,60}\bin (?:his|her|their) place\b|\b(?:quick|small|minor|slight) change (?:to|for|of) (?:your|the|our|this|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bnothing else (?:is changing|has changed|changes)\b|\blet's (?:scrap|skip|drop|ditch|do|make)\b[^.\n]{0,60}\b(?:in person|over zoom|over video|by video|on video|virtual(?:ly)?|by phone|over the phone|on teams|via teams|on webex) instead\b|will (?:sit|step) in for (?:him|her|them)\b|\b(?:a|one|a couple of|a few|some|two|three) (?:quick |small )?changes? (?:to|for) (?:your|the|our) (?:[\w-]+ )?(?:interview|schedule|panel|call|meeting|time|visit|onsite|conversation|session|screen|loop)s?\b|\bwill now be (?:held|conducted|done) (?:virtually|remotely|in person|online|on (?:zoom|teams|webex|site)|via|over|by (?:phone|video))\b|\b(?:date and time|time and date|date|time) (?:have|has) not changed\b|updated (?:calendar |meeting )?(?:time|invitation|invite)|event has been (?:updated|changed))/im;

/** A move in Spanish, Portuguese, French or German ("ya moví la invitación al viernes", "precisamos remarcar",
 * "wir müssen das Gespräch verschieben"). */
const UPDATE_OTHER = /(?<!(?<![\p{L}])(?:si|falls|wenn|caso|if|nicht|não|pas|sin)(?![\p{L}])[^.\n]{0,60})(?<![\p{L}])(?:mov[ií](?:mos)? (?:la|tu|su|nuestra) (?:invitaci[óo]n|entrevista|reuni[óo]n|llamada)|reprogram(?:é|amos|ada|ado)|(?:precisamos|tivemos que|tenemos que|tuvimos que) (?:remarcar|reagendar|reprogramar)|remarc(?:amos|ada|ado|ei)|reagend(?:amos|ada|ado|ei)|(?:avons|dû) (?:déplacer|reporter)|(?:a|ont) été (?:déplacée?|reportée?)|(?:müssen|mussten) [\p{L} ]{0,30}verschieben|(?:haben|habe|wurde|wurden) (?:(?!nicht\b)[\p{L} ]){0,30}verschoben)(?![\p{L}])/iu;

/** A patient's, client's or customer's visit, never an interview's. */
const PERSONAL_VISIT = /\b(?:patients?|dental|dentist|veterinar\w*|salon|haircut|oil change|prescriptions?|refills?)\b/i;

export interface Negative {
  seen: string;
}

const NEGATIVES: [RegExp, string][] = [
  [/\b(?:treat (?:it|this) as|consider (?:it|this)|(?:it|this) is (?:still )?|it['’]s (?:still )?)(?:tentative|pencil(?:l)?ed in|not (?:yet )?confirmed)\b|\bstill waiting (?:on|for) (?!you\b)[^.\n]{0,50}\bto (?:confirm|accept)\b/i, 'a tentative, not yet confirmed time'],
  [/\b(?:office hours|drop-in|drop in session|webinar|live (?:workshop|masterclass|class)|you(?:'re| are) registered|cancel (?:your )?registration|registration confirm(?:ed|ation)|info(?:rmation(?:al)?)? session|career fair|open house|meetup|networking event|(?:an?|our|the|live|virtual|this) ask me anything|livestream|virtual event|hiring event|recruiting event|lunch and learn|(?:an?|our|virtual|live|candidate|company|open) town hall)\b/i, 'an event for candidates'],
  [/\b(?:candidate (?:experience )?survey|interview (?:experience )?survey|feedback survey|how (?:was|did) your (?:recent )?interview|rate your (?:interview |candidate )?experience|how did we do|tell us about your (?:interview )?experience)\b/i, 'a survey about an interview'],
  [/\b(?:mock (?:[\w-]+ ){0,3}interview|interview coach(?:ing)?|coaching session|practice interview|interview practice|practice (?:run|session|round)|\(practice\)|peer mock)\b/i, 'a practice interview'],
  [/\b(?:appointment reminder|your appointment|dental|dentist|DDS\b|tax (?:planning|return|preparation|prep) (?:review|meeting|appointment|session)|(?:your|the) \d{4} (?:tax )?return|estimated (?:tax )?payments|W-2s?\b|1099s?\b|client portal|patient portal|cleaning & exam|check-up|physician|clinic|pharmacy|prescription|haircut|salon|veterinar|oil change|service appointment)\b/i, 'an appointment reminder'],
  [/\b(?:we (?:are|'re) (?:pleased|delighted|thrilled|excited|happy) to (?:extend|offer)|offer letter|extend (?:you )?an offer|(?:job|employment|formal|verbal|written) offer|offer of employment|compensation package|start date|sign(?:ing)? bonus)\b/i, 'a job offer'],
  [/\b(?:unfortunately[^.]{0,120}(?:not|other candidates|move forward|decided|won't|will not)|decided (?:not )?to (?:move|go) forward with (?:other|another)|(?:decided|chosen|chose) to (?:continue|proceed|go ahead) with (?:another|other|a different) candidates?|not (?:be )?moving forward|pursue other candidates|position has been filled|will not be (?:moving|proceeding)|regret to inform|not selected|after careful consideration)\b/i, 'a rejection'],
  [/\b(?:job alert|jobs? (?:you may|that match|matching your|recommended for you)|new jobs?|recommended jobs|jobs for you|similar jobs|apply now)\b/i, 'a job alert'],
  [/\b(?:(?:we(?:'ve| have)|has been) received your application|thank(?:s| you) for (?:applying|your application|submitting your application)|application (?:has been )?received|received your application|application confirmation|we(?:'ll| will) (?:review|be reviewing) your (?:application|resume|profile))\b/i, 'an application acknowledgement'],
  [/\b(?:complete (?:the|your|this|an?) (?:online )?(?:assessment|coding challenge|test|questionnaire|take-home)|assessment invitation|hackerrank test|codility test|coding challenge invitation|(?:take|complete|start) (?:the|a|an|your) [\w ]{0,30}(?:assessment|coding (?:test|challenge))|take-home (?:exercise|assignment|challenge|project)|start assessment)\b/i, 'an assessment invitation'],
  [/\b(?:background (?:check|screening|verification)|drug (?:test|screen(?:ing)?)|employment verification|reference check form)\b/i, 'a background-check request'],
  [/\b(?:(?:pre-?)?recorded (?:\(one-way\) )?(?:video )?interview|no live interviewer|sem entrevistador ao vivo|sin entrevistador en vivo|entrevista (?:em|en) v[íi]deo (?:gravada|grabada)|one-way (?:video )?interview|on-demand (?:video )?interview|asynchronous (?:video )?interview|self-paced (?:video )?interview|record your (?:answers|responses))\b/i, 'a recorded video interview to complete on your own'],
];

/**
 * A time that is a deadline ("Complete by: February 23, 11:59 PM", "submit your solution by Monday 9 AM"),
 * not a meeting: assessments, take-homes and forms carry one, interviews do not.
 */
const DEADLINE = /\b(?:deadline|due(?: date| by)?|complete (?:it |this |the \w+ |your \w+ )?by|(?:submit|return|finish|send)[^.\n]{0,60}?\bby|(?:please )?complete[^.\n]{0,60}?\bby|no later than|expires?(?: on| at)?|valid until)\b[^.\n]{0,60}?\d|\b11:59\s*(?:pm|p\.m\.)/i;
/** Words that say a meeting with people does happen at the stated time, whatever else the email asks for. */
const MEETING_SET = /\b(?:interview (?:is|has been) (?:scheduled|confirmed)|confirm(?:ed|ing)? (?:your|the|our) (?:interview|call|meeting)|you(?:'re| are) (?:confirmed|booked|scheduled)|(?:meet|speak|talk) with you (?:on|at)|join (?:the|our) (?:call|meeting) at)\b/i;

/** Any of the negative patterns at all, in one pass: most emails match none, and then none is run on its own. */
/** Things done by a deadline, whose deadline reads as a time: no interview unless a meeting is set as well. */
const DEADLINED = new Set(['an assessment invitation', 'a background-check request', 'a recorded video interview to complete on your own']);

const ANY_NEGATIVE = new RegExp(NEGATIVES.map(([re]) => `(?:${re.source})`).join('|'), 'i');

const INTERVIEW_WORDS = /\b(?:interview(?:s|ing|er|ers)?|phone screen|screening call|recruiter (?:call|screen)|hiring manager|onsite|on-site|panel|technical (?:round|call|discussion|screen)|coding (?:round|session|exercise|interview)|entrevista|entrevue|entretien|final round|next round|conversation about the|chat about the|(?:call|chat|conversation|talk|speak|meet)(?:ing)? (?:with|about)|(?:would|'d) (?:love|like) to meet (?:with )?you\b|founders chat|intro call|(?:video|phone|quick|intro|our) (?:call|chat)|chat (?:on|this|next|monday|tuesday|wednesday|thursday|friday)|candidate|position|role|recruit(?:er|ing))\b/i;

/** The subject without its "Re:"/"Fwd:" prefixes. */
const bareSubject = (subject: string): string => subject.replace(/^\s*(?:(?:re|fwd?|fw)\s*:\s*)+/i, '');

export function isCancellation(subject: string, body: string, method: string | null, status: string | null): boolean {
  if (method === 'CANCEL' || status === 'CANCELLED') return true;
  if (CANCEL_SUBJECT.test(subject) && !/\bcancellation (?:fee|policy)\b/i.test(subject)) return true;
  if (CANCEL_OTHER.test(body.slice(0, 3000))) return true;
  const m = CANCEL_BODY.exec(body);
  if (!m || /\bif you need to cancel\b/i.test(m[0])) return false;
  // "Updated: Your virtual onsite …" whose old invitation "has been removed from your calendar": a move
  if (UPDATE_SUBJECT.test(bareSubject(subject)) && /\bremoved from your calendar\b/i.test(body.slice(m.index, m.index + 200))) return false;
  // "the invitations for the original date have been cancelled": replaced by new ones, a move rather than a cancellation
  const before = body.slice(Math.max(0, m.index - 80), m.index);
  if (/\b(?:original|originally|previous|previously|old|earlier|prior|former)\b[^.!?\n]*$/i.test(before) && !CANCEL_BODY.test(body.slice(m.index + m[0].length))) return false;
  return true;
}

/** A cancellation in Spanish, Portuguese, French or German ("tenemos que cancelar nuestra entrevista", "wir müssen das
 * Gespräch absagen"), not a conditional one ("si necesitas cancelar"). */
const CANCEL_OTHER = /(?<!(?<![\p{L}])(?:si|se|caso|falls|wenn|if)(?![\p{L}])[^.\n]{0,50})(?<![\p{L}])(?:(?:tenemos|tengo|tuvimos|tuve|temos|tenho|tivemos|precisamos|preciso|devemos|nous devons|je dois|wir müssen|ich muss)(?: que)? (?:cancelar|annuler|absagen)|(?:hemos|he) cancelado|(?:cancelamos|cancelei) (?:a|la|nuestra|nossa|sua|tu|su)|(?:foi|fue|ha sido) cancelad[ao]|(?:a été|est) annulée?|(?:wurde|ist) (?:leider )?(?:abgesagt|storniert))(?![\p{L}])/iu;

/** "Dana Whitfield has rescheduled your interview\": a person's name, as written (capitals count, unlike in UPDATE_BODY). */
const UPDATE_BY_NAME = /\b[A-Z][a-z]+ [A-Z][a-z]+(?:'ve| have| has)? (?:rescheduled|moved|pushed|shifted)(?: (?:us|you|it)\b| (?:your|our|the|this) (?:[\w-]+ ){0,3}?(?:interview|call|chat|meeting|conversation|screen|session|onsite|start|time|slot|review|presentation|visit|exercise|round)s?\b)|\bin place of \p{Lu}\p{Ll}/u;

export function isUpdate(subject: string, body: string, sequence: number | null, method: string | null): boolean {
  if (UPDATE_SUBJECT.test(bareSubject(subject))) return true;
  if (UPDATE_BODY.test(body) || UPDATE_BY_NAME.test(body) || UPDATE_OTHER.test(body)) return true;
  return method === 'REQUEST' && sequence !== null && sequence > 0 && /\b(?:updated|rescheduled|changed|new time|moved)\b/i.test(subject + '\n' + body.slice(0, 4000));
}

/** A reason this is not an interview, when the email clearly is something else. */
export function negativeReason(subject: string, body: string, hasTime: boolean, role: string | null = null): string | null {
  // "T 416-555-0147 | Office hours 8:30-4:30 ET" in a signature: when the sender can be reached, not an event
  const text = (subject + '\n' + body.slice(0, 50_000)).replace(/\boffice hours\b(?=\s*(?:are\s*)?[:\-–]?\s*(?:\d|(?:Mon|Tue|Wed|Thu|Fri)\w*\s*[-–]|M-F\b|weekdays\b))/gi, 'hours');
  const hasRole = !!role;
  const some = ANY_NEGATIVE.test(text);
  for (const [re, seen] of some ? NEGATIVES : []) {
    if (!re.test(text)) continue;
    // "thank you for applying" heads many real interview invitations: only counts when no time is set
    // …unless the subject says that is all it is ("Thank you for applying - …") and no meeting is set
    if (seen === 'an application acknowledgement' && hasTime && !(/^(?:thank(?:s| you) for (?:applying|your application)|application (?:received|confirmation))\b/i.test(bareSubject(subject)) && !MEETING_SET.test(text))) continue;
    // an assessment or form with a deadline is no interview, even though the deadline reads as a time
    if (DEADLINED.has(seen) && hasTime && (!DEADLINE.test(text) || MEETING_SET.test(text))) continue;
    if (seen === 'a job offer' && /\b(?:interview|phone screen|screen|intro call)\b/i.test(subject) && hasTime) continue;
    // a scheduler's "Your appointment is confirmed" for an interview: the interview, not a dentist
    // …and a pharmacy's or clinic's own interview is no patient's appointment
    // …and a hospital's hiring manager who mentions "nursing and pharmacy" beside a role writes about the job, not a visit
    if (seen === 'an appointment reminder' && hasTime && /\binterview/i.test(subject) && (!/\b(?:dental|dentist|DDS|patient|clinic|pharmacy|prescription|haircut|salon|veterinar|oil change)\b/i.test(text) || (hasRole && !/\b(?:appointment|patient)\b/i.test(text)))) continue;
    // (…and a booking tool's "your appointment" for "Portfolio Review – Senior Product Designer" names the job in its subject)
    if (seen === 'an appointment reminder' && hasTime && role && !PERSONAL_VISIT.test(text) && (subject.toLowerCase().includes(role.toLowerCase()) || !/\b(?:appointments?|pick-?up)\b/i.test(text)) && /\b(?:recruit(?:ing|er)|hiring|candidate|position|role|interview\w*|portfolio)\b/i.test(text)) continue;
    // a confirmation may mention the survey that follows it: only one whose subject asks for feedback is the survey
    if (seen === 'a survey about an interview' && !/\b(?:survey|feedback|how (?:was|did)|experience|rate)\b/i.test(subject)) continue;
    // …unless it turns the candidate down ("we have decided to move forward with other candidates")
    if (seen === 'a rejection' && hasTime && /\binterview\b/i.test(subject) && !/\bunfortunately\b/i.test(body.slice(0, 600)) && !/\b(?:(?:move|go|proceed) forward with (?:other|another) candidates?|regret to inform|position has been filled|not (?:be )?(?:moving|proceeding) forward with your)\b/i.test(body)) continue;
    return seen;
  }
  if (!hasRole && !INTERVIEW_WORDS.test(text) && !/面接|면접|面试|面談/.test(text)) return 'a message that does not mention an interview';
  return null;
}
