/**
 * Expected values from longhorn/longhorn-manager at tag v1.9.0: types/setting.go (the definitions of
 * taint-toleration, guaranteed-instance-manager-cpu 0..40, the bool and choice settings, the
 * read-only crd-api-version) and types/types_test.go TestParseToleration (its input table).
 */
import { describe, expect, it } from 'vitest';
import {
  checkLonghornDefaultSettings,
  checkLonghornSetting,
  longhornSettingError,
  settingNameOfHelmKey,
} from './longhorn-setting';

const setting = (name: string, value: unknown, namespace = 'longhorn-system') => ({
  apiVersion: 'longhorn.io/v1beta2',
  kind: 'Setting',
  metadata: { name, namespace },
  value,
});

describe('taint-toleration (types_test.go TestParseToleration)', () => {
  it.each([
    ['valid empty setting', '', true],
    ['valid key:NoSchedule', 'key:NoSchedule', true],
    ['valid key=value:NoExecute', 'key=value:NoExecute', true],
    ['valid key=value:PreferNoSchedule', 'key=value:PreferNoSchedule', true],
    ['valid key0:NoSchedule;key1=value:NoExecute', 'key0:NoSchedule;key1=value:NoExecute', true],
    ['invalid key:InvalidEffect', 'key:InvalidEffect', false],
    ['invalid key=value=NoSchedule', 'key=value=NoSchedule', false],
    ["the RA's control-plane toleration", 'node-role.kubernetes.io/control-plane:NoSchedule', true],
  ])('%s', (_label, value, valid) => {
    expect(longhornSettingError('taint-toleration', value) === null).toBe(valid);
  });
});

describe('ValidateSetting (setting.go)', () => {
  it.each([
    ['guaranteed-instance-manager-cpu', '2', true],
    ['guaranteed-instance-manager-cpu', '3', true],
    ['guaranteed-instance-manager-cpu', '0', true],
    ['guaranteed-instance-manager-cpu', '40', true],
    ['guaranteed-instance-manager-cpu', '41', false],
    ['guaranteed-instance-manager-cpu', '-1', false],
    ['guaranteed-instance-manager-cpu', '2%', false],
    ['guaranteed-instance-manager-cpu', '', false],
    ['guaranteed-instance-manager-cpu', '1.5', false],
    ['replica-soft-anti-affinity', 'true', true],
    ['replica-soft-anti-affinity', 'True', false],
    ['replica-auto-balance', 'best-effort', true],
    ['replica-auto-balance', 'best_effort', false],
    ['default-data-locality', 'strict-local', true],
    ['system-managed-components-node-selector', 'storage:true', true],
    ['system-managed-components-node-selector', 'storage=true', false],
    ['no-such-setting', 'x', false],
  ])('%s = "%s": accepted %s', (name, value, valid) => {
    expect(longhornSettingError(name, value) === null).toBe(valid);
  });
});

describe('Setting manifests', () => {
  const paths = (object: Record<string, unknown>) => checkLonghornSetting(object).map((p) => p.path);

  it('accepts the two manifests of the RA Longhorn layer', () => {
    expect(paths(setting('taint-toleration', 'node-role.kubernetes.io/control-plane:NoSchedule'))).toEqual(
      [],
    );
    expect(paths(setting('guaranteed-instance-manager-cpu', '2'))).toEqual([]);
  });

  it('wants the value as a string, as the CRD declares it', () => {
    expect(paths(setting('guaranteed-instance-manager-cpu', 2))).toEqual(['value']);
  });

  it('refuses a read-only setting, another namespace and an unknown name', () => {
    expect(paths(setting('crd-api-version', 'longhorn.io/v1beta2'))).toEqual(['metadata.name']);
    expect(paths(setting('taint-toleration', '', 'default'))).toEqual(['metadata.namespace']);
    expect(paths(setting('guaranteed-engine-manager-cpu', '2'))).toEqual(['value']);
  });
});

describe('Helm defaultSettings (GetCustomizedDefaultSettings)', () => {
  it('maps chart keys to setting names', () => {
    expect(settingNameOfHelmKey('taintToleration')).toBe('taint-toleration');
    expect(settingNameOfHelmKey('guaranteedInstanceManagerCPU')).toBe('guaranteed-instance-manager-cpu');
    expect(settingNameOfHelmKey('v2DataEngine')).toBe('v2-data-engine');
  });

  it('accepts valid defaults, Go-style booleans included, and flags the one that drops them all', () => {
    expect(
      checkLonghornDefaultSettings({
        taintToleration: 'node-role.kubernetes.io/control-plane:NoSchedule',
        autoSalvage: 'True',
      }),
    ).toEqual([]);
    expect(
      checkLonghornDefaultSettings({ taintToleration: 'a:b:c', defaultReplicaCount: '3' }).map((p) => p.path),
    ).toEqual(['taintToleration']);
  });
});
