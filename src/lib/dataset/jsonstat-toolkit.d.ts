// jsonstat-toolkit ships no types: the part this project uses.
declare module 'jsonstat-toolkit' {
  interface Dataset {
    class: string;
    id: string[];
    label: string | null;
    toTable(options: {
      type: 'arrobj';
      content: 'id' | 'label';
      status?: boolean;
    }): Record<string, unknown>[];
  }
  export default function JSONstat(input: unknown): Dataset;
}
