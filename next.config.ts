import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The planner is a static, client-side tool: no telemetry, no image optimisation service needed.
  images: { unoptimized: true },
};

export default nextConfig;
