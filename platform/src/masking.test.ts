// Masking of identifiers and contacts (UU PDP): enough to recognise, not enough to identify.
import { MAX_LOGGED_TEXT, maskEmail, maskName, maskId16, maskPhone, maskText } from './masking';

describe('maskId16', () => {
  it.each([
    ['keeps the region and the last two digits: 317305********01', '3173051203850001', '317305********01'],
    ['hides everything of a value that is not a NIK', '12345', '****************'],
  ])('%s', (_rule, nik, masked) => expect(maskId16(nik)).toBe(masked));
});

describe('maskPhone', () => {
  it.each([
    ['keeps the operator prefix and the last four digits: +62812****7890', '+6281234567890', '+62812****7890'],
    ['hides as many digits as the number is longer', '+628123456789012', '+62812******9012'],
    ['hides a number too short to mask partly', '+62812', '****'],
  ])('%s', (_rule, phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('maskEmail and maskName', () => {
  it('keep the first and last letter of the local part and the domain', () => {
    expect(maskEmail('budi.santoso@example.com')).toBe('b***o@example.com');
    expect(maskEmail('bs@example.com')).toBe('b@example.com');
    expect(maskEmail('not-an-address')).toBe('***');
  });

  it('keep two letters of each word of a name', () => {
    expect(maskName('Budi Santoso')).toBe('Bu** Sa*****');
    expect(maskName('  Ni  Luh ')).toBe('N* Lu*');
  });
});

describe('maskText', () => {
  const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIzMTczMDUxMjAzODUwMDAxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

  it('scrubs a NIK, a phone number in both forms, an e-mail, a token and a code from free text', () => {
    const text =
      `nik 3173051203850001 phone 081234567890 or +6281234567890 mail budi.santoso@example.com ` + `token ${jwt} header Bearer abc.def-ghi code: 123456`;
    const masked = maskText(text);
    for (const secret of ['3173051203850001', '081234567890', '+6281234567890', 'budi.santoso@', jwt, 'abc.def-ghi', '123456']) {
      expect(masked).not.toContain(secret);
    }
    expect(masked).toContain('317305********01');
    expect(masked).toContain('+62812****7890');
    expect(masked).toContain('[token]');
  });

  it('masks an 18-digit NIP but keeps short numbers such as amounts', () => {
    expect(maskText('nip 198503122010011001 paid 150000')).toBe('nip 1985************** paid 150000');
  });

  it('puts a multi-line message on one line so that it cannot forge log lines', () => {
    expect(maskText('first\nsecond\r\nthird')).toBe('first second third');
  });
});

describe('maskText on long input', () => {
  it('cuts text past MAX_LOGGED_TEXT before masking, so a 40,000-character header costs no more than 4,000', () => {
    const masked = maskText('a'.repeat(40_000));
    expect(masked.length).toBeLessThan(MAX_LOGGED_TEXT + 40);
    expect(masked).toContain('[36000 more characters]');
  });

  it('still masks an e-mail that follows a long run of address characters', () => {
    expect(maskText(`${'x'.repeat(3_000)} budi.santoso@example.id`)).toContain('b***o@example.id');
  });

  it('masks an e-mail glued to other text at the start of its run only (no rescans inside a run)', () => {
    expect(maskText('to:budi@example.id')).toBe('to:b***i@example.id');
  });
});
