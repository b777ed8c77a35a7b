// How many products a comparison holds; a module of its own so browser components can read it without the codec.
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;
