import { BadInputError } from '#platform/errors';
import type { BpjsTkContext } from '../../context';
import { BranchRepository, type BranchRow } from './branch.repository';
import type { BranchOffice, GeoPointInput } from './branch.type';

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
  return name.replace(/^BPJS Ketenagakerjaan Cabang\s+/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export async function nearestBranches(ctx: BpjsTkContext, near: GeoPointInput | null | undefined, first: number | null | undefined): Promise<BranchOffice[]> {
  const size = first ?? 5;
  if (!Number.isInteger(size) || size < 1 || size > 50) throw new BadInputError('first', 'first must be from 1 to 50.');
  const repo = new BranchRepository(ctx.em);
  if (!near) return (await repo.all(size)).map(toBranch);
  const { latitude, longitude } = near;
  if (!(latitude >= -90 && latitude <= 90)) throw new BadInputError('latitude', 'latitude must be from -90 to 90.');
  if (!(longitude >= -180 && longitude <= 180)) throw new BadInputError('longitude', 'longitude must be from -180 to 180.');
  const rows = await repo.nearest(latitude, longitude, size);
  return rows.map(toBranch);
}
