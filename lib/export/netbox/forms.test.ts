/**
 * Every column is a field of NetBox's import form for that file, and every value written to a
 * choice field is one of NetBox's choices (lists in test-support/netbox-forms.ts, from NetBox v4.6.8).
 */
import { describe, expect, it } from 'vitest';
import {
  BOOLEAN_VALUES,
  CHOICES,
  type ChoiceSetName,
  DEVICE_TYPE_IMPORT,
  FORM_FIELDS,
  type FormName,
} from './test-support/netbox-forms';
import { ALL_PLANS } from './test-support/plans';
import { readNetboxZip } from './test-support/read-zip';
import { buildNetboxZip } from './zip';

/** Which NetBox import form reads which file (the file names are ours; the forms are NetBox's). */
const FORM_OF_FILE: Record<string, FormName> = {
  'manufacturers.csv': 'ManufacturerImportForm',
  'device-roles.csv': 'DeviceRoleImportForm',
  'sites.csv': 'SiteImportForm',
  'locations.csv': 'LocationImportForm',
  'rack-roles.csv': 'RackRoleImportForm',
  'racks.csv': 'RackImportForm',
  'devices.csv': 'DeviceImportForm',
  'cable-bundles.csv': 'CableBundleImportForm',
  'cables.csv': 'CableImportForm',
  'ipam-roles.csv': 'RoleImportForm',
  'prefixes.csv': 'PrefixImportForm',
  'ip-addresses.csv': 'IPAddressImportForm',
  'ip-ranges.csv': 'IPRangeImportForm',
};

/**
 * The choice-like fields each form declares (CSVChoiceField, ChoiceField, CSVContentTypeField,
 * BooleanField, and `color`, which takes ColorChoices), with the set each accepts.
 */
const CHOICE_FIELDS: Record<FormName, Record<string, ChoiceSetName | 'boolean'>> = {
  ManufacturerImportForm: {},
  DeviceRoleImportForm: { color: 'ColorChoices', vm_role: 'boolean' },
  SiteImportForm: { status: 'SiteStatusChoices' },
  LocationImportForm: { status: 'LocationStatusChoices' },
  RackRoleImportForm: { color: 'ColorChoices' },
  RackImportForm: {
    status: 'RackStatusChoices',
    form_factor: 'RackFormFactorChoices',
    width: 'RackWidthChoices',
    outer_unit: 'RackDimensionUnitChoices',
    airflow: 'DeviceAirflowChoices',
    weight_unit: 'WeightUnitChoices',
  },
  DeviceImportForm: {
    status: 'DeviceStatusChoices',
    face: 'DeviceFaceChoices',
    airflow: 'DeviceAirflowChoices',
  },
  CableBundleImportForm: {},
  CableImportForm: {
    side_a_type: 'CableTerminationTypes',
    side_b_type: 'CableTerminationTypes',
    type: 'CableTypeChoices',
    status: 'LinkStatusChoices',
    color: 'ColorChoices',
    length_unit: 'CableLengthUnitChoices',
  },
  RoleImportForm: {},
  PrefixImportForm: {
    status: 'PrefixStatusChoices',
    scope_type: 'ScopeTypes',
    is_pool: 'boolean',
    mark_utilized: 'boolean',
  },
  IPAddressImportForm: {
    status: 'IPAddressStatusChoices',
    role: 'IPAddressRoleChoices',
    is_primary: 'boolean',
    is_oob: 'boolean',
  },
  IPRangeImportForm: { status: 'IPRangeStatusChoices', mark_populated: 'boolean', mark_utilized: 'boolean' },
};

const allowed = (set: ChoiceSetName | 'boolean'): readonly string[] =>
  set === 'boolean' ? BOOLEAN_VALUES : CHOICES[set];

