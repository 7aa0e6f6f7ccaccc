import type { JobManagerMemory, ProcessName, TaskManagerMemory } from './engine.js';

/**
 * One box of Flink's memory model: what it is called in Flink's documentation and start-up log
 * (the labels `derive` prints), the field of `derive --format json` it is, and the boxes inside it.
 * Group boxes that have no field of their own (the TaskManager's JVM Heap, Off-Heap and Direct
 * Memory) are the sums `derive` prints for them.
 */
export interface Part {
  key: string;
  label: string;
  bytes: bigint;
  children: Part[];
}

const part = (key: string, label: string, bytes: bigint, children: Part[] = []): Part => ({
  key,
  label,
  bytes,
  children,
});

/** The model of Flink's TaskManager memory documentation (FLIP-49), outermost box first. */
export function taskManagerModel(m: TaskManagerMemory): Part {
  return part('totalProcess', 'Total Process Memory', m.totalProcess, [
    part('totalFlink', 'Total Flink Memory', m.totalFlink, [
      part('jvmHeap', 'JVM Heap', m.frameworkHeap + m.taskHeap, [
        part('frameworkHeap', 'Framework Heap', m.frameworkHeap),
        part('taskHeap', 'Task Heap', m.taskHeap),
      ]),
      part('offHeap', 'Off-Heap Memory', m.managed + m.frameworkOffHeap + m.taskOffHeap + m.network, [
        part('managed', 'Managed Memory', m.managed),
        part('directMemory', 'Direct Memory', m.frameworkOffHeap + m.taskOffHeap + m.network, [
          part('frameworkOffHeap', 'Framework Off-Heap', m.frameworkOffHeap),
          part('taskOffHeap', 'Task Off-Heap', m.taskOffHeap),
          part('network', 'Network', m.network),
        ]),
      ]),
    ]),
    part('jvmMetaspace', 'JVM Metaspace', m.jvmMetaspace),
    part('jvmOverhead', 'JVM Overhead', m.jvmOverhead),
  ]);
}

/** The model of Flink's JobManager memory documentation (FLIP-116). */
export function jobManagerModel(m: JobManagerMemory): Part {
  return part('totalProcess', 'Total Process Memory', m.totalProcess, [
    part('totalFlink', 'Total Flink Memory', m.totalFlink, [
      part('jvmHeap', 'JVM Heap', m.jvmHeap),
      part('offHeap', 'Off-Heap Memory', m.offHeap),
    ]),
    part('jvmMetaspace', 'JVM Metaspace', m.jvmMetaspace),
    part('jvmOverhead', 'JVM Overhead', m.jvmOverhead),
  ]);
}

export function memoryModel(process: ProcessName, memory: TaskManagerMemory | JobManagerMemory): Part {
  return process === 'taskmanager'
    ? taskManagerModel(memory as TaskManagerMemory)
    : jobManagerModel(memory as JobManagerMemory);
}

/** Every box, outermost first, with how deep it sits. */
export function flatten(root: Part, depth = 0): { part: Part; depth: number }[] {
  return [{ part: root, depth }, ...root.children.flatMap((child) => flatten(child, depth + 1))];
}
