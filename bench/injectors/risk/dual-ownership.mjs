// A Risk without its program manager or its system owner: a missing role is not compared by risk/owners-match.


export const injectors = [
  {
    name: 'no-system-owner', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.roles['system-owner'];
      return { 'risk/dual-ownership': 1 };
    },
  },
  {
    name: 'no-program-manager', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.roles['program-manager'];
      return { 'risk/dual-ownership': 1 };
    },
  },
  {
    name: 'no-roles', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.roles;
      return { 'risk/dual-ownership': 2 };
    },
  },
];
