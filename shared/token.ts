// Reply addresses: reply+<interviewId>.<mac>@<domain>. The MAC binds the address to one user and one interview, so a
// tampered token, another user's token, or a token guessed from an interview id is worthless.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const MAC_CHARS = 24; // hex: 96 bits

export function replyToken(secret: string, userEmail: string, interviewId: string): string {
  return `${interviewId}.${mac(secret, userEmail, interviewId)}`;
}

function mac(secret: string, userEmail: string, interviewId: string): string {
  return createHmac('sha256', secret).update(`${userEmail.toLowerCase()}\n${interviewId}`).digest('hex').slice(0, MAC_CHARS);
}

/** The interview id when the token verifies for this sender, else null. */
export function verifyReplyToken(secret: string, userEmail: string, token: string): string | null {
  const m = /^([a-z0-9]{8,40})\.([0-9a-f]{24})$/i.exec(token);
  if (!m) return null;
  const expected = Buffer.from(mac(secret, userEmail, m[1]), 'utf8');
  const given = Buffer.from(m[2].toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

/** The token part of reply+<token>@domain, or null. */
export function tokenFromAddress(address: string, domain: string): string | null {
  const m = /^reply\+([^@]+)@(.+)$/i.exec(address.trim());
  return m && m[2].toLowerCase() === domain.toLowerCase() ? m[1] : null;
}

/** Deterministic ids: a redelivered message maps to the same interview and the same records. */
export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}
