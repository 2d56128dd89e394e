/** The Content-Security-Policy of the <meta> tag the build writes into index.html. */
export declare const META_CSP: string;
/** The same policy plus `frame-ancestors 'none'`, sent as an HTTP header by the servers that are ours. */
export declare const HEADER_CSP: string;
