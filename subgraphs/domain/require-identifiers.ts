// Field-level guards for the agencies' identifiers: parse or throw BAD_USER_INPUT naming the field.
import { must } from '#platform/validation/require';
import * as id from './identifiers';

export const requireNik = (field: string, value: string, expected?: id.Expected) => must(field, id.parseNik(value, expected));
export const requireNip = (field: string, value: string, expected?: id.Expected) => must(field, id.parseNip(value, expected));
export const requireKpj = (field: string, value: string) => must(field, id.parseKpj(value));
export const requireNpwp = (field: string, value: string) => must(field, id.parseNpwp(value));
export const requireNib = (field: string, value: string) => must(field, id.parseNib(value));
