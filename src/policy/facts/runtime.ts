import { DISABLE_JEMALLOC_KEY, imageAllocator } from '../../flink/index.js';
import type { ConfigMap, ConfigValue, Facts, FlinkConfig } from '../../model/index.js';

/** The TaskManager's native allocator: jemalloc in Flink's images from 1.12 unless turned off. */
export function allocatorFacts(config: FlinkConfig, view: ConfigMap): Facts['allocator'] {
  if (imageAllocator(config.flinkVersion) === 'glibc')
    return { name: 'glibc', reason: 'Flink images before 1.12 use glibc malloc' };
  if (isTrue(view.get(DISABLE_JEMALLOC_KEY)))
    return { name: 'glibc', reason: `${DISABLE_JEMALLOC_KEY}: true` };
  if (isTrue(config.env?.DISABLE_JEMALLOC)) return { name: 'glibc', reason: 'DISABLE_JEMALLOC=true' };
  return { name: 'jemalloc', reason: "Flink's images preload jemalloc from 1.12 on" };
}

function isTrue(value: ConfigValue | undefined): boolean {
  return value !== undefined && String(value).trim().toLowerCase() === 'true';
}

const PYTHON_KEYS = /^python\.(files|archives|executable|client\.executable|requirements|pythonpath)$/;
/** A PyFlink application's entry point and program arguments (`PythonDriver`: `-py`, `-pym`). */
const PYTHON_DRIVER = 'org.apache.flink.client.python.PythonDriver';
const PYTHON_ARGS = /^(-py|--python|-pym|--pyModule)$/;

/** Whether the job runs Python (PyFlink), which takes managed memory for its workers. */
export function pythonFacts(config: FlinkConfig, view: ConfigMap): Facts['python'] {
  const signals: string[] = [];
  for (const key of view.keys()) if (PYTHON_KEYS.test(key)) signals.push(key);
  if (config.image && /py(thon|flink)/i.test(config.image)) signals.push(`image ${config.image}`);
  for (const key of ['pipeline.jars', 'pipeline.classpaths']) {
    const v = view.get(key);
    if (v !== undefined && /flink-python/.test(String(v))) signals.push(key);
  }
  if (config.job?.entryClass === PYTHON_DRIVER) signals.push(`spec.job.entryClass ${PYTHON_DRIVER}`);
  const pyArg = config.job?.args.find((arg) => PYTHON_ARGS.test(arg.trim()));
  if (pyArg) signals.push(`spec.job.args ${pyArg.trim()}`);
  const managed = view.get('python.fn-execution.memory.managed');
  return {
    detected: signals.length > 0,
    signals,
    memoryManaged: managed === undefined ? true : String(managed).toLowerCase() !== 'false',
  };
}
