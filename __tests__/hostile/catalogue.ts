// Files written to break a linter, each paired with the file a finding or notice must name.
// Every one is a plausible Flink config (by name or content), so discovery looks at each.

const MB = 1024 * 1024;

/** A classic billion-laughs document: nine aliases a level, nine levels. */
function aliasBomb(): string {
  const lines = [
    'jobmanager.memory.process.size: 1600m',
    'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  lines.push('taskmanager.memory.process.size: *a9');
  return lines.join('\n') + '\n';
}

export interface HostileFile {
  path: string;
  content: string | Buffer;
  /** What it is, for test names. */
  what: string;
  /** Unix file mode, where the file must be unreadable. */
  mode?: number;
  /** A symbolic link to this target instead of a file. */
  symlink?: string;
  /** A named pipe at this path (beside the file), which git does not list: reached through `symlink`. */
  fifo?: string;
}

const TM = 'taskmanager.memory.process.size';

export function hostileCatalogue(): HostileFile[] {
  const deep = 10_000;
  const deployment = `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n`;
  return [
    { what: 'malformed YAML at the start', path: 'hostile/start/config.yaml', content: `: : :\n${TM}: 2g\n` },
    {
      what: 'malformed YAML in the middle',
      path: 'hostile/middle/config.yaml',
      content: `jobmanager.memory.process.size: 1600m\n  bad: [\n${TM}: 2g\n`,
    },
    {
      what: 'malformed YAML at the end',
      path: 'hostile/end/flinkdeployment.yaml',
      content: `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    ${TM}: "2g"\n  taskManager: {resource: {memory: "2g"`,
    },
    {
      what: 'tabs for indentation',
      path: 'hostile/tabs/config.yaml',
      content: `taskmanager:\n\tmemory:\n\t\tprocess.size: 2g\n`,
    },
    {
      what: 'a byte-order mark',
      path: 'hostile/bom/flink-conf.yaml',
      content: `\uFEFF${TM}: 99999999999999999999t\n`,
    },
    {
      what: 'CRLF line ends',
      path: 'hostile/crlf/flink-conf.yaml',
      content: `${TM}: -1g\r\ntaskmanager.numberOfTaskSlots: 2\r\n`,
    },
    {
      what: 'NUL bytes',
      path: 'hostile/nul/flink-conf.yaml',
      content: Buffer.concat([Buffer.from(`${TM}: 2g\n`), Buffer.from([0, 0, 0, 1, 2, 3])]),
    },
    {
      what: 'a binary file named .yaml',
      path: 'hostile/binary/config.yaml',
      content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    },
    {
      what: 'invalid UTF-8',
      path: 'hostile/utf8/flink-conf.yaml',
      content: Buffer.concat([
        Buffer.from(`${TM}: 2g\njobmanager.memory.process.size: 1600m`),
        Buffer.from([0xc3, 0x28, 0xff, 0x0a]),
      ]),
    },
    {
      what: 'a 50 MB file',
      path: 'hostile/huge/flink-conf.yaml',
      content: `${TM}: 2g\n` + '#'.repeat(50 * MB) + '\n',
    },
    { what: 'a billion-laughs alias bomb', path: 'hostile/bomb/config.yaml', content: aliasBomb() },
    {
      what: 'an alias to an undefined anchor',
      path: 'hostile/alias/config.yaml',
      content: `jobmanager.memory.process.size: 1600m\n${TM}: *nowhere\n`,
    },
    // Aliases to a collection that contains them: readers that follow aliases would never end.
    {
      what: 'a config.yaml that contains itself through an alias',
      path: 'hostile/loop/config.yaml',
      content: `&root\n${TM}: 2g\ntaskmanager:\n  again: *root\n`,
    },
    {
      what: 'a FlinkDeployment whose flinkConfiguration contains itself',
      path: 'hostile/loop/flinkdeployment.yaml',
      content: [
        'apiVersion: flink.apache.org/v1beta1',
        'kind: FlinkDeployment',
        'metadata:\n  name: loop',
        'spec:',
        '  flinkVersion: v1_19',
        `  flinkConfiguration: &conf\n    ${TM}: 2g\n    again: *conf`,
        '',
      ].join('\n'),
    },
    {
      what: 'Helm values that contain themselves',
      path: 'hostile/loop/chart/values.yaml',
      content: `&values\nflinkConfiguration:\n  ${TM}: 2g\nnested:\n  all: *values\n`,
    },
    {
      what: 'a compose service that contains itself',
      path: 'hostile/loop/docker-compose.yml',
      content: `services:\n  taskmanager: &tm\n    image: flink:1.19\n    environment:\n      FLINK_PROPERTIES: "${TM}: 2g"\n    copy: [*tm]\n`,
    },
    {
      what: 'a ConfigMap whose config.yaml contains itself',
      path: 'hostile/loop/configmap.yaml',
      content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loop\ndata:\n  config.yaml: |\n    &a\n    ${TM}: 2g\n    x: [*a]\n`,
    },
    {
      what: '10,000-deep block nesting',
      path: 'hostile/deep-block/config.yaml',
      content: `${TM}: 2g\nnest:\n  ${'- '.repeat(deep)}x\n`,
    },
    {
      what: '10,000-deep flow nesting',
      path: 'hostile/deep-flow/config.yaml',
      content: `${TM}: 2g\nnest: ${'['.repeat(deep)}${']'.repeat(deep)}\n`,
    },
    {
      what: 'duplicate keys',
      path: 'hostile/duplicates/config.yaml',
      content: `${TM}: 2g\n${TM}: 4g\njobmanager.memory.process.size: 1600m\n`,
    },
    {
      what: 'duplicate keys in a flink-conf.yaml',
      path: 'hostile/duplicates/flink-conf.yaml',
      content: `${TM}: 2g\n${TM}: 4g\n`,
    },
    {
      what: 'an enormous number',
      path: 'hostile/enormous/flink-conf.yaml',
      content: `${TM}: 99999999999999999999t\n`,
    },
    { what: 'a negative size', path: 'hostile/negative/flink-conf.yaml', content: `${TM}: -2g\n` },
    { what: 'a fractional size', path: 'hostile/fraction/flink-conf.yaml', content: `${TM}: 1.5g\n` },
    {
      what: 'NaN and Infinity fractions',
      path: 'hostile/nan/config.yaml',
      content: `${TM}: 2g\ntaskmanager.memory.managed.fraction: .nan\ntaskmanager.memory.network.fraction: .inf\n`,
    },
    {
      what: 'NaN fraction as text',
      path: 'hostile/nan/flink-conf.yaml',
      content: `${TM}: 2g\ntaskmanager.memory.managed.fraction: NaN\ntaskmanager.memory.jvm-overhead.fraction: Infinity\n`,
    },
    {
      what: 'Unicode look-alike digits',
      path: 'hostile/lookalike/flink-conf.yaml',
      content: `${TM}: \u0662g\n`,
    },
    {
      what: 'Unicode spaces',
      path: 'hostile/spaces/flink-conf.yaml',
      content: `${TM}: 2\u00a0g\ntaskmanager.numberOfTaskSlots:\u20032\n`,
    },
    {
      what: 'an unresolved template',
      path: 'hostile/template/config.yaml',
      content: `${TM}: {{ .Values.taskmanager.memory }}\njobmanager.memory.process.size: \${JM_MEMORY}\n`,
    },
    { what: 'a symlink loop', path: 'hostile/loop/flink-conf.yaml', content: '', symlink: 'flink-conf.yaml' },
    {
      what: 'a symlink out of the root',
      path: 'hostile/outside/flink-conf.yaml',
      content: '',
      symlink: '/etc/passwd',
    },
    {
      what: 'an unreadable file',
      path: 'hostile/unreadable/flink-conf.yaml',
      content: `${TM}: 2g\n`,
      mode: 0,
    },
    { what: 'an empty file', path: 'hostile/empty/flink-conf.yaml', content: '' },
    {
      what: 'a file of comments only',
      path: 'hostile/comments/flink-conf.yaml',
      content: '# nothing here\n# at all\n',
    },
    {
      what: 'thousands of documents',
      path: 'hostile/documents/flinkdeployment.yaml',
      content:
        `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    ${TM}: "2g"\n---\n`.repeat(
          2000,
        ),
    },
    {
      what: 'parse errors on every byte of a config.yaml',
      path: 'hostile/errors/config.yaml',
      content: `${TM}: {{\n}}: 1\n${'{{'.repeat(50_000)}\n`,
    },
    {
      what: 'a line of template braces that backtracks a regular expression',
      path: 'hostile/redos/values.yaml',
      content: `flinkConfiguration:\n  ${TM}: -2g\n${'{{}}'.repeat(40)}x\n${'{{'.repeat(200_000)}\n`,
    },
    {
      what: 'a flink-conf.yaml of lines without a separator',
      path: 'hostile/separators/flink-conf.yaml',
      content: `${TM}: 2g\n` + 'a:b\n'.repeat(100_000),
    },
    {
      what: 'a mapping of 60,000 keys with one repeated',
      path: 'hostile/keys/flinkdeployment.yaml',
      content:
        deployment + Array.from({ length: 60_000 }, (_, i) => `    k${i}: "1"\n`).join('') + `    k5: "2"\n`,
    },
    {
      what: 'lone CR line ends in a config.yaml',
      path: 'hostile/cr/config.yaml',
      content: `${TM}: 2g\rtaskmanager.memory.task.heap.size: 9g\r`,
    },
    {
      what: 'a collection as a mapping key',
      path: 'hostile/complex-key/config.yaml',
      content: `${TM}: 2g\n? [a, b]\n: 1\ntaskmanager.memory.task.heap.size: 9g\n`,
    },
    {
      what: 'UTF-16 LE with a byte-order mark',
      path: 'hostile/utf16le/flink-conf.yaml',
      content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${TM}: 2g\n`, 'utf16le')]),
    },
    {
      what: 'UTF-16 BE with a byte-order mark',
      path: 'hostile/utf16be/config.yaml',
      content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${TM}: 2g\n`, 'utf16le').swap16()]),
    },
    {
      what: 'a symlink to a named pipe',
      path: 'hostile/fifo/flink-conf.yaml',
      content: '',
      symlink: 'pipe',
      fifo: 'hostile/fifo/pipe',
    },
    {
      what: 'a symlink to a folder',
      path: 'hostile/folder/config.yaml',
      content: '',
      symlink: '.',
    },
  ];
}
