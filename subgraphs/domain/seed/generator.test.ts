// Generated people: valid identifiers per DOMAIN.md, unique, realistic overlap, the same on every run.
import { nikMatchesNip, parseKpj, parseNik, parseNip } from '../identifiers';
import { AGENCY_MIX, generatePeople, type GeneratedPerson } from './generator';
import { personas } from './personas';

const all = (count: number, options?: { seed?: number; batchSize?: number }): GeneratedPerson[] => [...generatePeople(count, options)].flat();

describe('generatePeople', () => {
  const people = all(3_000);

  it('gives every person a valid NIK that agrees with their birth date and gender', () => {
    for (const person of people) {
      const nik = parseNik(person.nik, { birthDate: person.birthDate, gender: person.gender });
      expect(nik).toMatchObject({ ok: true });
      if (nik.ok) expect(Number(nik.value.serial)).toBeGreaterThanOrEqual(5000);
    }
  });

  it('gives every civil servant a valid NIP agreeing with the NIK, appointed after birth and before today', () => {
    for (const person of people.filter((p) => p.taspen)) {
      const nip = parseNip(person.taspen!.nip, { birthDate: person.birthDate, gender: person.gender });
      const nik = parseNik(person.nik);
      expect(nip.ok && nik.ok && nikMatchesNip(nik.value, nip.value)).toBe(true);
      if (nip.ok) expect(nip.value.appointmentYear).toBeLessThan(2026);
      expect(person.taspen!.appointedOn.slice(0, 7)).toBe(`${person.taspen!.nip.slice(8, 12)}-${person.taspen!.nip.slice(12, 14)}`);
    }
  });

  it('gives every worker an 11-digit KPJ, a membership start before any end, and a positive balance', () => {
    for (const person of people.filter((p) => p.bpjsTk)) {
      const worker = person.bpjsTk!;
      expect(parseKpj(worker.kpj).ok).toBe(true);
      expect(worker.memberSince > person.birthDate).toBe(true);
      if (worker.inactiveSince) expect(worker.inactiveSince > worker.memberSince).toBe(true);
      expect(worker.status).toBe(worker.inactiveSince ? 'INACTIVE' : 'ACTIVE');
      expect(worker.jhtBalance).toBeGreaterThan(0);
    }
  });

  it('never repeats a NIK, NIP or KPJ, nor takes one of a persona', () => {
    const niks = people.map((p) => p.nik).concat(personas.people.map((p) => p.nik));
    const nips = people.flatMap((p) => (p.taspen ? [p.taspen.nip] : [])).concat(personas.people.flatMap((p) => (p.taspen ? [p.taspen.nip] : [])));
    const kpjs = people.flatMap((p) => (p.bpjsTk ? [p.bpjsTk.kpj] : [])).concat(personas.people.flatMap((p) => (p.bpjsTk ? [p.bpjsTk.kpj] : [])));
    expect(new Set(niks).size).toBe(niks.length);
    expect(new Set(nips).size).toBe(nips.length);
    expect(new Set(kpjs).size).toBe(kpjs.length);
  });

  it('splits people between the agencies roughly 35% Taspen only, 50% BPJS TK only, 15% both', () => {
    const share = (test: (p: GeneratedPerson) => boolean) => people.filter(test).length / people.length;
    expect(share((p) => !!p.taspen && !p.bpjsTk)).toBeCloseTo(AGENCY_MIX.taspenOnly, 1);
    expect(share((p) => !p.taspen && !!p.bpjsTk)).toBeCloseTo(AGENCY_MIX.bpjsTkOnly, 1);
    expect(share((p) => !!p.taspen && !!p.bpjsTk)).toBeCloseTo(AGENCY_MIX.both, 1);
    expect(share((p) => !p.taspen && !p.bpjsTk)).toBe(0);
  });

  it('makes a civil servant with a BPJS TK record one who worked privately and stopped before the appointment', () => {
    for (const person of people.filter((p) => p.taspen && p.bpjsTk)) {
      expect(person.bpjsTk!.memberSince < person.taspen!.appointedOn).toBe(true);
      expect(person.bpjsTk!.status).toBe('INACTIVE');
      expect(person.bpjsTk!.inactiveSince! < person.taspen!.appointedOn).toBe(true);
    }
  });

  it('gives women and men about equally, with Indonesian-looking names', () => {
    const women = people.filter((p) => p.gender === 'F').length / people.length;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.55);
    for (const person of people.slice(0, 50)) expect(person.fullName).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
  });

  it('is deterministic: the same people whatever the batch size, and a longer run extends a shorter one', () => {
    expect(all(500, { batchSize: 7 })).toEqual(people.slice(0, 500));
    expect(all(3_500).slice(0, 3_000)).toEqual(people);
  });

  it('yields batches of the requested size', () => {
    expect([...generatePeople(12, { batchSize: 5 })].map((batch) => batch.length)).toEqual([5, 5, 2]);
  });

  it('gives another seed other people', () => {
    expect(all(10, { seed: 2 }).map((p) => p.nik)).not.toEqual(people.slice(0, 10).map((p) => p.nik));
  });
});
