import winkNLP from 'wink-nlp';
import { SUPPORTED_PIPE, winkModel } from './wink-model';

export type Nlp = ReturnType<typeof winkNLP>;

let shared: Nlp | undefined;

/**
 * The one wink-nlp instance of the process. Each instance unpacks its own copy of the model (about
 * 5 MB of RSS and 9 MB of heap), so the sentence splitter and the coder's tagger share this one.
 * wink fixes the pipe per instance: both 'sbd' and 'pos' run on every document, which costs the
 * splitter a little POS work and the tagger a little boundary work, far less than a second model.
 */
export const wink = (): Nlp => {
  shared ??= winkNLP(winkModel, [...SUPPORTED_PIPE]);
  return shared;
};
