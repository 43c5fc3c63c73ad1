// Small builders for test emails: readable inline fixtures for the unit tests.
export interface MailSpec {
  from?: string;
  to?: string;
  date?: string;
  subject: string;
  text?: string;
  html?: string;
  ics?: string;
  icsType?: string;
  attach?: string;
}

const CRLF = (s: string) => s.replace(/\r?\n/g, '\r\n');

export function mail(spec: MailSpec): string {
  const head = [
    `From: ${spec.from ?? 'Sam Rivera <sam.rivera@example.net>'}`,
    `To: ${spec.to ?? 'interviews@followup.example.com'}`,
    `Date: ${spec.date ?? 'Mon, 20 Apr 2026 12:10:44 -0500'}`,
    `Subject: ${spec.subject}`,
    'MIME-Version: 1.0',
  ].join('\n');
  const parts: string[] = [];
  if (spec.text !== undefined) parts.push(`Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${spec.text}`);
  if (spec.html !== undefined) parts.push(`Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${spec.html}`);
  if (spec.ics) parts.push(`Content-Type: ${spec.icsType ?? 'text/calendar; method=REQUEST'}; charset=utf-8\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n${Buffer.from(CRLF(spec.ics)).toString('base64')}`);
  if (spec.attach) parts.push(`Content-Type: message/rfc822\nContent-Disposition: attachment; filename="original.eml"\n\n${spec.attach}`);
  const b = 'b-test-boundary';
  return CRLF(`${head}\nContent-Type: multipart/mixed; boundary="${b}"\n\n${parts.map((p) => `--${b}\n${p}\n`).join('')}--${b}--\n`);
}

/** A Gmail-style forward by Sam of an original message. */
export function gmailForward(o: { from: string; date: string; subject: string; body: string; ics?: string; icsType?: string }): string {
  const text = `\n---------- Forwarded message ---------\nFrom: ${o.from}\nDate: ${o.date}\nSubject: ${o.subject}\nTo: Sam Rivera <sam.rivera@example.net>\n\n\n${o.body}\n`;
  return mail({ subject: `Fwd: ${o.subject}`, text, ics: o.ics, icsType: o.icsType });
}

export function ics(lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR'].join('\n');
}
