import { redact } from '../detect/redact';
import { scan } from '../detect/scan';
import type { Detector } from '../detect/types';
import type { EventKind } from '../policy/schema';
import { intervene, type Acknowledged, type GuardDeps } from './intervene';
import type { FileDestination } from './file-intercept';

/** Text files up to this size are read and scanned; larger ones are judged by name, type and size. */
export const MAX_SCANNED_FILE_BYTES = 2 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(
  'txt text md markdown csv tsv json jsonl ndjson xml yaml yml toml ini cfg conf env properties log sql html htm css js mjs cjs ts tsx jsx py rb go rs java kt kts c h cc cpp hpp cs php sh bash zsh ps1 bat swift scala r m pl lua tf hcl pem key crt cer pub gradle vue svelte'.split(' '),
);
const TEXT_NAMES = new Set(['.env', 'dockerfile', 'makefile', '.npmrc', '.pypirc', '.netrc', 'id_rsa', 'id_ed25519', 'credentials']);

/** True when a file is text that Vigie reads: by MIME type, extension or a well-known name (.env, Dockerfile). */
export function isTextFile(file: Pick<File, 'name' | 'type'>): boolean {
  const name = file.name.toLowerCase();
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  return (
    file.type.startsWith('text/') ||
    /^application\/(json|xml|x-yaml|yaml|javascript|x-sh|sql|x-pem-file)/.test(file.type) ||
    TEXT_EXTENSIONS.has(extension) ||
    TEXT_NAMES.has(name) ||
    name.startsWith('.env.')
  );
}

/** A file as the guard judges it: its text when it is a readable text file, else only its name. */
interface FilePart {
  file: File;
  text?: string;
}

async function readPart(file: File): Promise<FilePart> {
  if (!isTextFile(file) || file.size > MAX_SCANNED_FILE_BYTES) return { file };
  return { file, text: await file.text() };
}

/**
 * A file as a redacted delivery gives it: a finding in its name masked (a name can hold a customer or an
 * IBAN), and a text file's content masked. A file Vigie does not read (binary, or too large) was judged by
 * its name alone, so it goes with its content as it was, like such a file with a clean name: leaving it out
 * would lose it without a word.
 */
function maskedFile(part: FilePart, detectors: readonly Detector[] | undefined): File {
  const mask = (text: string) => redact(text, scan(text, { detectors }));
  const options = { type: part.file.type, lastModified: part.file.lastModified };
  return new File([part.text === undefined ? part.file : mask(part.text)], mask(part.file.name), options);
}

/**
 * Judges files on their way to the page (a file input or a drop), which the content script has held back:
 * reads the text files, scans names and contents, applies the verdict, and delivers the files (as they were,
 * or with text files masked) only when the policy and the user let them through.
 */
export async function checkFiles(files: readonly File[], kind: Extract<EventKind, 'upload' | 'drop'>, deliver: (files: File[]) => void, deps: GuardDeps, acknowledged: Acknowledged): Promise<void> {
  let parts: FilePart[];
  try {
    parts = await Promise.all(files.map(readPart));
  } catch {
    // Unreadable (a file removed meanwhile): judged by name only.
    parts = files.map((file) => ({ file }));
  }
  const text = parts.map((part) => (part.text === undefined ? part.file.name : `${part.file.name}\n${part.text}`)).join('\n\n');
  intervene(
    kind,
    () => text,
    () => {},
    () => (_text, masked) => deliver(masked ? parts.map((part) => maskedFile(part, deps.detectors())) : [...files]),
    deps,
    acknowledged,
    () => deliver([...files]),
    files.reduce((sum, file) => sum + file.size, 0),
  );
}

/**
 * Judges files held back on their way to `destination` (checkFiles), and delivers those that may go (deliverFiles),
 * if any, inside `replay`, which runs it as Vigie's own event (the content script lets it by): FileGuard's judgeFiles.
 */
export function judgeFiles(
  files: readonly File[],
  kind: Extract<EventKind, 'upload' | 'drop'>,
  destination: FileDestination,
  replay: (deliver: () => void) => void,
  deps: GuardDeps,
  acknowledged: Acknowledged,
): Promise<void> {
  return checkFiles(files, kind, (allowed) => allowed.length > 0 && replay(() => deliverFiles(destination, allowed)), deps, acknowledged);
}

function dataTransferOf(files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/**
 * Hands files that may go to the page as the held event would have: back into the file input with its
 * `input` and `change` events, or in a new paste or drop on the same target (at the same point).
 */
export function deliverFiles(destination: FileDestination, files: File[]): void {
  if ('input' in destination) {
    destination.input.files = dataTransferOf(files).files;
    destination.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    destination.input.dispatchEvent(new Event('change', { bubbles: true }));
  } else if ('paste' in destination) {
    destination.paste.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dataTransferOf(files), bubbles: true, cancelable: true, composed: true }));
  } else {
    destination.drop.dispatchEvent(new DragEvent('drop', { dataTransfer: dataTransferOf(files), bubbles: true, cancelable: true, composed: true, ...destination.at }));
  }
}
