import { crc32, deflateSync } from "node:zlib";

/** The sample photos the sandbox phone sends: small PNGs drawn here, served at `/sandbox/media/…`. */

type Rgb = readonly [number, number, number];
type Painter = (x: number, y: number, width: number, height: number) => Rgb;

export interface SampleImage {
  /** File name under `/sandbox/media/`. */
  name: string;
  /** What the photo shows (its alt text and the default caption). */
  label: string;
  contentType: "image/png";
  body: Buffer;
}

const WIDTH = 160;
const HEIGHT = 120;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** An 8-bit RGB PNG: signature, IHDR, one IDAT of unfiltered rows, IEND. */
export function png(width: number, height: number, paint: Painter): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const start = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y, width, height);
      rows.set([r, g, b], start + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

/** A brown parcel with tape and a dented corner, on a grey floor. */
const parcel: Painter = (x, y) => {
  const inBox = x >= 35 && x < 125 && y >= 25 && y < 100;
  const dent = x + y > 210 && x >= 95 && y >= 75;
  if (inBox && !dent) {
    if (x >= 74 && x < 86) return [214, 190, 140];
    if (y >= 55 && y < 60) return [150, 100, 55];
    return [176, 122, 68];
  }
  if (inBox && dent) return [120, 80, 45];
  return y > 100 ? [150, 150, 150] : [225, 225, 220];
};

/** A sunset: a sky gradient, a sun, the sea. */
const sunset: Painter = (x, y, _w, h) => {
  const sea = y > h * 0.68;
  const dx = x - 80;
  const dy = y - 78;
  if (!sea && dx * dx + dy * dy < 22 * 22) return [255, 214, 90];
  if (sea) return mix([40, 70, 120], [15, 30, 60], (y - h * 0.68) / (h * 0.32));
  return mix([120, 60, 160], [255, 140, 60], y / (h * 0.68));
};

/** A shop receipt: white paper with lines of text and a total. */
const receipt: Painter = (x, y) => {
  if (x < 40 || x >= 120 || y < 8 || y >= 112) return [60, 64, 72];
  const line = (y - 20) % 12;
  if (y >= 20 && y < 92 && line < 3 && x >= 48 && x < (y % 24 < 12 ? 104 : 96)) {
    return [120, 120, 120];
  }
  if (y >= 96 && y < 102 && x >= 80 && x < 112) return [20, 20, 20];
  return [250, 250, 245];
};

const SAMPLES: { name: string; label: string; paint: Painter }[] = [
  { name: "parcel.png", label: "A damaged parcel", paint: parcel },
  { name: "sunset.png", label: "A sunset over the sea", paint: sunset },
  { name: "receipt.png", label: "A shop receipt", paint: receipt },
];

let drawn: SampleImage[] | undefined;

export function sampleImages(): SampleImage[] {
  drawn ??= SAMPLES.map(({ name, label, paint }) => ({
    name,
    label,
    contentType: "image/png" as const,
    body: png(WIDTH, HEIGHT, paint),
  }));
  return drawn;
}

export const sampleImage = (name: string): SampleImage | undefined =>
  sampleImages().find((image) => image.name === name);
