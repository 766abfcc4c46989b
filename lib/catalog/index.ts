/** The catalog: RA facts and the parts it names, each with its source. */
export * from './cables';
export * from './cpu';
export * from './gpus';
export * from './ids';
export * from './kubernetes';
export * from './layouts';
export * from './nics';
export * from './not-included';
export * from './nvlink';
export * from './optics';
export * from './rack-power';
export * from './requirements';
export * from './server';
export * from './server-parts';
export * from './software';
export * from './source';
export * from './switches';
