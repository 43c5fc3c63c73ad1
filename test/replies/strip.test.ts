// stripReply per client: only the user's new text survives.
import { describe, expect, it } from 'vitest';
import { stripReply } from '../../shared/replies/index.js';

const PROMPT = ['Hi Sam,', '', 'How did your interview with Verdant Grid go?', '', 'Interview Follow-up - reply "help" for all commands'];
const gt = (lines: string[]) => lines.map((l) => (l ? `> ${l}` : '>')).join('\n');

describe('stripReply: plain-text clients', () => {
  it.each([
    ['Gmail web', `Sent!\n\nOn Tue, Mar 10, 2026 at 11:05 AM Interview Follow-up <prompts@followup.example.com> wrote:\n\n${gt(PROMPT)}\n`],
    ['Gmail, header wrapped over two lines', `Sent!\n\nOn Tue, Mar 10, 2026 at 11:05 AM Interview Follow-up <\nprompts@followup.example.com> wrote:\n\n${gt(PROMPT)}\n`],
    ['Gmail Android', `Sent!\n\nOn Wed, Mar 4, 2026, 4:10 PM Interview Follow-up <prompts@followup.example.com> wrote:\n\n${gt(PROMPT)}`],
    ['Apple Mail', `Sent!\n\n> On Mar 10, 2026, at 11:05 AM, Interview Follow-up <prompts@followup.example.com> wrote:\n>\n${gt(PROMPT)}`],
    ['iPhone', `Sent!\n\nSent from my iPhone\n\n> On Mar 10, 2026, at 11:05 AM, Interview Follow-up <prompts@followup.example.com> wrote:\n${gt(PROMPT)}`],
    ['Android Galaxy', `Sent!\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Interview Follow-up <prompts@followup.example.com>\nDate: 3/10/26 11:05 AM (GMT-06:00)\nTo: Sam Rivera <sam@example.net>\nSubject: Thank-you draft\n\n${PROMPT.join('\n')}`],
    ['Outlook for Android', `Sent!\n\nGet Outlook for Android\n________________________________\nFrom: Interview Follow-up <prompts@followup.example.com>\nSent: Tuesday, March 10, 2026 11:05:00 AM\nTo: Sam Rivera <sam@example.net>\nSubject: Thank-you draft\n\n${PROMPT.join('\n')}`],
    ['Outlook desktop, underscores', `Sent!\r\n\r\n________________________________\r\nFrom: Interview Follow-up <prompts@followup.example.com>\r\nSent: Tuesday, March 10, 2026 11:05 AM\r\nTo: Sam Rivera\r\nSubject: Thank-you draft\r\n\r\n${PROMPT.join('\r\n')}`],
    ['Outlook, bold *From:* after a rule', `Sent!\n\n\n ------------------------------\n\n*From:* Interview Follow-up [mailto:prompts@followup.example.com]\n*Sent:* Thursday, February 09, 2026 1:36 PM\n*To:* sam@example.net\n*Subject:* Thank-you draft\n\n\n\n${PROMPT.join('\n')}`],
    ['Outlook, header block with no rule', `Sent!\n\nFrom: Interview Follow-up [prompts@followup.example.com]\nSent: Friday, 23 March 2026 5:08 p.m.\nTo: Sam Rivera\nSubject: Thank-you draft\n\n${gt(PROMPT)}`],
    ['-----Original Message-----', `Sent!\n\n-----Original Message-----\nFrom: Interview Follow-up\nSent: Tuesday\n\n${PROMPT.join('\n')}`],
    ['Yahoo, unquoted original below the header', `Sent!\n\n\n    On Tuesday, March 10, 2026, 11:05:12 AM CDT, Interview Follow-up <prompts@followup.example.com> wrote:\n\n ${PROMPT.join('\n ')}`],
    ['Thunderbird', `Sent!\n\nOn 3/10/26 11:05 AM, Interview Follow-up wrote:\n${gt(PROMPT)}`],
    ['only > lines, no header', `Sent!\n\n${gt(PROMPT)}`],
  ])('%s', (_name, body) => {
    expect(stripReply(body)).toBe('Sent!');
  });

  it('keeps text written between and below quoted lines (inline replies)', () => {
    const body = `On Tue, Apr 29, 2026 at 4:22 PM Dana <dana@example.com> wrote:\n\n> first question?\n\nI will reply under this one\n\n> okay?\n\nand under this.\n\n> -- Dana\n\n--\nSam's signature`;
    expect(stripReply(body)).toBe('I will reply under this one\n\nand under this.');
  });

  it('does not take "On your remote host…" or "One question" for a reply header', () => {
    expect(stripReply('On your remote host you can run:\n\n    telnet 127.0.0.1 52698\n\nThat should work.')).toBe(
      'On your remote host you can run:\n\n    telnet 127.0.0.1 52698\n\nThat should work.',
    );
    expect(stripReply('One outstanding question I had:\n\nOn Oct 1, 2026, at 11:55 PM, Dave wrote:\n\n> quoted')).toBe('One outstanding question I had:');
  });
});

