// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { backgroundBehind } from '../../src/ui/panels/SaveShare/exportBelt';

/** A card with the given inline background holding an SVG inside a transparent wrapper. */
function svgOnCard(cardBackground: string) {
  const card = document.createElement('div');
  card.style.backgroundColor = cardBackground;
  const wrapper = document.createElement('div');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  wrapper.append(svg);
  card.append(wrapper);
  document.body.append(card);
  return svg;
}

describe('the exported belt picture’s background', () => {
  it('is the card colour behind the drawing, so a dark-theme picture stays dark', () => {
    expect(backgroundBehind(svgOnCard('rgb(28, 30, 36)'))).toBe('rgb(28, 30, 36)');
  });

  it('is white when nothing behind the drawing has a colour', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    expect(backgroundBehind(svg)).toBe('#ffffff');
  });
});
