// The served graph while sources change: rebuilds one at a time (a request for another during a
// rebuild is coalesced into one more), each built in a worker thread and swapped in whole, and
// documents ingested through the API stored under the sources folder before they are built.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { slugify } from '../4-resolve/normalise.js';
import { buildInWorker, type BuildReport } from '../store/build-in-worker.js';
import { writeFileDurably } from '../store/durable-write.js';
import { citesDocument } from '../6-graph/evidence-table.js';
import { createGraphViewInSlices, type GraphView } from './graph-view.js';
import { runStepsInSlices } from './steps.js';
import type { IngestInput, IngestResultModel } from './model.js';

export interface LiveGraphOptions {
  readonly sources: string;
  readonly store: string | false;
  /** Read the store without writing it (cluster workers: the primary keeps it). */
  readonly readOnlyStore?: boolean;
  /** Called with each new graph, before anyone is told it is ready. */
  readonly onSwap: (view: GraphView, report: BuildReport) => void;
}

export class LiveGraph {
  private current: GraphView | undefined;
  /** What is kept of the last build: not its documents, whose texts the graph holds already. */
  private loaded: Pick<BuildReport, 'summary' | 'diagnostics'> | undefined;
  private running: Promise<GraphView> | undefined;
  private queued: Promise<GraphView> | undefined;

  constructor(private readonly options: LiveGraphOptions) {}

  get view(): GraphView | undefined {
    return this.current;
  }

  /** The last build: its summary line and diagnostics. */
  get lastBuild(): Pick<BuildReport, 'summary' | 'diagnostics'> | undefined {
    return this.loaded;
  }

  /** Builds the sources (incrementally) and swaps the result in. */
  rebuild(): Promise<GraphView> {
    if (!this.running) {
      this.running = this.build().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    // a rebuild is under way: one more after it sees every change made until then
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.rebuild();
      });
    return this.queued;
  }

  private async build(): Promise<GraphView> {
    // reading, extraction and assembly in a worker; here only the graph's batches and the
    // view's indexes, in slices between requests
    const { graph, ...report } = await buildInWorker(
      {
        sources: this.options.sources,
        store: this.options.store,
        strict: false,
        readOnly: this.options.readOnlyStore ?? false,
      },
      runStepsInSlices,
    );
    const view = await createGraphViewInSlices(graph, report.builtAt);
    this.current = view;
    this.loaded = { summary: report.summary, diagnostics: report.diagnostics };
    this.options.onSwap(view, report);
    return view;
  }

  async ingest(input: IngestInput): Promise<{ result: IngestResultModel; view: GraphView }> {
    const before = this.current;
    const file = await storeDocument(this.options.sources, input);
    const view = await this.rebuild();
    const documents = view.graph.getAttribute('documents');
    const documentIndex = documents.findIndex((d) => d.file === file);
    const document = documents[documentIndex];
    if (!document) throw new Error(`${file} was stored but could not be read back`);
    const table = view.graph.getAttribute('evidence');
    return {
      view,
      result: {
        document,
        file,
        mentioned: view.graph.filterNodes((_, a) => citesDocument(table, a, documentIndex)).length,
        addedEntities: view.graph.filterNodes((key) => !before?.graph.hasNode(key)),
        addedRelations: view.graph.filterEdges((key) => !before?.graph.hasEdge(key)),
      },
    };
  }
}

/** sources/2024-05-24-title-words-1a2b3c4d.txt and its .meta.json; the sidecar first, so that a
 * watcher seeing the text also sees its metadata. */
async function storeDocument(sources: string, input: IngestInput): Promise<string> {
  const hash = createHash('sha256').update(input.text).digest('hex').slice(0, 8);
  const stem = [input.publishedAt, slugify(input.title).slice(0, 60), hash]
    .filter(Boolean)
    .join('-');
  const { text, ...metadata } = input;
  await writeFileDurably(join(sources, `${stem}.meta.json`), [
    `${JSON.stringify(metadata, null, 2)}\n`,
  ]);
  await writeFileDurably(join(sources, `${stem}.txt`), [text.endsWith('\n') ? text : `${text}\n`]);
  return `${stem}.txt`;
}
