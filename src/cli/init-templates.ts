import { REPOSITORY_URL } from '../rules/helpers/docs-url.js';
import { DEFAULT_CACHE_FOLDER } from './open-cache.js';
import { COMBINED_SCHEMA_FILE, CONFIG_SCHEMA_FILE, DEFAULT_SCHEMA_DIR } from './schema-command.js';
import type { FileToWrite } from './write-files.js';

/** The config `govlint init` writes. */
export const STARTER_CONFIG_FILE = '.govlintrc.yaml';

/** The config `govlint init --backstage` writes: the recommended rules, and the Backstage catalog read as entities. */
export const BACKSTAGE_CONFIG = `# govlint configuration. Every key is described at ${REPOSITORY_URL}#configuration
# and in ${DEFAULT_SCHEMA_DIR}/${CONFIG_SCHEMA_FILE}, which editors use to complete and check this file.

# The recommended rules, and the Backstage catalog (catalog-info.yaml and the files its Locations name) read as
# entities: owners, systems and every other reference resolved, Group hierarchy and Location targets checked.
# Documents of other tools (Kubernetes manifests, Helm charts) are left alone and counted.
extends: [govlint:recommended, govlint:backstage]

# Set a rule to error, warning, note or off, or to [severity, { options }]. \`govlint rules\` lists the rules. For example:
# rules:
#   backstage/group-hierarchy: warning
`;

/** Where the example governance goes, so that it stays apart from the rest of a repo. */
export const GOVERNANCE_DIR = 'governance';

export const STARTER_CONFIG = `# govlint configuration. Every key is described at ${REPOSITORY_URL}#configuration
# and in ${DEFAULT_SCHEMA_DIR}/${CONFIG_SCHEMA_FILE}, which editors use to complete and check this file.

# The recommended rules at their default severities; govlint:strict turns every warning into an error.
extends: govlint:recommended

# Set a rule to error, warning, note or off, or to [severity, { options }]. \`govlint rules\` lists the rules and
# \`govlint explain <rule>\` shows a rule's options. For example:
# rules:
#   docs/stale: [warning, { maxAge: 1 year }]
#   process/has-manager: off

# Rules without code: which kinds a rule checks, which of those entities (\`when\`) and what they must have
# (\`require\`), both as JSON Schema fragments. For example:
# customRules:
#   - id: high-risk-mitigation
#     kinds: [Risk]
#     severity: error
#     message: A high or critical risk needs a written mitigation plan; describe it under \`mitigation\`
#     when: { required: [severity], properties: { severity: { enum: [high, critical] } } }
#     require: { required: [mitigation] }
`;

/**
 * For a folder without a .gitignore, so that a `git add -A` (as before a commit) takes in nothing govlint or a
 * local install of it leaves behind. The cache folder ignores itself too; this also covers a cache from before.
 */
export const GITIGNORE = `# What govlint check --cache keeps between runs, and packages installed with npm.
${DEFAULT_CACHE_FOLDER}/
node_modules/
`;

/**
 * VS Code settings for the YAML extension: the combined schema for governance files, the config's schema for the
 * config. Markdown front matter is not checked by editors, only by govlint.
 */
export const EDITOR_SETTINGS = `${JSON.stringify(
  {
    'yaml.schemas': {
      [`./${DEFAULT_SCHEMA_DIR}/${COMBINED_SCHEMA_FILE}`]: [`${GOVERNANCE_DIR}/**/*.yaml`, `${GOVERNANCE_DIR}/**/*.yml`],
      [`./${DEFAULT_SCHEMA_DIR}/${CONFIG_SCHEMA_FILE}`]: ['.govlintrc.yaml', '.govlintrc.yml'],
    },
    'json.schemas': [{ fileMatch: ['.govlintrc.json'], url: `./${DEFAULT_SCHEMA_DIR}/${CONFIG_SCHEMA_FILE}` }],
  },
  null,
  2,
)}\n`;

/**
 * A small governance repo with one example of every built-in kind that passes every rule on the day it is written:
 * one owner per system, process and program, a risk owned from both sides, the documents an active system needs,
 * and every review dated `today`. Risks are due for review again in a month, compliance systems in three.
 */
export function starterGovernance(today: string): FileToWrite[] {
  const files: Array<[string, string]> = [
    ['people/people.yaml', people],
    ['people/teams.yaml', teams],
    ['roles/security-champion.yaml', securityChampion],
    ['programs/online-services.yaml', program(today)],
    ['systems/customer-portal.yaml', system(today)],
    ['processes/incident-management.yaml', process(today)],
    ['products/self-service.yaml', product(today)],
    ['risks/register.yaml', risks(today)],
    ['docs/architecture/customer-portal.md', architecture(today)],
    ['docs/sla/customer-portal.md', sla(today)],
    ['raci/customer-portal-release.md', raci(today)],
  ];
  return files.map(([path, text]) => ({ path: `${GOVERNANCE_DIR}/${path}`, text }));
}

