// One switch from format name to reporter for the command line. Each reporter is loaded when its
// format is asked for: the SARIF reporter brings Node's crypto, Gemara's the YAML library, and a
// run that prints JSON or text needs neither.
import type { ResultDocument } from '../result/types.ts';

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

export async function render(result: ResultDocument, format: Format, options: RenderOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'sarif': {
      const { toSarif } = await import('./sarif.ts');
      return JSON.stringify(toSarif(result, { unknownAsNotes: options.unknownAsNotes ?? true, uriPrefix: options.uriPrefix, nameBytes: options.nameBytes }), null, 2) + '\n';
    }
    case 'markdown':
      return (await import('./markdown.ts')).toMarkdown(result);
    case 'gemara':
      return (await import('./gemara.ts')).toGemaraYaml(result);
    case 'gemara-json':
      return (await import('./gemara.ts')).toGemaraJson(result);
    case 'text':
      return (await import('./text.ts')).toText(result, { color: options.color ?? false, verbose: options.verbose });
  }
}
