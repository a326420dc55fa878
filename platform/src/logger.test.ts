// What the logger prints: JSON lines with personal data and credentials masked wherever they appear.
import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger({ level: 'info', service: 'test' }, destination);
  return { log, lines, text: () => lines.join('\n') };
}

const NIK = '3173051203850001';
const PHONE = '+6281234567890';
const EMAIL = 'budi.santoso@example.com';
const JWT = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIzMTczMDUxMjAzODUwMDAxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const CODE = '483920';
const SECRETS = [NIK, PHONE, '081234567890', EMAIL, JWT, CODE];

describe('createLogger', () => {
  it('writes one JSON line with the service name and the level as a word', () => {
    const { log, lines } = capture();
    log.info('hub started');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', service: 'test', msg: 'hub started' });
  });

  it('prints no NIK, phone, e-mail, token or code in clear in the message', () => {
    const { log, text } = capture();
    log.info(`person ${NIK} phone ${PHONE} alt 081234567890 mail ${EMAIL} auth Bearer ${JWT} code: ${CODE}`);
    for (const secret of SECRETS) expect(text()).not.toContain(secret);
    expect(text()).toContain('317305********01');
  });

  it('prints none of them in clear in the logged object, however deep', () => {
    const { log, text } = capture();
    log.warn({ person: { nik: NIK, contacts: [PHONE, EMAIL] }, authorization: `Bearer ${JWT}`, otp: CODE, note: `code: ${CODE}` }, 'lookup by %s', NIK);
    for (const secret of SECRETS) expect(text()).not.toContain(secret);
    const line = JSON.parse(text());
    expect(line.authorization).toBe('[redacted]');
    expect(line.otp).toBe('[redacted]');
    expect(line.person.nik).toBe('317305********01');
  });

  it('masks the message of a logged error', () => {
    const { log, text } = capture();
    log.error({ error: new Error(`no account for ${EMAIL} with NIK ${NIK}`) }, 'registration failed');
    for (const secret of SECRETS) expect(text()).not.toContain(secret);
    expect(JSON.parse(text()).error).toMatchObject({ type: 'Error' });
  });

  it('drops lines below the level', () => {
    const { log, lines } = capture();
    log.debug('noise');
    expect(lines).toHaveLength(0);
  });
});

describe('child loggers', () => {
  it('mask the bindings they carry on every line', () => {
    const { log, text } = capture();
    log.child({ subject: NIK }).child({ to: PHONE }).info('sent');
    for (const secret of SECRETS) expect(text()).not.toContain(secret);
    expect(JSON.parse(text())).toMatchObject({ subject: '317305********01', msg: 'sent' });
  });

  it('keeps error codes readable (GraphQL and PostgreSQL) and redacts a code that is a secret', () => {
    const { log, lines } = capture();
    log.error({ code: 'BAD_USER_INPUT', db: { code: '23514' }, challenge: { code: CODE }, error: Object.assign(new Error('x'), { code: '23505' }) }, 'failed');
    const line = JSON.parse(lines[0]);
    expect(line.code).toBe('BAD_USER_INPUT');
    expect(line.db.code).toBe('23514');
    expect(line.challenge.code).toBe('[redacted]');
    expect(line.error.code).toBe('23505');
  });
});
