/**
 * Longhorn 1.9.0 `Setting` rules, written from longhorn/longhorn-manager at tag v1.9.0:
 * - types/setting.go ValidateSetting (unknown name, required but empty, bool "true"/"false", int via
 *   strconv.Atoi within the declared range, one of the choices), validateString (taint-toleration
 *   through UnmarshalTolerations/parseToleration, system-managed-components-node-selector through
 *   UnmarshalNodeSelector) and GetCustomizedDefaultSettings (one invalid Helm default setting makes
 *   Longhorn drop all of them);
 * - webhook/resources/setting/validator.go: read-only settings refuse updates, and the bundle's
 *   Setting manifests update settings the manager has already created;
 * - k8s/pkg/apis/longhorn/v1beta2/setting.go: `value` is a string in the CRD.
 * The definitions are in longhorn-settings-1.9.0.ts.
 */
import { LONGHORN_1_9_0_SETTINGS, type LonghornSettingDefinition } from './longhorn-settings-1.9.0';
import { type K8sObject, objectName, type Problem, ProblemList, recordAt } from './problems';

export const LONGHORN_NAMESPACE = 'longhorn-system';
const TAINT_EFFECTS = ['', 'NoExecute', 'NoSchedule', 'PreferNoSchedule'];

/** Why Longhorn 1.9.0 refuses `value` for setting `name`, or null when it takes it. */
export function longhornSettingError(name: string, value: string): string | null {
  const definition = LONGHORN_1_9_0_SETTINGS[name];
  if (!definition) return `setting ${name} is not supported by Longhorn 1.9.0`;
  if (definition.required && value === '') return `required setting ${name} shouldn't be empty`;
  if (definition.type === 'bool' && value !== 'true' && value !== 'false')
    return `value ${value} should be true or false`;
  if (definition.type === 'int') return intError(definition, value);
  if (definition.type === 'string') return stringError(name, definition, value);
  return null;
}

/** strconv.Atoi: an optional sign and decimal digits. */
function intError(definition: LonghornSettingDefinition, value: string): string | null {
  if (!/^[+-]?\d+$/.test(value)) return `value ${value} is not a number`;
  const n = Number(value);
  if (definition.min !== undefined && n < definition.min)
    return `value ${n} should be at least ${definition.min}`;
  if (definition.max !== undefined && n > definition.max)
    return `value ${n} should be at most ${definition.max}`;
  return null;
}

function stringError(name: string, definition: LonghornSettingDefinition, value: string): string | null {
  if (definition.choices && definition.choices.length > 0)
    return definition.choices.includes(value)
      ? null
      : `value ${value} is not a valid choice, available choices ${definition.choices.join(', ')}`;
  if (name === 'taint-toleration') return tolerationsError(value);
  if (name === 'system-managed-components-node-selector') return nodeSelectorError(value);
  return null;
}

/** UnmarshalTolerations: spaces removed, `;`-separated `key[=value]:effect`. */
function tolerationsError(value: string): string | null {
  const text = value.replaceAll(' ', '');
  if (text === '') return null;
  for (const toleration of text.split(';')) {
    const parts = toleration.split(':');
    if (parts.length !== 2) return `toleration "${toleration}": missing key/value and effect pair`;
    if (!TAINT_EFFECTS.includes(parts[1] ?? ''))
      return `toleration "${toleration}": invalid effect ${parts[1]}`;
  }
  return null;
}

/** UnmarshalNodeSelector: `;`-separated `key:value`. */
function nodeSelectorError(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  const bad = text.split(';').find((label) => label.trim().split(':').length !== 2);
  return bad === undefined ? null : `invalid label ${bad.trim()}: should contain the separator ':'`;
}

/** Every problem Longhorn 1.9.0 would have with a Setting manifest. */
export function checkLonghornSetting(object: K8sObject): Problem[] {
  const problems = new ProblemList(objectName(object));
  if (object.apiVersion !== 'longhorn.io/v1beta2') problems.at('apiVersion', 'must be longhorn.io/v1beta2');
  const metadata = recordAt(object.metadata);
  if (metadata.namespace !== LONGHORN_NAMESPACE)
    problems.at('metadata.namespace', `Longhorn reads its settings in ${LONGHORN_NAMESPACE}`);
  const name = String(metadata.name ?? '');
  if (LONGHORN_1_9_0_SETTINGS[name]?.readOnly) problems.at('metadata.name', `setting ${name} is read-only`);
  if (typeof object.value !== 'string') {
    problems.at('value', 'must be a string: the CRD field is a string, so write "2", not 2');
    return problems.items;
  }
  const error = longhornSettingError(name, object.value);
  if (error) problems.at('value', error);
  return problems.items;
}

/** Helm `defaultSettings.camelCase` key to the setting name the chart writes (`camel-case`). */
export function settingNameOfHelmKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** strconv.ParseBool, which GetCustomizedDefaultSettings applies to boolean defaults before validating. */
const GO_BOOLEANS: Record<string, string> = Object.fromEntries([
  ...['1', 't', 'T', 'TRUE', 'true', 'True'].map((v) => [v, 'true']),
  ...['0', 'f', 'F', 'FALSE', 'false', 'False'].map((v) => [v, 'false']),
]);

/**
 * The chart's `defaultSettings`, rendered into the longhorn-default-setting ConfigMap (longhorn/longhorn
 * chart/templates/default-setting.yaml) and read as strings (util.GetDataContentFromYAML, yaml.v2):
 * one invalid entry and GetCustomizedDefaultSettings drops them all.
 */
export function checkLonghornDefaultSettings(defaultSettings: Record<string, unknown>): Problem[] {
  const problems = new ProblemList('longhorn/defaultSettings');
  for (const [key, raw] of Object.entries(defaultSettings)) {
    if (raw === null || raw === undefined) continue;
    const name = settingNameOfHelmKey(key);
    const text = String(raw).trim();
    if (text === '') continue;
    const value = LONGHORN_1_9_0_SETTINGS[name]?.type === 'bool' ? (GO_BOOLEANS[text] ?? text) : text;
    const error = longhornSettingError(name, value);
    if (error) problems.at(key, `${error}; Longhorn then ignores every customized default setting`);
  }
  return problems.items;
}
