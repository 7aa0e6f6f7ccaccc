import { describe, expect, it } from '@jest/globals';
import type { PolicyExample } from '../../src/model/policy.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { buildFacts } from '../../src/policy/facts/index.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS, parseSettings } from '../../src/policy/settings.js';

const builtin = loadPolicies([builtinPolicyDir()]).pack;

function findings(example: PolicyExample, settingsText = '') {
  const r = runExample(example);
  const { settings } = parseSettings(settingsText, '.flink-memory-lint.yaml', '/repo');
  return evaluate(r.results, builtin, settingsText ? settings : EMPTY_SETTINGS, { sources: r.sources })
    .findings;
}

function facts(example: PolicyExample) {
  return buildFacts(runExample(example).results[0]);
}

const hashmapOf = (example: PolicyExample) =>
  findings(example).filter((f) => f.ruleId === 'hashmap-managed-memory');

/** A FlinkDeployment as the operator's examples write it, with `spec.job` lines given. */
function deployment(job: string[] | undefined, configuration: string[] = []): PolicyExample {
  const lines = [
    'apiVersion: flink.apache.org/v1beta1',
    'kind: FlinkDeployment',
    'metadata:',
    '  name: example',
    'spec:',
    '  image: flink:1.20',
    '  flinkVersion: v1_20',
    '  flinkConfiguration:',
    '    taskmanager.numberOfTaskSlots: "2"',
    ...configuration.map((l) => `    ${l}`),
    '  jobManager:',
    '    resource:',
    '      memory: "2048m"',
    '  taskManager:',
    '    resource:',
    '      memory: "4096m"',
    ...(job ? ['  job:', ...job.map((l) => `    ${l}`)] : []),
  ];
  return { file: { name: 'deployment.yaml', text: `${lines.join('\n')}\n` } };
}

describe('findings on assumed defaults', () => {
  it('are info when the state backend is the version default, and say what was assumed', () => {
    const [finding] = hashmapOf({ config: { 'taskmanager.memory.process.size': '4g' } });
    expect(finding.severity).toBe('info');
    expect(finding.assumed).toEqual(['stateBackend']);
    expect(finding.message).toContain('This assumes the state backend is hashmap, the default of Flink');
    expect(finding.message).toContain('To make it certain, declare state.backend.type');
  });

  it('keep their severity where the configuration declares what they rest on', () => {
    const [finding] = hashmapOf({
      config: { 'taskmanager.memory.process.size': '4g', 'state.backend.type': 'hashmap' },
    });
    expect(finding.severity).toBe('warning');
    expect(finding.assumed).toBeUndefined();
    expect(finding.message).not.toContain('This assumes');
  });

  it('keep the severity the settings give the rule', () => {
    const [finding] = findings(
      { config: { 'taskmanager.memory.process.size': '4g' } },
      'rules:\n  hashmap-managed-memory: warning\n',
    ).filter((f) => f.ruleId === 'hashmap-managed-memory');
    expect(finding).toMatchObject({ severity: 'warning', assumed: ['stateBackend'] });
  });

  it('on a session cluster rest on the jobs submitted to it, even with a declared backend', () => {
    const [finding] = hashmapOf(deployment(undefined, ['state.backend.type: hashmap']));
    expect(finding).toMatchObject({ severity: 'info', assumed: ['jobs'] });
    expect(finding.message).toContain('session cluster');
  });

  it('on an application with a declared backend are warnings', () => {
    const [finding] = hashmapOf(
      deployment(
        ['jarURI: local:///opt/flink/usrlib/job.jar', 'parallelism: 4', 'upgradeMode: savepoint'],
        ['state.backend.type: hashmap'],
      ),
    );
    expect(finding).toMatchObject({ severity: 'warning' });
  });
});

describe('the runtime mode', () => {
  it.each([
    [['args: ["--execution-mode", "BATCH"]'], 'BATCH', 'spec.job.args --execution-mode BATCH'],
    [['args: ["--execution-mode=batch"]'], 'BATCH', 'spec.job.args --execution-mode=batch'],
    [['args: ["-Dexecution.runtime-mode=BATCH"]'], 'BATCH', 'spec.job.args -Dexecution.runtime-mode=BATCH'],
    [
      ['args: ["-D", "execution.runtime-mode=BATCH"]'],
      'BATCH',
      'spec.job.args -D execution.runtime-mode=BATCH',
    ],
    [
      ['args: ["--runner=FlinkRunner", "--output=/tmp/out"]'],
      'AUTOMATIC',
      'spec.job.args --runner=FlinkRunner',
    ],
    [['args: ["--runner=FlinkRunner", "--streaming=true"]'], 'STREAMING', 'spec.job.args --streaming=true'],
  ])('is read from the job arguments %j', (args, mode, source) => {
    const f = facts(deployment(['jarURI: local:///opt/flink/usrlib/job.jar', ...args]));
    expect(f.runtimeMode).toBe(mode);
    expect(f.runtimeModeSource).toBe(source);
    expect(f.batch).toBe(mode === 'BATCH');
  });

  it('of a batch job gives managed memory to its operators: no heap-backend finding', () => {
    expect(
      hashmapOf(deployment(['jarURI: local:///job.jar', 'args: ["--execution-mode", "BATCH"]'])),
    ).toEqual([]);
    expect(
      hashmapOf({ config: { 'taskmanager.memory.process.size': '4g', 'execution.runtime-mode': 'batch' } }),
    ).toEqual([]);
  });

  it('of a Beam pipeline that may be bounded, or AUTOMATIC, is an assumption', () => {
    expect(facts(deployment(['args: ["--runner=FlinkRunner"]'])).assumed.runtimeMode?.what).toContain(
      'BATCH',
    );
    expect(
      facts({ config: { 'execution.runtime-mode': 'AUTOMATIC', 'state.backend.type': 'hashmap' } }).assumed,
    ).toHaveProperty('runtimeMode');
  });

  it('is Flink’s default, STREAMING, where nothing in the repository says otherwise', () => {
    const f = facts({ config: {} });
    expect(f).toMatchObject({ runtimeMode: 'STREAMING', runtimeModeSource: "Flink's default", batch: false });
    expect(f.assumed).not.toHaveProperty('runtimeMode');
  });
});

