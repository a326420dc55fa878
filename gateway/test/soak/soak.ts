// Soak: a steady mixed load of the contract's reads and writes against the whole hub on real services
// (DATABASE_URL's server, a fresh database created here and dropped afterwards; REDIS_URL with a key prefix of
// its own), sampling RSS, heap and event-loop delay of the hub process every few seconds.
//
//   npm run soak -- --minutes 10 [--rate 20] [--sample 5] [--out .data/soak] [--keep-database]
//
// The load runs in the hub's own process (the hub is started in-process), so RSS and event-loop delay are the
// hub's plus a small load generator. Writes a JSON report and prints a table; exits 1 when the targets are missed
// (any error, memory growth of 10 % or more after warm-up).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '#platform/config';
import { nowSeconds, participantCaller, staffCaller } from '#platform/testing/callers';
import { createLogger } from '#platform/logger';
import { startHub, type Hub } from '../../src/hub';
import { PDF_BYTES, JPEG_BYTES, PNG_BYTES } from '../support/uploads';
import { postSigned } from '../support/bpjstk';
import { bpuInput } from '../support/registrations';

interface Options {
  minutes: number;
  rate: number;
  sampleSeconds: number;
  out: string;
  keepDatabase: boolean;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    minutes: Number(get('minutes') ?? 10),
    rate: Number(get('rate') ?? 20),
    sampleSeconds: Number(get('sample') ?? 5),
    out: get('out') ?? '.data/soak',
    keepDatabase: argv.includes('--keep-database'),
  };
}

const BUDI = { nik: '3173051203850001', nip: '198503122010011001', fullName: 'Budi Santoso', birthDate: '1985-03-12' };
const PEOPLE_NIKS = ['3173051203850001', '1173015508720002', '1271022107900003', '3578034311940004', '3273042802680005', '1276014906880006'];

const OVERVIEW = `query MyOverview { me { id person { nik fullName
  taspen { nip status card { number issuedAt verificationCode } thtBalance { amount asOf } submissions(first: 10) { totalCount nodes { id status trackingCode } } }
  bpjsTk { kpj status card { number } jhtBalance { total asOf } claims(first: 10) { totalCount nodes { id status } } queueTickets { id status } } } } }`;
