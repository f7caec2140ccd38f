/**
 * What the evidence code reads bytes from: a Blob, or anything with a size and a stream (the
 * benchmark generates 500 MB lazily this way). Reading goes chunk by chunk, so no item is ever held
 * whole in memory.
 */
export interface ByteSource {
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * The source's chunks in order. An abort stops the read between chunks and rejects with the
 * signal's reason; the stream is cancelled so the browser can release the blob's file handle.
 */
export async function* chunksOf(source: ByteSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  signal?.throwIfAborted();
  // A reader loop rather than `for await` over the stream: Chrome only iterates streams since 124.
  const reader = source.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) return;
      if (value.length) yield value;
    }
  } finally {
    // Also runs when the consumer stops early; cancelling a finished stream is harmless.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
