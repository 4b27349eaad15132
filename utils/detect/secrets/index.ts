import type { Detector } from '../types';

/** Credential and secret detectors (`secret.*`). */
export const SECRET_DETECTORS: readonly Detector[] = [];
