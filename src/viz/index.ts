/** Pure geometry and scales for the drawings: numbers and path strings, never DOM. */
export {
  signedColor,
  gateColor,
  inkOn,
  THEME_DIVERGING,
  LIGHT_DIVERGING,
  QUANTITY_VAR,
  QUANTITY_HEX,
  LIGHT_QUANTITY_HEX,
  type DivergingPalette,
} from './colorScales';
export {
  shownUnits,
  cellPainter,
  heatmapPaint,
  largestCellChange,
  revealScrollLeft,
  gridMove,
  type GridPosition,
  TIMELINE_MAX_UNITS,
  QUANTITY_COLOR,
  type HeatmapQuantity,
  type HeatmapRange,
  type ShownUnits,
  type CellPaint,
} from './heatmapLayout';
export {
  activation,
  activationPlot,
  curvePoint,
  spreadLabels,
  Z_EXTENT,
  type ActivationKind,
  type ActivationPlotGeometry,
  type CurvePoint,
  type PlotMargin,
} from './activationCurves';
