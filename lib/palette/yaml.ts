/**
 * YAML text for pack values and manifests, always produced by the `yaml` package (never by string
 * concatenation). YAML 1.1 output on purpose: Helm and Palette read values with Go YAML 1.1 parsers,
 * where an unquoted `yes`, `on` or `0755` would change type; the 1.1 stringifier quotes those.
 */
import { Document, type ToStringOptions } from 'yaml';

const TO_STRING: ToStringOptions = { lineWidth: 0, singleQuote: true, indentSeq: true };

/** One YAML document as text; `comment` becomes a leading `#` comment block. */
export function toYaml(value: unknown, comment?: string): string {
  const doc = new Document(value, { version: '1.1' });
  if (comment)
    doc.commentBefore = comment
      .split('\n')
      .map((line) => ` ${line}`)
      .join('\n');
  return doc.toString(TO_STRING);
}

/** Several Kubernetes objects as one multi-document YAML stream, each opened by `---`. */
export function toYamlStream(objects: readonly unknown[]): string {
  if (objects.length === 0) throw new Error('a manifest needs at least one object');
  return objects
    .map((value) => {
      const doc = new Document(value, { version: '1.1' });
      doc.directives!.docStart = true;
      return doc.toString(TO_STRING);
    })
    .join('');
}

/**
 * A reference to a profile variable, `{{ .spectro.var.NAME }}` (the RA's spelling). The stringifier
 * quotes it, as Palette requires (define-profile-variables.md: variables in values must be quoted).
 */
export function varRef(name: string): string {
  return `{{ .spectro.var.${name} }}`;
}
