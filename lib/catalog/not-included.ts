import { estimate, ra, type Source } from './source';

/** Something a buyer needs that the BOM leaves out, and why. */
export interface NotIncludedItem {
  id: string;
  item: string;
  why: string;
  source: Source;
}

/**
 * What the bill of materials does not include: the RA's scope ends at the cluster's servers and
 * switches, and the planner prices no facility, software or labour. Shown with the BOM in the web
 * view, the workbook and the CSV.
 */
export const BOM_NOT_INCLUDED: readonly NotIncludedItem[] = [
  {
    id: 'site-uplinks',
    item: "Site uplinks: the north-south switches' uplinks to the site core (ports, optics, cables) and the SN2201 OOB switches' 100GbE uplinks and their own management ports",
    why: 'They depend on the site network, which the RA leaves to the customer.',
    source: ra('Network configuration', 'north-south network to "existing enterprise networks"'),
  },
  {
    id: 'storage',
    item: 'External storage: high-performance file or object storage, its network and its CSI driver or NFS server',
    why: '"High-performance storage systems are typically external to the cluster"; storage is left to follow-up documents (NVIDIA AIDP).',
    source: ra('Network configuration; Scope; Software resources', 'Longhorn only serves the basic PVCs'),
  },
  {
    id: 'software-licences',
    item: 'Software licences and subscriptions: Spectro Cloud PaletteAI / Palette, NVIDIA AI Enterprise and Run:ai, Canonical Ubuntu Pro and MAAS support',
    why: 'The BOM prices hardware only. The H200 NVL includes an NVIDIA AI Enterprise licence (hardware-facts section 3); the RTX PRO 6000 does not.',
    source: ra('Software resources'),
  },
  {
    id: 'management-systems',
    item: 'Management systems: the servers or VMs that run self-hosted Palette / PaletteAI and the MAAS region and rack controllers',
    why: 'The RA lists them as management systems outside the cluster it sizes.',
    source: ra('Technology Overview', 'Management systems: Spectro Cloud PaletteAI, Canonical MAAS 3.7.0'),
  },
  {
    id: 'virtual-control-plane-hosts',
    item: 'Hypervisor hosts for a virtual control plane (VMware, Proxmox, OpenStack, LXD or Virsh)',
    why: 'With the virtual placement the control-plane nodes are VMs on the site platform; the BOM prices physical control-plane nodes only.',
    source: ra('Hardware resources', 'control plane nodes can be virtual machines'),
  },
  {
    id: 'site-services',
    item: 'Site services: DNS (the delegated metal.<zone> subzone), NTP, DHCP relay and firewalls',
    why: 'The IP plan reserves addresses for them; they belong to the site.',
    source: ra('Canonical MAAS configuration', 'DNS: delegated subzone'),
  },
  {
    id: 'facility',
    item: 'Facility: power feeds and circuits upstream of the rack PDUs, UPS, cooling, floor, overhead cable trays, fibre patch panels',
    why: 'The plan sizes rack power and cable runs, not the data hall.',
    source: estimate('planner scope'),
  },
  {
    id: 'small-items',
    item: 'Device power cords, rails, blanking panels and cable management',
    why: 'Assumed shipped with the devices and the rack enclosures.',
    source: estimate('planner assumption'),
  },
  {
    id: 'spares',
    item: 'Spare parts beyond the one control-plane repave spare (servers, GPUs, optics, cables, PSUs)',
    why: 'Workers need no spare hardware under a "contract-first" strategy; stock spares to your support contract.',
    source: ra('Hardware resources', 'a 4th control-plane server for repaves'),
  },
  {
    id: 'services',
    item: 'Services: installation, racking, cabling and labelling labour, configuration, support contracts and extended warranties, shipping, taxes and duties',
    why: 'Prices are list or estimated unit prices of parts only.',
    source: estimate('planner scope'),
  },
];
