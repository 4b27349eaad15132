/**
 * Deterministic benchmark inputs: realistic mixed text (prose, e-mails, CSV rows, code, logs) with fake
 * sensitive values inserted at a chosen average spacing.
 */
import { fakeValue, type FakeValue } from './fake-values';
import { createRng, type Rng } from './prng';

/** One benchmark input, built once and shared by every contender. */
export interface BenchInput {
  name: string;
  text: string;
  /** Size of the text in UTF-8 bytes. */
  bytes: number;
  /** How many fake sensitive values were inserted. */
  planted: number;
}

/** The kinds of filler blocks the generator alternates between. */
type BlockKind = 'prose' | 'email' | 'csv' | 'code' | 'log';

const BLOCK_KINDS: readonly BlockKind[] = ['prose', 'prose', 'email', 'csv', 'code', 'log'];
const WORDS = (
  'the a of to and in for on with as we our team project quarter roadmap release customer meeting notes budget ' +
  'review draft summary please could you rewrite this paragraph more clearly le la les des une pour avec nous ' +
  'projet réunion équipe budget prévisionnel livraison client échéance données rapport analyse résultat ' +
  'migration service latency dashboard incident follow-up action items deadline contract supplier invoice'
).split(' ');
const CITIES = ['Paris', 'Lyon', 'Berlin', 'London', 'Madrid', 'Lisbon', 'Osaka', 'Dakar', 'Oslo', 'Rome'];
const CODE_LINES = [
  'export async function loadOrders(client: Client, since: Date): Promise<Order[]> {',
  '  const rows = await client.query("SELECT id, total, status FROM orders WHERE created_at > $1", [since]);',
  '  return rows.map((row) => ({ id: row.id, total: Number(row.total), status: row.status }));',
  '}',
  'for (const order of orders) if (order.status === "late") notify(order.id, { retries: 3 });',
  'const config = { region: "eu-west-3", timeoutMs: 5000, retries: 2, verbose: false };',
  'def summarize(df):\n    return df.groupby("region")["amount"].sum().sort_values(ascending=False)',
  'logger.info(`processed ${count} records in ${Date.now() - started} ms`);',
];
const LOG_MESSAGES = [
  'GET /api/v2/orders?page=3 200 41ms',
  'POST /api/v2/checkout 502 upstream timeout after 30000ms',
  'worker-7 picked job 88412 from queue billing',
  'cache miss for key session:4f2a, falling back to origin',
  'retrying connection to replica 2 (attempt 3/5)',
];

/** A sentence of random words, capitalised and ended with a full stop. */
function sentence(rng: Rng): string {
  const words: string[] = [];
  const length = rng.int(6, 16);
  for (let i = 0; i < length; i++) words.push(rng.pick(WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** One short piece of filler text (a sentence or a line) of the given kind. */
function fillerPiece(kind: BlockKind, rng: Rng): string {
  switch (kind) {
    case 'prose':
      return `${sentence(rng)} `;
    case 'email':
      return rng.pick([`Subject: Re: ${sentence(rng)}\n`, `> ${sentence(rng)}\n`, `${sentence(rng)}\n`, 'Best regards,\n']);
    case 'csv':
      return `${rng.int(1000, 9999)},${rng.pick(CITIES)},${rng.int(1, 500)}.${rng.int(10, 99)},${rng.pick(['paid', 'late', 'open'])}\n`;
    case 'code':
      return `${rng.pick(CODE_LINES)}\n`;
    case 'log':
      return `2024-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)}Z INFO ${rng.pick(LOG_MESSAGES)}\n`;
  }
}

/** The fake value wrapped the way it would appear in a block of this kind. */
function carrierPiece(kind: BlockKind, fake: FakeValue, rng: Rng): string {
  switch (kind) {
    case 'prose':
      return `Pour info, ${fake.label} : ${fake.value}. `;
    case 'email':
      return `${fake.label}: ${fake.value}\n`;
    case 'csv':
      return `${rng.int(1000, 9999)},${rng.pick(CITIES)},${fake.value},open\n`;
    case 'code':
      return `const value${rng.int(1, 99)} = "${fake.value}"; // fake ${fake.label}\n`;
    case 'log':
      return `2024-05-01T10:00:00Z WARN rejected request from ${fake.value}\n`;
  }
}

/** Ends a block: prose paragraphs and e-mails end with a blank line. */
function blockEnd(kind: BlockKind): string {
  return kind === 'prose' || kind === 'email' ? '\n\n' : '';
}

/**
 * Builds `targetChars` characters of mixed text with a fake value every `meanGap` characters on average
 * (each gap is drawn between half and one and a half times the mean).
 */
export function buildText(seed: number, targetChars: number, meanGap: number): { text: string; planted: number } {
  const rng = createRng(seed);
  const nextGap = (): number => rng.int(Math.floor(meanGap / 2), Math.floor((meanGap * 3) / 2));
  const pieces: string[] = [];
  let length = 0;
  let planted = 0;
  // The first value comes no later than mid-text, so that even the 2 KB paste holds one.
  let gap = Math.min(nextGap(), Math.floor(targetChars / 2));
  while (length < targetChars) {
    const kind = rng.pick(BLOCK_KINDS);
    const blockPieces = rng.int(3, 12);
    for (let i = 0; i < blockPieces && length < targetChars; i++) {
      let piece = fillerPiece(kind, rng);
      gap -= piece.length;
      if (gap <= 0) {
        piece += carrierPiece(kind, fakeValue(rng), rng);
        planted++;
        gap = nextGap();
      }
      pieces.push(piece);
      length += piece.length;
    }
    pieces.push(blockEnd(kind));
  }
  return { text: pieces.join('').slice(0, targetChars), planted };
}

/** The four benchmark inputs: sparse text at 2 KB, 100 KB and 1 MB, and dense text at 1 MB. */
export function buildInputs(): BenchInput[] {
  const specs: readonly { name: string; chars: number; gap: number; seed: number }[] = [
    { name: 'sparse 2 KB', chars: 2 * 1024, gap: 2048, seed: 0x51a2 },
    { name: 'sparse 100 KB', chars: 100 * 1024, gap: 2048, seed: 0x51a3 },
    { name: 'sparse 1 MB', chars: 1024 * 1024, gap: 2048, seed: 0x51a4 },
    // Filler pieces are 40 to 120 characters long, so this small gap puts a value after nearly every piece:
    // about one per 100 to 125 bytes.
    { name: 'dense 1 MB', chars: 1024 * 1024, gap: 24, seed: 0xde75 },
  ];
  return specs.map(({ name, chars, gap, seed }) => {
    const { text, planted } = buildText(seed, chars, gap);
    return { name, text, bytes: Buffer.byteLength(text, 'utf8'), planted };
  });
}
