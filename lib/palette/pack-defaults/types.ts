/** Where a pack's published default values were read. */
export interface DefaultsSource {
  /** GitHub `owner/name`. */
  repository: string;
  path: string;
  /** The commit the file was read at. */
  commit: string;
  /** Version of the published defaults: the RA's own ("exact") or the closest one found ("nearest"). */
  version: string;
  match: 'exact' | 'nearest';
  /** How the text was taken from the file, when not verbatim. */
  note?: string;
}

/** A pack's published default values, as the text Palette shows for the layer (comments included). */
export interface PackDefaults {
  /** The pack's own name (its pack.json `name`, or the Helm chart's name). */
  name: string;
  /** The RA's pack version these defaults stand for. */
  version: string;
  source: DefaultsSource;
  yaml: string;
}

/** A pack whose published defaults were not found: its layer writes the RA's changes only. */
export interface MissingDefaults {
  name: string;
  version: string;
  /** Why, for the layer's values comment and the README. */
  reason: string;
}
