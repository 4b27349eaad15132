import { generate } from 'selfsigned';
import { AI_SITES } from '../../../utils/catalog/sites';

/** A self-signed certificate for every catalog host (and localhost), made fresh for each test run. */
export async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const hosts = [...AI_SITES.flatMap((site) => site.hosts), 'localhost'];
  const pems = await generate([{ name: 'commonName', value: 'Vigie test AI sites' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [...hosts.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }] }],
  });
  return { key: pems.private, cert: pems.cert };
}
