/**
 * The images of the synthetic corpus: one entry in ten gets an `image`, taken among a few
 * landscapes drawn here from the seed (sky, sun, three lines of hills, a grain like a photo's),
 * so that the benchmark measures what images cost a build — converting them the first time,
 * finding them in the cache the second — without shipping photos. Each file is a PNG of
 * 1 600 × 1 000 pixels: wider than the largest published size, as a contributor's photo is.
 */
import { encodePng } from "./png.ts";
import type { Random } from "./random.ts";

/** How many distinct image files a corpus holds at most. */
export const CORPUS_IMAGE_COUNT = 4;
/** One entry in ten has an image. */
export const IMAGE_EVERY = 10;

const WIDTH = 1600;
const HEIGHT = 1000;

export interface CorpusImage {
  /** File name in content/medias/. */
  readonly name: string;
  readonly alt: string;
}

/** What each landscape shows, for its text alternative. */
const SUBJECTS = [
  "Paysage dessiné : trois lignes de collines sous un ciel en dégradé, et le soleil",
  "Paysage dessiné : des coteaux aux couleurs franches sous un grand soleil",
  "Paysage dessiné : une vallée entre des collines, au soleil bas",
  "Paysage dessiné : un plateau vallonné sous un ciel pâle",
] as const;

export function corpusImage(index: number): CorpusImage {
  return { name: `paysage-${index + 1}.png`, alt: SUBJECTS[index % SUBJECTS.length] as string };
}

type Colour = readonly [number, number, number];

function colour(random: Random, low: number, high: number): Colour {
  return [random.int(low, high), random.int(low, high), random.int(low, high)];
}

/** The PNG of one landscape, drawn from `random` alone. */
export function drawCorpusImage(random: Random): Buffer {
  const skyTop = colour(random, 60, 150);
  const skyBottom = colour(random, 170, 250);
  const sun = { x: random.int(150, WIDTH - 150), y: random.int(100, 350), radius: random.int(50, 110), colour: colour(random, 220, 255) };
  const hills = Array.from({ length: 3 }, (_, layer) => ({
    base: HEIGHT * (0.45 + layer * 0.17),
    waves: Array.from({ length: 3 }, () => ({ amplitude: random.int(15, 70), period: random.int(180, 900), phase: random.next() * Math.PI * 2 })),
    colour: colour(random, 30 + layer * 10, 150 - layer * 20),
  }));
  // A grain of ±6 levels, the same for the three channels of a pixel: what keeps a photo from compressing to nothing.
  let state = random.int(1, 0x7fffffff);
  const rgb = new Uint8Array(WIDTH * HEIGHT * 3);
  const ridges = new Float64Array(hills.length);
  for (let x = 0; x < WIDTH; x += 1) {
    hills.forEach((hill, layer) => {
      ridges[layer] = hill.base + hill.waves.reduce((sum, wave) => sum + wave.amplitude * Math.sin((x / wave.period) * 2 * Math.PI + wave.phase), 0);
    });
    for (let y = 0; y < HEIGHT; y += 1) {
      // The sky's gradient, then the sun, then each line of hills over the one behind it, darker downwards.
      let shade = y / HEIGHT;
      let from: Colour = skyTop;
      let to: Colour = skyBottom;
      if ((x - sun.x) ** 2 + (y - sun.y) ** 2 < sun.radius ** 2) (from = sun.colour), (shade = 0);
      for (let layer = 0; layer < hills.length; layer += 1) {
        const ridge = ridges[layer] as number;
        if (y >= ridge) (from = (hills[layer] as (typeof hills)[number]).colour), (to = BLACK), (shade = Math.min(0.5, (y - ridge) / HEIGHT));
      }
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      const noise = (state % 13) - 6;
      const offset = (y * WIDTH + x) * 3;
      for (let channel = 0; channel < 3; channel += 1) {
        const value = (from[channel] as number) + ((to[channel] as number) - (from[channel] as number)) * shade + noise;
        rgb[offset + channel] = value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
      }
    }
  }
  return encodePng(WIDTH, HEIGHT, rgb);
}

const BLACK: Colour = [0, 0, 0];
