/** The catalog: RA facts and the parts it names, each with its source. */
export * from './cables';
export * from './cpu';
export * from './gpus';
export * from './ids';
export * from './kubernetes';
export * from './layouts';
export * from './nics';
export * from './requirements';
export * from './server';
export * from './software';
export * from './source';
export * from './switches';
