/**
 * The parts of the netbox-community/devicetype-library JSON schema that the generated device types
 * use, written by hand from schema/devicetype.json (commit 014cd468), schema/components.json
 * (013d489b), schema/generated_schema.json (03f56bb4) and schema/reusable.json (23856e67), with a
 * small validator for the keywords they use (type, required, additionalProperties: false, enum,
 * maxLength, pattern, minimum, multipleOf, items, and devicetype.json's weight/weight_unit pairing).
 * Enums marked "subset" hold fewer values than upstream: a value outside them fails, never passes.
 */

type Scalar = 'string' | 'number' | 'integer' | 'boolean';

export interface PropSchema {
  type: Scalar | 'array';
  maxLength?: number;
  pattern?: RegExp;
  minimum?: number;
  multipleOf?: number;
  enum?: readonly string[];
  /** Array items; absent means any items (arrays the generator never writes). */
  items?: ObjectSchema;
}

export interface ObjectSchema {
  properties: Record<string, PropSchema>;
  required: readonly string[];
}

const text = (maxLength: number): PropSchema => ({ type: 'string', maxLength });

// generated_schema.json definitions
const AIRFLOW = [
  'front-to-rear',
  'rear-to-front',
  'left-to-right',
  'right-to-left',
  'side-to-rear',
  'passive',
  'mixed',
];
const WEIGHT_UNIT = ['kg', 'g', 'lb', 'oz'];
const SUBDEVICE_ROLE = ['parent', 'child'];
const CONSOLE_PORT_TYPE = [
  'de-9',
  'db-25',
  'rj-11',
  'rj-12',
  'rj-45',
  'mini-din-8',
  'usb-a',
  'usb-b',
  'usb-c',
  'usb-mini-a',
  'usb-mini-b',
  'usb-micro-a',
  'usb-micro-b',
  'usb-micro-ab',
  'other',
];
/** Subset of power-port/properties/type. */
const POWER_PORT_TYPE = [
  'iec-60320-c6',
  'iec-60320-c8',
  'iec-60320-c14',
  'iec-60320-c16',
  'iec-60320-c20',
  'iec-60320-c22',
  'hardwired',
  'other',
];
/** Subset of interface/properties/type. */
const INTERFACE_TYPE = [
  'virtual',
  'bridge',
  'lag',
  '1000base-t',
  '10gbase-t',
  '25gbase-x-sfp28',
  '100gbase-x-qsfp28',
  '100gbase-x-qsfpdd',
  '200gbase-x-qsfp56',
  '200gbase-x-qsfpdd',
  '400gbase-x-qsfp112',
  '400gbase-x-qsfpdd',
  '400gbase-x-osfp',
  '400gbase-x-osfp-rhs',
  '800gbase-x-qsfpdd',
  '800gbase-x-osfp',
  'other',
];

// components.json definitions
const CONSOLE_PORT: ObjectSchema = {
  properties: {
    name: text(64),
    label: text(64),
    type: { type: 'string', enum: CONSOLE_PORT_TYPE },
    description: text(200),
    _is_power_source: { type: 'boolean' },
  },
  required: ['name', 'type'],
};

const POWER_PORT: ObjectSchema = {
  properties: {
    name: text(64),
    label: text(64),
    type: { type: 'string', enum: POWER_PORT_TYPE },
    maximum_draw: { type: 'integer', minimum: 1 },
    allocated_draw: { type: 'integer', minimum: 1 },
    description: text(200),
  },
  required: ['name', 'type'],
};

const INTERFACE: ObjectSchema = {
  properties: {
    name: text(64),
    label: text(64),
    type: { type: 'string', enum: INTERFACE_TYPE },
    enabled: { type: 'boolean' },
    mgmt_only: { type: 'boolean' },
    description: text(200),
    bridge: text(64),
    poe_mode: { type: 'string', enum: ['pd', 'pse'] },
  },
  required: ['name', 'type'],
};

const anyArray: PropSchema = { type: 'array' };

// devicetype.json
export const DEVICE_TYPE_SCHEMA: ObjectSchema = {
  properties: {
    manufacturer: text(100),
    model: text(100),
    slug: { type: 'string', maxLength: 100, pattern: /^[-a-z0-9_]+$/ },
    part_number: text(50),
    u_height: { type: 'number', minimum: 0, multipleOf: 0.5 },
    is_full_depth: { type: 'boolean' },
    airflow: { type: 'string', enum: AIRFLOW },
    weight: { type: 'number', minimum: 0, multipleOf: 0.01 },
    weight_unit: { type: 'string', enum: WEIGHT_UNIT },
    front_image: { type: 'boolean' },
    rear_image: { type: 'boolean' },
    subdevice_role: { type: 'string', enum: SUBDEVICE_ROLE },
    is_powered: { type: 'boolean' },
    'console-ports': { type: 'array', items: CONSOLE_PORT },
    'console-server-ports': anyArray,
    'power-ports': { type: 'array', items: POWER_PORT },
    'power-outlets': anyArray,
    interfaces: { type: 'array', items: INTERFACE },
    'front-ports': anyArray,
    'rear-ports': anyArray,
    'module-bays': anyArray,
    'device-bays': anyArray,
    'inventory-items': anyArray,
    description: text(200),
    comments: { type: 'string' },
  },
  required: ['manufacturer', 'model', 'slug', 'u_height', 'is_full_depth'],
};

const isMultiple = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < 1e-9;

function typeOk(value: unknown, type: PropSchema['type']): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function checkProp(value: unknown, schema: PropSchema, path: string): string[] {
  if (!typeOk(value, schema.type)) return [`${path}: not ${schema.type}`];
  const errors: string[] = [];
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      errors.push(`${path}: longer than ${schema.maxLength}`);
    if (schema.pattern && !schema.pattern.test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: "${value}" not in enum`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (schema.multipleOf !== undefined && !isMultiple(value, schema.multipleOf))
      errors.push(`${path}: not a multiple of ${schema.multipleOf}`);
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    errors.push(...value.flatMap((item, i) => validateObject(item, items, `${path}[${i}]`)));
  }
  return errors;
}

/** Every violation of `schema` (additionalProperties: false throughout), as readable paths. */
export function validateObject(value: unknown, schema: ObjectSchema, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  const errors = schema.required.filter((k) => !(k in record)).map((k) => `${path}.${k}: required`);
  for (const [key, v] of Object.entries(record)) {
    const prop = schema.properties[key];
    errors.push(...(prop ? checkProp(v, prop, `${path}.${key}`) : [`${path}.${key}: additional property`]));
  }
  return errors;
}

/** devicetype.json in full: the object schema plus its allOf (weight and weight_unit come together). */
export function validateDeviceType(value: unknown): string[] {
  const errors = validateObject(value, DEVICE_TYPE_SCHEMA);
  const record = (value ?? {}) as Record<string, unknown>;
  if ('weight' in record !== 'weight_unit' in record) errors.push('weight and weight_unit go together');
  if ('device-bays' in record && record.subdevice_role !== 'parent')
    errors.push('device-bays need subdevice_role parent');
  return errors;
}
