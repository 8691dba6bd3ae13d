using System.Security.Cryptography;
using System.Text;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

public sealed class VoucherOptions
{
    public const string Section = "Vouchers";

    /// <summary>ECDSA P-256 private key, PKCS#8 DER in base64. Development generates one into the local folder.</summary>
    public string? SigningKey { get; set; }
}

/// <summary>
/// Voucher codes and their signed QR payloads. A payload is <c>UH1.&lt;code&gt;.&lt;signature&gt;</c> where the
/// signature is ECDSA P-256 / SHA-256 (IEEE P1363, base64url) over <c>UH1.&lt;code&gt;</c>. A merchant scanner checks it
/// offline with the public key from <c>GET /api/v1/vouchers/signing-key</c>; <see cref="Verify"/> is that check.
/// </summary>
public sealed class VoucherSigner : IDisposable
{
    public const string Prefix = "UH1.";
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U
    public const int CodeLength = 16; // 16 x 5 = 80 random bits

    private readonly ECDsa _key;

    public VoucherSigner(ECDsa key)
    {
        _key = key;
        var parameters = key.ExportParameters(false);
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = Convert.ToHexString(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16].ToLowerInvariant();
        Jwk = new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["alg"] = "ES256",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["x"] = Base64Url(parameters.Q.X!),
            ["y"] = Base64Url(parameters.Q.Y!),
        };
    }

    public string PublicKeyPem { get; }
    public string KeyId { get; }
    public IReadOnlyDictionary<string, string> Jwk { get; }

    public static VoucherSigner FromConfiguration(IConfiguration config, IHostEnvironment env)
    {
        var configured = config.GetSection(VoucherOptions.Section).Get<VoucherOptions>()?.SigningKey;
        var ecdsa = ECDsa.Create();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(configured), out _);
        }
        else if (env.IsDevelopment())
        {
            ecdsa.ImportPkcs8PrivateKey(ReadOrCreateDevelopmentKey(LocalFolder.Resolve(config, env)), out _);
        }
        else
        {
            throw new InvalidOperationException("Vouchers:SigningKey is not configured. Set it (ECDSA P-256 PKCS#8, base64) outside Development.");
        }

        if (ecdsa.KeySize != 256)
        {
            throw new InvalidOperationException("Vouchers:SigningKey must be an ECDSA P-256 key.");
        }

        return new VoucherSigner(ecdsa);
    }

    /// <summary>A new PKCS#8 P-256 private key in base64 (for configuration and tests).</summary>
    public static string NewPrivateKey()
    {
        using var k = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Convert.ToBase64String(k.ExportPkcs8PrivateKey());
    }

    private static byte[] ReadOrCreateDevelopmentKey(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "voucher-signing.key");
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(NewPrivateKey());
            }
            catch (IOException) when (File.Exists(path))
            {
                // another process wrote it first
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }

    /// <summary>A fresh voucher code: 16 characters of Crockford base32 from the system CSPRNG.</summary>
    public static string NewCode()
    {
        Span<byte> random = stackalloc byte[CodeLength];
        RandomNumberGenerator.Fill(random);
        return string.Create(CodeLength, random.ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[bytes[i] & 31]; // 256 is a multiple of 32: no bias
            }
        });
    }

    public string Sign(string code)
    {
        var signature = _key.SignData(Encoding.ASCII.GetBytes(Prefix + code), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return Prefix + code + "." + Base64Url(signature);
    }

    /// <summary>
    /// Offline check of a QR payload against a voucher public key (what merchant scanners do).
    /// Returns the code when the signature is valid, else null. Never throws on malformed input.
    /// </summary>
    public static string? Verify(string? qrPayload, ECDsa publicKey)
    {
        if (qrPayload is null || !qrPayload.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var dot = qrPayload.IndexOf('.', Prefix.Length);
        if (dot < 0)
        {
            return null;
        }

        var code = qrPayload[Prefix.Length..dot];
        if (code.Length != CodeLength || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(FromBase64Url(qrPayload[(dot + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }

        return publicKey.VerifyData(Encoding.ASCII.GetBytes(Prefix + code), signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation) ? code : null;
    }

    /// <summary>
    /// Signs other short-lived codes with the same key (the activities' check-in codes). Each kind of code starts with its own
    /// prefix (vouchers <c>UH1.</c>), so a signature made for one kind never passes as another's.
    /// </summary>
    public string SignatureOf(string text) => Base64Url(_key.SignData(Encoding.ASCII.GetBytes(text), HashAlgorithmName.SHA256,
        DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    /// <summary>Whether <paramref name="signature"/> (base64url) is this key's signature of <paramref name="text"/>; never throws.</summary>
    public bool HasSignature(string text, string signature)
    {
        try
        {
            return _key.VerifyData(Encoding.ASCII.GetBytes(text), Convert.FromBase64String(FromBase64Url(signature)), HashAlgorithmName.SHA256,
                DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Verify with this service's own key.</summary>
    public string? Verify(string? qrPayload) => Verify(qrPayload, _key);

    /// <summary>Loads a public key published as PEM (SubjectPublicKeyInfo).</summary>
    public static ECDsa PublicKeyFromPem(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string s)
    {
        var b = s.Replace('-', '+').Replace('_', '/');
        return (b.Length % 4) switch { 2 => b + "==", 3 => b + "=", _ => b };
    }

    public void Dispose() => _key.Dispose();
}