describe('stripReply: signatures and sign-offs', () => {
  it.each([
    ['"-- " delimiter', 'Went well.\n\n-- \nSam Rivera\nSenior Engineer', 'Went well.'],
    ['"--" delimiter', 'Went well.\n\n--\nSam', 'Went well.'],
    ['-- inside a line is text', 'And here is a fix -- this is not a signature.', 'And here is a fix -- this is not a signature.'],
    ['Sent from my iPhone', 'Here is another email\n\nSent from my iPhone', 'Here is another email'],
    ['Sent from my Verizon Wireless BlackBerry', 'Here is another email\n\nSent from my Verizon Wireless BlackBerry', 'Here is another email'],
    ['a sentence starting "Sent from my" is text', 'Here is another email\n\nSent from my desk, is much easier then my mobile phone.', 'Here is another email\n\nSent from my desk, is much easier then my mobile phone.'],
    ['Thanks,\\nSam', 'Sent it.\n\nThanks,\nSam', 'Sent it.'],
    ['Best,\\nSam Rivera', 'Sent it.\nBest,\nSam Rivera', 'Sent it.'],
    ['Cheers, Sam on one line', 'Sent it.\n\nCheers, Sam', 'Sent it.'],
    ['-Sam', 'Oh thanks.\n\nHaving the function would be great.\n\n-Abhishek Kona', 'Oh thanks.\n\nHaving the function would be great.'],
    ['a name under the text', 'Sent it!\nSam', 'Sent it!'],
    ['mailing-list footer', 'Hi folks\n\n-Abhishek\n\n\n_______________________________________________\nriak-users mailing list', 'Hi folks'],
    ['bullets keep their indent', 'Two things:\n\n   - how about bullets\n   - and another\n\n-- \nJoe', 'Two things:\n\n   - how about bullets\n   - and another'],
  ])('%s', (_name, body, want) => {
    expect(stripReply(body)).toBe(want);
  });

  it('leaves a one-word command alone even when it looks like a name', () => {
    expect(stripReply('Offer')).toBe('Offer');
    expect(stripReply('Thanks!')).toBe('Thanks!');
  });
});

describe('stripReply: HTML-only replies', () => {
  it('Outlook web: drops the divRplyFwdMsg header and the original after it', () => {
    const html = `<html><head><style>P {margin:0}</style></head><body><div class="elementToProof"><div>remind me again in 3 days</div></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Interview Follow-up<br><b>Sent:</b> Thursday</div><div><p>Hi Sam,</p><p>Any news?</p></div></body></html>`;
    expect(stripReply('', html)).toBe('remind me again in 3 days');
  });

  it('Gmail: drops the gmail_quote part', () => {
    const html = `<div dir="ltr"><div>They went with another candidate.</div><div><br></div><div>Thanks,</div><div>Sam</div></div><br><div class="gmail_quote"><div class="gmail_attr">On Tue, Mar 10, 2026 at 11:05 AM Interview Follow-up &lt;prompts@followup.example.com&gt; wrote:<br></div><blockquote class="gmail_quote"><p>Hi Sam,</p></blockquote></div>`;
    expect(stripReply('', html)).toBe('They went with another candidate.');
  });

  it('Apple Mail / iPhone: drops blockquote type=cite and the signature', () => {
    const html = `<html><body dir="auto"><div>Withdrawing from this one. Please stop the reminders.</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Sent from my iPhone</div></div><div dir="ltr"><br><blockquote type="cite">On May 14, 2026, at 9:30 AM, Interview Follow-up &lt;prompts@followup.example.com&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><p>Hi Sam,</p></blockquote></body></html>`;
    expect(stripReply('', html)).toBe('Withdrawing from this one. Please stop the reminders.');
  });

  it('decodes entities and keeps line breaks', () => {
    expect(stripReply('', '<p>Sent &amp; done&#x21;</p><p>Dana&#39;s team: 6&nbsp;people<br>moving to Flink</p>')).toBe(
      "Sent & done!\n\nDana's team: 6 people\nmoving to Flink",
    );
  });

  it('prefers the text part, and falls back to HTML when the text part is empty', () => {
    expect(stripReply('Sent!', '<div>ignored</div>')).toBe('Sent!');
    expect(stripReply('   \n', '<div>Sent!</div>')).toBe('Sent!');
    expect(stripReply('', undefined)).toBe('');
  });
});

