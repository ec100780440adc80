// docs/changed-unreviewed reads the Git history, and the generated repos are not Git repositories: making them so
// would change what the benchmark measures (discovery through `git ls-files`, the history read). It must find nothing.

export const injectors = [];
export const notInjected = 'reads the Git history; the generated repos are not Git repositories';
