// What hub administrators see of the kiosks and partner apps they registered (never a token or secret hash).
import { Field, ID, ObjectType } from 'type-graphql';
import { registerEnum, type EnumValue } from '#platform/federation/enums';
import { connectionOf, type Page } from '#platform/federation/page-info';
import { ConsentScope, type ConsentScopeName } from '#domain/consent-scope';

export const KioskStatus = registerEnum('KioskStatus', 'Whether a kiosk may still call the hub.', {
  ACTIVE: 'Its device token works.',
  REVOKED: 'Revoked by a hub admin: its device token and sessions no longer work.',
});
export type KioskStatus = EnumValue<typeof KioskStatus>;
export const PartnerStatus = registerEnum('PartnerStatus', 'Whether a partner app may still call the hub.', {
  ACTIVE: 'Its client credentials and tokens work.',
  DISABLED: 'Disabled by a hub admin: its client credentials and tokens no longer work.',
});
export type PartnerStatus = EnumValue<typeof PartnerStatus>;

@ObjectType({ description: 'An MPP kiosk, as its administrators see it.' })
export class Kiosk {
  @Field(() => ID, { description: 'The kiosk’s id (used by `revokeKiosk`).' })
  id!: string;

  @Field(() => String, { description: 'The name given at registration; access logs show it to the people it served.' })
  name!: string;

  @Field(() => String, { description: 'Where the kiosk stands, as given at registration.' })
  location!: string;

  @Field(() => KioskStatus, { description: 'Whether the kiosk still works.' })
  status!: KioskStatus;

  @Field(() => Date, { description: 'When a hub admin registered it.' })
  registeredAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last request of the kiosk or one of its sessions (to the minute).' })
  lastSeenAt!: Date | null;
}

export const KioskConnection = connectionOf(Kiosk, 'KioskConnection', {
  page: 'A page of the registered kiosks, oldest first.',
  total: 'Registered kiosks in all, revoked ones included.',
  nodes: 'The kiosks of this page.',
});
export type KioskConnection = Page<Kiosk>;

@ObjectType({ description: 'A partner app, as its administrators see it.' })
export class PartnerAccount {
  @Field(() => ID, { description: 'The partner’s id (used by `disablePartner` and `rotatePartnerSecret`).' })
  id!: string;

  @Field(() => String, { description: 'The name people see on consent screens and in their access log.' })
  name!: string;

  @Field(() => String, { description: 'OAuth client_id.' })
  clientId!: string;

  @Field(() => [ConsentScope], { description: 'The most a person can consent to for this partner.' })
  scopes!: ConsentScopeName[];

  @Field(() => PartnerStatus, { description: 'Whether the partner still works.' })
  status!: PartnerStatus;

  @Field(() => Date, { description: 'When a hub admin registered it.' })
  registeredAt!: Date;
}

export const PartnerAccountConnection = connectionOf(PartnerAccount, 'PartnerAccountConnection', {
  page: 'A page of the registered partner apps, oldest first.',
  total: 'Registered partner apps in all, disabled ones included.',
  nodes: 'The partner apps of this page.',
});
export type PartnerAccountConnection = Page<PartnerAccount>;
