/** The cells the explainer can show: their parameters, their description for the panels, and the switch between them. */
export { CELL_PARAMETERS, parameterNames, matrixOf, vectorOf, mapParameters, type WeightName, type BiasName, type PeepholeName } from './parameters';
export {
  CELLS,
  quantityOf,
  type CellDescription,
  type LayerDescription,
  type QuantityDescription,
  type QuantityKey,
  type QuantityRole,
  type PreActivationKey,
} from './description';
export { withCell, asLstmScenario, cellConversion, type CellConversion } from './convert';
export { randomCellParams } from './random';
