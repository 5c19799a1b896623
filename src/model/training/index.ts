/** The agreement task the training panel teaches: its dataset, training configuration and trained scenario. */
export type { AgreementDataset, AgreementSentence } from './dataset';
export { agreementDataset, agreementVocabulary, AGREEMENT_FEATURES, PRONOUN_STEP, IDENTITY_SEED } from './dataset';
export { agreementTrainerConfig, DEFAULT_TRAINING_SEED } from './config';
export type { TrainedScenarioText } from './scenario';
export { trainedScenario } from './scenario';
export { FEMALE_NAMES, MALE_NAMES, HELD_OUT_PER_GENDER, ADJECTIVES, VERBS, PRONOUNS } from './words';