describe.each(ALL_PLANS)('NetBox vocabulary (%s plan)', (_, plan) => {
  const zip = readNetboxZip(buildNetboxZip(plan()));

  it('reads every CSV with a NetBox import form', () => {
    for (const name of Object.keys(zip.csv))
      expect(FORM_OF_FILE[name.replace(/^\d+-/, '')], name).toBeDefined();
  });

  it.each(Object.entries(FORM_OF_FILE))('%s: header is a subset of %s fields', (file, form) => {
    const csv = Object.entries(zip.csv).find(([n]) => n.endsWith(`-${file}`))?.[1];
    if (!csv) return;
    const fields = new Set<string>(FORM_FIELDS[form]);
    expect(csv.header.filter((h) => !fields.has(h))).toEqual([]);
    expect(new Set(csv.header).size).toBe(csv.header.length);
  });

  it('writes only NetBox choice values into choice fields (blank = not set)', () => {
    const bad: string[] = [];
    for (const [name, csv] of Object.entries(zip.csv)) {
      const form = FORM_OF_FILE[name.replace(/^\d+-/, '')]!;
      for (const [column, set] of Object.entries(CHOICE_FIELDS[form])) {
        if (!csv.header.includes(column)) continue;
        for (const r of csv.records) {
          const value = r[column]!;
          if (value !== '' && !allowed(set).includes(value)) bad.push(`${name} ${column}: "${value}"`);
        }
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('fills the fields NetBox requires (status, names, racks width and height)', () => {
    const required: Record<string, string[]> = {
      'sites.csv': ['name', 'slug', 'status'],
      'locations.csv': ['site', 'name', 'slug', 'status'],
      'racks.csv': ['site', 'name', 'status', 'width', 'u_height'],
      'devices.csv': ['role', 'manufacturer', 'device_type', 'status', 'site'],
      'cables.csv': ['side_a_type', 'side_a_name', 'side_b_type', 'side_b_name'],
      'prefixes.csv': ['prefix', 'status'],
      'ip-addresses.csv': ['address', 'status'],
      'ip-ranges.csv': ['start_address', 'end_address', 'status'],
    };
    const empty: string[] = [];
    for (const [name, csv] of Object.entries(zip.csv)) {
      for (const column of required[name.replace(/^\d+-/, '')] ?? []) {
        if (csv.records.some((r) => !r[column])) empty.push(`${name} ${column}`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('uses only device-type import keys and component fields NetBox reads', () => {
    const top = new Set<string>([...DEVICE_TYPE_IMPORT.fields, ...DEVICE_TYPE_IMPORT.relatedObjectForms]);
    for (const [name, type] of Object.entries(zip.deviceTypes)) {
      expect(
        Object.keys(type).filter((k) => !top.has(k)),
        name,
      ).toEqual([]);
      for (const list of ['interfaces', 'power-ports', 'console-ports'] as const) {
        const fields = new Set(DEVICE_TYPE_IMPORT.components[list]);
        const keys = new Set((type[list] ?? []).flatMap((c) => Object.keys(c)));
        expect(
          [...keys].filter((k) => !fields.has(k)),
          `${name} ${list}`,
        ).toEqual([]);
      }
    }
  });

  it('uses only NetBox choice values in the device types', () => {
    const bad: string[] = [];
    const check = (value: unknown, set: ChoiceSetName, where: string) => {
      if (value !== undefined && !(CHOICES[set] as readonly string[]).includes(String(value)))
        bad.push(`${where}: ${value}`);
    };
    for (const [name, t] of Object.entries(zip.deviceTypes)) {
      check(t.airflow, 'DeviceAirflowChoices', `${name} airflow`);
      check(t.weight_unit, 'WeightUnitChoices', `${name} weight_unit`);
      for (const i of t.interfaces ?? []) check(i.type, 'InterfaceTypeChoices', `${name} ${i.name}`);
      for (const p of t['power-ports'] ?? []) check(p.type, 'PowerPortTypeChoices', `${name} ${p.name}`);
      for (const c of t['console-ports'] ?? []) check(c.type, 'ConsolePortTypeChoices', `${name} ${c.name}`);
    }
    expect(bad).toEqual([]);
  });
});
