import { describe, expect, it, vi } from 'vitest';
import { checkFiles, isTextFile, MAX_SCANNED_FILE_BYTES } from '../../../utils/guard/file-guard';
import type { GuardDeps, NoticeRequest } from '../../../utils/guard/intervene';
import { showNotice } from '../../../utils/guard/stopped-notice';
import type { UsageEvent } from '../../../utils/messaging';
import type { PolicyInput } from '../../../utils/policy/schema';
import { currentSite } from '../../../utils/policy/sites';
import { stateOf } from '../policy/policy-fixtures';

// A fake card number (Visa test range).
const CARD = '4111 1111 1111 1111';

describe('isTextFile', () => {
  it.each([
    ['notes.txt', '', true],
    ['export.CSV', '', true],
    ['.env', '', true],
    ['.env.production', '', true],
    ['Dockerfile', '', true],
    ['main.py', '', true],
    ['data', 'application/json', true],
    ['readme', 'text/markdown', true],
    ['contract.pdf', 'application/pdf', false],
    ['photo.png', 'image/png', false],
    ['archive.zip', 'application/zip', false],
  ])('%s (%s) -> %s', (name, type, expected) => {
    expect(isTextFile({ name, type })).toBe(expected);
  });
});

function setup(policy: PolicyInput = {}) {
  const recorded: UsageEvent[] = [];
  const notices: NoticeRequest[] = [];
  const delivered: File[][] = [];
  const deps: GuardDeps = {
    host: 'chatgpt.com',
    currentSite,
    policyState: () => stateOf(policy),
    detectors: () => undefined,
    record: (event) => recorded.push(event),
    // The notice UI builds a stopped event's notice (stopped-notice.ts); here it is there at once.
    notify: (notice) => showNotice(notice, (request) => notices.push(request)),
  };
  const check = (files: File[]) => checkFiles(files, 'upload', (out) => delivered.push(out), deps, new Set());
  return { check, recorded, notices, delivered };
}

describe('checkFiles', () => {
  it('delivers clean files at once, untouched and unrecorded', async () => {
    const { check, delivered, recorded } = setup();
    const files = [new File(['hello'], 'a.txt'), new File([new Uint8Array([0, 1, 2])], 'b.png', { type: 'image/png' })];
    await check(files);
    expect(delivered).toEqual([files]);
    expect(recorded).toEqual([]);
  });

  it('holds a file with a card number until the user chooses, and masks it on request', async () => {
    const { check, delivered, recorded, notices } = setup();
    await check([new File([`card ${CARD}`], 'refund.txt', { type: 'text/plain' })]);
    expect(delivered).toEqual([]);
    expect(recorded[0]).toMatchObject({ kind: 'upload', action: 'warn', outcome: 'stopped', size: 24 });
    // The notice names a file, not a paste.
    expect(notices[0].kind).toBe('upload');
    notices[0].onRedact?.();
    expect(await delivered[0][0].text()).toBe('card [CREDIT_CARD]');
    expect(delivered[0][0].name).toBe('refund.txt');
  });

  it('a redacted delivery masks findings in names too and keeps the files it could not read, content as it was', async () => {
    const { check, delivered, notices } = setup();
    const scan = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1])], 'scan.pdf', { type: 'application/pdf', lastModified: 7 });
    await check([new File(['thanks'], `card ${CARD}.txt`, { type: 'text/plain' }), scan]);
    expect(delivered).toEqual([]);
    notices[0].onRedact?.();
    const [text, binary] = delivered[0];
    expect(delivered[0]).toHaveLength(2);
    expect([text.name, await text.text()]).toEqual(['card [CREDIT_CARD].txt', 'thanks']);
    expect([binary.name, binary.type, binary.lastModified]).toEqual(['scan.pdf', 'application/pdf', 7]);
    expect([...new Uint8Array(await binary.arrayBuffer())]).toEqual([0x25, 0x50, 0x44, 0x46, 0, 1]);
  });

  it('judges a file too large to read, or binary, by its name, type and size', async () => {
    const { check, delivered, recorded } = setup({ rules: [{ id: 'no-uploads', events: ['upload'], siteStatus: ['unsanctioned'], action: 'block' }] });
    const big = new File([new Uint8Array(MAX_SCANNED_FILE_BYTES + 1)], 'dump.sql');
    const spy = vi.spyOn(big, 'text');
    await check([big]);
    expect(spy).not.toHaveBeenCalled();
    expect(delivered).toEqual([]);
    expect(recorded[0]).toMatchObject({ action: 'block', ruleId: 'no-uploads', findings: [], size: MAX_SCANNED_FILE_BYTES + 1 });
  });
});
