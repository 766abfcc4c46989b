'use client';

import { Badge } from '@/components/ui/badge';
import { CodeBlock } from '@/components/ui/code-block';
import type { LayerPreview, ProfilePreview as Preview } from '@/lib/palette/preview';
import type { ProfileVariable } from '@/lib/palette/schema';

const DETAILS = 'rounded-md border border-slate-200 dark:border-slate-800';
const SUMMARY =
  'cursor-pointer select-none rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:text-slate-100 dark:hover:bg-slate-800/60';
const TH = 'px-2 py-1 text-left font-medium';
const TD = 'px-2 py-1 align-top';

function LayerDetails({ layer }: { layer: LayerPreview }) {
  return (
    <details className={DETAILS}>
      <summary className={SUMMARY}>
        {layer.name}{' '}
        <span className="font-normal text-slate-500 dark:text-slate-400">values and manifests</span>
      </summary>
      <div className="flex flex-col gap-2 px-3 pb-3">
        {/* A caption, not a heading: the code block is named "<layer> values" already. */}
        <p aria-hidden="true" className="text-xs font-semibold text-slate-600 dark:text-slate-400">
          values
        </p>
        <CodeBlock label={`${layer.name} values`}>
          {layer.values === '' ? '# (no values)' : layer.values}
        </CodeBlock>
        {layer.manifests.map((m) => (
          <details key={m.name} className={DETAILS}>
            <summary className={SUMMARY}>manifest {m.name}</summary>
            <CodeBlock label={`${layer.name} manifest ${m.name}`} className="mx-3 mb-3">
              {m.content}
            </CodeBlock>
          </details>
        ))}
      </div>
    </details>
  );
}

function flags(v: ProfileVariable): string {
  return [
    v.required ? 'required' : 'optional',
    v.immutable ? 'read-only' : '',
    v.isSensitive ? 'masked' : '',
    v.hidden ? 'hidden' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** One profile as it will be imported: layers in install order, their values and manifests, the variables. */
export function ProfilePreview({ profile }: { profile: Preview }) {
  const headingId = `profile-${profile.name}`;
  return (
    <details className={DETAILS} data-profile={profile.name}>
      <summary className={SUMMARY}>
        <span id={headingId}>{profile.name}</span>{' '}
        <span className="font-normal text-slate-500 dark:text-slate-400">
          {profile.type} · {profile.cloudType} · {profile.layers.length} layers · {profile.variables.length}{' '}
          variables
        </span>
      </summary>
      <div className="flex flex-col gap-3 px-3 pb-3">
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {profile.description} File <code>{profile.fileName}</code>, version {profile.version}.
        </p>
        <table className="w-full text-xs" aria-labelledby={headingId}>
          <caption className="sr-only">Layers of {profile.name} in install order</caption>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className={TH}>
                #
              </th>
              <th scope="col" className={TH}>
                Pack
              </th>
              <th scope="col" className={TH}>
                Version
              </th>
              <th scope="col" className={TH}>
                Type
              </th>
              <th scope="col" className={TH}>
                Install priority
              </th>
              <th scope="col" className={TH}>
                Registry
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.layers.map((layer, i) => (
              <tr
                key={layer.name}
                className="border-b border-slate-100 last:border-0 dark:border-slate-800/60"
              >
                <td className={TD}>{i + 1}</td>
                <td className={`${TD} font-medium`}>{layer.name}</td>
                <td className={TD}>{layer.version || '-'}</td>
                <td className={TD}>
                  {layer.type} / {layer.layer}
                </td>
                <td className={TD}>
                  {layer.installPriority === null ? (
                    <span title="core layer: installs in layer order">-</span>
                  ) : (
                    layer.installPriority
                  )}
                </td>
                <td className={TD}>{layer.registry ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="flex flex-col gap-2">
          {profile.layers.map((layer) => (
            <LayerDetails key={layer.name} layer={layer} />
          ))}
        </div>
        <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">Variables</h3>
        <table className="w-full text-xs">
          <caption className="sr-only">Profile variables of {profile.name}</caption>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className={TH}>
                Name
              </th>
              <th scope="col" className={TH}>
                Format
              </th>
              <th scope="col" className={TH}>
                Default
              </th>
              <th scope="col" className={TH}>
                Input
              </th>
              <th scope="col" className={TH}>
                Description
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.variables.map((v) => (
              <tr key={v.name} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
                <td className={TD}>
                  <code>{v.name}</code>
                  <div className="text-slate-500 dark:text-slate-400">{v.displayName}</div>
                </td>
                <td className={TD}>{v.format}</td>
                <td className={TD}>{v.isSensitive ? <Badge>masked</Badge> : v.defaultValue || '-'}</td>
                <td className={TD}>{flags(v)}</td>
                <td className={`${TD} text-slate-600 dark:text-slate-400`}>{v.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
