// How a person participates in BPJS TK; identity (registration) and bpjstk share this enum.
import { registerEnum, type EnumValue } from '#platform/federation/enums';

export const BpjsTkMembership = registerEnum('BpjsTkMembership', 'PU: wage earner (registered by the employer); BPU: self-employed.', {
  PU: 'Penerima Upah: a wage earner, registered by the employer.',
  BPU: 'Bukan Penerima Upah: self-employed, registered by themselves.',
});
export type BpjsTkMembership = EnumValue<typeof BpjsTkMembership>;
