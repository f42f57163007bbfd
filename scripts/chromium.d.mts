export declare const chromiumArgs: string[];
export declare function chromiumExecutable(): string | undefined;
export declare function chromiumLaunchOptions(): {
  executablePath: string | undefined;
  args: string[];
};
