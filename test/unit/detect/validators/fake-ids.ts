// Generators of synthetic, checksum-valid identifiers for the tests. Every value they return is fake: made up
// from arbitrary digits, then completed with the key the validators expect.
import { mod97 } from '../../../../utils/detect/validators/mod97';
import { nirKey } from '../../../../utils/detect/validators/nir';
import { frVatKey } from '../../../../utils/detect/validators/siren';

/** Appends the first `width`-digit suffix that makes `valid` true (a brute-force inverse of a check). */
export function complete(prefix: string, valid: (value: string) => boolean, width = 1): string {
  for (let k = 0; k < 10 ** width; k++) {
    const value = prefix + String(k).padStart(width, '0');
    if (valid(value)) return value;
  }
  throw new Error(`no check digits make ${prefix} valid`);
}

/** A compact IBAN for a country and BBAN, with computed check digits. */
export function fakeIban(country: string, bban: string): string {
  return `${country}${String(98 - mod97(`${bban}${country}00`)).padStart(2, '0')}${bban}`;
}

/** A compact NIR from its 13-character body (2A/2B allowed), with its key. */
export function fakeNir(body: string): string {
  return body + String(nirKey(body)).padStart(2, '0');
}

/** A French VAT number for a SIREN. */
export function fakeFrVat(siren: string): string {
  return `FR${String(frVatKey(siren)).padStart(2, '0')}${siren}`;
}

/** Changes the last digit of a value, so that its checksum fails. */
export function breakLast(value: string): string {
  const last = value[value.length - 1];
  return value.slice(0, -1) + (last === '9' ? '0' : String(Number(last) + 1));
}

/** Groups a compact value by `size` characters with spaces (the printed form of IBANs). */
export function group(value: string, size = 4): string {
  return value.replace(new RegExp(`(.{${size}})(?=.)`, 'g'), '$1 ');
}
