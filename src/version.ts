// The tool's identity, from package.json so that there is one place to bump it.
import pkg from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'security-slam-action';
export const TOOL_VERSION: string = pkg.version;
export const TOOL_URI = 'https://github.com/security-slam/security-slam-action';
