// The MPP kiosk (GET /kiosk) and the public card check (GET /verify/<code>) in a real browser: Debian's
// Chromium against a hub started here. Every screen is checked by axe-core and photographed into the
// folder printed at the start (HUB_SCREENSHOT_DIR to choose it).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/test-hub';
import { adminToken, steppedUpToken } from '../support/consumers';
import { BUDI_TASPEN, latestCode, register, type Registered } from '../../../subgraphs/identity/test/support/flows';
import { haveChromium, launch, seriousViolations, CHROMIUM, type BrowserRun } from './browser';

const BUDI = BUDI_TASPEN.identity;
/** Andi is a BPJS TK participant without a hub account in this test. */
const ANDI_NIK = '1271022107900003';
const KIOSK = { name: 'MPP Lhokseumawe — Kiosk 1', location: 'Mal Pelayanan Publik Lhokseumawe, lantai 1' };
const describeWithChromium = haveChromium ? describe : describe.skip;
if (!haveChromium) {
  test.skip(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`, () => {});
}

let hub: TestHub;
let run: BrowserRun;
let kiosk: BrowserContext;
let page: Page;
let budi: Registered;
let deviceToken: string;

async function screen(name: string, target = page): Promise<void> {
  await target.screenshot({ path: path.join(run.screenshots, `${name}.png`) });
  expect(await seriousViolations(target)).toEqual([]);
}

async function typeOnKeypad(digits: string): Promise<void> {
  for (const digit of digits) await page.locator('.keypad').getByRole('button', { name: digit, exact: true }).click();
}

async function walkIn(): Promise<void> {
  await typeOnKeypad(BUDI.nik);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { name: 'Masukkan kode SMS' }).waitFor();
}

async function enterCode(): Promise<void> {
  await typeOnKeypad(await latestCode(hub, BUDI_TASPEN.phone));
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: `Halo, ${BUDI.fullName}` }).waitFor();
}

describeWithChromium('the MPP kiosk and the card check page in Chromium', () => {
  beforeAll(async () => {
    const built = spawnSync(process.execPath, [path.resolve(__dirname, '../../scripts/build-web.mjs'), '--no-check'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build-web failed: ${built.stderr}`);
    hub = await startTestHub();
    budi = await register(hub, BUDI_TASPEN, 'budi.kiosk@example.com');
    const registered = await hub.gql(
      `mutation($input: KioskRegistrationInput!) { registerKiosk(input: $input) { deviceToken } }`,
      { input: KIOSK },
      { token: await adminToken(hub) },
    );
    deviceToken = registered.data!.registerKiosk.deviceToken;
    run = await launch(new URL(hub.baseUrl).origin);
    process.stdout.write(`kiosk screenshots: ${run.screenshots}\n`);
    kiosk = await run.context({ width: 1080, height: 1920 });
    page = await kiosk.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await run?.close();
    await hub?.close();
  });

  test('a kiosk is enrolled once with its device token and then names itself', async () => {
    await page.goto(`${hub.baseUrl}/kiosk`);
    await page.getByRole('heading', { name: 'Pendaftaran kiosk' }).waitFor();
    await screen('01-enrol');
    await page.getByLabel('Token perangkat').fill(deviceToken);
    await page.getByLabel('Kantor cabang kiosk ini').selectOption({ label: 'BPJS Ketenagakerjaan Cabang Lhokseumawe (Lhokseumawe)' });
    await page.getByRole('button', { name: 'Daftarkan kiosk' }).click();
    await page.getByRole('heading', { name: 'Selamat datang' }).waitFor();
    await expect(page.locator('header').textContent()).resolves.toContain(`${KIOSK.name} · ${KIOSK.location}`);
    const stored = await page.evaluate<string[]>('Object.keys(localStorage).sort()');
    expect(stored).toEqual(['kiosk.branchId', 'kiosk.deviceToken']);
    await screen('02-nik');

    // A reload keeps the enrolment, not more.
    await page.reload();
    await page.getByRole('heading', { name: 'Selamat datang' }).waitFor();
  });

  test('a NIK without an account is answered as one with an account', async () => {
    await typeOnKeypad(ANDI_NIK);
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { name: 'Masukkan kode SMS' }).waitFor();
    await expect(page.locator('.lead').textContent()).resolves.toMatch(/^Jika NIK ini memiliki akun, kode 6 angka telah dikirim lewat SMS/);
    await typeOnKeypad('123456');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kode salah' }).waitFor();
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('heading', { name: 'Selamat datang' }).waitFor();
  });

  test('a wrong SMS code is answered in the person’s language, and the right code opens both agencies; a resend waits', async () => {
    await walkIn();
    const resend = page.getByRole('button', { name: /^Kirim ulang dalam \d+/ });
    expect(await resend.isDisabled()).toBe(true);
    const lead = await page.locator('.lead').textContent();
    expect(lead).toMatch(/kode 6 angka telah dikirim lewat SMS ke \S+/);
    expect(lead).not.toContain('81234567803');
    await screen('03-code');
    const right = await latestCode(hub, BUDI_TASPEN.phone);
    await typeOnKeypad(right === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kode salah' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong code. Check your SMS and try again.' }).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

    await enterCode();
    const overview = page.locator('.overview');
    await overview.getByText('KPT-198503122010011001').waitFor();
    await expect(overview.textContent()).resolves.toEqual(expect.stringContaining('Rp 38.400.000'));
    const text = (await overview.textContent())!;
    expect(text).toContain('Rp 12.480.000');
    expect(text).toContain('Tidak aktif');
    expect(text).toContain('Kartu Peserta Jamsostek (KPJ)');
    expect(await overview.locator('.qr svg').count()).toBe(2);
    await screen('04-overview-portrait');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screen('05-overview-landscape');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Hello, ${BUDI.fullName}` }).waitFor();
    await screen('06-overview-english');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.setViewportSize({ width: 1080, height: 1920 });
  });

  test('a ticket is booked at the kiosk’s own branch, printed and cancelled', async () => {
    await page.getByRole('button', { name: 'Ambil nomor antrean' }).click();
    await screen('07-service');
    await page.getByRole('button', { name: 'Klaim JHT' }).click();
    const branches = page.locator('.choices .choice');
    await branches.first().waitFor();
    await expect(branches.first().textContent()).resolves.toContain('Cabang Lhokseumawe');
    await expect(branches.first().textContent()).resolves.toContain('Cabang kiosk ini');
    await expect(branches.nth(1).textContent()).resolves.toMatch(/\d+ km/);
    await screen('08-branch');
    await branches.first().click();
    await page.getByText(/Slot tersedia pada/).waitFor();
    await screen('09-slot');
    await page.locator('.choices .choice').first().click();
    await page.getByRole('heading', { name: 'Tiket antrean Anda' }).waitFor();
    const number = (await page.locator('.ticket-number').textContent())!;
    expect(number).toMatch(/^JHT-\d+$/);
    await screen('10-ticket');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(run.screenshots, '11-ticket-print.png') });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('.ticket').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const booked = await hub.pool.query(`select status from bpjstk.queue_ticket where nik = $1 and number = $2`, [BUDI.nik, number]);
    expect(booked.rows).toEqual([{ status: 'BOOKED' }]);
    await page.getByRole('button', { name: 'Batalkan tiket' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tiket dibatalkan.' }).waitFor();
    const cancelled = await hub.pool.query(`select status from bpjstk.queue_ticket where nik = $1 and number = $2`, [BUDI.nik, number]);
    expect(cancelled.rows).toEqual([{ status: 'CANCELLED' }]);
  });

  test('the e-survey is sent, then nothing of the person stays in the page, storage or history', async () => {
    const historyLength = await page.evaluate<number>('history.length');
    await page.getByRole('button', { name: 'Lanjut ke survei' }).click();
    await page.getByRole('heading', { name: 'Bagaimana layanan kami?' }).waitFor();
    await page.getByRole('button', { name: '4 Baik' }).click();
    await page.getByLabel('Komentar (tidak wajib)').fill('Petugas ramah, antrean cepat.');
    await screen('12-survey');
    await page.getByRole('button', { name: 'Kirim' }).click();
    await page.getByRole('heading', { name: 'Terima kasih' }).waitFor();
    await screen('13-thanks');
    const feedback = await hub.pool.query(`select rating, comment from bpjstk.service_feedback order by created_at desc limit 1`);
    expect(feedback.rows).toEqual([{ rating: 4, comment: 'Petugas ramah, antrean cepat.' }]);

    const left = await page.evaluate<{ html: string; local: string[]; session: number; history: number; url: string }>(`({
      html: document.documentElement.outerHTML,
      local: Object.keys(localStorage).sort(),
      session: sessionStorage.length,
      history: history.length,
      url: location.href,
    })`);
    for (const trace of [BUDI.nik, BUDI.fullName, 'KPT-198503122010011001', '38.400.000', 'JHT-']) expect(left.html).not.toContain(trace);
    expect(left.local).toEqual(['kiosk.branchId', 'kiosk.deviceToken']);
    expect(left.session).toBe(0);
    expect(left.history).toBe(historyLength);
    expect(left.url).toBe(`${hub.baseUrl}/kiosk`);
    expect(await kiosk.cookies()).toEqual([]);
  });

  test('an idle session is warned and then ended (shortened timeouts)', async () => {
    // The hub's configuration is frozen: the kiosk page is served to this test with shorter timeouts instead.
    const shortened = async (route: Route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace('data-idle-warning-seconds="60"', 'data-idle-warning-seconds="2"')
        .replace('data-idle-grace-seconds="30"', 'data-idle-grace-seconds="3"');
      expect(html).toContain('data-idle-warning-seconds="2"');
      expect(html).toContain('data-idle-grace-seconds="3"');
      await route.fulfill({ response, body: html });
    };
    await page.route('**/kiosk', shortened);
    try {
      await page.reload();
      await page.getByRole('heading', { name: 'Selamat datang' }).waitFor();
      await walkIn();
      await enterCode();
      await page.getByRole('alertdialog').waitFor({ timeout: 10_000 });
      await expect(page.getByRole('alertdialog').textContent()).resolves.toContain('sesi akan berakhir dalam');
      await screen('14-idle-warning');
      await page.getByRole('heading', { name: 'Terima kasih' }).waitFor({ timeout: 10_000 });
      await expect(page.locator('main').textContent()).resolves.toContain('Sesi berakhir');
      expect(await page.locator('body').innerHTML()).not.toContain(BUDI.fullName);
    } finally {
      await page.unroute('**/kiosk', shortened);
    }
  });

  test('the card check page says a real code is valid and an altered one is not, on a phone', async () => {
    const token = await steppedUpToken(hub, { accountId: budi.accountId, nik: BUDI.nik });
    const cards = await hub.gql(`query { me { person { taspen { card { verificationCode } } } } }`, {}, { token });
    const code = cards.data!.me.person.taspen.card.verificationCode as string;
    const phone = await run.context({ width: 390, height: 844, isMobile: true });
    const check = await phone.newPage();
    await check.goto(`${hub.baseUrl}/verify/${code}`);
    await check.getByRole('heading', { name: 'Kartu sah' }).waitFor();
    const valid = (await check.locator('main').textContent())!;
    expect(valid).toContain('KPT-198503122010011001');
    expect(valid).toContain('PT TASPEN (Persero)');
    expect(valid).not.toContain(BUDI.fullName);
    expect(valid).toMatch(/B\S*\*/);
    await screen('15-verify-valid', check);

    const altered = `${code.slice(0, -3)}${code.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    await check.goto(`${hub.baseUrl}/verify/${altered}`);
    await check.getByRole('heading', { name: 'Kartu tidak sah' }).waitFor();
    expect(await check.locator('main').textContent()).not.toContain('KPT-');
    await screen('16-verify-altered', check);
    await phone.close();
  });

  test('the pages loaded nothing from another origin and logged no console error', () => {
    expect(run.foreignRequests).toEqual([]);
    expect(run.consoleErrors).toEqual([]);
  });
});
