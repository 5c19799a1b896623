import { lazy } from 'react';

// Panels below the first screen load after it: they are split into their own chunks so the first
// view's JavaScript stays small (the editor, the save panel, the plots and the article note).
/** The weight editor, loaded on demand. */
export const WeightEditor = lazy(() => import('./panels/WeightEditor/WeightEditor').then((module) => ({ default: module.WeightEditor })));
/** The sentence and vocabulary editor, loaded on demand. */
export const ScenarioEditor = lazy(() => import('./panels/ScenarioEditor/ScenarioEditor').then((module) => ({ default: module.ScenarioEditor })));
/** The save-and-share panel, loaded on demand. */
export const SaveShare = lazy(() => import('./panels/SaveShare/SaveShare').then((module) => ({ default: module.SaveShare })));
/** The activation plots, loaded on demand. */
export const ActivationPlots = lazy(() => import('./panels/ActivationPlots/ActivationPlots').then((module) => ({ default: module.ActivationPlots })));
/** The article's arithmetic note, loaded on demand. */
export const ArticleNote = lazy(() => import('./panels/ArticleNote/ArticleNote').then((module) => ({ default: module.ArticleNote })));
