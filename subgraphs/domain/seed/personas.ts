// The fixed demo people, staff and branch offices (a copy of the consumer contract's personas.json;
// a test keeps the two identical).
import { z } from 'zod';
import { BpjsTkMembership } from '../bpjstk-membership';
import data from './personas.json';

const personaTaspen = z.object({
  nip: z.string(),
  employer: z.string(),
  status: z.string(),
  appointedOn: z.string(),
  thtBalance: z.number(),
  cardNumber: z.string(),
});

const personaBpjsTk = z.object({
  kpj: z.string(),
  membership: z.enum(BpjsTkMembership),
  /** First day of the membership, `YYYY-MM-DD`: the persona's ledger starts that month. */
  memberSince: z.string(),
  status: z.enum(['ACTIVE', 'INACTIVE', 'RETIRED', 'PENDING_PAYMENT']),
  inactiveSince: z.string().optional(),
  employer: z.string().optional(),
  jhtBalance: z.number(),
});

const persona = z.object({
  key: z.string(),
  fullName: z.string(),
  nik: z.string(),
  birthDate: z.string(),
  gender: z.enum(['M', 'F']),
  taspen: personaTaspen.optional(),
  bpjsTk: personaBpjsTk.optional(),
});

const personaStaff = z.object({ email: z.string(), roles: z.array(z.string()), branch: z.string().optional() });

const personaBranch = z.object({ name: z.string(), city: z.string(), latitude: z.number(), longitude: z.number() });

export type PersonaTaspen = z.infer<typeof personaTaspen>;
export type PersonaBpjsTk = z.infer<typeof personaBpjsTk>;
export type Persona = z.infer<typeof persona>;
export type PersonaStaff = z.infer<typeof personaStaff>;
export type PersonaBranch = z.infer<typeof personaBranch>;

/** Checked when first imported: a persona file that does not fit fails loudly, not in some seed step later. */
export const personas = z.object({ people: z.array(persona), staff: z.array(personaStaff), branchOffices: z.array(personaBranch) }).parse(data);
