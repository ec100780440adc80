// A file that is not valid UTF-8: govlint reports it and checks it with the bad bytes replaced, so the entities in
// it stay as they are.

export const injectors = [
  {
    // A Document written in Latin-1, with an 'é' in its body: bytes that are not UTF-8, where no rule reads.
    name: 'latin-1-document', kinds: ['Document'],
    apply(entity) {
      entity.body = `${entity.body}\nRésumé of the last review: no changes.\n`;
      entity.encoding = 'latin1';
      return { 'files/readable': 1 };
    },
  },
];
