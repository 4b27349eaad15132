import { luhnValid } from './luhn';

// French company numbers. A SIREN alone (9 digits) needs no function of its own: the detectors' patterns give exactly
// nine digits, which luhnValid() checks as they are.

/** SIREN of La Poste, whose establishments (SIRET) follow their own checksum rule. */
const LA_POSTE = '356000000';

/**
 * True for a 14-digit French establishment number (SIRET): Luhn on the whole and on its SIREN, or for La Poste (whose many establishments
 * outgrew Luhn) a digit sum divisible by 5.
 */
export function siretValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  // The SIRET carries its SIREN, which has its own Luhn key: both must hold.
  if (luhnValid(siret) && luhnValid(siret.slice(0, 9))) return true;
  let sum = 0;
  for (const digit of siret) sum += Number(digit);
  return siret.startsWith(LA_POSTE) && sum % 5 === 0;
}

/** The two-digit key of a French VAT number computed from its SIREN: (12 + 3 * (SIREN mod 97)) mod 97. */
export function frVatKey(siren: string): number {
  return (12 + 3 * (Number(siren) % 97)) % 97;
}
