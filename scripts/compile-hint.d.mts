import type { Plugin } from 'vite';

export declare const COMPILE_HINT: '//# allFunctionsCalledOnLoad';
export declare function withCompileHint(code: string): string;
export declare function compileHint(): Plugin;
