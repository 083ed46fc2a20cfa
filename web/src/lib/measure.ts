// How wide a text is drawn: for laying out what is drawn on a 2D canvas (an exported picture's
// caption, the map's panel title). Tests pass a `Measure` of their own.

/** The width of `text` in CSS pixels, drawn in `font` (a CSS font shorthand). */
export type Measure = (text: string, font: string) => number;

let measuring: CanvasRenderingContext2D | null = null;

/** `Measure` in the page, through a canvas that is never shown. */
export const measureText: Measure = (text, font) => {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  measuring.font = font;
  return measuring.measureText(text).width;
};
