/**
 * YAML text for pack values and manifests, always produced by the `yaml` package (never by string
 * concatenation). YAML 1.1 output on purpose: Helm and Palette read values with Go YAML 1.1 parsers,
 * where an unquoted `yes`, `on` or `0755` would change type; the 1.1 stringifier quotes those.
 */
import {
  Document,
  isMap,
  isScalar,
  type Node,
  parseDocument,
  type ToStringOptions,
  type YAMLMap,
} from 'yaml';
import { must } from '../util/must';

const TO_STRING: ToStringOptions = { lineWidth: 0, singleQuote: true, indentSeq: true };

/** A `#` comment block as the `yaml` package stores it: one leading space per line. */
function commentText(comment: string): string {
  return comment
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

/** One YAML document as text; `comment` becomes a leading `#` comment block. */
export function toYaml(value: unknown, comment?: string): string {
  const doc = new Document(value, { version: '1.1' });
  if (comment) doc.commentBefore = commentText(comment);
  return doc.toString(TO_STRING);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Applies `edits` to `map` leaf by leaf: a non-empty object merges into the map at its key, anything
 * else (scalar, list, empty object) replaces the value there. Helm merges user values into a chart's
 * defaults the same way.
 */
function mergeInto(doc: Document, map: YAMLMap, edits: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(edits)) {
    const current = map.get(key, true) as Node | undefined;
    if (isPlainObject(value) && Object.keys(value).length > 0 && isMap(current)) {
      mergeInto(doc, current, value);
    } else if (current === undefined) {
      const pair = doc.createPair(key, value);
      // A `pack` section the defaults lack goes first, where Palette's own values files have it.
      if (key === 'pack' && map === doc.contents) map.items.unshift(pair);
      else map.items.push(pair);
    } else if (isScalar(current) && !isPlainObject(value) && !Array.isArray(value)) {
      current.value = value; // keeps the default's comments and quoting
    } else {
      map.set(key, doc.createNode(value));
    }
  }
}

/**
 * A pack's published default values with the layer's `edits` merged in as YAML documents: the
 * defaults' comments and key order stay, new keys go last. `comment` follows the defaults' own
 * leading comment (PXK's first line, `# spectrocloud.com/enabled-presets: ...`, stays first).
 */
export function mergeYaml(defaults: string, edits: Record<string, unknown>, comment?: string): string {
  const doc = parseDocument(defaults, { version: '1.1' });
  if (doc.errors.length > 0) throw new Error(`pack defaults are not valid YAML: ${doc.errors[0]?.message}`);
  if (!isMap(doc.contents)) throw new Error('pack defaults must be a YAML map');
  mergeInto(doc, doc.contents, edits);
  if (comment) {
    const first = doc.contents.items[0]?.key;
    const holder = doc.commentBefore || !isScalar(first) || !first.commentBefore ? doc : first;
    holder.commentBefore = [holder.commentBefore, commentText(comment)].filter(Boolean).join('\n');
  }
  return doc.toString(TO_STRING);
}

/** Several Kubernetes objects as one multi-document YAML stream, each opened by `---`. */
export function toYamlStream(objects: readonly unknown[]): string {
  if (objects.length === 0) throw new Error('a manifest needs at least one object');
  return objects
    .map((value) => {
      const doc = new Document(value, { version: '1.1' });
      must(doc.directives, 'YAML directives').docStart = true;
      return doc.toString(TO_STRING);
    })
    .join('');
}

/**
 * A reference to a profile variable, `{{ .spectro.var.NAME }}` (the RA's spelling). The stringifier
 * quotes it, as Palette requires (define-profile-variables.md: variables in values must be quoted).
 * Only for string values: a quoted reference renders a string, so a chart's boolean or number must
 * get a real value instead ("false" is a non-empty string, which Go templates treat as true).
 */
export function varRef(name: string): string {
  return `{{ .spectro.var.${name} }}`;
}
