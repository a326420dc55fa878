// Branch offices for the public: all by name, or the nearest to a point. Built once per process; each
// call gets the request's scope.
import { BadInputError } from '#platform/errors';
import type { BpjsTkContext } from '../../context';
import { BranchOfficeRecord } from './branch.entity';
import type { BranchRow } from './branch.repository';
import type { BranchOffice, GeoPointInput } from './branch.type';

/** What a branch call needs of its request. */
export type BranchScope = Pick<BpjsTkContext, 'em'>;

export function toBranch(row: BranchRow): BranchOffice {
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    address: row.address,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    distanceKm: row.distance_km === undefined ? null : Math.round(row.distance_km * 100) / 100,
  };
}

/** `BPJS Ketenagakerjaan Cabang Medan Kota` → `medan-kota`. */
export function branchIdOf(name: string): string {
  return name
    .replace(/^BPJS Ketenagakerjaan Cabang\s+/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class BranchService {
  /** The first `first` offices, nearest first when `near` is given, by name otherwise. */
  async offices(scope: BranchScope, near: GeoPointInput | null | undefined, first: number | null | undefined): Promise<BranchOffice[]> {
    const size = first ?? 5;
    if (!Number.isInteger(size) || size < 1 || size > 50) throw new BadInputError('first', 'first must be from 1 to 50.');
    const repo = scope.em.getRepository(BranchOfficeRecord);
    if (!near) return (await repo.all(size)).map(toBranch);
    const { latitude, longitude } = near;
    if (!(latitude >= -90 && latitude <= 90)) throw new BadInputError('latitude', 'latitude must be from -90 to 90.');
    if (!(longitude >= -180 && longitude <= 180)) throw new BadInputError('longitude', 'longitude must be from -180 to 180.');
    const rows = await repo.nearest(latitude, longitude, size);
    return rows.map(toBranch);
  }
}
