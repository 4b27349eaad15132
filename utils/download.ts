/** Saves a Blob as a file through a normal download (no downloads permission needed on extension pages). */
export function downloadBlob(doc: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
