/**
 * The Palette "Import Cluster Profile" file format (`v1ClusterProfileImportEntity`) as zod schemas.
 * Source: shared/design/palette-profile-format.md (palette-sdk-go api/spec/palette-apis-spec.json).
 * Only the import shape: no `uid`, no `registryUid`, no `readOnly` (use `immutable`), `hidden` (not
 * `isHidden`), and `variables` under `spec` next to `template`.
 */
import { z } from 'zod';

/** `v1VariableFormat`. */
export const VARIABLE_FORMATS = [
  'string',
  'number',
  'boolean',
  'ipv4',
  'ipv4cidr',
  'ipv6',
  'version',
  'base64',
] as const;
export type VariableFormat = (typeof VARIABLE_FORMATS)[number];

/** `v1VariableInputType`. `multiline` exists in the API but the UI does not support it: avoid it. */
export const VARIABLE_INPUT_TYPES = ['text', 'dropdown', 'multiline'] as const;

/** `v1PackType`. */
export const PACK_TYPES = ['spectro', 'helm', 'manifest', 'oci'] as const;
export type PackType = (typeof PACK_TYPES)[number];

/** `v1PackLayer`. */
export const PACK_LAYERS = ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'] as const;
export type PackLayer = (typeof PACK_LAYERS)[number];

export const PROFILE_TYPES = ['cluster', 'infra', 'add-on', 'system'] as const;

/**
 * A variable is referenced as `{{ .spectro.var.<name> }}`, a Go template field: a "-" there would
 * parse as subtraction, so names are identifiers.
 */
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export const variableOptionSchema = z.strictObject({
  value: z.string().min(1),
  label: z.string().optional(),
  description: z.string().optional(),
  default: z.boolean().optional(),
});

export const variableSchema = z
  .strictObject({
    name: z.string().regex(VARIABLE_NAME, 'variable names are letters, digits and "_"'),
    displayName: z.string().min(1),
    description: z.string(),
    format: z.enum(VARIABLE_FORMATS),
    /** Always a string, even for number and boolean formats. */
    defaultValue: z.string(),
    /** Go `regexp` syntax; "" for none. */
    regex: z.string(),
    required: z.boolean(),
    /** The UI's "Read-only". */
    immutable: z.boolean(),
    hidden: z.boolean(),
    /** The UI's "Mask value". */
    isSensitive: z.boolean(),
    inputType: z.enum(VARIABLE_INPUT_TYPES),
    options: z.array(variableOptionSchema).optional(),
  })
  .superRefine((v, ctx) => {
    // Read-only variables, and hidden required ones, need a default (define-profile-variables.md).
    if ((v.immutable || (v.hidden && v.required)) && v.defaultValue === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultValue'],
        message: `variable ${v.name} needs a default value`,
      });
    }
    if (v.format === 'boolean' && v.defaultValue !== '' && !['true', 'false'].includes(v.defaultValue)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultValue'],
        message: `boolean variable ${v.name} must default to "true" or "false"`,
      });
    }
    if (v.inputType === 'dropdown') {
      const options = v.options ?? [];
      if (options.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `dropdown variable ${v.name} needs options`,
        });
      } else if (v.defaultValue !== '' && !options.some((o) => o.value === v.defaultValue)) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaultValue'],
          message: `default of ${v.name} is not one of its options`,
        });
      }
    }
    if (v.regex !== '' && v.defaultValue !== '') {
      // JavaScript and Go RE2 agree on the simple patterns we emit.
      if (!new RegExp(v.regex).test(v.defaultValue)) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaultValue'],
          message: `default of ${v.name} does not match its regex`,
        });
      }
    }
  });
export type ProfileVariable = z.infer<typeof variableSchema>;

export const manifestSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'manifest names are lower-case DNS labels'),
  /** The YAML manifest text (one or more documents). */
  content: z.string().min(1),
});
export type PackManifest = z.infer<typeof manifestSchema>;

/** `v1PackRegistryMetadata`: referenced by name (+ kind, providerType); the uid is optional. */
export const registryMetadataSchema = z.strictObject({
  uid: z.string().optional(),
  name: z.string().min(1),
  kind: z.enum(['pack', 'helm', 'oci']),
  isPrivate: z.boolean(),
  providerType: z.enum(['helm', 'pack', 'zarf']).optional(),
  isSyncSupported: z.boolean().optional(),
});
export type RegistryMetadata = z.infer<typeof registryMetadataSchema>;

