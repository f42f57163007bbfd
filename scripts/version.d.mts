export declare const versionDefine: { '__CONSENT_ELEMENTS__.version': string };
