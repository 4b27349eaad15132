/**
 * The extension's identity on each browser.
 *
 * Chromium derives the extension id from the `key` in the manifest, so a fixed public key gives every
 * unpacked or self-hosted build the same id: the id IT puts in managed policy and the id the end-to-end
 * tests write policy for. The matching private key was never stored; the Chrome Web Store signs with
 * its own key, and store builds omit `key` (see README, "Building").
 */

/** Base64 DER (SubjectPublicKeyInfo) of the RSA public key that fixes the Chromium extension id. */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxGOJznkaKDuXF+TJe7y8aGnXg0ZehFlpw5J96r0j5X4Gkz7wgUdfJgaBMQTYZTJArDBfvtoxkR71hk50XnaCFpgOIhUZYHW5gxDF7oux6gx5Q3tXH6oHZQih2cdg13ZgN5sdvGhpO6PQmjKAWB4HXkssFWGqEbMXvsa6GC3grjA+LvvJq9si1aDsX3J28k9s6b3Bky5filaXUTBPxYlxHXfk7DCOZqdGqw1ElEOBUi/xEZEUJk4xKeBix7Si1505k5jxHeQjC7BVJMVrenzWkeE1IcP3Ajf1umjGCFohSRG7UVqiXH/HxTKSSwhaVDrOH06zaIKmbQtc2Mq2AxYBOwIDAQAB';

/** The Chromium extension id that CHROMIUM_PUBLIC_KEY yields (checked by a unit test). */
export const CHROMIUM_EXTENSION_ID = 'jljloflomgmbcjalipkojpkapppgoned';

/** The Firefox add-on id (browser_specific_settings.gecko.id), the key of Firefox's 3rdparty policy. */
export const GECKO_ID = 'vigie@vigie-project.org';
