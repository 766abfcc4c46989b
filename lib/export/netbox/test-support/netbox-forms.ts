/**
 * NetBox's import vocabulary, written by hand from netbox-community/netbox tag v4.6.8 (commit
 * 3db98de783c02038775b78f9804a95681f78eb7b) for the tests. Never derived from the exporter's code:
 * a column or value the exporter invents fails against these lists.
 */

/** Whitespace-separated names, as a list (keeps the upstream lists compact and diffable). */
const list = (names: string): readonly string[] => names.trim().split(/\s+/);

/** Meta.fields of each bulk-import form. */
export const FORM_FIELDS = {
  // netbox/dcim/forms/bulk_import.py
  ManufacturerImportForm: list('name slug description owner comments tags'),
  DeviceRoleImportForm: list(
    'name slug parent color vm_role config_template description owner comments tags',
  ),
  SiteImportForm: list(`
    name slug status region group tenant facility time_zone description physical_address
    shipping_address latitude longitude owner comments tags
  `),
  LocationImportForm: list('site parent name slug status tenant facility description owner comments tags'),
  RackRoleImportForm: list('name slug color description owner comments tags'),
  RackImportForm: list(`
    site location group name facility_id tenant status role rack_type form_factor serial asset_tag
    width u_height desc_units outer_width outer_height outer_depth outer_unit mounting_depth airflow
    weight max_weight weight_unit description owner comments tags
  `),
  DeviceImportForm: list(`
    name role tenant manufacturer device_type platform serial asset_tag status site location rack
    position face latitude longitude parent device_bay airflow virtual_chassis vc_position
    vc_priority cluster description config_template owner comments tags
  `),
  CableBundleImportForm: list('name description owner comments tags'),
  CableImportForm: list(`
    side_a_site side_a_device side_a_power_panel side_a_type side_a_name side_b_site side_b_device
    side_b_power_panel side_b_type side_b_name type status profile tenant bundle label color length
    length_unit description owner comments tags
  `),
  // netbox/ipam/forms/bulk_import.py
  RoleImportForm: list('name slug weight description owner comments tags'),
  PrefixImportForm: list(`
    prefix vrf tenant vlan_group vlan_site vlan status role scope_type scope_name scope_id is_pool
    mark_utilized description owner comments tags
  `),
  IPAddressImportForm: list(`
    address vrf tenant status role device virtual_machine interface fhrp_group is_primary is_oob
    dns_name description owner comments tags
  `),
  IPRangeImportForm: list(`
    start_address end_address vrf tenant status role mark_populated mark_utilized description owner
    comments tags
  `),
} as const;

export type FormName = keyof typeof FORM_FIELDS;

/** The device-type import (netbox/dcim/views.py DeviceTypeImportView; dcim/forms/object_import.py). */
export const DEVICE_TYPE_IMPORT = {
  fields: list(`
    manufacturer default_platform model slug part_number u_height exclude_from_utilization
    is_full_depth subdevice_role airflow description weight weight_unit owner comments tags
  `),
  relatedObjectForms: list(`
    console-ports console-server-ports power-ports power-outlets interfaces rear-ports front-ports
    port-mappings module-bays device-bays inventory-items
  `),
  /** Meta.fields of the component template import forms ('device_type' is set by the view). */
  components: {
    'console-ports': list('device_type module_type name label type description'),
    'power-ports': list('device_type module_type name label type maximum_draw allocated_draw description'),
    interfaces: list(
      'device_type module_type name label type enabled mgmt_only description poe_mode poe_type rf_role',
    ),
  } as Record<string, readonly string[]>,
} as const;

