/**
 * A WritableStream that gathers an archive into a Blob, folding the chunks in every few megabytes:
 * the browser keeps a large Blob on disk, so a 500 MB archive never sits in the page's memory.
 */
export function blobSink(type: string, foldBytes = 8 * 1024 * 1024): { sink: WritableStream<Uint8Array>; blob: () => Blob } {
  let blob = new Blob([], { type });
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const fold = () => {
    blob = new Blob([blob, ...(pending as BlobPart[])], { type });
    pending = [];
    pendingBytes = 0;
  };
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= foldBytes) fold();
    },
    close: fold,
  });
  return { sink, blob: () => blob };
}

/** Hands a Blob to the browser's downloads under a file name, as a link the user clicked would. */
export function downloadBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // The download has its own reference by then; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
