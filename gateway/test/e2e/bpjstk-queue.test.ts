// Branch offices by distance, the online queue (capacity held by the database under concurrency),
// the programme catalogue and the service e-survey.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { DEWI, bpjsTkOf, kioskToken, staffToken } from '../support/bpjstk';
import { participantToken } from '../support/tokens';

const hub = useTestHub();

const NEAREST = `query NearestBranchOffices($latitude: Float!, $longitude: Float!, $first: Int) {
  branchOffices(near: { latitude: $latitude, longitude: $longitude }, first: $first) { id name city address latitude longitude distanceKm }
}`;
const SLOTS = `query QueueSlots($branchId: ID!, $date: Date!, $service: QueueService!) {
  queueSlots(branchId: $branchId, date: $date, service: $service) { startsAt capacity available }
}`;
const BOOK = `mutation BookQueueTicket($input: QueueBookingInput!) {
  bookQueueTicket(input: $input) { id number service slotStartsAt status branch { id name } }
}`;
const CANCEL = `mutation CancelQueueTicket($id: ID!) { cancelQueueTicket(id: $id) { id status } }`;
const FEEDBACK = `mutation SubmitServiceFeedback($input: ServiceFeedbackInput!) { submitServiceFeedback(input: $input) { id rating } }`;

/** A working day at least two days ahead (so every slot is in the future), `YYYY-MM-DD`. */
function workingDayAhead(days: number): string {
  const t = new Date(Date.now() + 7 * 3_600_000);
  t.setUTCDate(t.getUTCDate() + days);
  while (t.getUTCDay() === 0 || t.getUTCDay() === 6) t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** Valid synthetic NIKs: Bandung (32 73 01), born 01-01-90, serials 1…n. */
const nikOf = (i: number) => `327301010190${String(i).padStart(4, '0')}`;
const person = (i: number) => ({ accountId: randomUUID(), nik: nikOf(i) });

describe('branch offices', () => {
  test('Lhokseumawe is the nearest office to Lhokseumawe, at zero distance', async () => {
    const result = await hub.gql(NEAREST, { latitude: 5.1801, longitude: 97.1507, first: 3 });
    expect(result.errors).toBeUndefined();
    const [first, second] = result.data!.branchOffices;
    expect(first).toMatchObject({ name: 'BPJS Ketenagakerjaan Cabang Lhokseumawe', city: 'Lhokseumawe', latitude: 5.1801, longitude: 97.1507, distanceKm: 0 });
    // Medan is next, about 244 km away in a straight line
    expect(second.city).toBe('Medan');
    expect(second.distanceKm).toBeGreaterThan(230);
    expect(second.distanceKm).toBeLessThan(260);
  });

  test('offices come nearest first, by great-circle distance', async () => {
    const medan = (await hub.gql(NEAREST, { latitude: 3.59, longitude: 98.67, first: 6 })).data!.branchOffices;
    expect(medan.map((b: any) => b.city)).toEqual(['Medan', 'Tebing Tinggi', 'Lhokseumawe', 'Jakarta', 'Bandung', 'Surabaya']);
    const distances = medan.map((b: any) => b.distanceKm);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    // Medan Kota → Tebing Tinggi is about 60 km
    expect(medan[1].distanceKm).toBeGreaterThan(50);
    expect(medan[1].distanceKm).toBeLessThan(75);
    const bandung = (await hub.gql(NEAREST, { latitude: -6.91, longitude: 107.61, first: 2 })).data!.branchOffices;
    expect(bandung.map((b: any) => b.city)).toEqual(['Bandung', 'Jakarta']);
  });
});

describe('the queue', () => {
  const branchId = 'lhokseumawe';
  const date = workingDayAhead(2);

  test('a working day has slots from opening to closing with the configured capacity', async () => {
    const result = await hub.gql(SLOTS, { branchId, date, service: 'JHT_CLAIM' });
    expect(result.errors).toBeUndefined();
    const slots = result.data!.queueSlots;
    expect(slots).toHaveLength(14);
    expect(slots[0]).toEqual({ startsAt: new Date(`${date}T08:00:00+07:00`).toISOString(), capacity: 10, available: 10 });
  });

  test('50 people booking one slot at once never overfill it', async () => {
    const slotStartsAt = new Date(`${date}T09:00:00+07:00`).toISOString();
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => participantToken(hub, person(i + 1))));
    const results = await Promise.all(
      tokens.map((token) => hub.gql(BOOK, { input: { branchId, service: 'JHT_CLAIM', slotStartsAt, idempotencyKey: randomUUID() } }, { token })),
    );
    const booked = results.filter((r) => r.data?.bookQueueTicket);
    expect(booked).toHaveLength(10);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(40);
    const numbers = booked.map((r) => r.data!.bookQueueTicket.number).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `JHT-${String(i + 1).padStart(3, '0')}`));
    const slot = (await hub.gql(SLOTS, { branchId, date, service: 'JHT_CLAIM' })).data!.queueSlots.find((s: any) => s.startsAt === slotStartsAt);
    expect(slot).toMatchObject({ capacity: 10, available: 0 });
    const { rows } = await hub.pool.query(`select booked from bpjstk.queue_slot where branch_id = $1 and starts_at = $2`, [branchId, slotStartsAt]);
    expect(rows[0].booked).toBe(10);
  });

  test('a booking is idempotent, one per person, service and day, and cancelling frees the place', async () => {
    const token = await participantToken(hub, DEWI);
    const input = { branchId, service: 'REGISTRATION', slotStartsAt: new Date(`${date}T10:30:00+07:00`).toISOString(), idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([hub.gql(BOOK, { input }, { token }), hub.gql(BOOK, { input }, { token })]);
    expect(a.errors).toBeUndefined();
    expect(b.data!.bookQueueTicket.id).toBe(a.data!.bookQueueTicket.id);
    const ticket = a.data!.bookQueueTicket;
    expect(ticket).toMatchObject({
      number: 'REG-001',
      service: 'REGISTRATION',
      status: 'BOOKED',
      branch: { id: branchId, name: 'BPJS Ketenagakerjaan Cabang Lhokseumawe' },
    });

    const second = await hub.gql(
      BOOK,
      { input: { ...input, slotStartsAt: new Date(`${date}T11:00:00+07:00`).toISOString(), idempotencyKey: randomUUID() } },
      { token },
    );
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');

    const slotsBefore = (await hub.gql(SLOTS, { branchId, date, service: 'REGISTRATION' })).data!.queueSlots;
    expect(slotsBefore.find((s: any) => s.startsAt === input.slotStartsAt).available).toBe(9);
    const cancelled = await hub.gql(CANCEL, { id: ticket.id }, { token });
    expect(cancelled.data!.cancelQueueTicket).toEqual({ id: ticket.id, status: 'CANCELLED' });
    const slotsAfter = (await hub.gql(SLOTS, { branchId, date, service: 'REGISTRATION' })).data!.queueSlots;
    expect(slotsAfter.find((s: any) => s.startsAt === input.slotStartsAt).available).toBe(10);

    const own = await bpjsTkOf(hub, DEWI.nik, 'queueTickets { id number status }', token);
    expect(own.bpjsTk.queueTickets).toContainEqual({ id: ticket.id, number: 'REG-001', status: 'CANCELLED' });
  });

  test('someone else cannot cancel a ticket, staff cannot book, and a slot must be a real one', async () => {
    const token = await participantToken(hub, person(900));
    const booked = await hub.gql(
      BOOK,
      { input: { branchId, service: 'INFORMATION', slotStartsAt: new Date(`${date}T13:00:00+07:00`).toISOString() } },
      { token },
    );
    expect(booked.data!.bookQueueTicket.number).toBe('INF-001');
    const other = await hub.gql(CANCEL, { id: booked.data!.bookQueueTicket.id }, { token: await participantToken(hub, person(901)) });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const staff = await hub.gql(
      BOOK,
      { input: { branchId, service: 'INFORMATION', slotStartsAt: new Date(`${date}T13:00:00+07:00`).toISOString() } },
      { token: await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK') },
    );
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const offGrid = await hub.gql(
      BOOK,
      { input: { branchId, service: 'INFORMATION', slotStartsAt: new Date(`${date}T13:10:00+07:00`).toISOString() } },
      { token },
    );
    expect(offGrid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slotStartsAt' });
  });

  test('a kiosk session books a ticket and rates the service for that ticket', async () => {
    const kiosk = await kioskToken(hub, person(950));
    const booked = await hub.gql(
      BOOK,
      { input: { branchId, service: 'COMPLAINT', slotStartsAt: new Date(`${date}T14:00:00+07:00`).toISOString() } },
      { token: kiosk },
    );
    expect(booked.data!.bookQueueTicket.number).toBe('KEL-001');
    const rated = await hub.gql(
      FEEDBACK,
      { input: { service: 'COMPLAINT', rating: 5, comment: 'Cepat', queueTicketId: booked.data!.bookQueueTicket.id } },
      { token: kiosk },
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.submitServiceFeedback.rating).toBe(5);
    const someoneElse = await hub.gql(
      FEEDBACK,
      { input: { service: 'COMPLAINT', rating: 1, queueTicketId: booked.data!.bookQueueTicket.id } },
      { token: await participantToken(hub, person(951)) },
    );
    expect(someoneElse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.queueTicketId' });
    const again = await hub.gql(FEEDBACK, { input: { service: 'COMPLAINT', rating: 4, queueTicketId: booked.data!.bookQueueTicket.id } }, { token: kiosk });
    expect(again.errors?.[0]).toMatchObject({ message: 'This ticket has already been rated.', extensions: { code: 'CONFLICT' } });
  });
});

test('a rating outside 1 to 5 is refused naming the field', async () => {
  for (const rating of [0, 6]) {
    const result = await hub.gql(FEEDBACK, { input: { service: 'INFORMATION', rating } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rating' });
  }
  expect((await hub.gql(FEEDBACK, { input: { service: 'INFORMATION', rating: 4 } })).data!.submitServiceFeedback.rating).toBe(4);
});

test('the programme catalogue lists JHT, JKK, JKM and JP with their rates', async () => {
  const result = await hub.gql(`query BpjsTkPrograms { bpjsTkPrograms { code name description } }`);
  const programs = result.data!.bpjsTkPrograms;
  expect(programs.map((p: any) => p.code)).toEqual(['JHT', 'JKK', 'JKM', 'JP']);
  expect(programs[0].description).toContain('3.7%');
  expect(programs[1].description).toContain('class 5 1.74%');
  expect(programs[2].description).toContain('Rp 6.800');
  expect(programs[3].description).toContain('Rp 10.547.400');
});
