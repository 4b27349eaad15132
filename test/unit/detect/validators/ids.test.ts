import { describe, expect, it } from 'vitest';
import { phoneDigitsConfidence } from '../../../../utils/detect/validators/phone';
import { ssnStatus } from '../../../../utils/detect/validators/ssn';

// Identifiers below are made up, or the published samples each rule is about: all fake.
describe('ssnStatus', () => {
  it.each([
    ['536221234', 'valid'],
    ['001010001', 'valid'],
    ['000221234', null],
    ['666221234', null],
    ['936221234', null],
    ['536001234', null],
    ['536220000', null],
    ['555555555', null],
    ['078051120', 'sample'],
    ['123456789', 'sample'],
    ['53622123', null],
  ])('%s -> %s', (digits, status) => {
    expect(ssnStatus(digits)).toBe(status);
  });
});

describe('phoneDigitsConfidence', () => {
  it.each([
    ['33612345678', 'medium'], // France, 9 digits
    ['330612345678', 'medium'], // France with the trunk 0 kept
    ['3361234567', null],
    ['442079460958', 'medium'], // UK London
    ['447700900123', 'medium'], // UK mobile
    ['14155552671', 'medium'], // US
    ['1415555267', null],
    ['4930123456', 'medium'], // Germany, short
    ['491711234567', 'medium'],
    ['34612345678', 'medium'], // Spain
    ['390212345678', 'medium'], // Italy keeps its 0
    ['393331234567', 'medium'],
    ['32470123456', 'medium'], // Belgium mobile
    ['3221234567', 'medium'], // Belgium landline
    ['41446681800', 'medium'], // Switzerland
    ['8821234567', 'low'], // no table entry, E.164 length
    ['88212', null],
    ['3300612345678', null], // two zeros after the country code
  ])('%s -> %s', (digits, confidence) => {
    expect(phoneDigitsConfidence(digits)).toBe(confidence);
  });
});
