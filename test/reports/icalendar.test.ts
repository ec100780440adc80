import { describe, expect, it } from 'vitest';
import { foldLine, icsDocument, icsParameter, icsText } from '../../src/reports/icalendar.js';

describe('the iCalendar writer', () => {
  it('escapes text: backslash, semicolon, comma, and line breaks as \\n', () => {
    expect(icsText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    expect(icsText('bell\u0007')).toBe('bell\\\\x07');
  });

  it('quotes a parameter value holding : ; or , and never lets a double quote end it', () => {
    expect(icsParameter('Ada Lovelace')).toBe('Ada Lovelace');
    expect(icsParameter('Raman, Priya')).toBe('"Raman, Priya"');
    expect(icsParameter('say "hi": now')).toBe('"say \'hi\': now"');
    expect(icsParameter('two\nlines')).toBe('two lines');
  });

  it('folds at 75 octets, a continuation starting with a space, never inside a character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // é is two octets: 37 of them are 74 octets, and the 38th would make 76.
    expect(foldLine('é'.repeat(38))).toBe(`${'é'.repeat(37)}\r\n é`);
    expect(foldLine('x' + '😀'.repeat(19))).toBe(`x${'😀'.repeat(18)}\r\n 😀`);
  });

  it('ends every line with CRLF', () => {
    expect(icsDocument(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
