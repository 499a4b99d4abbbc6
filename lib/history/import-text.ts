import { MAX_IMPORT_BYTES } from './import-format';
import { ImportRefusal } from './import-report';

/** Small enough for one piece to be parsed and checked in a few milliseconds. */
const PIECE_CHARACTERS = 64 * 1024;
/**
 * The most bytes read or decoded in one go: a few milliseconds of work. The text of such a
 * stretch is then cut into pieces; it is not decoded a piece at a time, because Chromium's
 * garbage collector pays for each string a decoder makes: for a 21 MB file on a loaded machine,
 * 340 strings of 64 KB cost one pause of 300 to 480 ms, 21 strings of 1 MB under 10 ms.
 */
const DECODE_BYTES = 1024 * 1024;

const tooBig = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`;

function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
  try {
    return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  } catch {
    throw new ImportRefusal('The file is not UTF-8 text: export it again as "CSV UTF-8" or JSON.');
  }
}

function* piecesOf(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += PIECE_CHARACTERS) {
    yield text.slice(start, start + PIECE_CHARACTERS);
  }
}

/**
 * The source's bytes as they arrive. A file is read a megabyte at a time through slices of it:
 * its own stream hands over 2 MB at once in Chromium, where the read that takes such a chunk
 * copies it on the page's thread in one go. A stream's chunks are as its maker cut them, and are
 * decoded a megabyte at a time.
 */
async function* byteChunks(source: Blob | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (source instanceof Blob) {
    for (let start = 0; start < source.size; start += DECODE_BYTES) {
      yield new Uint8Array(await source.slice(start, start + DECODE_BYTES).arrayBuffer());
    }
    return;
  }
  const reader = source.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) yield chunk.value;
  } finally {
    // Stops the stream being read any further when reading ends early (a refused file).
    await reader.cancel();
  }
}

/**
 * The source's text as it arrives, decoded as UTF-8 (a byte order mark dropped), in pieces of
 * at most 64 K characters, so no file is ever held or parsed whole.
 */
export async function* textPieces(source: Blob | ReadableStream<Uint8Array>): AsyncGenerator<string> {
  if (source instanceof Blob && source.size > MAX_IMPORT_BYTES) throw new ImportRefusal(tooBig);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  for await (const chunk of byteChunks(source)) {
    bytesRead += chunk.byteLength;
    if (bytesRead > MAX_IMPORT_BYTES) throw new ImportRefusal(tooBig);
    for (let start = 0; start < chunk.byteLength; start += DECODE_BYTES) {
      yield* piecesOf(decode(decoder, chunk.subarray(start, start + DECODE_BYTES)));
    }
  }
  yield* piecesOf(decode(decoder));
}
