// How a person participates in BPJS TK; identity (registration) and bpjstk share this enum.
import { registerEnumType } from 'type-graphql';

export enum BpjsTkMembership {
  PU = 'PU',
  BPU = 'BPU',
}
registerEnumType(BpjsTkMembership, {
  name: 'BpjsTkMembership',
  description: 'PU: wage earner (registered by the employer); BPU: self-employed.',
  valuesConfig: {
    PU: { description: 'Penerima Upah: a wage earner, registered by the employer.' },
    BPU: { description: 'Bukan Penerima Upah: self-employed, registered by themselves.' },
  },
});
