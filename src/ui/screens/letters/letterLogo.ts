// The council's logo on its letters (issue 18): the administrator gives its address on the
// Administration screen (Council details); producing a letter fetches it, reads its size from
// the image's own header (so it is drawn in proportion, never stretched) and puts it at the top
// of the Word document with the alternative text the administrator wrote. A logo that cannot be
// fetched, or is not a PNG, JPEG or GIF, never stops a letter: it is produced without one and
// the officer is told why.

export type LogoImageType = 'png' | 'jpg' | 'gif';

export interface LetterLogo {
  readonly bytes: Uint8Array;
  readonly type: LogoImageType;
  /** Drawn size in pixels (96 to the inch), in the image's own proportions. */
  readonly width: number;
  readonly height: number;
  readonly altText: string;
}

export type LogoFetch = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** A logo on a letter head: about 4.8 cm wide at most, and never taller than 2.5 cm. */
const MAX_WIDTH: number = 180;
const MAX_HEIGHT: number = 95;
/** A logo is a small picture; anything larger is not what the address was meant to be. */
const MAX_BYTES: number = 2 * 1024 * 1024;

function uint16BE(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}

function uint32BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    // Start-of-frame markers carry the size; C4 (tables), C8 (reserved) and CC (arithmetic) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: uint16BE(bytes, at + 5), width: uint16BE(bytes, at + 7) };
    }
    at += 2 + uint16BE(bytes, at + 2);
  }
  return undefined;
}

/** The kind and pixel size of an image, from its header; undefined when it is none of PNG, JPEG, GIF. */
export function imageOf(bytes: Uint8Array): { type: LogoImageType; width: number; height: number } | undefined {
  if (bytes.length >= 24 && PNG_SIGNATURE.every((value, index) => bytes[index] === value)) {
    return { type: 'png', width: uint32BE(bytes, 16), height: uint32BE(bytes, 20) };
  }
  if (bytes.length >= 10 && String.fromCharCode(...bytes.slice(0, 6)).match(/^GIF8[79]a$/)) {
    return { type: 'gif', width: bytes[6] | (bytes[7] << 8), height: bytes[8] | (bytes[9] << 8) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    const size = jpegSize(bytes);
    return size ? { type: 'jpg', ...size } : undefined;
  }
  return undefined;
}

/** Scaled down (never up) to fit the letter head, in proportion. */
export function drawnSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_WIDTH / width, MAX_HEIGHT / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type LogoResult = { readonly logo?: LetterLogo; readonly problem?: string };

/** Fetches and checks the logo; `problem` says, in words for the officer, why there is none. */
export async function fetchLetterLogo(url: string | undefined, altText: string | undefined, fetchLogo: LogoFetch): Promise<LogoResult> {
  if (url === undefined || url.trim() === '') return {};
  const unavailable = `The council's logo (${url}) could not be fetched, so this letter has no logo. Ask the site administrator to check its address on the Administration screen.`;
  let bytes: Uint8Array;
  try {
    const response = await fetchLogo(url);
    if (!response.ok) return { problem: unavailable };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { problem: unavailable };
  }
  const image = bytes.length <= MAX_BYTES ? imageOf(bytes) : undefined;
  if (image === undefined || image.width === 0 || image.height === 0) {
    return {
      problem: `The council's logo (${url}) is not a PNG, JPEG or GIF picture of at most 2 MB, so this letter has no logo. Ask the site administrator to change it on the Administration screen.`
    };
  }
  return { logo: { bytes, type: image.type, ...drawnSize(image.width, image.height), altText: altText?.trim() || 'Council logo' } };
}
