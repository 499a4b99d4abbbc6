import { MAX_IMPORT_BYTES } from './import-format';
import { ImportRefusal } from './import-report';

/** Small enough for one piece to be parsed and checked well within a 50 ms task. */
const PIECE_CHARACTERS = 64 * 1024;

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
 * The source's text as it arrives, decoded as UTF-8 (a byte order mark dropped), in pieces of
 * at most 64 K characters, so no file is ever held or parsed whole.
 */
export async function* textPieces(source: Blob | ReadableStream<Uint8Array>): AsyncGenerator<string> {
  if (source instanceof Blob && source.size > MAX_IMPORT_BYTES) throw new ImportRefusal(tooBig);
  const reader = (source instanceof Blob ? source.stream() : source).getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytesRead += chunk.value.byteLength;
      if (bytesRead > MAX_IMPORT_BYTES) throw new ImportRefusal(tooBig);
      yield* piecesOf(decode(decoder, chunk.value));
    }
    yield* piecesOf(decode(decoder));
  } finally {
    // Stops the file being read any further when reading ends early (a refused file).
    await reader.cancel();
  }
}
