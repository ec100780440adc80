// A second identity for one person: a Person takes the e-mail address of another, written in capitals. The other
// comes first in file order, so that the finding is at the Person changed here.

export const injectors = [
  {
    name: 'same-email-other-case', kinds: ['Person'],
    apply(entity, ctx) {
      const target = ctx.pickFrom(['Person'], (person) => person.file.path < entity.file.path && !ctx.reserved.has(person.id));
      if (!target) return undefined;
      ctx.reserve(target);
      entity.data.email = target.data.email.toUpperCase();
      return { 'person/unique-email': 1 };
    },
  },
];
