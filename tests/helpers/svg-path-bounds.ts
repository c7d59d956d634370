/**
 * Bounding box of an SVG path written by scripts/map/svg-path.ts (`M`, `m`, `l`, `z` only),
 * read independently of the writer, to check where a map draws things.
 */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

export function pathBounds(d: string): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  const see = () => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const numbers = [...(args ?? "").matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((match) => Number(match[0]));
    if (command === "z" || command === "Z") {
      [x, y] = start;
      continue;
    }
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const dx = numbers[index]!;
      const dy = numbers[index + 1]!;
      const relative = command === "m" || command === "l";
      x = relative ? x + dx : dx;
      y = relative ? y + dy : dy;
      if (index === 0 && (command === "m" || command === "M")) start = [x, y];
      see();
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** Share of the rectangle `width` × `height` that a bounding box covers. */
export function coverage([[x0, y0], [x1, y1]]: Bounds, width: number, height: number): number {
  return ((x1 - x0) * (y1 - y0)) / (width * height);
}