describe('stripReply: hostile input stays linear', () => {
  it.each([
    ['a 700 KB line of ">"', () => 'Hi folks\n' + '>'.repeat(700_000) + '\nasdf', 'Hi folks\n\nasdf'],
    ['an unterminated HTML comment', () => '', 'x'],
    ['many "On" lines that never say wrote', () => 'On 1 '.repeat(50_000) + '\nok', ('On 1 '.repeat(50_000)).trimEnd() + '\nok'],
    ['a long run of spaces and dashes', () => '-'.repeat(200_000) + ' '.repeat(200_000) + 'x', '-'.repeat(200_000) + ' '.repeat(200_000) + 'x'],
  ])('%s', (_name, make, want) => {
    if (_name.includes('comment')) {
      expect(stripReply('', '<div>x</div><!--' + '<p>'.repeat(200_000))).toBe(want);
      return;
    }
    expect(stripReply(make())).toBe(want);
  });
});

describe('stripReply: signatures found by the blind set', () => {
  it.each([
    ['Outlook for iOS tag line with its link', 'Final round next week\n\nGet Outlook for iOS<https://aka.ms/o0ukef>', 'Final round next week'],
    [
      'a signature card and a legal disclaimer',
      'Sent, thanks.\n\nSam Rivera\nSenior Product Designer\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information.',
      'Sent, thanks.',
    ],
    ['a disclaimer header', 'Offer!\n\nDISCLAIMER: This message is confidential and intended only for the addressee.', 'Offer!'],
    ['text that starts like a disclaimer', 'This email is to say I got the offer', 'This email is to say I got the offer'],
    ['a name card needs short lines without sentence punctuation', 'Sent.\n\nDana Whitfield\nSaid the team is great.', 'Sent.\n\nDana Whitfield\nSaid the team is great.'],
  ])('%s', (_name, body, want) => {
    expect(stripReply(body)).toBe(want);
  });
});

describe('stripReply: HTML rules found by the second blind set', () => {
  it('Outlook desktop: MsoNormal paragraphs are lines, so a name card under the text is dropped', () => {
    const html =
      '<div class="WordSection1"><p class="MsoNormal">Ping me again next Tuesday please.<o:p></o:p></p>\n' +
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">Sam Rivera<o:p></o:p></p>\n' +
      '<p class="MsoNormal">(312) 555-0148<o:p></o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt">' +
      '<p class="MsoNormal"><b>From:</b> Interview Follow-up<br><b>Sent:</b> Wednesday<br><b>To:</b> Sam</p></div></div>';
    expect(stripReply('', html)).toBe('Ping me again next Tuesday please.');
  });

  it('adjacent block boundaries make one line break; an empty block is a blank line', () => {
    expect(stripReply('', '<div>Sent.</div><div>Team is 6 people.</div><div><br></div><div>Moving to Flink.</div>')).toBe(
      'Sent.\nTeam is 6 people.\n\nMoving to Flink.',
    );
  });
});

describe('stripReply: a letter to us', () => {
  it('drops the salutation with the sign-off, and keeps it without one', () => {
    // Prepare
    const letter = 'Hi,\n\nIt went fine. Next step is a call.\n\nThanks,\nSam';
    const plain = 'Hi there!\n\nStuff happened.';
    // Act / Assess
    expect(stripReply(letter)).toBe('It went fine. Next step is a call.');
    expect(stripReply(plain)).toBe(plain);
    expect(stripReply('Hi Dana, sent it.\n\nThanks,\nSam')).toBe('Hi Dana, sent it.');
  });
});
