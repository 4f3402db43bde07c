export const INPUT_DIRS: string[];
export const INPUT_FILES: string[];
export const OUTPUTS: string[];
export const STAMP: string;
export function fingerprint(root: string): string;
export function buildIsCurrent(root: string, print?: string): boolean;
export function writeStamp(root: string, print: string): void;
