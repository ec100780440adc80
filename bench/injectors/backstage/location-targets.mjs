// The generated register is in govlint's own format, with no Backstage catalog for this rule to read; the Backstage
// row of the benchmark (generate-backstage.mjs) plants the catalog's own defects.
export const injectors = [];
export const notInjected = 'the generated register holds no Backstage catalog (see bench/generate-backstage.mjs)';