/** Choice values (ChoiceSet constants). Complete sets unless marked as a subset. */
export const CHOICES = {
  // netbox/dcim/choices.py
  SiteStatusChoices: list('planned staging active decommissioning retired'),
  LocationStatusChoices: list('planned staging active decommissioning retired'),
  RackStatusChoices: list('reserved available planned active deprecated'),
  RackWidthChoices: list('10 19 21 23'),
  RackFormFactorChoices: list(`
    2-post-frame 4-post-frame 4-post-cabinet wall-frame wall-frame-vertical wall-cabinet
    wall-cabinet-vertical
  `),
  RackDimensionUnitChoices: list('mm in'),
  DeviceStatusChoices: list('offline active planned staged failed inventory decommissioning'),
  DeviceFaceChoices: list('front rear'),
  DeviceAirflowChoices: list(`
    front-to-rear rear-to-front left-to-right right-to-left side-to-rear rear-to-side bottom-to-top
    top-to-bottom passive mixed
  `),
  LinkStatusChoices: list('connected planned decommissioning'),
  CableTypeChoices: list(`
    cat3 cat5 cat5e cat6 cat6a cat7 cat7a cat8 mrj21-trunk dac-active dac-passive coaxial rg-6 rg-8
    rg-11 rg-59 rg-62 rg-213 lmr-100 lmr-200 lmr-400 mmf mmf-om1 mmf-om2 mmf-om3 mmf-om4 mmf-om5 smf
    smf-os1 smf-os2 aoc power usb
  `),
  CableLengthUnitChoices: list('km m cm mi ft in'),
  ConsolePortTypeChoices: list(`
    de-9 db-25 rj-11 rj-12 rj-45 mini-din-8 usb-a usb-b usb-c usb-mini-a usb-mini-b usb-micro-a
    usb-micro-b usb-micro-ab other
  `),
  /** Subset: the IEC inlets, hardwired and other. */
  PowerPortTypeChoices: list(`
    iec-60320-c6 iec-60320-c8 iec-60320-c14 iec-60320-c16 iec-60320-c18 iec-60320-c20 iec-60320-c22
    hardwired other
  `),
  /** Subset: virtual and the Ethernet form-factor (-x-) types. */
  InterfaceTypeChoices: list(`
    virtual bridge lag 1000base-t 10gbase-t 25gbase-x-sfp28 100gbase-x-qsfp28 100gbase-x-qsfpdd
    200gbase-x-qsfp56 200gbase-x-qsfpdd 400gbase-x-qsfp112 400gbase-x-qsfpdd 400gbase-x-osfp
    400gbase-x-osfp-rhs 800gbase-x-qsfpdd 800gbase-x-osfp other
  `),
  // netbox/ipam/choices.py
  PrefixStatusChoices: list('container active reserved deprecated'),
  IPRangeStatusChoices: list('active reserved deprecated'),
  IPAddressStatusChoices: list('active reserved deprecated dhcp slaac'),
  IPAddressRoleChoices: list('loopback secondary anycast vip vrrp hsrp glbp carp'),
  // netbox/netbox/choices.py
  ColorChoices: list(`
    aa1409 f44336 e91e63 ffe4e1 ff66ff 9c27b0 673ab7 3f51b5 2196f3 03a9f4 00bcd4 009688 00ffff
    2f6a31 4caf50 8bc34a cddc39 ffeb3b ffc107 ff9800 ff5722 795548 c0c0c0 9e9e9e 607d8b 111111
    ffffff
  `),
  WeightUnitChoices: list('kg g lb oz'),
  /** netbox/dcim/constants.py CABLE_TERMINATION_MODELS (dcim part), as "<app>.<model>". */
  CableTerminationTypes: list(`
    dcim.consoleport dcim.consoleserverport dcim.frontport dcim.interface dcim.powerfeed
    dcim.poweroutlet dcim.powerport dcim.rearport
  `),
  /** netbox/dcim/constants.py LOCATION_SCOPE_TYPES, as "<app>.<model>". */
  ScopeTypes: list('dcim.region dcim.sitegroup dcim.site dcim.location'),
} as const;

export type ChoiceSetName = keyof typeof CHOICES;

/** The forms' boolean columns take "true"/"false" (Django CheckboxInput). */
export const BOOLEAN_VALUES = list('true false');