const people = `# Everyone who holds a governance role. Other entities name people by id under \`roles\`.
kind: Person
id: ana-silva
name: Ana Silva
email: ana.silva@example.org
team: digital-services
---
kind: Person
id: ben-carter
name: Ben Carter
email: ben.carter@example.org
team: digital-services
---
kind: Person
id: chloe-nguyen
name: Chloe Nguyen
email: chloe.nguyen@example.org
team: digital-services
---
kind: Person
id: david-okafor
name: David Okafor
email: david.okafor@example.org
team: digital-services
---
kind: Person
id: emma-brown
name: Emma Brown
email: emma.brown@example.org
team: digital-services
`;

const teams = `kind: Team
id: digital-services
name: Digital Services
description: Builds and runs the services customers use online.
members: [ana-silva, ben-carter, chloe-nguyen, david-okafor, emma-brown]
`;

const securityChampion = `# Built-in roles (system-owner, process-owner…) need no entity; a Role adds one of your own.
kind: Role
id: security-champion
name: Security champion
responsibilities:
  - Reviews the security of every change before release
  - Keeps the team's threat model up to date
appliesTo: [System]
`;

const program = (today: string) => `# A program has exactly one program manager (program/single-manager).
kind: Program
id: online-services
name: Online Services
description: Moves customer service online, starting with the customer portal.
roles:
  program-manager: ana-silva
systems: [customer-portal]
reviewed: ${today}
`;

const system = (today: string) => `# A system has exactly one owner (system/single-owner). An active system needs an architecture and an SLA
# document (docs/required); one with compliance obligations is reviewed every quarter (review/overdue).
kind: System
id: customer-portal
name: Customer portal
description: Where customers see their orders and invoices and raise requests.
program: online-services
lifecycle: active
compliance: [GDPR]
roles:
  system-owner: ben-carter
  security-champion: david-okafor
documents: [customer-portal-architecture, customer-portal-sla]
reviewed: ${today}
`;

const process = (today: string) => `# A process has exactly one owner (process/single-owner) and managers who run it (process/has-manager).
kind: Process
id: incident-management
name: Incident management
description: Restores normal service as quickly as possible after an unplanned interruption.
roles:
  process-owner: chloe-nguyen
  process-manager: [david-okafor]
kpis:
  - 90% of priority 1 incidents resolved within 4 hours
reviewed: ${today}
`;

const product = (today: string) => `# A product has a product manager and a product owner (product/manager-and-owner).
kind: Product
id: self-service
name: Self-service
description: Customers solve their own problems without calling the service desk.
roles:
  product-manager: emma-brown
  product-owner: david-okafor
systems: [customer-portal]
reviewed: ${today}
`;

const risks = (today: string) => `# The risk register. A risk is owned by the manager of its program and the owner of its system, two different
# people (risk/dual-ownership, risk/owners-match, roles/conflict), and is reviewed every month (review/overdue).
kind: Risk
id: risk-portal-peak-load
title: The customer portal slows down or fails under the load of the annual sale
program: online-services
system: customer-portal
severity: medium
likelihood: possible
status: mitigating
mitigation: Load test at twice last year's peak before the sale; scale out the web tier automatically.
roles:
  program-manager: ana-silva
  system-owner: ben-carter
reviewed: ${today}
`;

const architecture = (today: string) => `---
kind: Document
id: customer-portal-architecture
type: architecture
title: Customer portal architecture
describes: [customer-portal]
roles:
  document-owner: ben-carter
reviewed: ${today}
reviewEvery: 6 months
---
# Customer portal architecture

A document is Markdown with the fields govlint reads in its front matter. It is reviewed every \`reviewEvery\`
(docs/stale); record the date of each review in \`reviewed\`.

The portal is a web application in front of the order and billing systems, behind the company's single sign-on.
`;

const sla = (today: string) => `---
kind: Document
id: customer-portal-sla
type: sla
title: Customer portal service level agreement
describes: [customer-portal]
roles:
  document-owner: emma-brown
reviewed: ${today}
---
# Customer portal service level agreement

| Measure | Target |
| --- | --- |
| Availability | 99.5% per month |
| Priority 1 incident response | 30 minutes |
`;

const raci = (today: string) => `---
kind: Raci
id: customer-portal-release-raci
name: Who does what in a customer portal release
scope: customer-portal
reviewed: ${today}
---
# Customer portal release

The RACI matrix is the table whose columns name people, teams or roles: a column per party, a row per task. Every
task has one A (accountable) and at least one R (responsible); a critical task gives every party a letter.

| Task | Critical | ana-silva | ben-carter | david-okafor | emma-brown |
|------|:--------:|:---------:|:----------:|:------------:|:----------:|
| Approve the release plan | yes | A | R | C | C |
| Deploy the release | yes | I | A | R | I |
| Tell customers what is new | no | I | C | - | A/R |
`;
