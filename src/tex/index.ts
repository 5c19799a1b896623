/** Pure TeX builders: trace → TeX strings with numbers substituted and user text escaped. */
export { texText } from './escape';
export { formatNumber, texNumber, texFactor, texVector, DEFAULT_DIGITS } from './number';
export { lstmEquations, type EquationId, type CellEquationId, type EquationTex } from './lstmEquations';
export { concatInputTex } from './concatInput';
export { cellEquations, cellEquationIds, type TexCell, type CellEquationTex } from './cellEquations';
export { layerSumRows, type LayerSum } from './layerSum';
export { equationLines, type EquationLines } from './equationLines';
