using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Features.Perks;

public static class VoucherSigningKey
{
    public static Ok<PerksApi.SigningKeyResponse> Handle(VoucherSigner signer) => TypedResults.Ok(new PerksApi.SigningKeyResponse(
        "ES256", signer.KeyId, signer.PublicKeyPem, signer.Jwk,
        "UH1.<code>.<base64url IEEE P1363 ECDSA P-256 SHA-256 signature over the ASCII bytes of 'UH1.<code>'>"));
}
