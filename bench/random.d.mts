// Types of random.mjs, for the TypeScript tests that plant seeded graphs.
export declare function seededRandom(seed: number): () => number;