describe('the job', () => {
  it('of a FlinkDeployment: application with spec.job, session without', () => {
    expect(facts(deployment(['jarURI: local:///job.jar', 'parallelism: 3'])).job).toMatchObject({
      cluster: 'application',
      parallelism: 3,
      parallelismSource: 'spec.job.parallelism',
    });
    expect(facts(deployment(undefined)).job).toMatchObject({ cluster: 'session', parallelism: 1 });
    expect(facts(deployment(undefined)).assumed).toHaveProperty('jobs');
  });

  it('takes the operator parallelism from TaskManager replicas × slots where replicas are set', () => {
    const example = deployment(['jarURI: local:///job.jar', 'parallelism: 3']);
    const text = example.file!.text.replace(
      '      memory: "4096m"\n',
      '      memory: "4096m"\n    replicas: 5\n',
    );
    expect(facts({ file: { name: 'deployment.yaml', text } }).job).toMatchObject({
      parallelism: 10,
      parallelismSource: 'spec.taskManager.replicas × taskmanager.numberOfTaskSlots',
    });
  });

  it('takes parallelism.default elsewhere, and assumes 1 where nothing sets it', () => {
    expect(facts({ config: { 'parallelism.default': '8' } }).job).toMatchObject({
      parallelism: 8,
      parallelismSource: 'parallelism.default',
    });
    expect(facts({ config: {} }).assumed.parallelism?.certain).toBe('declare parallelism.default');
  });

  it('of a PyFlink application counts as Python', () => {
    const f = facts(
      deployment([
        'jarURI: local:///opt/flink/opt/flink-python.jar',
        'entryClass: "org.apache.flink.client.python.PythonDriver"',
        'args: ["-pyclientexec", "/usr/local/bin/python3", "-py", "/opt/flink/usrlib/python_demo.py"]',
      ]),
    );
    expect(f.python.detected).toBe(true);
    expect(f.python.signals).toEqual([
      'spec.job.entryClass org.apache.flink.client.python.PythonDriver',
      'spec.job.args -py',
    ]);
  });
});

describe('the network buffers of the job', () => {
  const tm = { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '4' };

  it('are judged at the parallelism the repository gives, remote channels and all', () => {
    const local = facts({ flinkVersion: '1.19', config: { ...tm, 'parallelism.default': '4' } }).network!;
    expect(local).toMatchObject({ buffers: 4096, parallelism: 4, mode: 'streaming', remoteChannels: 0 });
    const spread = facts({ flinkVersion: '1.19', config: { ...tm, 'parallelism.default': '16' } }).network!;
    expect(spread).toMatchObject({ parallelism: 16, remoteChannels: 12, required: 168 });
    expect(spread.failure).toBeUndefined();
  });

  it('fail for streaming only, on AUTOMATIC, as an assumption', () => {
    const f = facts({
      flinkVersion: '1.20',
      config: {
        ...tm,
        'execution.runtime-mode': 'AUTOMATIC',
        'taskmanager.network.memory.buffers-per-channel': '30000',
      },
    });
    expect(f.network?.failure?.message).toMatch(/^Insufficient number of network buffers: required 30001/);
    expect(f.assumed['network.failure']?.what).toBe(
      'the jobs run in STREAMING mode: in BATCH mode this TaskManager deploys them',
    );
    const [finding] = findings({
      flinkVersion: '1.20',
      config: {
        ...tm,
        'execution.runtime-mode': 'AUTOMATIC',
        'taskmanager.network.memory.buffers-per-channel': '30000',
      },
    }).filter((x) => x.ruleId === 'network-buffers-insufficient');
    expect(finding).toMatchObject({ severity: 'info', assumed: ['network.failure'] });
  });

  it('fail beyond doubt where both modes fail', () => {
    const config = {
      ...tm,
      'execution.runtime-mode': 'AUTOMATIC',
      'taskmanager.memory.network.max': '64m',
      'taskmanager.network.memory.buffers-per-channel': '30000',
      'taskmanager.network.sort-shuffle.min-buffers': '4000',
    };
    expect(facts({ flinkVersion: '1.20', config }).assumed).not.toHaveProperty(['network.failure']);
    const [finding] = findings({ flinkVersion: '1.20', config }).filter(
      (x) => x.ruleId === 'network-buffers-insufficient',
    );
    expect(finding.severity).toBe('error');
  });
});
