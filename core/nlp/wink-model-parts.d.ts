/**
 * The package's single-purpose modules that core/nlp/wink-model.ts assembles into a model. Their
 * shapes are wink's business: the model is only ever handed to winkNLP().
 */
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: (...args: never[]) => unknown;
  export default part;
}
