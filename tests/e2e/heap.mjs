// What a page holds in memory, through the DevTools protocol: for tests that look for leaks.

/**
 * Collects garbage and counts what survives: DOM nodes no longer in any document (detached)
 * yet still held from somewhere, event listeners, and the JS heap. Detached nodes are counted
 * in a heap snapshot, which holds only what is reachable; Chromium's own "Nodes" counter also
 * counts nodes that are garbage but not yet swept, so it grows where nothing leaks.
 */
export async function measureMemory(cdp) {
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const detachedness = fields.indexOf('detachedness');
  let detached = 0;
  for (let i = detachedness; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i] === 2) detached += 1;
  }
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value;
  return { detached, listeners: metric('JSEventListeners'), heap: metric('JSHeapUsedSize') };
}
