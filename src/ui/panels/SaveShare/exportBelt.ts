/** Why a picture could not be made, as a key of the share dictionary's pictureProblems. */
export type PictureProblem = 'render' | 'canvas' | 'encode';

/** A picture export that failed for a reason the UI words in the reader's language. */
export class PictureError extends Error {
  /** which step failed */
  readonly problem: PictureProblem;
  constructor(problem: PictureProblem) {
    super(`the belt picture failed at the ${problem} step`);
    this.problem = problem;
  }
}

// Style properties a standalone SVG needs: the page's CSS (modules, variables) does not travel with it.
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'text-transform',
] as const;

const TRANSPARENT = new Set(['', 'transparent', 'rgba(0, 0, 0, 0)']);

/** The first opaque background colour of the element or an ancestor; white when there is none. */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!TRANSPARENT.has(colour)) return colour;
  }
  return '#ffffff';
}

/** The belt drawing as standalone SVG text, with every computed style written onto its elements. */
export function beltSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, k) => {
    const computed = getComputedStyle(original);
    const target = copies[k] as SVGElement;
    target.setAttribute('style', INLINED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  const { width, height } = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // The card colour behind the drawing, as on the page: the inlined colours were chosen for it (light
  // strokes on a dark card in the dark theme would vanish on white).
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundBehind(svg));
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** The belt drawing as a PNG at `scale` times its drawing size (2× for crisp slides). */
export async function beltPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = beltSvgText(svg);
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new PictureError('render'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new PictureError('canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PictureError('encode'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file for download under a name. */
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
