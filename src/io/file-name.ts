/**
 * File names that are not valid UTF-8 (Linux allows any bytes but `/` and NUL). Node decodes a name it reads as a
 * string by replacing bad bytes with U+FFFD, after which the file cannot be opened, and two such names may come
 * out the same. Names read as bytes are decoded here instead with each bad byte kept as a lone surrogate, U+DC80
 * to U+DCFF (as Python's `surrogateescape` does): no valid UTF-8 decodes to one, so the string stands for exactly
 * one name, and `fileSystemPath` gives the bytes back to open the file. Valid names are plain strings, unchanged.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

/** A name read as bytes, as a string that `fileSystemPath` turns back into the same bytes. */
export function nameFromBytes(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD') || isUtf8(bytes)) return text;
  let name = '';
  for (let index = 0; index < bytes.length; ) {
    const length = sequenceLength(bytes, index);
    if (length === 0) {
      name += String.fromCharCode(0xdc00 + bytes[index]!);
      index++;
    } else {
      name += bytes.toString('utf8', index, index + length);
      index += length;
    }
  }
  return name;
}

/** The path to give the file system: the string itself, or the bytes when it holds a name that is not UTF-8. */
export function fileSystemPath(path: string): string | Buffer {
  return LONE_ESCAPE.test(path) ? toBytes(path) : path;
}

/** The path as it can be shown and compared with Git's output, which Node decodes with U+FFFD for bad bytes. */
export function gitSpelling(path: string): string {
  return LONE_ESCAPE.test(path) ? toBytes(path).toString('utf8') : path;
}

/** A bad byte kept by `nameFromBytes`: a low surrogate from U+DC80 to U+DCFF with no high surrogate before it. */
const LONE_ESCAPE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

function toBytes(path: string): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (let index = 0; index < path.length; index++) {
    const code = path.charCodeAt(index);
    const lone = code >= 0xdc80 && code <= 0xdcff && !(index > 0 && isHighSurrogate(path.charCodeAt(index - 1)));
    if (!lone) continue;
    parts.push(Buffer.from(path.slice(start, index), 'utf8'), Buffer.of(code - 0xdc00));
    start = index + 1;
  }
  parts.push(Buffer.from(path.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The length of the valid UTF-8 sequence at this index, or 0 when the byte there starts none. */
function sequenceLength(bytes: Buffer, index: number): number {
  const lead = bytes[index]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length <= 1 || index + length > bytes.length) return length === 1 ? 1 : 0;
  return isUtf8(bytes.subarray(index, index + length)) ? length : 0;
}

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
