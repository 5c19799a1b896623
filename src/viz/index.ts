/** Pure geometry and scales for the drawings: numbers and path strings, never DOM. */
export { signedColor, gateColor, inkOn, LIGHT_DIVERGING, QUANTITY_HEX, type DivergingPalette } from './colorScales';
