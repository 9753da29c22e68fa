// One switch from format name to reporter for the command line. The reporters are imported
// statically: split into chunks of their own, each would carry its own copy of the modules they
// share (the catalog, the hub's links). The SARIF reporter loads crypto only when it fingerprints.
import type { ResultDocument } from '../result/types.ts';
import { toGemaraJson, toGemaraYaml } from './gemara.ts';
import { toMarkdown } from './markdown.ts';
import { toSarif } from './sarif.ts';
import { toText } from './text.ts';

export interface RenderOptions {
  color?: boolean;
  verbose?: boolean;
  unknownAsNotes?: boolean;
  /** SARIF: the evaluated folder inside the repository ('' or 'services/api/'). */
  uriPrefix?: string;
  /** SARIF: the bytes of file names that are not valid UTF-8. */
  nameBytes?: (path: string) => Buffer | undefined;
}

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'gemara', 'gemara-json'] as const;
export type Format = (typeof FORMATS)[number];

export function render(result: ResultDocument, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(toSarif(result, { unknownAsNotes: options.unknownAsNotes ?? true, uriPrefix: options.uriPrefix, nameBytes: options.nameBytes }), null, 2) + '\n';
    case 'markdown':
      return toMarkdown(result);
    case 'gemara':
      return toGemaraYaml(result);
    case 'gemara-json':
      return toGemaraJson(result);
    case 'text':
      return toText(result, { color: options.color ?? false, verbose: options.verbose });
  }
}
