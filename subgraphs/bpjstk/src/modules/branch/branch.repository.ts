// Branch offices, and the nearest ones to a point: haversine distance in SQL, after a bounding-box
// prefilter that the (latitude, longitude) indexes serve. The box widens until enough offices fall in it.
import { EntityRepository } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { BranchOfficeRecord } from './branch.entity';

export interface BranchRow {
  id: string;
  name: string;
  city: string;
  address: string;
  latitude: number;
  longitude: number;
  distance_km?: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RADII_KM = [50, 200, 800, 3_000, 20_100];

/** Lookups by id and name go through the ORM; `nearest` and `upsert` are raw SQL (see each). */
export class BranchRepository extends EntityRepository<BranchOfficeRecord> {
  private get sql() {
    return sqlOf(this.em);
  }

  /** Many offices in one statement (the branchById DataLoader). */
  byIds(ids: readonly string[]): Promise<BranchRow[]> {
    return this.find({ id: { $in: [...ids] } });
  }

  /** The first offices by name. */
  all(first: number): Promise<BranchRow[]> {
    return this.find({}, { orderBy: { name: 'asc' }, limit: first });
  }

  /**
   * Raw SQL: the distance is a computed column that the query orders and filters by, behind a bounding box
   * whose antimeridian case the ORM's query builder would only obscure.
   */

  async nearest(latitude: number, longitude: number, first: number): Promise<BranchRow[]> {
    for (const radius of RADII_KM) {
      const dLat = (radius / EARTH_RADIUS_KM) * (180 / Math.PI);
      const cos = Math.cos((latitude * Math.PI) / 180);
      const dLon = cos > 1e-6 ? Math.min(180, dLat / cos) : 180;
      const whole = radius === RADII_KM[RADII_KM.length - 1];
      const lonFilter =
        whole || dLon >= 180
          ? ''
          : longitude - dLon < -180 || longitude + dLon > 180
            ? 'and (longitude >= ? or longitude <= ?)' // the box crosses the antimeridian
            : 'and longitude between ? and ?';
      const lonParams = !lonFilter
        ? []
        : longitude - dLon < -180
          ? [longitude - dLon + 360, longitude + dLon]
          : longitude + dLon > 180
            ? [longitude - dLon, longitude + dLon - 360]
            : [longitude - dLon, longitude + dLon];
      const latFilter = whole ? '' : 'and latitude between ? and ?';
      const latParams = whole ? [] : [latitude - dLat, latitude + dLat];
      const rows = await this.sql<BranchRow>(
        `select * from (
           select id, name, city, address, latitude, longitude,
             2 * ? * asin(sqrt(
               power(sin(radians(latitude - ?) / 2), 2) +
               cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)
             )) as distance_km
           from bpjstk.branch_office where true ${latFilter} ${lonFilter}
         ) b where ${whole ? 'true' : 'distance_km <= ?'}
         order by distance_km, id limit ?`,
        [EARTH_RADIUS_KM, latitude, latitude, longitude, ...latParams, ...lonParams, ...(whole ? [] : [radius]), first],
      );
      if (rows.length >= first || whole) return rows.map((r) => ({ ...r, distance_km: Number(r.distance_km) }));
    }
    return [];
  }

  /** Raw SQL: one `on conflict do update` statement, without loading the office first (seeding). */
  async upsertOffice(row: BranchRow): Promise<void> {
    await this.sql(
      `insert into bpjstk.branch_office (id, name, city, address, latitude, longitude) values (?, ?, ?, ?, ?, ?)
       on conflict (id) do update set name = excluded.name, city = excluded.city, address = excluded.address,
         latitude = excluded.latitude, longitude = excluded.longitude`,
      [row.id, row.name, row.city, row.address, row.latitude, row.longitude],
    );
  }
}