/** Install order lives inside `values` as `pack: spectrocloud.com/install-priority: "<n>"`. */
export const INSTALL_PRIORITY_KEY = 'spectrocloud.com/install-priority';

export const packSchema = z
  .strictObject({
    name: z.string().min(1),
    type: z.enum(PACK_TYPES),
    layer: z.enum(PACK_LAYERS),
    version: z.string(),
    tag: z.string(),
    /** The layer's whole YAML config as one string. */
    values: z.string(),
    manifests: z.array(manifestSchema).optional(),
    registry: z.strictObject({ metadata: registryMetadataSchema }).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'manifest') {
      if (p.layer !== 'addon')
        ctx.addIssue({
          code: 'custom',
          path: ['layer'],
          message: `manifest layer ${p.name} must be an addon layer`,
        });
      if (!p.manifests || p.manifests.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['manifests'],
          message: `manifest layer ${p.name} has no manifests`,
        });
      }
    } else {
      if (p.version === '')
        ctx.addIssue({ code: 'custom', path: ['version'], message: `pack ${p.name} has no version` });
      if (!p.registry)
        ctx.addIssue({ code: 'custom', path: ['registry'], message: `pack ${p.name} names no registry` });
    }
    const names = (p.manifests ?? []).map((m) => m.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate)
      ctx.addIssue({
        code: 'custom',
        path: ['manifests'],
        message: `pack ${p.name} repeats manifest ${duplicate}`,
      });
  });
export type ProfilePack = z.infer<typeof packSchema>;

export const clusterProfileImportSchema = z
  .strictObject({
    metadata: z.strictObject({
      name: z.string().min(1),
      description: z.string(),
      /** Profile tags; a key-only tag has the value "spectro__tag". */
      labels: z.record(z.string(), z.string()),
    }),
    spec: z.strictObject({
      version: z.string().regex(/^\d+\.\d+\.\d+$/, 'profile version is semver, e.g. 1.0.0'),
      template: z.strictObject({
        type: z.enum(PROFILE_TYPES),
        cloudType: z.string().min(1),
        packs: z.array(packSchema).min(1),
      }),
      variables: z.array(variableSchema),
    }),
  })
  .superRefine((profile, ctx) => {
    const packNames = profile.spec.template.packs.map((p) => p.name);
    const dupPack = packNames.find((n, i) => packNames.indexOf(n) !== i);
    if (dupPack)
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'template', 'packs'],
        message: `pack ${dupPack} appears twice`,
      });
    const vars = profile.spec.variables;
    for (const key of ['name', 'displayName'] as const) {
      const seen = vars.map((v) => v[key]);
      const dup = seen.find((n, i) => seen.indexOf(n) !== i);
      if (dup)
        ctx.addIssue({
          code: 'custom',
          path: ['spec', 'variables'],
          message: `variable ${key} ${dup} is not unique`,
        });
    }
    // Every variable a layer references must be defined, and every defined variable used.
    const text = profile.spec.template.packs
      .map((p) => [p.values, ...(p.manifests ?? []).map((m) => m.content)].join('\n'))
      .join('\n');
    const referenced = new Set(
      [...text.matchAll(/\{\{\s*\.spectro\.var\.([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? ''),
    );
    const defined = new Set(vars.map((v) => v.name));
    for (const name of referenced) {
      if (!defined.has(name))
        ctx.addIssue({
          code: 'custom',
          path: ['spec', 'variables'],
          message: `variable ${name} is used but not defined`,
        });
    }
    for (const name of defined) {
      if (!referenced.has(name))
        ctx.addIssue({
          code: 'custom',
          path: ['spec', 'variables'],
          message: `variable ${name} is defined but never used`,
        });
    }
  });
export type ClusterProfileImport = z.infer<typeof clusterProfileImportSchema>;

export type ProfileResult =
  | { success: true; data: ClusterProfileImport }
  | { success: false; errors: string[] };

/** Boundary check of one profile document: never throws, lists every problem with its JSON path. */
export function validateProfile(value: unknown): ProfileResult {
  const result = clusterProfileImportSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    errors: result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
  };
}
