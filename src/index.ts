// Public API: build a graph from documents or a folder, score it, serialise it.

export { readDocuments, makeDocument } from './1-read/read-documents.js';
export { segmentDocument } from './2-segment/segment-document.js';
export { recogniseDocument } from './3-recognise/recognise-document.js';
export { resolveDocument } from './4-resolve/resolve-document.js';
export { DEFAULT_RELATION_RULES, relateDocument } from './5-relate/relate-document.js';
export { buildGraph } from './6-graph/build-graph.js';
export { serialiseGraph } from './6-graph/serialise.js';
export { summariseGraph } from './6-graph/summarise-graph.js';
export type { EntityAttributes, KnowledgeGraph, RelationAttributes } from './6-graph/types.js';
export { readGold } from './eval/gold.js';
export { scoreGraph } from './eval/score.js';
export { buildGraphFromDirectory, buildGraphFromDocuments, extractDocument } from './pipeline.js';
export type * from './types.js';