const PERSON = `query Person($nik: String!) { person(nik: $nik) { nik fullName taspen { nip status } bpjsTk { kpj status } } }`;
const VERIFY_CARD = `query VerifyCard($code: String!) { verifyCard(code: $code) { valid agency cardNumber holderName } }`;
const BRANCHES = `query($lat: Float!, $lon: Float!) { branchOffices(near: { latitude: $lat, longitude: $lon }, first: 3) { id name distanceKm } }`;
const PROGRAMS = `{ bpjsTkPrograms { code name } }`;
const REQUIREMENTS = `query($nip: String!) { taspenSubmissionRequirements(type: KPT, nip: $nip) { documents { kind required } } }`;
const START = `mutation($input: StartRegistrationInput!) { startRegistration(input: $input) { registrationId nextStep } }`;
const SUBMIT = `mutation($input: TaspenSubmissionInput!) { submitTaspenSubmission(input: $input) { id status } }`;
const REGISTER_BPU = `mutation($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id kpj paymentCode { code amount } } }`;
const BOOK = `mutation($input: QueueBookingInput!) { bookQueueTicket(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelQueueTicket(id: $id) { id status } }`;
const DASHBOARD = `{ hubDashboard { taspenSubmissionsByStatus { status count } jhtClaimsByStatus { status count } otpDelivery { sent failed manual } } }`;

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const base = loadConfig();
  if (!base.DATABASE_URL) throw new Error('Set DATABASE_URL (a real PostgreSQL; the soak creates and drops a database of its own there).');
  const admin = new URL(base.DATABASE_URL);
  admin.pathname = '/postgres';
  const dbName = `hub_soak_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const adminClient = new Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`create database "${dbName}"`);
  const databaseUrl = new URL(base.DATABASE_URL);
  databaseUrl.pathname = `/${dbName}`;

  const config = loadConfig({
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    REDIS_KEY_PREFIX: `soak:${randomUUID().slice(0, 8)}:`,
    TRUST_PROXY: 'loopback',
    OTP_SENDS_PER_IP_PER_HOUR: '100000',
  });
  const hub: Hub = await startHub({ config, databaseUrl: databaseUrl.toString(), port: 0, log: createLogger({ level: config.LOG_LEVEL, service: 'soak' }) });
  const baseUrl = `http://127.0.0.1:${hub.port}`;

  let tokens = await mintTokens(hub);
  const refresh = setInterval(async () => {
    tokens = await mintTokens(hub);
  }, 5 * 60_000);

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip(), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (response.status !== 200 || body.errors?.length)
      throw new Error(`${response.status} ${body.errors?.map((e) => e.extensions?.code ?? e.message).join(',')}`);
    return body.data;
  };
  const uploadDoc = async (bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), 'doc.bin');
    const response = await fetch(`${baseUrl}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${tokens.budi}` }, body: form });
    if (response.status !== 201) throw new Error(`upload ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  };

  const docs = {
    surat: await uploadDoc(PDF_BYTES),
    kgb: await uploadDoc(PDF_BYTES),
    sk: await uploadDoc(PDF_BYTES),
    spmt: await uploadDoc(PDF_BYTES),
    ktp: await uploadDoc(JPEG_BYTES),
    selfie: await uploadDoc(PNG_BYTES),
  };
  const cardCode = (await gql(OVERVIEW, {}, tokens.budi)).me.person.taspen.card.verificationCode as string;
  const staffHeaders = { 'x-access-purpose': 'Soak test read' };
  let serial = 0;
  let bookings: Promise<unknown> = Promise.resolve();
  const day = new Date(Date.now() + 5 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);

  // Weighted mix: mostly reads, about a fifth writes.
  const mix: Array<[string, number, () => Promise<unknown>]> = [
    ['MyOverview', 25, () => gql(OVERVIEW, {}, tokens.budi)],
    ['Person (staff)', 15, () => gql(PERSON, { nik: PEOPLE_NIKS[serial++ % PEOPLE_NIKS.length] }, tokens.admin, staffHeaders)],
    ['VerifyCard', 10, () => gql(VERIFY_CARD, { code: cardCode })],
    ['NearestBranchOffices', 10, () => gql(BRANCHES, { lat: -6.2 + Math.random(), lon: 106.8 + Math.random() })],
    ['BpjsTkPrograms', 5, () => gql(PROGRAMS)],
    ['TaspenSubmissionRequirements', 5, () => gql(REQUIREMENTS, { nip: BUDI.nip })],
    ['HubDashboard', 5, () => gql(DASHBOARD, {}, tokens.admin)],
    ['StartRegistration', 6, () => gql(START, { input: { agency: 'TASPEN', email: `soak-${randomUUID()}@example.id` } })],
    [
      'SubmitTaspenSubmission',
      6,
      () =>
        gql(
          SUBMIT,
          {
            input: {
              type: 'KPT',
              nip: BUDI.nip,
              applicant: { relation: 'SELF', fullName: BUDI.fullName, nik: BUDI.nik, birthDate: BUDI.birthDate },
              documents: [
                { kind: 'SURAT_PENGANTAR', documentId: docs.surat },
                { kind: 'KGB_TERAKHIR', documentId: docs.kgb },
                { kind: 'SK_CPNS', documentId: docs.sk },
                { kind: 'SPMT', documentId: docs.spmt },
              ],
              ktpPhotoDocumentId: docs.ktp,
              selfieWithKtpDocumentId: docs.selfie,
              email: 'budi@example.id',
              idempotencyKey: randomUUID(),
            },
          },
          tokens.budi,
        ),
    ],
    [
      'RegisterBpu + payment webhook',
      6,
      async () => {
        const n = ++serial;
        const nik = `3273010101${String(90 + (n % 10)).padStart(2, '0')}${String(n % 10000).padStart(4, '0')}`;
        const person = { nik, fullName: `Peserta Soak ${n}`, birthDate: `19${String(90 + (n % 10))}-01-01`, email: `soak-bpu-${n}@example.id` };
        const registered = await gql(REGISTER_BPU, { input: bpuInput({ ...person, phone: `0812${String(n).padStart(8, '0')}`, address: 'Jl. Soak 1' }) });
        const { code, amount } = registered.registerBpuParticipant.paymentCode;
        const body = { reference: `soak-${randomUUID()}`, paymentCode: code, amount, paidAt: new Date().toISOString() };
        const response = await postSigned(baseUrl, '/webhooks/payments', config.paymentWebhookSecret, body);
        if (response.status !== 200) throw new Error(`webhook ${response.status}`);
      },
    ],
    // One person may hold one active ticket per service and day: bookings of the load's person run one at a time
    // (two overlapping would rightly get CONFLICT).
    [
      'BookQueueTicket + cancel',
      6,
      () =>
        (bookings = bookings
          .catch(() => {})
          .then(async () => {
            const hour = 8 + (serial++ % 6);
            const booked = await gql(
              BOOK,
              {
                input: {
                  branchId: 'medan-kota',
                  service: 'INFORMATION',
                  slotStartsAt: new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`).toISOString(),
                  idempotencyKey: randomUUID(),
                },
              },
              tokens.andi,
            );
            await gql(CANCEL, { id: booked.bookQueueTicket.id }, tokens.andi);
          })),
    ],
  ];
  const totalWeight = mix.reduce((sum, [, w]) => sum + w, 0);
  const pick = () => {
    let r = Math.random() * totalWeight;
    for (const entry of mix) if ((r -= entry[1]) < 0) return entry;
    return mix[0];
  };

  interface Window {
    at: number;
    latencies: number[];
    errors: number;
    requests: number;
  }
  const windows: Array<{
    minute: number;
    rssMb: number;
    heapMb: number;
    loopP99Ms: number;
    loopMaxMs: number;
    requests: number;
    errors: number;
    p50Ms: number;
    p99Ms: number;
  }> = [];
  const perOperation = new Map<string, { latencies: number[]; errors: number }>();
  const errorSamples: string[] = [];
  let current: Window = { at: Date.now(), latencies: [], errors: 0, requests: 0 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();

  const started = Date.now();
  const endAt = started + options.minutes * 60_000;
  const inFlight = new Set<Promise<void>>();
  const fire = () => {
    const [name, , run] = pick();
    const t0 = performance.now();
    const window = current;
    const promise = run()
      .then(
        () => {
          const ms = performance.now() - t0;
          window.latencies.push(ms);
          const op = perOperation.get(name) ?? { latencies: [], errors: 0 };
          op.latencies.push(ms);
          perOperation.set(name, op);
        },
        (error: Error) => {
          window.errors += 1;
          const op = perOperation.get(name) ?? { latencies: [], errors: 0 };
          op.errors += 1;
          perOperation.set(name, op);
          if (errorSamples.length < 20) errorSamples.push(`${name}: ${error.message}`);
        },
      )
      .finally(() => inFlight.delete(promise));
    window.requests += 1;
    inFlight.add(promise);
  };

  const sample = () => {
    const memory = process.memoryUsage();
    windows.push({
      minute: Math.round(((Date.now() - started) / 60_000) * 100) / 100,
      rssMb: mb(memory.rss),
      heapMb: mb(memory.heapUsed),
      loopP99Ms: Math.round(loop.percentile(99) / 1e4) / 100,
      loopMaxMs: Math.round(loop.max / 1e4) / 100,
      requests: current.requests,
      errors: current.errors,
      p50Ms: Math.round(percentile(current.latencies, 50)),
      p99Ms: Math.round(percentile(current.latencies, 99)),
    });
    loop.reset();
    current = { at: Date.now(), latencies: [], errors: 0, requests: 0 };
    const last = windows[windows.length - 1];
    process.stdout.write(
      `  t=${last.minute.toFixed(2)} min  rss ${last.rssMb} MB  heap ${last.heapMb} MB  loop p99 ${last.loopP99Ms} ms  req ${last.requests}  err ${last.errors}  p50 ${last.p50Ms} ms  p99 ${last.p99Ms} ms\n`,
    );
  };

  process.stdout.write(`Soak: ${options.minutes} min at ${options.rate} req/s against ${baseUrl} (database ${dbName})\n`);
  const interval = 1000 / options.rate;
  let next = Date.now();
  let nextSample = Date.now() + options.sampleSeconds * 1000;
  while (Date.now() < endAt) {
    const now = Date.now();
    if (now >= next) {
      fire();
      next += interval;
      if (next < now - 1000) next = now; // never burst to catch up more than a second
    }
    if (now >= nextSample) {
      sample();
      nextSample += options.sampleSeconds * 1000;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(next, nextSample) - Date.now())));
  }
  await Promise.all(inFlight);
  sample();
  loop.disable();
  clearInterval(refresh);

  // Warm-up: the first two minutes or fifth of the run, whichever is longer, at most half of it (JIT, pools and V8's
  // heap settle). Growth compares the first post-warm-up third with the last third.
  const warmUpSamples = Math.min(Math.floor(windows.length / 2), Math.max(Math.ceil(120 / options.sampleSeconds), Math.floor(windows.length / 5)));
  const warm = windows.slice(Math.max(1, warmUpSamples));
  const third = Math.max(1, Math.floor(warm.length / 3));
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const rssStart = avg(warm.slice(0, third).map((w) => w.rssMb));
  const rssEnd = avg(warm.slice(-third).map((w) => w.rssMb));
  const heapStart = avg(warm.slice(0, third).map((w) => w.heapMb));
  const heapEnd = avg(warm.slice(-third).map((w) => w.heapMb));
  const allLatencies = [...perOperation.values()].flatMap((o) => o.latencies);
  const totalErrors = windows.reduce((sum, w) => sum + w.errors, 0);
  const totalRequests = windows.reduce((sum, w) => sum + w.requests, 0);
  const p99First = avg(warm.slice(0, third).map((w) => w.p99Ms));
  const p99Last = avg(warm.slice(-third).map((w) => w.p99Ms));
  const report = {
    startedAt: new Date(started).toISOString(),
    minutes: options.minutes,
    targetRate: options.rate,
    achievedRate: Math.round((totalRequests / ((Date.now() - started) / 1000)) * 10) / 10,
    requests: totalRequests,
    errors: totalErrors,
    errorSamples,
    latencyMs: {
      p50: Math.round(percentile(allLatencies, 50)),
      p95: Math.round(percentile(allLatencies, 95)),
      p99: Math.round(percentile(allLatencies, 99)),
      max: Math.round(Math.max(0, ...allLatencies)),
    },
    p99AfterWarmUpMs: { first: Math.round(p99First), last: Math.round(p99Last) },
    memoryAfterWarmUpMb: {
      rssStart: Math.round(rssStart),
      rssEnd: Math.round(rssEnd),
      rssGrowthPercent: Math.round(((rssEnd - rssStart) / rssStart) * 1000) / 10,
      heapStart: Math.round(heapStart),
      heapEnd: Math.round(heapEnd),
    },
    eventLoopP99Ms: {
      median: percentile(
        windows.map((w) => w.loopP99Ms),
        50,
      ),
      worst: Math.max(...windows.map((w) => w.loopP99Ms)),
    },
    operations: Object.fromEntries(
      [...perOperation].map(([name, o]) => [
        name,
        {
          requests: o.latencies.length + o.errors,
          errors: o.errors,
          p50Ms: Math.round(percentile(o.latencies, 50)),
          p99Ms: Math.round(percentile(o.latencies, 99)),
        },
      ]),
    ),
    samples: windows,
  };
  const passed = totalErrors === 0 && report.memoryAfterWarmUpMb.rssGrowthPercent < 10;

  fs.mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, `soak-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...report, passed }, null, 2)}\n`);
  process.stdout.write(`\nOperation                       requests  errors   p50 ms   p99 ms\n`);
  for (const [name, o] of Object.entries(report.operations)) {
    process.stdout.write(
      `${name.padEnd(31)} ${String(o.requests).padStart(8)} ${String(o.errors).padStart(7)} ${String(o.p50Ms).padStart(8)} ${String(o.p99Ms).padStart(8)}\n`,
    );
  }
  process.stdout.write(
    `\nrequests ${totalRequests} (${report.achievedRate}/s), errors ${totalErrors}, p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms (after warm-up: first ${report.p99AfterWarmUpMs.first} ms, last ${report.p99AfterWarmUpMs.last} ms)\n`,
  );
  process.stdout.write(
    `RSS after warm-up ${report.memoryAfterWarmUpMb.rssStart} → ${report.memoryAfterWarmUpMb.rssEnd} MB (${report.memoryAfterWarmUpMb.rssGrowthPercent} %), heap ${report.memoryAfterWarmUpMb.heapStart} → ${report.memoryAfterWarmUpMb.heapEnd} MB, event-loop p99 median ${report.eventLoopP99Ms.median} ms\n`,
  );
  process.stdout.write(`${passed ? 'PASSED' : 'FAILED'} (targets: 0 errors, memory growth under 10 %)  report: ${file}\n`);

  await hub.close();
  if (!options.keepDatabase) await adminClient.query(`drop database if exists "${dbName}" with (force)`);
  await adminClient.end();
  process.exit(passed ? 0 : 1);
}

async function mintTokens(hub: Hub) {
  const accountOf = async (nik: string) => {
    const { rows } = await hub.pool.query(
      `insert into identity.account (id, kind, email, password_hash, nik) values ($1, 'PARTICIPANT', $2, 'x', $3)
       on conflict do nothing returning id`,
      [randomUUID(), `soak-${nik}@example.id`, nik],
    );
    return rows[0]?.id ?? (await hub.pool.query(`select id from identity.account where nik = $1 and disabled_at is null`, [nik])).rows[0].id;
  };
  const participant = async (nik: string) =>
    (await hub.platform.issuer.issue(participantCaller(nik, { accountId: await accountOf(nik), stepUpAt: nowSeconds() }))).token;
  return {
    budi: await participant('3173051203850001'),
    andi: await participant('1271022107900003'),
    admin: (await hub.platform.issuer.issue(staffCaller(['HUB_ADMIN'], null, { email: 'admin@hub.local' }))).token,
  };
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
