/**
 * Generated from the UnionHub OpenAPI document (/swagger/v1/swagger.json) by clients/sdk/scripts/generate.mjs.
 * Do not edit by hand: run `./dev sdk` to regenerate. `./dev test` fails when this file drifts from the API.
 */

export type paths = {
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who did what to which record (super_admin) */
        get: operations["ListAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff password login */
        post: operations["StaffLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner merchants, newest first */
        get: operations["ListMerchants"];
        put?: never;
        /** Register a partner merchant */
        post: operations["CreateMerchant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants/{merchantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One merchant with its stores */
        get: operations["GetMerchant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants/{merchantId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's keys (never the keys themselves) */
        get: operations["ListMerchantApiKeys"];
        put?: never;
        /** Issue an API key; the key is shown once and stored hashed */
        post: operations["CreateMerchantApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants/{merchantId}/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key at once */
        post: operations["RevokeMerchantApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/merchants/{merchantId}/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a store */
        post: operations["AddMerchantStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a staff account (super_admin) */
        post: operations["CreateStaffUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/merchant/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merchant the caller acts for */
        get: operations["MerchantMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        "Identity.AuditLog.Entry": {
            action?: string | null;
            actorId?: string | null;
            actorKind?: string | null;
            /** Format: date-time */
            at?: string;
            clientIp?: string | null;
            details?: string | null;
            entity?: string | null;
            entityId?: string | null;
            id?: string | null;
        };
        "Identity.CreateStaffUser.Request": {
            merchantId?: string | null;
            orgId?: string | null;
            password?: string | null;
            role?: string | null;
            username?: string | null;
        };
        "Identity.CreateStaffUser.Response": {
            /** Format: date-time */
            createdAt?: string;
            id?: string | null;
            merchantId?: string | null;
            orgId?: string | null;
            role?: string | null;
            username?: string | null;
        };
        "Identity.StaffLogin.Request": {
            password?: string | null;
            username?: string | null;
        };
        "Identity.TokensResponse": {
            accessToken?: string | null;
            /** Format: int32 */
            expiresIn?: number;
            member?: unknown;
            refreshToken?: string | null;
            roles?: string[] | null;
        };
        "Merchants.ApiKeys.Created": {
            apiKey?: string | null;
            /** Format: date-time */
            createdAt?: string;
            keyId?: string | null;
            name?: string | null;
            prefix?: string | null;
        };
        "Merchants.ApiKeys.CreateRequest": {
            name?: string | null;
        };
        "Merchants.ApiKeys.KeyInfo": {
            /** Format: date-time */
            createdAt?: string;
            keyId?: string | null;
            /** Format: date-time */
            lastUsedAt?: string | null;
            name?: string | null;
            prefix?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
        };
        "Merchants.ManageMerchants.CreateRequest": {
            creditCode?: string | null;
            name?: string | null;
        };
        "Merchants.ManageMerchants.Merchant": {
            /** Format: date-time */
            createdAt?: string;
            creditCode?: string | null;
            id?: string | null;
            name?: string | null;
            stores?: components["schemas"]["Merchants.ManageMerchants.Store"][] | null;
        };
        "Merchants.ManageMerchants.MeResponse": {
            merchantId?: string | null;
            name?: string | null;
            via?: string | null;
        };
        "Merchants.ManageMerchants.Store": {
            address?: string | null;
            /** Format: date-time */
            createdAt?: string;
            id?: string | null;
            name?: string | null;
        };
        "Merchants.ManageMerchants.StoreRequest": {
            address?: string | null;
            name?: string | null;
        };
        "Microsoft.AspNetCore.Mvc.ProblemDetails": {
            detail?: string | null;
            instance?: string | null;
            /** Format: int32 */
            status?: number | null;
            title?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        "UnionHub.Api.Platform.Page`1[[Identity.AuditLog.Entry, UnionHub.Api, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null]]": {
            items?: components["schemas"]["Identity.AuditLog.Entry"][] | null;
            nextCursor?: string | null;
        };
        "UnionHub.Api.Platform.Page`1[[Merchants.ManageMerchants.Merchant, UnionHub.Api, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null]]": {
            items?: components["schemas"]["Merchants.ManageMerchants.Merchant"][] | null;
            nextCursor?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    ListAudit: {
        parameters: {
            query?: {
                cursor?: string;
                entity?: string;
                entityId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionHub.Api.Platform.Page`1[[Identity.AuditLog.Entry, UnionHub.Api, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null]]"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    StaffLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Identity.StaffLogin.Request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.TokensResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    ListMerchants: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionHub.Api.Platform.Page`1[[Merchants.ManageMerchants.Merchant, UnionHub.Api, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null]]"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    CreateMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Merchants.ManageMerchants.CreateRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchants.ManageMerchants.Merchant"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    GetMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchants.ManageMerchants.Merchant"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    ListMerchantApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchants.ApiKeys.KeyInfo"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    CreateMerchantApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Merchants.ApiKeys.CreateRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchants.ApiKeys.Created"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    RevokeMerchantApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    AddMerchantStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Merchants.ManageMerchants.StoreRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchants.ManageMerchants.Store"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    CreateStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Identity.CreateStaffUser.Request"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.CreateStaffUser.Response"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
    MerchantMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchants.ManageMerchants.MeResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Microsoft.AspNetCore.Mvc.ProblemDetails"];
                };
            };
        };
    };
}
