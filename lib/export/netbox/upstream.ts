/**
 * Where the NetBox vocabulary of this exporter comes from. Column names, choice values and the
 * device-type YAML keys are NetBox's own, read from these upstream files (facts only, no code):
 *
 * - netbox-community/netbox, tag v4.6.8 (commit 3db98de783c02038775b78f9804a95681f78eb7b), the newest
 *   release in the mirror (v4.7.0-beta1 is newer but a beta; its import forms only add columns):
 *   netbox/dcim/forms/bulk_import.py, netbox/ipam/forms/bulk_import.py, netbox/dcim/choices.py,
 *   netbox/ipam/choices.py, netbox/netbox/choices.py, netbox/dcim/forms/object_import.py,
 *   netbox/dcim/views.py (DeviceTypeImportView.related_object_forms),
 *   netbox/utilities/forms/bulk_import.py (format detection), netbox/dcim/constants.py.
 * - netbox-community/devicetype-library: schema/devicetype.json (014cd468), schema/components.json
 *   (013d489b), schema/generated_schema.json (03f56bb4), schema/reusable.json (23856e67),
 *   device-types/Nvidia/SN5610.yaml (3b4a3c68), device-types/Nvidia/SN2201.yaml (31d9ce80),
 *   device-types/Supermicro/SYS-421GE-TNRT.yaml (3f174005, style of a Supermicro GPU server).
 */

export const NETBOX_VERSION = 'v4.6.8';
export const NETBOX_COMMIT = '3db98de783c02038775b78f9804a95681f78eb7b';

/**
 * Oldest release with every column used here: cable bundles (`bundle`, the cable-bundles import)
 * arrived in v4.6.0 (netbox commit 02165a28, "Closes #20151: Add support for cable bundles").
 */
export const NETBOX_MIN_VERSION = 'v4.6.0';

export const DEVICETYPE_LIBRARY_SCHEMA = {
  'schema/devicetype.json': '014cd468fa8c08009d77127d6bead7ff8fb4c997',
  'schema/components.json': '013d489ba86dee6c685c3905fa9a60736132a915',
  'schema/generated_schema.json': '03f56bb47f70233bb6530ac79582a04e183f58af',
} as const;
