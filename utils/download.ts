/** Saves text as a file through a normal download (no downloads permission needed on extension pages). */
export function downloadText(doc: Document, fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
