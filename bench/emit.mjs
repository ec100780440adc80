// The YAML and Markdown of the generated repo, written by hand so that every byte is under control (and defects can
// be textual): the generator builds entities as data, the injectors change them, then each file is written out.

/** A value written verbatim after `key: `, for defects the serializer would otherwise quote away. */
class Raw {
  constructor(text) {
    this.text = text;
  }
}
export const raw = (text) => new Raw(text);

const FLOW_KEYS = new Set(['tags', 'describes', 'appliesTo', 'compliance', 'parties', 'assignments']);
const FOLDED_KEYS = new Set(['description', 'mitigation']);
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0x|^0o|^[-+]?\.(?:inf|nan)$/i;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

export function scalar(value, flow = false) {
  const plain =
    /^[A-Za-z0-9][A-Za-z0-9 _.,'()/&+%@-]*$/.test(value) &&
    !value.endsWith(' ') &&
    !RESERVED.test(value) &&
    !NUMBER_LIKE.test(value) &&
    !(flow && /,/.test(value));
  return plain ? value : JSON.stringify(value);
}

export function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Raw);

function emitEntry(lines, key, value, indent) {
  if (value === undefined) return;
  if (value instanceof Raw) lines.push(`${indent}${key}: ${value.text}`);
  else if (typeof value === 'boolean') lines.push(`${indent}${key}: ${value}`);
  else if (typeof value === 'string') {
    if (FOLDED_KEYS.has(key) && value.length > 100) {
      lines.push(`${indent}${key}: >-`);
      for (const line of wrap(value, 100)) lines.push(`${indent}  ${line}`);
    } else lines.push(`${indent}${key}: ${scalar(value)}`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) lines.push(`${indent}${key}: []`);
    else if (FLOW_KEYS.has(key)) lines.push(`${indent}${key}: [${value.map((item) => scalar(item, true)).join(', ')}]`);
    else {
      lines.push(`${indent}${key}:`);
      for (const item of value) {
        if (isMapping(item)) {
          // A list of mappings: the first key on the dash's line, the others below it.
          const inner = [];
          for (const [childKey, child] of Object.entries(item)) emitEntry(inner, childKey, child, `${indent}    `);
          inner[0] = `${indent}  - ${inner[0].slice(indent.length + 4)}`;
          lines.push(...inner);
        } else lines.push(`${indent}  - ${scalar(item)}`);
      }
    }
  } else if (isMapping(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) lines.push(`${indent}${key}: {}`);
    else if (FLOW_KEYS.has(key)) lines.push(`${indent}${key}: { ${entries.map(([k, v]) => `${scalar(k, true)}: ${scalar(v, true)}`).join(', ')} }`);
    else {
      lines.push(`${indent}${key}:`);
      for (const [childKey, child] of entries) emitEntry(lines, childKey, child, `${indent}  `);
    }
  } else throw new Error(`cannot write ${key}: ${String(value)}`);
}

function emitYaml(entity) {
  // Comments first (a suppression of the whole entity), then each key with the comments written above it.
  const lines = [...entity.leadingComments];
  for (const [key, value] of Object.entries(entity.data)) {
    lines.push(...(entity.comments.get(key) ?? []));
    emitEntry(lines, key, value, '');
  }
  lines.push(...entity.extraLines);
  let text = `${lines.join('\n')}\n`;
  for (const edit of entity.textEdits) text = edit(text);
  return text;
}

export function emitFile(file) {
  if (file.markdown) {
    const entity = file.entities[0];
    const closing = entity.noClosingFence ? '' : '---\n';
    const body = entity.raci ? raciMarkdownBody(entity) : entity.body;
    return `---\n${emitYaml(entity)}${closing}\n${body}`;
  }
  const header = file.header ? `${file.header.map((line) => `# ${line}`).join('\n')}\n` : '';
  return header + file.entities.map(emitYaml).join('---\n');
}

/** The body of a Markdown RACI matrix: a heading, a paragraph, the table (parties as columns), a closing note. */
function raciMarkdownBody(entity) {
  const { parties, tasks, criticalColumn } = entity.raci;
  const header = ['Task', ...(criticalColumn ? ['Critical'] : []), ...parties];
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const rows = tasks.map((task) => row([task.name, ...(criticalColumn ? [task.critical ? 'yes' : 'no'] : []), ...parties.map((party) => task.assignments[party] ?? '')]));
  const table = [row(header), row(header.map((_, index) => (index === 0 ? '---' : ':---:'))), ...rows].join('\n');
  return `# ${entity.data.name}\n\n${wrap(entity.intro, 110).join('\n')}\n\n${table}\n\n## Notes\n\n${entity.note}\n`;
}

